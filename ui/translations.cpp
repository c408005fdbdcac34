// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

void installTranslations(QCoreApplication &app, const QString &fallbackDir)
{
    // Qt's own texts (wizard buttons, file dialogs) follow the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), u"lifeboat"_s, u"_"_s, u":/i18n"_s)
        || (!fallbackDir.isEmpty() && ours->load(QLocale(), u"lifeboat"_s, u"_"_s, fallbackDir)))
        QCoreApplication::installTranslator(ours);
}

} // namespace lifeboat::ui
