// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace lifeboat::ui {

// Loads Lifeboat's and Qt's own translations for the system locale. Ours are
// embedded in the applications; a tool without them names a folder of .qm files.
void installTranslations(QCoreApplication &app, const QString &fallbackDir = {});

} // namespace lifeboat::ui
