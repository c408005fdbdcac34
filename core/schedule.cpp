// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include "demoworkspace.h"

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

// Quotes a word for a POSIX shell and for systemd's Exec lines alike.
QString quoted(const QString &word)
{
    QString q = word;
    q.replace(u'\'', u"'\\''"_s);
    return u'\'' + q + u'\'';
}

// A '%' is a newline to cron unless escaped, and a specifier to systemd
// unless doubled; systemd also expands a '$' in an Exec line unless doubled.
QString escapedForScheduler(const QString &text, Schedule::Kind kind, bool execLine = true)
{
    QString out = text;
    if (kind == Schedule::Kind::Cron)
        return out.replace(u'%', u"\\%"_s);
    out.replace(u'%', u"%%"_s);
    return execLine ? out.replace(u'$', u"$$"_s) : out;
}

} // namespace

QString Schedule::text(const Profile &profile, Kind kind, QTime at, const QString &cli)
{
    // Absolute: cron starts in $HOME, systemd in /.
    const QString home = qEnvironmentVariableIsEmpty("LIFEBOAT_HOME") ? QString() : lifeboatHome();
    // A crontab entry is one line; systemd joins a line ending in a backslash
    // with the next, so a unit's commands can break where they read best.
    const bool cron = kind == Kind::Cron;
    const QString separator = cron ? u" "_s : u" \\\n    "_s;
    const QString prefix = cron && !home.isEmpty() ? u"LIFEBOAT_HOME="_s + quoted(home) + u' '
                                                   : QString();
    const auto command = [&](const QString &what, const QString &option, const QString &path) {
        return escapedForScheduler(
            prefix + quoted(cli) + u' ' + what + separator + option + u' ' + quoted(path), kind);
    };
    const QString backup = command(u"backup"_s, u"--profile"_s, profile.path);
    const QString verify = command(u"verify"_s, u"--newest"_s, profile.destination);
    if (cron)
        return u"# Lifeboat: back up %1, then verify the new backup (crontab -e)\n"_s.arg(
                   profile.name)
               + u"%1 %2 * * * %3 && %4\n"_s.arg(at.minute()).arg(at.hour()).arg(backup, verify);

    const QString unit = u"lifeboat-"_s + profile.name;
    const QString name = escapedForScheduler(profile.name, kind, false);
    // systemd reads a quoted assignment whole, with \\ and \" inside the quotes.
    QString homeValue = home;
    homeValue.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    const QString environment =
        home.isEmpty() ? QString()
                       : u"Environment=\"LIFEBOAT_HOME=%1\"\n"_s.arg(
                             escapedForScheduler(homeValue, kind, false));
    return u"# ~/.config/systemd/user/%1.service\n"_s.arg(unit)
           + u"[Unit]\nDescription=Lifeboat: back up %1 and verify it\n\n"_s.arg(name)
           + u"[Service]\nType=oneshot\n"_s + environment
           + u"ExecStart=%1\nExecStartPost=%2\n\n"_s.arg(backup, verify)
           + u"# ~/.config/systemd/user/%1.timer\n"_s.arg(unit)
           + u"[Unit]\nDescription=Lifeboat: back up %1 every day\n\n"_s.arg(name)
           + u"[Timer]\nOnCalendar=*-*-* %1:00\nPersistent=true\n\n"_s.arg(at.toString(u"HH:mm"_s))
           + u"[Install]\nWantedBy=timers.target\n\n"_s
           + u"# systemctl --user daemon-reload && systemctl --user enable --now %1.timer\n"_s.arg(
               unit);
}

} // namespace lifeboat
