// SPDX-License-Identifier: GPL-3.0-or-later
//
// lifeboat-screenshots OUTDIR
//
// Pictures of the desktop app on the demo workspace, for the README and the
// guide: the main window, the inspector, a verification, and every page of
// the restore wizard. Run with LANG set to the language wanted and
// LIFEBOAT_HOME pointing at a scratch folder (scripts/screenshots.sh does).

#include "demoworkspace.h"
#include "mainwindow.h"
#include "restorewizard.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

QString out;

bool save(QWidget *widget, const QString &name)
{
    QTest::qWait(300); // let layouts and fonts settle
    const QString file = out + u'/' + name + u".png"_s;
    const bool ok = widget->grab().save(file);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "COULD NOT SAVE", qPrintable(file));
    return ok;
}

bool selectRow(ui::MainWindow &window, const QString &kindPrefix)
{
    auto *table = window.findChild<QTableView *>();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, ui::BackupListModel::Kind).data().toString().startsWith(kindPrefix)) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"lifeboat"_s);
    ui::installTranslations(app, QStringLiteral(LIFEBOAT_QM_DIR));
    if (argc < 2) {
        std::fprintf(stderr, "usage: lifeboat-screenshots OUTDIR\n");
        return 2;
    }
    out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    auto root = DemoWorkspace::ensure();
    if (!root) {
        std::fprintf(stderr, "%s\n", qPrintable(root.error().message));
        return 1;
    }

    ui::MainWindow window;
    window.resize(1024, 700);
    QSignalSpy shown(&window, &ui::MainWindow::backupsShown);
    window.openLocation(*root);
    window.show();
    if (!shown.wait(30000))
        return 1;
    const QString lifeboatSet = ui::BackupListModel::tr("Lifeboat set");
    selectRow(window, lifeboatSet);
    bool ok = save(&window, u"main-window"_s);
    selectRow(window, ui::BackupListModel::tr("Manifest (v1)"));
    ok &= save(&window, u"inspector"_s);

    selectRow(window, lifeboatSet);
    QSignalSpy verified(&window, &ui::MainWindow::verificationFinished);
    window.verifySelected();
    verified.wait(60000);
    ok &= save(&window, u"verify"_s);

    // Every page of the wizard, restoring the demo's own set.
    QList<BackupEntry> all;
    for (int row = 0; row < window.backupModel()->rowCount(); ++row)
        all.append(*window.backupModel()->entry(row));
    const auto lifeboatEntry = std::find_if(all.cbegin(), all.cend(),
                                            [](const BackupEntry &e) { return e.layout == Layout::Lifeboat; });
    ui::RestoreWizard wizard(all, lifeboatEntry->path, {});
    wizard.resize(1024, 700);
    wizard.show();
    const QStringList names{u"wizard-1-backup"_s, u"wizard-2-target"_s, u"wizard-3-preflight"_s,
                            u"wizard-4-review"_s, u"wizard-5-running"_s, u"wizard-6-result"_s};
    wizard.setStartId(ui::RestoreWizard::ChooseBackup); // show the first page too
    wizard.restart();
    while (true) {
        QAbstractButton *next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                   : QWizard::NextButton);
        if (wizard.currentId() == ui::RestoreWizard::Review)
            wizard.findChild<QCheckBox *>()->setChecked(true);
        QTest::qWaitFor([&] { return next->isEnabled() || wizard.currentId() == ui::RestoreWizard::Outcome; },
                        60000);
        ok &= save(&wizard, names.value(wizard.currentId()));
        if (wizard.currentId() == ui::RestoreWizard::Outcome)
            break;
        next->click();
    }
    return ok ? 0 : 1;
}
