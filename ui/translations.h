// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace lifeboat::ui {

// Loads Lifeboat's and Qt's own translations for the system locale. Ours are
// embedded in the applications; a tool without them names a folder of .qm files.
void installTranslations(QCoreApplication &app, const QString &fallbackDir = {});

// Switches the running application to a language ("ko", "en"; empty for the
// system's), dates and numbers included. Every widget receives a
// QEvent::LanguageChange and translates itself again.
void switchLanguage(QCoreApplication &app, const QString &language);

// The languages Lifeboat speaks, as codes and as each names itself.
struct Language
{
    QString code;
    QString name;
};
QList<Language> availableLanguages();

} // namespace lifeboat::ui
