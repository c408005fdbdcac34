// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QString>
#include <QTime>

namespace lifeboat {

/*
 * What to hand the system's scheduler so that a data set is backed up every
 * day and the new backup verified: a user systemd timer with its service, or
 * a crontab line. The CLI prints it; the desktop app shows it to copy.
 */
struct Schedule
{
    enum class Kind { Systemd, Cron };

    // cli: the lifeboat-cli the scheduler runs, as an absolute path. With
    // LIFEBOAT_HOME set, the commands run with it too, so that what they
    // record goes to the journal this Lifeboat reads.
    static QString text(const Profile &profile, Kind kind, QTime at, const QString &cli);
};

} // namespace lifeboat
