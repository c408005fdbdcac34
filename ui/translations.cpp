// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

namespace {

// The translators installed now, so that a switch can take them out again.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// The folder of .qm files a tool without embedded ones named, for a switch later.
QString &fallbackFolder()
{
    static QString folder;
    return folder;
}

// Replaces the installed translators; true when any was removed or installed.
bool load(QCoreApplication &app, const QLocale &locale, const QString &fallbackDir)
{
    const bool hadAny = !installed().isEmpty();
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
    // Qt's own texts (wizard buttons, file dialogs) follow the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    auto *ours = new QTranslator(&app);
    QStringList folders{u":/i18n"_s};
    if (!fallbackDir.isEmpty())
        folders.append(fallbackDir);
    if (loadTranslation(*ours, locale, folders)) {
        QCoreApplication::installTranslator(ours);
        installed().append(ours);
    } else {
        delete ours;
    }
    return hadAny || !installed().isEmpty();
}

} // namespace

void installTranslations(QCoreApplication &app, const QString &fallbackDir)
{
    fallbackFolder() = fallbackDir;
    (void)load(app, QLocale(), fallbackDir);
}

void switchLanguage(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Installing or removing a translator tells every widget; when neither
    // happened (English to English), only the dates and numbers change, and
    // the widgets are told here.
    if (!load(app, locale, fallbackFolder())) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&app, &change);
    }
}

QList<Language> availableLanguages()
{
    return {{u"en"_s, u"English"_s}, {u"ko"_s, u"한국어"_s}};
}

} // namespace lifeboat::ui
