// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace lifeboat::ui {

// Loads Lifeboat's and Qt's own translations for the system locale.
void installTranslations(QCoreApplication &app);

} // namespace lifeboat::ui
