// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "schedule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTime>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

class ScheduleCommand : public Command
{
public:
    ScheduleCommand()
        : Command(u"schedule"_s, Tr::tr("Print a user systemd timer and service, or a crontab line, "
                                        "that backs the data set up and then verifies the new backup."),
                  u"--profile FILE --print systemd|cron [--at HH:MM]"_s,
                  u"  lifeboat-cli schedule --profile lifeboat.json --print cron >> my-crontab\n"
                  "  lifeboat-cli schedule --profile lifeboat.json --print systemd --at 02:30"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {u"profile"_s, Tr::tr("The data set's lifeboat.json."), u"FILE"_s},
            {u"print"_s, Tr::tr("systemd (a timer and a service) or cron (a crontab line)."), u"KIND"_s},
            {u"at"_s, Tr::tr("The time of day to run, local time (default 02:00)."), u"HH:MM"_s},
        });
    }

    int run(QCommandLineParser &parser) override
    {
        const QString kind = parser.value(u"print"_s);
        if (!parser.isSet(u"profile"_s) || (kind != "systemd"_L1 && kind != "cron"_L1))
            return usageError(Tr::tr("Give --profile FILE and --print systemd or --print cron."));
        const QTime at = QTime::fromString(parser.value(u"at"_s).isEmpty() ? u"02:00"_s : parser.value(u"at"_s),
                                           u"HH:mm"_s);
        if (!at.isValid())
            return usageError(Tr::tr("--at takes a time like 02:30."));
        auto profile = Profile::load(parser.value(u"profile"_s));
        if (!profile)
            return failWith(profile.error());
        if (profile->destination.isEmpty())
            return failWith({ErrorCode::InvalidManifest,
                             Tr::tr("The profile \"%1\" has no \"destination\" to back up into.").arg(profile->path),
                             profile->path});
        const QString text = Schedule::text(*profile, kind == "cron"_L1 ? Schedule::Kind::Cron
                                                                          : Schedule::Kind::Systemd,
                                            at, QCoreApplication::applicationFilePath());
        if (json())
            printJson(QJsonObject{{u"ok"_s, true}, {u"kind"_s, kind}, {u"text"_s, text}});
        else
            print(text);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeScheduleCommand()
{
    return std::make_unique<ScheduleCommand>();
}

} // namespace lifeboat::cli
