// SPDX-License-Identifier: GPL-3.0-or-later
//
// lifeboat-screenshots OUTDIR
//
// Pictures of the desktop app on the demo workspace, for the README and the
// guide: the main window with its status panel, the inspector, a verification
// while it runs and done, the dialogs, and every page of the restore wizard. Run with LANG set to the language wanted and
// LIFEBOAT_HOME pointing at a scratch folder (scripts/screenshots.sh does).

#include "demoworkspace.h"
#include "historydialog.h"
#include "inspector.h"
#include "interruptedrestoredialog.h"
#include "mainwindow.h"
#include "prunedialog.h"
#include "restorewizard.h"
#include "scheduledialog.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

QString out;

// Says which wait ran out, so a failed run names what it missed.
bool waited(bool done, const char *what)
{
    if (!done)
        std::fprintf(stderr, "timed out waiting for %s\n", what);
    return done;
}

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
    // Shows a data set and waits for its backups, unless it is already shown.
    auto showDataSet = [&](int row) {
        auto *sets = window.findChild<QListWidget *>();
        if (sets->currentRow() == row)
            return true;
        const qsizetype before = shown.count();
        sets->setCurrentRow(row);
        return QTest::qWaitFor([&] { return shown.count() > before; }, 30000);
    };
    // The profile first, backed up and verified from the window, so its
    // status is green; then the whole workspace with every runbook's layout.
    window.openLocation(*root + u"/app/lifeboat.json"_s);
    window.show();
    if (!shown.wait(30000))
        return 1;
    QSignalSpy backedUp(&window, &ui::MainWindow::backupFinished);
    window.backUpNow();
    if (!backedUp.wait(60000) || !QTest::qWaitFor([&] { return shown.count() >= 2; }, 30000))
        return 1;
    QSignalSpy verified(&window, &ui::MainWindow::verificationFinished);
    window.verifySelected();
    if (!verified.wait(60000))
        return 1;
    window.findChild<QListWidget *>()->setCurrentRow(-1);
    window.findChild<QListWidget *>()->setCurrentRow(0);
    if (!QTest::qWaitFor([&] { return shown.count() >= 3; }, 30000))
        return 1;
    bool ok = save(&window, u"status"_s);

    window.openLocation(*root);
    if (!QTest::qWaitFor([&] { return shown.count() >= 4; }, 30000))
        return 1;
    const QString lifeboatSet = ui::BackupListModel::tr("Lifeboat set");
    selectRow(window, lifeboatSet);
    ok &= save(&window, u"main-window"_s);
    {
        // The Backup menu, open, with what it does to the selected set.
        QMenu *backup = window.menuBar()->actions().at(2)->menu();
        backup->popup(window.mapToGlobal(QPoint(0, 0)));
        ok &= save(backup, u"menu-backup"_s);
        backup->hide();
    }

    // The inspector on the runbooks' manifest-v1: the files inside its
    // archive, then its manifest.
    QSignalSpy filesShown(window.inspector(), &ui::Inspector::filesShown);
    selectRow(window, ui::BackupListModel::tr("Manifest (v1)"));
    ok &= waited(!filesShown.isEmpty() || filesShown.wait(30000), "the files inside");
    window.inspector()->setCurrentIndex(ui::Inspector::Files);
    window.inspector()->filesTree()->expandAll();
    ok &= save(&window, u"inspector"_s);
    window.inspector()->setCurrentIndex(ui::Inspector::Manifest);
    ok &= save(&window, u"inspector-manifest"_s);
    window.inspector()->setCurrentIndex(ui::Inspector::Contents);

    // A verification caught while it runs (the first checks in, the
    // progress bar up), then its result.
    selectRow(window, lifeboatSet);
    bool caught = false;
    // Caught as the second item's checks begin: the first item's rows are
    // whole (icons included), and the job is still running.
    QObject::connect(window.inspector()->contentsTree()->model(), &QAbstractItemModel::rowsInserted, &window,
                     [&](const QModelIndex &parent) {
                         QTreeWidget *tree = window.inspector()->contentsTree();
                         if (caught || !window.isBusy() || tree->topLevelItemCount() == 0 || !parent.isValid()
                             || parent.parent().isValid())
                             return; // not a new item under Verification
                         QTreeWidgetItem *checks = tree->topLevelItem(tree->topLevelItemCount() - 1);
                         if (checks->childCount() >= 2) {
                             caught = true;
                             window.grab().save(out + u"/verify-running.png"_s);
                         }
                     });
    QSignalSpy verifiedAgain(&window, &ui::MainWindow::verificationFinished);
    window.verifySelected();
    ok &= waited(!verifiedAgain.isEmpty() || verifiedAgain.wait(60000), "the verification");
    ok &= waited(caught, "the verification while it runs");
    ok &= save(&window, u"verify"_s);

    // The dialogs of the Data Set and File menus.
    ok &= waited(showDataSet(0), "the profile's backups");
    {
        ui::PruneDialog prune(window.profile()->destination, window.profile()->retention, &window);
        QSignalSpy ready(&prune, &ui::PruneDialog::previewReady);
        prune.show();
        ok &= waited(!ready.isEmpty() || ready.wait(30000), "the prune preview");
        ok &= save(&prune, u"prune"_s);
    }
    {
        ui::HistoryDialog history(&window);
        QSignalSpy loaded(&history, &ui::HistoryDialog::loaded);
        history.show();
        ok &= waited(!loaded.isEmpty() || loaded.wait(30000), "the history");
        history.table()->setCurrentItem(history.table()->topLevelItem(0));
        ok &= save(&history, u"history"_s);
    }
    {
        ui::ScheduleDialog schedule(*window.profile(), &window);
        schedule.show();
        ok &= save(&schedule, u"schedule"_s);
    }
    {
        QSettings *settings = ui::createSettings(&window);
        ui::SettingsDialog dialog(settings, &window);
        dialog.show();
        ok &= save(&dialog, u"settings"_s);
    }

    {
        // What the window offers at start-up after a restore was cut short.
        InterruptedRestore interrupted;
        interrupted.backup = window.profile()->destination + u"/lrl-20260114_120000"_s;
        interrupted.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        interrupted.targets = {{u"lrl"_s, ItemType::Database, *root + u"/app/data/lrl.db"_s, true, {},
                                *root + u"/app/data/lrl.pre_restore.20260114_120000.db"_s, {}}};
        ui::InterruptedRestoreDialog dialog(interrupted, &window);
        dialog.show();
        ok &= save(&dialog, u"interrupted-restore"_s);
    }

    // Every page of the wizard, restoring the demo's own set.
    ok &= waited(showDataSet(1), "the demo's backups");
    QList<BackupEntry> all;
    for (int row = 0; row < window.backupModel()->rowCount(); ++row)
        all.append(*window.backupModel()->entry(row));
    const auto lifeboatEntry = std::find_if(all.cbegin(), all.cend(),
                                            [](const BackupEntry &e) { return e.layout == Layout::Lifeboat; });
    ui::RestoreWizard wizard(all, lifeboatEntry->path, {}, window.backupModel()->verifications());
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
        (void)QTest::qWaitFor([&] { return next->isEnabled() || wizard.currentId() == ui::RestoreWizard::Outcome; },
                              60000);
        ok &= save(&wizard, names.value(wizard.currentId()));
        if (wizard.currentId() == ui::RestoreWizard::Outcome)
            break;
        next->click();
    }
    return ok ? 0 : 1;
}
