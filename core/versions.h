// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace lifeboat {

// The libraries Lifeboat runs on, with their versions, for About boxes and --version.
QList<QPair<QString, QString>> libraryVersions();

} // namespace lifeboat
