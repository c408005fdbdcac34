// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "backupdiscovery.h"
#include "profile.h"
#include "restorer.h"

#include <QJsonArray>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

// "y" or "yes", in English or the user's language.
bool isYes(const QString &line)
{
    const QString answer = line.trimmed().toLower();
    return answer == "y"_L1 || answer == "yes"_L1 || answer == Tr::tr("y");
}

QString mark(CheckStatus status)
{
    return status == CheckStatus::Pass ? u"[PASS]"_s : status == CheckStatus::Fail ? u"[FAIL]"_s : u"[SKIP]"_s;
}

QString rows(qint64 n)
{
    return n < 0 ? u"—"_s : QString::number(n);
}

class RestoreCommand : public Command
{
public:
    RestoreCommand()
        : Command(u"restore"_s, Tr::tr("Restore a backup safely: check it, save what is there now as a "
                                       "pre-restore snapshot, replace each target whole, check the "
                                       "result, and roll back by itself if anything fails."),
                  u"SET|MANIFEST|FILE [--item NAME]... [--to PATH|DATABASE] [--dry-run] [--no-snapshot] "
                  "[--force-writers] [--yes] [--profile FILE] [--dsn-env VAR | --service NAME]"_s,
                  u"  lifeboat-cli restore backups/lrl-20260114_120000 --dry-run\n"
                  "  lifeboat-cli restore data/story_registry.backup.1.0.0.20260112_130012.db --yes\n"
                  "  lifeboat-cli restore backups/sqlite/ice_cream_social_20260110_020000.db "
                  "--to data/ice_cream_social.db\n"
                  "  lifeboat-cli restore backups/lrl-20260114_120000 --to /tmp/staging --json\n"
                  "  lifeboat-cli restore backups/postgres/brainstem-20260114_120000 "
                  "--dsn-env APP_DATABASE_URL --dry-run"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"SET|MANIFEST|FILE"_s, Tr::tr("A set folder, a manifest or a copy to restore from."));
        parser.addOptions({
            {u"item"_s, Tr::tr("Restore only this item; repeatable."), u"NAME"_s},
            {u"to"_s, Tr::tr("Restore somewhere else: a file or folder for one item, a folder for several."),
             u"PATH|DATABASE"_s},
            {u"dry-run"_s, Tr::tr("Show the plan (targets, preflight, what changes) and change nothing.")},
            {u"no-snapshot"_s, Tr::tr("Do not save the current data first (needs --yes); no rollback is possible.")},
            {u"force-writers"_s, Tr::tr("Go ahead although other processes have a target open.")},
            {u"yes"_s, Tr::tr("Do not ask for confirmation. A database is then checked in its staged copy "
                              "rather than first in the preflight; one that fails is still refused before "
                              "anything is replaced.")},
            {u"profile"_s, Tr::tr("A lifeboat.json whose smoke checks and required tables the result must pass."),
             u"FILE"_s},
            {u"dsn-env"_s, Tr::tr("PostgreSQL: the environment variable holding the DSN of the server to "
                                  "restore into (default: the one the manifest recorded). --to names "
                                  "another database."),
             u"VAR"_s},
            {u"service"_s, Tr::tr("PostgreSQL: a service of libpq's service file to restore into."),
             u"NAME"_s},
        });
    }

    int run(QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            return usageError(Tr::tr("Name exactly one backup to restore."));
        RestoreOptions options;
        options.items = parser.values(u"item"_s);
        options.to = parser.value(u"to"_s);
        options.noSnapshot = parser.isSet(u"no-snapshot"_s);
        options.forceWriters = parser.isSet(u"force-writers"_s);
        options.dsnEnv = parser.value(u"dsn-env"_s);
        options.service = parser.value(u"service"_s);
        if (options.noSnapshot && !parser.isSet(u"yes"_s))
            return usageError(Tr::tr("--no-snapshot throws the current data away for good; add --yes "
                                     "to confirm."));
        if (parser.isSet(u"profile"_s)) {
            auto profile = Profile::load(parser.value(u"profile"_s));
            if (!profile)
                return failWith(profile.error());
            options.smokeChecks = profile->smokeChecks;
            options.smokeApp = profile->smokeApp;
            options.sourcePaths = profile->sourcePaths();
            if (auto entry = BackupDiscovery::describe(args.constFirst()))
                options.requireTables = profile->requiredTablesFor(*entry);
            options.profile = profile->path;
        }

        const bool dryRun = parser.isSet(u"dry-run"_s);
        // Asked on the terminal, after the plan. Anything else on stdin (a
        // pipe, a file) is read first, since nobody reads the plan there: a
        // script that pipes "no" is not answered yes, and one without an
        // answer (cron, </dev/null) is told at once to say --yes.
        const bool confirm = !dryRun && !parser.isSet(u"yes"_s) && !json();
        const bool terminal = ::isatty(STDIN_FILENO);
        if (confirm && !terminal) {
            const QString line = QTextStream(stdin).readLine();
            if (line.isNull())
                return usageError(Tr::tr("nothing was changed: restore asks before it replaces anything, and "
                                         "stdin gave no answer. Pass --yes to restore without asking."));
            if (!isYes(line)) {
                print(Tr::tr("Nothing was changed.") + u'\n');
                return ExitCancelled;
            }
        }
        const bool ask = confirm && terminal;
        // Nobody reads the plan before it runs: a database is checked once, in its staged copy.
        options.checkWhenStaging = !dryRun && !ask;
        auto plan = Restorer::plan(args.constFirst(), options, control());
        endProgress();
        if (!plan)
            return failWith(plan.error());
        if (!json())
            printPlan(*plan);
        if (plan->refusal != Refusal::None) {
            if (json())
                printJson(result(*plan, u"refused"_s, nullptr));
            else
                warn(u"lifeboat-cli restore: "_s + Tr::tr("refused: %1").arg(plan->refusalMessage) + u'\n');
            return ExitRefused;
        }
        if (dryRun) {
            if (json())
                printJson(result(*plan, u"planned"_s, nullptr));
            else
                print(Tr::tr("Dry run: nothing was changed.") + u'\n');
            return ExitOk;
        }
        if (ask) {
            print(Tr::tr("Restore now? [y/N] "));
            if (!isYes(QTextStream(stdin).readLine())) {
                print(Tr::tr("Nothing was changed.") + u'\n');
                return ExitCancelled;
            }
        }

        auto report = Restorer::run(*plan, options, control());
        endProgress();
        if (!report)
            return failWith(report.error());
        if (json()) {
            printJson(result(*plan, report->outcomeName(), &*report));
        } else if (report->outcome == RestoreReport::Outcome::Refused) {
            warn(u"lifeboat-cli restore: "_s + Tr::tr("refused: %1").arg(report->message) + u'\n');
        } else {
            QStringList out{QString(), Tr::tr("Checks after the restore:")};
            for (const CheckResult &c : std::as_const(report->checks))
                out << u"  %1 %2 — %3"_s.arg(mark(c.status), c.name, c.detail);
            for (const QString &w : std::as_const(report->warnings))
                out << Tr::tr("warning: %1").arg(w);
            for (const QString &s : std::as_const(report->snapshots))
                out << Tr::tr("Snapshot: %1 (restore it to undo)").arg(s);
            out << QString() << report->message;
            print(out.join(u'\n') + u'\n');
        }
        switch (report->outcome) {
        case RestoreReport::Outcome::Restored:
            return ExitOk;
        case RestoreReport::Outcome::Refused:
            return ExitRefused;
        case RestoreReport::Outcome::RolledBack:
        case RestoreReport::Outcome::Failed:
            break;
        }
        return ExitProblem;
    }

