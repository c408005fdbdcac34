// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorerecovery.h"

#include "artifactwriter.h"
#include "fileops.h"
#include "jobcontrol.h"
#include "journal.h"
#include "profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRecovery, "lifeboat.core.recovery", QtWarningMsg)

namespace lifeboat {

namespace {

// Whether the process that recorded a restore's start may still be running it.
bool stillRunning(const QJsonObject &start)
{
    if (start.value(u"host"_s).toString() != QSysInfo::machineHostName())
        return false;
    const auto pid = pid_t(start.value(u"pid"_s).toInteger());
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

InterruptedRestore fromJournal(const QJsonObject &start)
{
    InterruptedRestore r;
    r.id = start.value(u"restore_id"_s).toString();
    r.backup = start.value(u"target"_s).toString();
    r.profile = start.value(u"profile"_s).toString();
    r.startedAt = QDateTime::fromString(start.value(u"time"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : start.value(u"targets"_s).toArray()) {
        const QJsonObject o = v.toObject();
        InterruptedRestore::Target t;
        t.name = o.value(u"name"_s).toString();
        t.type = itemTypeFromName(o.value(u"type"_s).toString()).value_or(ItemType::File);
        t.target = o.value(u"target"_s).toString();
        t.existed = o.value(u"existed"_s).toBool();
        t.identity = o.value(u"identity"_s).toString();
        t.snapshot = o.value(u"snapshot"_s).toString();
        t.staging = o.value(u"staging"_s).toString();
        r.targets.append(t);
    }
    return r;
}

// Puts back in order what the interrupted run left beside a target: old data
// exchanged out but not yet renamed becomes the snapshot; copies being
// prepared, and a snapshot of data that was never replaced, go.
Result<void> tidy(const InterruptedRestore::Target &t)
{
    // Moved aside where the filesystem cannot exchange, and stopped before
    // the new data went in: the old data goes back in its place, with its
    // own name and mode, as if the run had stopped just before.
    if (t.existed && fileIdentity(t.target).isEmpty()) {
        for (const QString &aside : {t.snapshot, t.staging + u".old"_s}) {
            if (aside.isEmpty() || fileIdentity(aside) != t.identity)
                continue;
            if (::renameat2(AT_FDCWD, QFile::encodeName(aside).constData(), AT_FDCWD,
                            QFile::encodeName(t.target).constData(), RENAME_NOREPLACE)
                != 0)
                return std::unexpected(errorFromErrno(errno, t.target, FileAction::Rename));
            break;
        }
    }
    if (!t.identity.isEmpty() && fileIdentity(t.staging) == t.identity && !t.snapshot.isEmpty()
        && !QFileInfo::exists(t.snapshot)) {
        if (::rename(QFile::encodeName(t.staging).constData(), QFile::encodeName(t.snapshot).constData()) != 0)
            return std::unexpected(errorFromErrno(errno, t.snapshot, FileAction::Rename));
    }
    // The old file kept as the snapshot (exchanged out, or moved aside where
    // the filesystem cannot exchange) is private, as the run makes it.
    // (A second name of the file still in place is left as it is, and goes below.)
    if (!t.identity.isEmpty() && fileIdentity(t.snapshot) == t.identity && t.replaced()
        && t.type != ItemType::Assets)
        ::fchmodat(AT_FDCWD, QFile::encodeName(t.snapshot).constData(), 0600, AT_SYMLINK_NOFOLLOW);
    for (const QString &leftover : {t.staging, t.staging + u".rollback"_s, t.staging + u".old"_s}) {
        if (!t.identity.isEmpty() && fileIdentity(leftover) == t.identity)
            continue; // the old data itself, kept where it is
        if (!removePath(leftover))
            return fail(ErrorCode::NotWritable, Tr::tr("Could not remove \"%1\".").arg(leftover), leftover);
    }
    // Never replaced: a snapshot of data that is still in place, perhaps half
    // copied, or a second name of the very file in place; with the logs
    // anything that opened it by that name left beside it.
    if (t.replaced() || t.snapshot.isEmpty() || t.type == ItemType::Assets)
        return {};
    QStringList names{t.snapshot};
    if (t.type == ItemType::Database)
        names << t.snapshot + u"-wal"_s << t.snapshot + u"-shm"_s << t.snapshot + u"-journal"_s;
    for (const QString &name : std::as_const(names)) {
        if (!removePath(name))
            return fail(ErrorCode::NotWritable, Tr::tr("Could not remove \"%1\".").arg(name), name);
    }
    return {};
}

// The profile's checks that go with finishing one target, each target being
// restored on its own: an SQL check and the required tables with the
// database they name (else the first database), any other check with the
// last target.
RestoreOptions checksFor(const InterruptedRestore::Target &t, const InterruptedRestore &restore,
                         const std::optional<Profile> &profile)
{
    RestoreOptions options;
    if (!profile)
        return options;
    options.profile = profile->path;
    const auto isDb = [](const InterruptedRestore::Target &x) {
        return x.type == ItemType::Database || x.type == ItemType::Postgres;
    };
    const auto firstDb = std::find_if(restore.targets.cbegin(), restore.targets.cend(), isDb);
    const bool last = &t == &restore.targets.constLast();
    for (const SmokeCheck &check : profile->smokeChecks) {
        if (check.kind != SmokeCheck::Kind::Sql) {
            if (last)
                options.smokeChecks.append(check);
            continue;
        }
        auto named = std::find_if(restore.targets.cbegin(), restore.targets.cend(), [&](const auto &x) {
            return isDb(x) && check.isFor(x.name, QFileInfo(x.target).completeBaseName());
        });
        if (named == restore.targets.cend())
            named = firstDb;
        if (named == restore.targets.cend() ? last : &*named == &t)
            options.smokeChecks.append(check);
    }
    if (firstDb != restore.targets.cend() && &*firstDb == &t)
        options.requireTables = profile->requiredTables;
    if (last)
        options.smokeApp = profile->smokeApp;
    options.sourcePaths = profile->sourcePaths();
    return options;
}

// One restore through Restorer, with everything it checks and keeps.
Result<void> restoreOne(const QString &backup, const QString &item, const QString &target,
                        RestoreReport &report, JobControl &control, const RestoreOptions &checks = {})
{
    RestoreOptions options = checks;
    options.settlingInterrupted = true;
    if (!item.isEmpty())
        options.items = {item};
    options.to = target;
    auto plan = Restorer::plan(backup, options, control);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->refusal != Refusal::None)
        return fail(ErrorCode::Busy, plan->refusalMessage, target);
    auto run = Restorer::run(*plan, options, control);
    if (!run)
        return std::unexpected(run.error());
    report.checks.append(run->checks);
    report.snapshots.append(run->snapshots);
    if (run->outcome != RestoreReport::Outcome::Restored)
        return fail(ErrorCode::Corrupt, run->message, target);
    return {};
}

} // namespace

bool InterruptedRestore::Target::replaced() const
{
    const QString now = fileIdentity(target);
    return existed ? now != identity : !now.isEmpty();
}

QJsonObject InterruptedRestore::toJson() const
{
    QJsonArray list;
    for (const Target &t : targets)
        list.append(QJsonObject{{u"name"_s, t.name},
                                {u"type"_s, itemTypeName(t.type)},
                                {u"target"_s, t.target},
                                {u"snapshot"_s, t.snapshot},
                                {u"replaced"_s, t.replaced()}});
    return {{u"id"_s, id},
            {u"backup"_s, backup},
            {u"started_at"_s, startedAt.toString(Qt::ISODate)},
            {u"targets"_s, list}};
}

QList<InterruptedRestore> RestoreRecovery::pending(const Journal &journal)
{
    QList<QJsonObject> entries = journal.entries(0, "\"restore_id\"");
    std::reverse(entries.begin(), entries.end()); // oldest first
    QList<QJsonObject> started;
    QSet<QString> ended;
    for (const QJsonObject &e : std::as_const(entries)) {
        const QString id = e.value(u"restore_id"_s).toString();
        if (id.isEmpty())
            continue;
        if (e.value(u"operation"_s).toString() == "restore_started"_L1)
            started.append(e);
        else
            ended.insert(id);
    }
    QList<InterruptedRestore> found;
    for (auto it = started.crbegin(); it != started.crend(); ++it) {
        if (!ended.contains(it->value(u"restore_id"_s).toString()) && !stillRunning(*it))
            found.append(fromJournal(*it));
    }
    return found;
}

QList<InterruptedRestore> RestoreRecovery::pending()
{
    return pending(Journal());
}

Result<RestoreReport> RestoreRecovery::settle(const InterruptedRestore &restore, Action action,
                                              JobControl &control)
{
    // Finished, the backup must pass the checks the restore ran with; they
    // are read again, and nothing is touched when they cannot be.
    std::optional<Profile> profile;
    if (action == Action::Finish && !restore.profile.isEmpty()) {
        auto loaded = Profile::load(restore.profile);
        if (!loaded)
            return fail(ErrorCode::NotReadable,
                        Tr::tr("The restore from %1 ran the checks of %2, which cannot be read now (%3). "
                               "Mend it and finish again, or undo the restore.")
                            .arg(restore.backup, restore.profile, loaded.error().message),
                        restore.profile);
        profile = std::move(*loaded);
    }
    RestoreReport report;
    QStringList problems;
    for (const InterruptedRestore::Target &t : restore.targets) {
        RestoreReport::ItemOutcome outcome{t.name, t.target, u"unchanged"_s};
        auto ok = tidy(t);
        if (ok && action == Action::Finish) {
            ok = restoreOne(restore.backup, t.name, t.target, report, control, checksFor(t, restore, profile));
            outcome.status = u"restored"_s;
        } else if (ok && t.replaced()) {
            if (!t.existed) {
                // Nothing was there before: the restored data goes again.
                if (!removePath(t.target))
                    ok = fail(ErrorCode::NotWritable,
                              Tr::tr("Could not remove \"%1\".").arg(t.target), t.target);
            } else if (t.snapshot.isEmpty() || !QFileInfo::exists(t.snapshot)) {
                ok = fail(ErrorCode::NotFound,
                          Tr::tr("%1 was replaced and there is no snapshot to go back to.").arg(t.target),
                          t.target);
            } else {
                ok = restoreOne(t.snapshot, QString(), t.target, report, control);
            }
            outcome.status = u"rolled_back"_s;
        }
        if (!ok) {
            if (ok.error().code == ErrorCode::Cancelled)
                return std::unexpected(ok.error());
            problems.append(ok.error().message);
            outcome.status = u"failed"_s;
        }
        report.items.append(outcome);
    }

    const bool finish = action == Action::Finish;
    if (problems.isEmpty()) {
        report.outcome = finish ? RestoreReport::Outcome::Restored : RestoreReport::Outcome::RolledBack;
        report.message = finish ? Tr::tr("The interrupted restore from %1 is finished.").arg(restore.backup)
                                : Tr::tr("The interrupted restore from %1 is undone: the data is as it "
                                         "was before it.")
                                      .arg(restore.backup);
    } else {
        report.outcome = RestoreReport::Outcome::Failed;
        report.message = Tr::tr("The interrupted restore from %1 is not settled yet: %2")
                             .arg(restore.backup, problems.join(u' '));
    }
    QJsonArray targets;
    for (const RestoreReport::ItemOutcome &i : std::as_const(report.items))
        targets.append(QJsonObject{{u"name"_s, i.name}, {u"target"_s, i.target}, {u"status"_s, i.status}});
    // Only a settled restore stops being pending; a failed attempt may be tried again.
    QJsonObject entry{{u"operation"_s, u"restore_recovery"_s},
                      {u"action"_s, finish ? u"finish"_s : u"undo"_s},
                      {u"target"_s, restore.backup},
                      {u"targets"_s, targets},
                      {u"snapshots"_s, QJsonArray::fromStringList(report.snapshots)},
                      {u"ok"_s, problems.isEmpty()},
                      {u"message"_s, report.message}};
    if (problems.isEmpty())
        entry.insert(u"restore_id"_s, restore.id);
    else
        entry.insert(u"interrupted_restore"_s, restore.id);
    if (auto recorded = Journal().record(entry); !recorded)
        qCWarning(lcRecovery) << recorded.error().message;
    return report;
}

} // namespace lifeboat
