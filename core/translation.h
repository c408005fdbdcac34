// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QLocale;
class QTranslator;

namespace lifeboat {

// Loads Lifeboat's translation for the locale from the first folder that
// has it. A language Lifeboat does not speak gets English, with its plural
// forms ("1 backup", "3 backups"). False when no folder has either.
bool loadTranslation(QTranslator &translator, const QLocale &locale, const QStringList &folders);

} // namespace lifeboat
