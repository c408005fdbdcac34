// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation.h"

#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lifeboat {

bool loadTranslation(QTranslator &translator, const QLocale &locale, const QStringList &folders)
{
    for (const QString &folder : folders) {
        if (translator.load(locale, u"lifeboat"_s, u"_"_s, folder))
            return true;
    }
    for (const QString &folder : folders) {
        if (translator.load(u"lifeboat_en"_s, folder))
            return true;
    }
    return false;
}

} // namespace lifeboat
