// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"
#include "profile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat {

// How many backups to keep, as the runbooks state it.
struct RetentionPolicy
{
    int keepLast = 0; // the newest N
    int daily = 0;    // the newest of each day, for D days
    int weekly = 0;   // the newest of each week, for W weeks
    int monthly = 0;  // the newest of each month, for M months
    int preMigrationDays = 0; // pre-migration backups older than this many days go; 0 keeps them

    // Whether it says anything of plain backups; a policy of pre-migration
    // days alone keeps every plain backup.
    bool keepsBackups() const { return keepLast || daily || weekly || monthly; }
    bool isEmpty() const { return !keepsBackups() && !preMigrationDays; }
    static RetentionPolicy fromSpec(const RetentionSpec &spec);
    // "local-dev" (daily 14 days, weekly 8 weeks), "shared-staging" (daily 30 days, monthly 6 months).
    static std::optional<RetentionPolicy> preset(const QString &name);
};

struct PruneDecision
{
    BackupEntry entry;
    bool keep = true;
    QString rule; // why, for a person: translated
    bool held = false; // the policy would remove it, but the newest backup has not verified
};

/*
 * Which backups a policy keeps. Each data set (BackupEntry::series) is
 * pruned on its own: days, weeks and months are counted in local time back
 * from now; nothing of a set is pruned while its newest backup has not
 * verified; its newest verified backup is always kept; pre-restore
 * snapshots, pre-migration backups and other kept copies are never pruned
 * unless named. Only decides: removing is the caller's.
 */
class Retention
{
public:
    static QList<PruneDecision> decide(QList<BackupEntry> entries, const RetentionPolicy &policy,
                                       const QHash<QString, bool> &verified, const QDateTime &now,
                                       const QStringList &named = {});
    // Whether one of the names is the backup's: its path or its file name.
    static bool isNamed(const BackupEntry &entry, const QStringList &names);

    // Removes one backup: a set folder, a manifest-v1 with the files it
    // names, or a loose copy; recorded in the journal.
    [[nodiscard]] static Result<void> remove(const BackupEntry &entry, const QString &rule);

    // The newest verdict of every target in the journal.
    static QHash<QString, bool> verificationsFromJournal();
};

} // namespace lifeboat
