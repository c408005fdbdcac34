// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace lifeboat {

class JobControl;

/*
 * The Korean runbook's pre-migration backup. Before an application migrates
 * its database, it asks: when the database's schema version differs from the
 * one the code expects, a consistent copy goes beside it as
 * <stem>.backup.<current version>.<YYYYMMDD_HHMMSS>.db. No file (a new
 * install) or the same version: nothing to do.
 */
class PreMigrationGuard
{
public:
    enum class Action { NoDatabase, VersionsMatch, BackedUp };
    struct Outcome
    {
        Action action = Action::NoDatabase;
        QString currentVersion;
        QString backupPath; // as the caller named the database: relative stays relative
    };

    [[nodiscard]] static Result<Outcome> run(const QString &database, const QString &expectedVersion,
                                             const QString &versionQuery, JobControl &control);
};

} // namespace lifeboat
