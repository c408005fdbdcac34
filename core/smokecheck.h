// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgresclient.h"
#include "profile.h"
#include "verifier.h"

#include <QProcess>
#include <QTemporaryFile>

#include <functional>
#include <memory>

namespace lifeboat {

/*
 * The profile's smoke checks after a restore: an SQL query and the value it
 * must return, an HTTP GET to localhost with the status it must answer, a
 * command with the exit code it must end with. Each becomes a check result
 * named "smoke:<name>".
 */
CheckResult runSmokeCheck(const SmokeCheck &check, const QString &database);
// The same, an SQL check running against a PostgreSQL database through psql.
CheckResult runSmokeCheck(const SmokeCheck &check, const PostgresConnection &database);

/*
 * The profile's smoke_app, running while the smoke checks run: started and
 * waited for until its ready_url answers, and stopped (its whole process
 * group, SIGTERM, then SIGKILL after ten seconds) when this goes. Used on
 * one thread.
 */
class SmokeAppRun
{
public:
    SmokeAppRun() = default;
    ~SmokeAppRun();
    SmokeAppRun(const SmokeAppRun &) = delete;
    SmokeAppRun &operator=(const SmokeAppRun &) = delete;

    // A check "smoke_app": whether it came up, and in how long.
    CheckResult start(const SmokeApp &app, const std::function<bool()> &cancelled);
    void stop();

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryFile m_log;
    qint64 m_group = 0; // its process group, once started
};

} // namespace lifeboat
