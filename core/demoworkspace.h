// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace lifeboat {

// Where Lifeboat keeps what it keeps: $LIFEBOAT_HOME, else the platform's
// application data folder.
QString lifeboatHome();

/*
 * A demo workspace: sample application data and a backup history in every
 * layout of the runbooks, one backup of it damaged, so a new user sees
 * Lifeboat working without their own data. Built once; later calls return it.
 */
class DemoWorkspace
{
public:
    // The workspace folder (<home>/demo), building it when missing.
    [[nodiscard]] static Result<QString> ensure(const QString &home = lifeboatHome());
};

} // namespace lifeboat
