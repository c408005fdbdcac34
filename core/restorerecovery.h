// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "restorer.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lifeboat {

class JobControl;
class Journal;

// A restore that started and never ended: its process was killed, or the
// machine went down. What the journal's "restore_started" entry recorded.
struct InterruptedRestore
{
    struct Target
    {
        QString name;     // the item
        ItemType type = ItemType::Database;
        QString target;   // absolute path
        bool existed = false;
        QString identity; // "device:inode" of what was there when the restore began
        QString snapshot; // the pre-restore snapshot; empty with --no-snapshot or nothing there
        QString staging;  // where the backup was being prepared beside the target

        // Whether the interrupted run had already put the backup (or began to
        // roll back) in place of this target.
        bool replaced() const;
    };
    QString id;
    QString backup;       // the backup it restored from
    QString profile;      // the lifeboat.json whose checks it ran, if any
    QDateTime startedAt;
    QList<Target> targets;
    QJsonObject toJson() const;
};

/*
 * Finds the restores that never ended and settles them, at the user's choice:
 * finish() restores the backup again over the same targets, undo() puts back
 * what was there before from the pre-restore snapshots. Either first puts any
 * data the interrupted run left aside (a folder exchanged but not yet renamed
 * to its snapshot) where a snapshot belongs, removes its half-prepared
 * copies, and records the outcome in the journal, after which the restore is
 * no longer pending. Each target is at every instant wholly old or wholly
 * new, as Restorer guarantees, so both are always possible.
 */
class RestoreRecovery
{
public:
    // Newest first. A restore whose process still runs on this host is not interrupted.
    static QList<InterruptedRestore> pending(const Journal &journal);
    static QList<InterruptedRestore> pending();

    enum class Action { Finish, Undo };
    [[nodiscard]] static Result<RestoreReport> settle(const InterruptedRestore &restore, Action action,
                                                      JobControl &control);
};

} // namespace lifeboat
