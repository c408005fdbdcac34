// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app driven as a user drives it, offscreen, against real backups.
#include "backuplistmodel.h"
#include "backupwriter.h"
#include "mainwindow.h"
#include "restorewizard.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;
using namespace lifeboat::ui;

namespace {

struct App
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(u"data/app.db"_s); }
    QString set;

    bool make()
    {
        if (!test::execSql(db(), u"PRAGMA journal_mode=WAL; CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                                 "INSERT INTO notes(body) VALUES ('one'), ('two');"_s))
            return false;
        BackupRequest request;
        request.destination = dir.filePath(u"backups"_s);
        request.name = u"app"_s;
        request.sources = {SourceSpec::database(db())};
        JobControl control;
        auto report = BackupWriter::run(request, control);
        if (!report)
            return false;
        set = report->setPath;
        return test::execSql(db(), u"INSERT INTO notes(body) VALUES ('three')"_s);
    }

    QList<BackupEntry> backups() const
    {
        auto found = BackupDiscovery::scan({dir.filePath(u"backups"_s)});
        return found ? *found : QList<BackupEntry>();
    }
};

QString notes(const QString &db)
{
    return test::queryValue(db, u"SELECT count(*) FROM notes"_s);
}

// Walks the wizard from where it starts to the result page; returns false if a page stays incomplete.
bool walk(RestoreWizard &wizard, int until)
{
    while (wizard.currentId() != until) {
        QAbstractButton *next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                   : QWizard::NextButton);
        if (wizard.currentId() == RestoreWizard::Review)
            wizard.findChild<QCheckBox *>()->setChecked(true); // the explicit confirmation
        if (!QTest::qWaitFor([&] { return next->isEnabled(); }, 60000))
            return false;
        next->click();
    }
    return true;
}

} // namespace

class TestUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qputenv("LIFEBOAT_HOME", m_home.path().toUtf8()); }

    void modelShowsEveryLayout()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        auto found = BackupDiscovery::scan({dir.filePath(u"backups"_s), dir.filePath(u"data"_s)});
        QVERIFY(found);
        BackupListModel model;
        model.setEntries(*found);
        QCOMPARE(model.rowCount(), 12);
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row) {
            kinds.append(model.index(row, BackupListModel::Kind).data().toString());
            QCOMPARE(model.index(row, BackupListModel::Verified).data().toString(), u"Never checked"_s);
            QVERIFY(!model.index(row, BackupListModel::Size).data().toString().isEmpty());
        }
        for (const QString &kind : {u"Manifest (v1)"_s, u"Folder with checksums"_s, u"Pre-migration backup"_s,
                                    u"Pre-restore snapshot"_s, u"Compressed copy"_s, u"Manual copy"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
    }

    void mainWindowVerifiesAndRemembersIt()
    {
        App app;
        QVERIFY(app.make());
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::backupsShown);
        window.openLocation(app.dir.filePath(u"backups"_s));
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.backupModel()->rowCount(), 1);
        QSignalSpy verified(&window, &MainWindow::verificationFinished);
        window.verifySelected();
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.constFirst().constFirst().toBool(), true);
        QVERIFY(window.backupModel()->index(0, BackupListModel::Verified).data().toString().startsWith(u"Verified"_s));
        // A new window reads the journal: the verification is remembered.
        MainWindow again;
        QSignalSpy shownAgain(&again, &MainWindow::backupsShown);
        again.openLocation(app.dir.filePath(u"backups"_s));
        QVERIFY(shownAgain.wait(20000) || shownAgain.count() > 0);
        QVERIFY(again.backupModel()->index(0, BackupListModel::Verified).data().toString().startsWith(u"Verified"_s));
    }

    void wizardRestoresAndOffersTheUndo()
    {
        App app;
        QVERIFY(app.make());
        RestoreWizard wizard(app.backups(), app.set, {});
        wizard.show();
        QCOMPARE(wizard.currentId(), int(RestoreWizard::ChooseTarget));
        QVERIFY(walk(wizard, RestoreWizard::Review));
        // The review shows the difference and where the snapshot goes.
        auto *difference = wizard.findChildren<QTreeWidget *>().at(1);
        QVERIFY(difference->topLevelItemCount() == 1);
        QVERIFY(walk(wizard, RestoreWizard::Outcome));
        QVERIFY(wizard.report() && *wizard.report());
        QCOMPARE((*wizard.report())->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(notes(app.db()), u"2"_s);
        const auto buttons = wizard.findChildren<QAbstractButton *>();
        const auto undo = std::find_if(buttons.cbegin(), buttons.cend(), [](QAbstractButton *b) {
            return b->text().startsWith(u"Undo"_s);
        });
        QVERIFY(undo != buttons.cend());
        QVERIFY((*undo)->isEnabled());
    }

    void wizardNamesTheProcessAndRetries()
    {
        App app;
        QVERIFY(app.make());
        test::DatabaseHolder holder(app.db());
        QVERIFY(holder.isReady());
        RestoreWizard wizard(app.backups(), app.set, {});
        wizard.show();
        wizard.next(); // to the preflight
        QCOMPARE(wizard.currentId(), int(RestoreWizard::Preflight));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.plan().has_value(), 30000);
        QCOMPARE(wizard.plan()->refusal, Refusal::WritersActive);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *preflight = wizard.findChildren<QTreeWidget *>().constFirst();
        const auto rows = preflight->findItems(QString::number(holder.pid()), Qt::MatchContains, 0);
        QCOMPARE(rows.size(), 1);
        holder.kill();
        const auto buttons = wizard.findChildren<QAbstractButton *>();
        const auto retry = std::find_if(buttons.cbegin(), buttons.cend(),
                                        [](QAbstractButton *b) { return b->text() == "Retry"_L1; });
        QVERIFY(retry != buttons.cend());
        (*retry)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(notes(app.db()), u"3"_s); // nothing changed yet
    }

    void wizardRollsBackWhenASmokeCheckFails()
    {
        App app;
        QVERIFY(app.make());
        RestoreOptions options;
        SmokeCheck check;
        check.name = u"three_notes"_s;
        check.query = u"SELECT count(*) FROM notes"_s;
        check.expect = u"3"_s;
        options.smokeChecks = {check};
        RestoreWizard wizard(app.backups(), app.set, options);
        wizard.show();
        QVERIFY(walk(wizard, RestoreWizard::Outcome));
        QCOMPARE((*wizard.report())->outcome, RestoreReport::Outcome::RolledBack);
        QCOMPARE(notes(app.db()), u"3"_s);
        auto *checks = wizard.findChildren<QTreeWidget *>().last();
        QVERIFY(!checks->findItems(u"smoke:three_notes"_s, Qt::MatchExactly, 0).isEmpty());
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
