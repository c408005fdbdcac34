// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "profile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTime>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

// Quotes a word for a POSIX shell and for systemd's Exec lines alike.
QString quoted(const QString &word)
{
    QString q = word;
    q.replace(u'\'', u"'\\''"_s);
    return u'\'' + q + u'\'';
}

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
        const QString cli = QCoreApplication::applicationFilePath();
        const QString backup = quoted(cli) + u" backup --profile "_s + quoted(profile->path);
        const QString verify = quoted(cli) + u" verify --newest "_s + quoted(profile->destination);
        QString text;
        if (kind == "cron"_L1) {
            text = u"# Lifeboat: back up %1, then verify the new backup (crontab -e)\n"_s.arg(profile->name)
                   + u"%1 %2 * * * %3 && %4\n"_s.arg(at.minute()).arg(at.hour()).arg(backup, verify);
        } else {
            const QString unit = u"lifeboat-"_s + profile->name;
            text = u"# ~/.config/systemd/user/%1.service\n"_s.arg(unit)
                   + u"[Unit]\nDescription=Lifeboat: back up %1 and verify it\n\n"_s.arg(profile->name)
                   + u"[Service]\nType=oneshot\nExecStart=%1\nExecStartPost=%2\n\n"_s.arg(backup, verify)
                   + u"# ~/.config/systemd/user/%1.timer\n"_s.arg(unit)
                   + u"[Unit]\nDescription=Lifeboat: back up %1 every day\n\n"_s.arg(profile->name)
                   + u"[Timer]\nOnCalendar=*-*-* %1:00\nPersistent=true\n\n"_s.arg(at.toString(u"HH:mm"_s))
                   + u"[Install]\nWantedBy=timers.target\n\n"_s
                   + u"# systemctl --user daemon-reload && systemctl --user enable --now %1.timer\n"_s.arg(unit);
        }
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