private:
    QJsonObject result(const RestorePlan &plan, const QString &outcome, const RestoreReport *report) const
    {
        QJsonArray processes;
        for (const HoldingProcess &p : plan.processes)
            processes.append(QJsonObject{{u"pid"_s, p.pid}, {u"command"_s, p.command}, {u"file"_s, p.file}});
        QJsonArray items;
        QJsonArray checks;
        QJsonArray snapshots;
        if (report) {
            for (const auto &i : report->items)
                items.append(QJsonObject{{u"name"_s, i.name}, {u"target"_s, i.target}, {u"status"_s, i.status}});
            for (const CheckResult &c : report->checks)
                checks.append(QJsonObject{{u"name"_s, c.name}, {u"status"_s, checkStatusName(c.status)},
                                          {u"detail"_s, c.detail}});
            snapshots = QJsonArray::fromStringList(report->snapshots);
        } else {
            for (const RestoreTarget &t : plan.targets)
                items.append(QJsonObject{{u"name"_s, t.item.name}, {u"target"_s, t.target},
                                         {u"status"_s, outcome}});
            for (const CheckResult &c : plan.preflight)
                checks.append(QJsonObject{{u"name"_s, c.name}, {u"status"_s, checkStatusName(c.status)},
                                          {u"detail"_s, c.detail}});
            // Where they would go; a refused restore took none.
            for (const RestoreTarget &t : plan.targets) {
                if (!t.snapshot.isEmpty() && plan.refusal == Refusal::None)
                    snapshots.append(t.snapshot);
            }
        }
        QJsonObject o{{u"ok"_s, report ? report->outcome == RestoreReport::Outcome::Restored
                                       : plan.refusal == Refusal::None},
                      {u"outcome"_s, outcome},
                      {u"processes"_s, processes},
                      {u"snapshots"_s, snapshots},
                      {u"items"_s, items},
                      {u"checks"_s, checks},
                      {u"plan"_s, plan.toJson()}};
        // Always there, null when nothing was refused, as the contract lists it.
        const Refusal refusal = plan.refusal != Refusal::None ? plan.refusal
                                : report                      ? report->refusal
                                                              : Refusal::None;
        o.insert(u"refused"_s, refusal == Refusal::None ? QJsonValue() : QJsonValue(refusalName(refusal)));
        if (report) {
            o.insert(u"message"_s, report->message);
            o.insert(u"warnings"_s, QJsonArray::fromStringList(report->warnings));
        }
        return o;
    }

    void printPlan(const RestorePlan &plan)
    {
        QStringList out{Tr::tr("Restore from %1 (%2)").arg(plan.entry.path, layoutName(plan.entry.layout))};
        for (const RestoreTarget &t : plan.targets) {
            out << Tr::tr("  %1 (%2) → %3").arg(t.item.name, itemTypeName(t.item.type), t.target);
            out << (t.snapshot.isEmpty() ? (t.targetExists ? Tr::tr("      no snapshot (--no-snapshot)")
                                                           : Tr::tr("      new: nothing there yet"))
                                         : Tr::tr("      current data saved first to %1").arg(t.snapshot));
        }
        out << QString() << Tr::tr("Preflight:");
        for (const CheckResult &c : plan.preflight)
            out << u"  %1 %2 — %3"_s.arg(mark(c.status), c.name, c.detail);
        for (const DatabaseDifference &d : plan.differences) {
            out << QString() << Tr::tr("%1: current against backup").arg(d.item);
            if (d.currentVersion != d.backupVersion)
                out << Tr::tr("  schema version %1 → %2").arg(d.currentVersion.isEmpty() ? u"-"_s : d.currentVersion,
                                                              d.backupVersion.isEmpty() ? u"-"_s : d.backupVersion);
            for (const TableDifference &t : d.tables) {
                QString line = Tr::tr("  %1: %2 → %3 rows").arg(t.table, rows(t.currentRows), rows(t.backupRows));
                if (t.currentNewest != t.backupNewest && !(t.currentNewest + t.backupNewest).isEmpty())
                    line += u"  ("_s + Tr::tr("newest now %1, in the backup %2")
                                           .arg(t.currentNewest.isEmpty() ? u"—"_s : t.currentNewest,
                                                t.backupNewest.isEmpty() ? u"—"_s : t.backupNewest)
                            + u')';
                out << line;
            }
        }
        print(out.join(u'\n') + u'\n');
    }
};

} // namespace

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace lifeboat::cli
