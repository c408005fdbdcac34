// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "journal.h"
#include "profile.h"
#include "datasetstatus.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

double hoursSince(const QDateTime &t, const QDateTime &now)
{
    return double(t.secsTo(now)) / 3600.0;
}

class StatusCommand : public Command
{
public:
    StatusCommand()
        : Command(u"status"_s, Tr::tr("For each data set: the newest backup, the newest verified "
                                      "backup and its age against the RPO target, and the last "
                                      "restore's duration against the RTO target. Exits 1 when the "
                                      "RPO is breached, for cron or monitoring to alert."),
                  u"--profile FILE..."_s,
                  u"  lifeboat-cli status --profile lifeboat.json\n"
                  "  lifeboat-cli status --profile app/lifeboat.json --profile lab/lifeboat.json --json"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({u"profile"_s, Tr::tr("A data set's lifeboat.json; repeatable."), u"FILE"_s});
    }

    int run(QCommandLineParser &parser) override
    {
        const QStringList profiles = parser.values(u"profile"_s);
        if (profiles.isEmpty())
            return usageError(Tr::tr("Name the data sets with --profile FILE."));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<QJsonObject> journal = Journal().entries();
        QJsonArray sets;
        QStringList lines;
        bool breached = false;
        for (const QString &path : profiles) {
            auto profile = Profile::load(path);
            if (!profile)
                return failWith(profile.error());
            QList<BackupEntry> entries;
            if (QFileInfo(profile->destination).isDir()) {
                auto found = BackupDiscovery::scan({profile->destination});
                if (!found)
                    return failWith(found.error());
                entries = *found;
            }
            const DataSetStatus status
                = DataSetStatus::compute(entries, journal, profile->rpoHours, profile->rtoHours, now);
            breached = breached || status.rpoBreached();
            QJsonObject o{{u"name"_s, profile->name},
                          {u"profile"_s, QFileInfo(path).absoluteFilePath()},
                          {u"destination"_s, profile->destination},
                          {u"backups"_s, entries.size()},
                          {u"rpo_hours"_s, profile->rpoHours},
                          {u"rpo_state"_s, rpoName(status.rpo)},
                          {u"rpo_breached"_s, status.rpoBreached()},
                          {u"rto_hours"_s, profile->rtoHours}};
            const auto &newest = status.newest;
            const auto &newestVerified = status.newestVerified;
            if (newest)
                o.insert(u"newest_backup"_s, QJsonObject{{u"path"_s, newest->path},
                                                         {u"created_at"_s, newest->createdAt.toString(Qt::ISODate)},
                                                         {u"age_hours"_s, hoursSince(newest->createdAt, now)}});
            if (newestVerified)
                o.insert(u"newest_verified"_s, QJsonObject{{u"path"_s, newestVerified->path},
                                                           {u"created_at"_s, newestVerified->createdAt.toString(Qt::ISODate)},
                                                           {u"age_hours"_s, status.ageHours}});
            if (status.lastRestore) {
                o.insert(u"last_restore"_s, QJsonObject{{u"time"_s, status.lastRestore->value(u"time"_s)},
                                                        {u"duration_seconds"_s, status.restoreSeconds}});
                o.insert(u"rto_met"_s, status.rtoMet());
            }
            sets.append(o);

            lines << profile->name + u" ("_s + profile->destination + u')';
            lines << (newest ? Tr::tr("  newest backup:   %1").arg(formatLocalTime(newest->createdAt))
                             : Tr::tr("  newest backup:   none"));
            lines << (newestVerified ? Tr::tr("  newest verified: %1, %2 hours old")
                                           .arg(formatLocalTime(newestVerified->createdAt))
                                           .arg(status.ageHours, 0, 'f', 1)
                                     : Tr::tr("  newest verified: none"));
            if (profile->rpoHours > 0)
                lines << (status.rpoBreached()                     ? Tr::tr("  RPO %1 h: BREACHED").arg(profile->rpoHours)
                          : status.rpo == DataSetStatus::Rpo::Near ? Tr::tr("  RPO %1 h: met, due soon").arg(profile->rpoHours)
                                                                   : Tr::tr("  RPO %1 h: met").arg(profile->rpoHours));
            if (status.lastRestore)
                lines << (profile->rtoHours > 0
                              ? Tr::tr("  last restore took %1 s (RTO %2 h)").arg(status.restoreSeconds, 0, 'f', 1).arg(profile->rtoHours)
                              : Tr::tr("  last restore took %1 s").arg(status.restoreSeconds, 0, 'f', 1));
        }
        if (json())
            printJson(QJsonObject{{u"ok"_s, !breached}, {u"data_sets"_s, sets}});
        else
            print(lines.join(u'\n') + u'\n');
        return breached ? ExitProblem : ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace lifeboat::cli
