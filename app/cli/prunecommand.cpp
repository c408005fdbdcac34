// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "retention.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

class PruneCommand : public Command
{
public:
    PruneCommand()
        : Command(u"prune"_s, Tr::tr("Remove the backups a retention policy no longer keeps: the "
                                     "newest N, one per day, week or month for so long. Each data set "
                                     "is pruned on its own; nothing of it is removed while its newest "
                                     "backup has not verified, its newest verified backup is always kept, "
                                     "snapshots only go when named, and pre-migration backups when named "
                                     "or older than --keep-pre-migration-days."),
                  u"DIR [--keep-last N] [--keep-daily N] [--keep-weekly N] [--keep-monthly N] "
                  "[--keep-pre-migration-days N] [--preset local-dev|shared-staging] [--profile FILE] "
                  "[--remove NAME]... [--dry-run]"_s,
                  u"  lifeboat-cli prune backups --preset local-dev --dry-run\n"
                  "  lifeboat-cli prune backups --keep-daily 30 --keep-monthly 6\n"
                  "  lifeboat-cli prune data --keep-pre-migration-days 30\n"
                  "  lifeboat-cli prune backups --profile lifeboat.json --json"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"DIR"_s, Tr::tr("The folder of backups to prune."));
        parser.addOptions({
            {u"keep-last"_s, Tr::tr("Keep the newest N."), u"N"_s},
            {u"keep-daily"_s, Tr::tr("Keep the newest of each day, for N days."), u"N"_s},
            {u"keep-weekly"_s, Tr::tr("Keep the newest of each week, for N weeks."), u"N"_s},
            {u"keep-monthly"_s, Tr::tr("Keep the newest of each month, for N months."), u"N"_s},
            {u"keep-pre-migration-days"_s, Tr::tr("Remove pre-migration backups older than N days, as "
                                                  "runbook 002's find -mtime +30 -delete does (kept otherwise)."),
             u"N"_s},
            {u"preset"_s, Tr::tr("local-dev (daily 14 days, weekly 8 weeks) or shared-staging (daily 30 "
                                 "days, monthly 6 months)."), u"NAME"_s},
            {u"profile"_s, Tr::tr("Use the retention of this lifeboat.json."), u"FILE"_s},
            {u"remove"_s, Tr::tr("Also remove this snapshot or pre-migration backup, named; repeatable."),
             u"NAME"_s},
            {u"dry-run"_s, Tr::tr("Show every backup with keep or remove and the rule, and remove nothing.")},
        });
    }

    int run(QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            return usageError(Tr::tr("Name the one folder of backups to prune."));
        RetentionPolicy policy;
        if (parser.isSet(u"profile"_s)) {
            auto profile = Profile::load(parser.value(u"profile"_s));
            if (!profile)
                return failWith(profile.error());
            policy = RetentionPolicy::fromSpec(profile->retention);
        }
        if (parser.isSet(u"preset"_s)) {
            const auto preset = RetentionPolicy::preset(parser.value(u"preset"_s));
            if (!preset)
                return usageError(Tr::tr("--preset must be local-dev or shared-staging."));
            policy = *preset;
        }
        for (auto [option, field] : {std::pair{u"keep-last"_s, &policy.keepLast},
                                     std::pair{u"keep-daily"_s, &policy.daily},
                                     std::pair{u"keep-weekly"_s, &policy.weekly},
                                     std::pair{u"keep-monthly"_s, &policy.monthly},
                                     std::pair{u"keep-pre-migration-days"_s, &policy.preMigrationDays}}) {
            if (!parser.isSet(option))
                continue;
            bool ok = false;
            *field = parser.value(option).toInt(&ok);
            if (!ok || *field < 0)
                return usageError(Tr::tr("--%1 takes a whole number.").arg(option));
        }
        if (policy.isEmpty())
            return usageError(Tr::tr("Say what to keep: --keep-last, --keep-daily, --keep-weekly, "
                                     "--keep-monthly, --keep-pre-migration-days, --preset or --profile."));
        auto entries = BackupDiscovery::scan({args.constFirst()}, &control());
        endProgress();
        if (!entries)
            return failWith(entries.error());
        // A name that matches nothing is a typo, not a wish already granted.
        for (const QString &name : parser.values(u"remove"_s)) {
            const bool found = std::ranges::any_of(*entries, [&name](const BackupEntry &e) {
                return Retention::isNamed(e, {name});
            });
            if (!found)
                return failWith(Error{ErrorCode::NotFound,
                                      Tr::tr("--remove %1: no backup of that name is in \"%2\"; \"lifeboat-cli "
                                             "list %2\" shows their names.")
                                          .arg(name, args.constFirst()),
                                      name});
        }
        const QList<PruneDecision> decisions =
            Retention::decide(*entries, policy, Retention::verificationsFromJournal(),
                              QDateTime::currentDateTimeUtc(), parser.values(u"remove"_s));
        const bool dryRun = parser.isSet(u"dry-run"_s);
        QJsonArray rows;
        QStringList lines;
        int removed = 0;
        int failed = 0;
        const bool held = std::ranges::any_of(decisions, &PruneDecision::held);
        for (const PruneDecision &d : decisions) {
            QString status = d.keep ? u"keep"_s : (dryRun ? u"remove"_s : u"removed"_s);
            QString rule = d.rule;
            if (!d.keep && !dryRun) {
                if (auto ok = Retention::remove(d.entry, d.rule); !ok) {
                    status = u"failed"_s;
                    rule = ok.error().message;
                    ++failed;
                } else {
                    ++removed;
                }
            }
            rows.append(QJsonObject{{u"path"_s, d.entry.path},
                                    {u"created_at"_s, d.entry.createdAt.toString(Qt::ISODate)},
                                    {u"action"_s, status},
                                    {u"rule"_s, rule}});
            lines.append(u"%1  %2  %3  (%4)"_s.arg(d.keep ? Tr::tr("keep") : dryRun ? Tr::tr("remove") : Tr::tr("removed"), -8)
                             .arg(formatLocalTime(d.entry.createdAt))
                             .arg(d.entry.path, rule));
        }
        // Held back by an unverified newest backup, pruning has stopped: cron must hear of it.
        if (json()) {
            QJsonObject doc{{u"ok"_s, !held && !failed}, {u"dry_run"_s, dryRun}, {u"backups"_s, rows}};
            if (held)
                doc.insert(u"refused"_s, u"newest_not_verified"_s);
            printJson(doc);
        } else {
            lines.append(dryRun ? Tr::tr("Dry run: nothing was removed.")
                                : Tr::tr("Removed %n backup(s).", nullptr, removed));
            if (held)
                lines.append(Tr::tr("Nothing the policy would remove was removed, because the newest backup "
                                    "has not passed verification. Verify it with \"lifeboat-cli verify\", "
                                    "or back up again if it failed."));
            if (failed)
                lines.append(
                    Tr::tr("%n backup(s) could not be removed; the lines above say why.", nullptr, failed));
            print(lines.join(u'\n') + u'\n');
        }
        return failed ? ExitProblem : held ? ExitRefused : ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePruneCommand()
{
    return std::make_unique<PruneCommand>();
}

} // namespace lifeboat::cli
