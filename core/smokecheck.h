// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgresclient.h"
#include "profile.h"
#include "verifier.h"

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

} // namespace lifeboat
