// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "translations.h"
#include "sha256.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lifeboat;


int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"lifeboat"_s);
    QApplication::setApplicationDisplayName(u"Lifeboat"_s);
    QApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    QApplication::setDesktopFileName(u"dev.lifeboat.Lifeboat"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/lifeboat.svg"_s));
    {
        // A language chosen in Settings wins over the system's.
        const std::unique_ptr<QSettings> settings(ui::createSettings(nullptr));
        ui::installStoredLanguage(settings.get());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Browse, verify and restore backups of your application's local data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QApplication::translate(
        "main", "Open the demo workspace (built on first use under LIFEBOAT_HOME)."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QApplication::translate("main", "Save a picture of the window to FILE once it shows "
                                        "its backups."),
        u"FILE"_s);
    const QCommandLineOption quitAfter(
        u"quit-after-screenshot"_s,
        QApplication::translate("main", "Quit once the screenshot is saved."));
    parser.addOptions({demo, screenshot, quitAfter});
    parser.addPositionalArgument(u"PATH"_s, QApplication::translate(
        "main", "Folders, manifests or database copies to open."), u"[PATH...]"_s);
    parser.process(app);

    // QCA's start-up cost is paid off the GUI thread.
    (void)QtConcurrent::run([] { (void)Sha256::initialize(); });

    ui::MainWindow window;
    if (parser.isSet(demo)) {
        auto root = DemoWorkspace::ensure();
        if (!root) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Lifeboat"),
                                  root.error().message);
            return 1;
        }
        // The sample profile, which can be backed up from the window, and
        // the whole workspace with a backup in every runbook's layout.
        window.openLocation(*root + u"/app/lifeboat.json"_s);
        window.openLocation(*root);
    }
    for (const QString &path : parser.positionalArguments())
        window.openLocation(path);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const bool quit = parser.isSet(quitAfter);
        QObject::connect(&window, &ui::MainWindow::backupsShown, &window, [&window, file, quit] {
            QTimer::singleShot(300, &window, [&window, file, quit] {
                if (window.grab().save(file))
                    std::fprintf(stderr, "%s\n",
                                 qPrintable(QApplication::translate("main", "Screenshot saved to %1")
                                                .arg(file)));
                if (quit)
                    QApplication::quit();
            });
        }, Qt::SingleShotConnection);
    }
    window.show();
    return app.exec();
}
