// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lifeboat {

class JobControl;

enum class CheckStatus { Pass, Fail, Skip };
QString checkStatusName(CheckStatus status); // "pass", "fail", "skip": never translated

// One check, named as the CLI contract names them (hash_verification, ...).
struct CheckResult
{
    QString name;
    CheckStatus status = CheckStatus::Skip;
    QString detail; // translated, for a person to act on
};

struct ItemVerification
{
    QString name;
    ItemType type = ItemType::File;
    QString artifact;
    QList<CheckResult> checks;
    bool ok() const;
};

struct VerifyReport
{
    QString target;
    Layout layout = Layout::Loose;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QList<ItemVerification> items;
    bool ok() const;
    QJsonObject toJson() const;
};

struct VerifyOptions
{
    QStringList requireTables; // overrides the tables the manifest recorded
    bool quick = false;        // quick_check instead of integrity_check
    bool record = true;        // write the result to the journal
    bool newestOnly = false;   // of a folder of backups, only the newest
    // PostgreSQL dumps: restore each into a scratch database that is dropped
    // afterwards, on the server the manifest recorded or the one named here.
    bool drill = false;
    QString dsnEnv;
    QString service;
    // Called from worker threads as each item's checks complete, so a view
    // can turn them PASS or FAIL as they come.
    std::function<void(const QString &item, const QList<CheckResult> &checks)> onChecks;
};

/*
 * Restore drills that change nothing: each artifact's SHA-256 against what
 * the manifest or checksums recorded, databases opened immutable and checked
 * with integrity_check (through gzip where they are compressed), required
 * tables and the schema version, archives read to the last byte with every
 * entry's path checked, PostgreSQL dumps' tables of contents read by
 * pg_restore and, on request, restored into a scratch database. Items run in parallel, each in constant memory;
 * Cancel stops within a second.
 */
class Verifier
{
public:
    [[nodiscard]] static Result<VerifyReport> verify(const BackupEntry &entry,
                                                     const VerifyOptions &options,
                                                     JobControl &control);
    // What verifyPath met on the way: whether the path was a folder of
    // backups rather than one, and the folders below it it could not read.
    struct FolderScan
    {
        bool scanned = false;
        QStringList unreadable;
    };

    // A set, a manifest, a checksums file, a loose copy, or a folder of them.
    [[nodiscard]] static Result<QList<VerifyReport>> verifyPath(const QString &path,
                                                                const VerifyOptions &options,
                                                                JobControl &control,
                                                                FolderScan *scan = nullptr);

    // What the checks say of an item's SHA-256 against the recorded one, and
    // of a database's tables and schema version: the tables it must hold
    // (requireTables, else those its manifest recorded) against those found,
    // and the version recorded against the one found. A restore asks the
    // same of a staged copy the preflight left to it.
    [[nodiscard]] static CheckResult digestMatches(const BackupItem &item, const QString &digest);
    [[nodiscard]] static CheckResult requiredTables(const BackupItem &item, const QStringList &requireTables,
                                                    const Result<QStringList> &found);
    [[nodiscard]] static CheckResult schemaVersion(const BackupItem &item, const Result<QString> &found);
};

} // namespace lifeboat
