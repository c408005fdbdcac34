// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"
#include "openfiles.h"
#include "postgresclient.h"
#include "profile.h"
#include "result.h"
#include "verifier.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat {

class JobControl;

struct RestoreOptions
{
    QStringList items;          // item names to restore; empty: all
    QString to;                 // another place than the recorded source; for a dump, a database
    bool noSnapshot = false;    // the caller has confirmed it (--yes)
    bool forceWriters = false;  // go ahead although processes hold a target open
    // For a restore that goes ahead as soon as it is planned, with nobody to
    // read the plan first (the CLI's --yes, --json, or no terminal): a
    // database is then hashed and checked once, in its staged copy, instead
    // of also in the preflight (unless a snapshot must be copied first). A backup
    // that fails is still refused before anything is replaced
    // (RestoreReport::Outcome::Refused).
    bool checkWhenStaging = false;
    QStringList requireTables;
    QList<SmokeCheck> smokeChecks;
    std::optional<SmokeApp> smokeApp; // started for the smoke checks, stopped after them
    // A profile's sources by item name (Profile::sourcePaths): where an item
    // goes when the backup does not record it and --to is not given.
    QHash<QString, QString> sourcePaths;
    // The lifeboat.json the two above came from: recorded with the restore,
    // so that finishing it after an interruption runs the same checks.
    QString profile;
    // The server a PostgreSQL dump goes back to; by default the one its manifest recorded.
    QString dsnEnv;
    QString service;
    // A restore that settles an interrupted one (RestoreRecovery): the
    // interrupted restores over the same targets are its own business, not
    // a reason to refuse.
    bool settlingInterrupted = false;
};

// One item and where it goes.
struct RestoreTarget
{
    BackupItem item;
    QString target;        // absolute path; for a dump, the database as postgresql://user@host/db
    std::optional<PostgresConnection> postgres; // for a dump: the target database
    bool targetExists = false;
    QString snapshot;      // where the current state is kept; empty when nothing to keep
    qint64 restoredBytes = 0;
    qint64 currentBytes = 0;
    // The artifact's contentStamp taken before the preflight hashed it: while
    // the stamp holds, staging need not hash it again.
    QString artifactStamp;
    // The preflight left this database's hash and checks to its staged copy
    // (RestoreOptions::checkWhenStaging).
    bool checkedWhenStaging = false;
};

struct TableDifference
{
    QString table;
    qint64 currentRows = -1; // -1: the table is not on that side
    qint64 backupRows = -1;
    QString currentNewest;   // the newest row by time column or integer key, described
    QString backupNewest;
};

// What a restore of one database throws away and brings back.
struct DatabaseDifference
{
    QString item;
    QString currentVersion;
    QString backupVersion;
    QStringList onlyInBackup;  // tables the restore brings back
    QStringList onlyCurrent;   // tables the restore removes
    QList<TableDifference> tables;
};

enum class Refusal {
    None,
    WritersActive,
    NoSpace,
    DoesNotVerify,
    NotWritable,
    ServerUnreachable,
    InterruptedRestore,
};
QString refusalName(Refusal refusal); // "writers_active", ... as the CLI contract names them

// Everything a user sees before anything changes.
struct RestorePlan
{
    BackupEntry entry;
    QString timestamp;  // UTC, for the snapshots' names
    QList<RestoreTarget> targets;
    QList<CheckResult> preflight;
    QList<HoldingProcess> processes;
    QList<DatabaseDifference> differences;
    Refusal refusal = Refusal::None;
    QString refusalMessage;

    QJsonObject toJson() const;
};

struct RestoreReport
{
    // Refused: the backup's staged copy failed a check, or a process opened
    // a target after the plan, and nothing was replaced, as if the preflight
    // had refused it.
    enum class Outcome { Restored, RolledBack, Failed, Refused };
    Outcome outcome = Outcome::Failed;
    Refusal refusal = Refusal::None; // with Outcome::Refused, why
    QStringList snapshots;
    struct ItemOutcome
    {
        QString name;
        QString target;
        QString status; // "restored", "rolled_back", "unchanged", "failed", "refused"
    };
    QList<ItemOutcome> items;
    QList<CheckResult> checks; // post-restore checks, and the rollback's
    QStringList warnings;      // what pg_restore warned of; not failures
    QString message;           // one sentence on what happened, translated
    qint64 durationMs = 0;

    QString outcomeName() const; // "restored", "rolled_back", "failed", "refused"
};

/*
 * Gets data back safely. plan() decides what goes where, runs the preflight
 * (the backup verifies, there is room, nobody holds a target open, targets
 * are writable) and computes what the restore would throw away; it changes
 * nothing. run() stages the backup beside each target and checks the staged
 * copy (and hashes it, when the preflight left that to it), then swaps it
 * in so that each target is at every instant wholly old or wholly new
 * (never with a stale -wal): one exchange puts the new file in place and
 * the old one at the pre-restore snapshot's name, so the snapshot costs no
 * copy. (With --force-writers, whose writers would go on changing the old
 * file, the snapshot is a checked copy taken first.) It then checks the
 * result and the profile's smoke checks, and restores the snapshots by
 * itself when anything fails. A PostgreSQL dump goes back with pg_restore
 * in one transaction, after a pg_dump snapshot of the target, and
 * only while no other session is connected to it.
 */
class Restorer
{
public:
    [[nodiscard]] static Result<RestorePlan> plan(const QString &backupPath,
                                                  const RestoreOptions &options,
                                                  JobControl &control);
    [[nodiscard]] static Result<RestoreReport> run(const RestorePlan &plan,
                                                   const RestoreOptions &options,
                                                   JobControl &control);
    // Where the profile's source of an item's name and type lives
    // (RestoreOptions::sourcePaths), for an item whose backup does not say.
    static QString sourcePathFor(const BackupItem &item, const RestoreOptions &options);
    // The name an item takes in a folder it is restored into: its source's
    // base name, else its artifact's (an assets archive's item name).
    static QString baseNameFor(const BackupItem &item);
};

} // namespace lifeboat
