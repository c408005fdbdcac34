// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app driven as a user drives it, offscreen, against real backups.
#include "backuplistmodel.h"
#include "backupwriter.h"
#include "historydialog.h"
#include "inspector.h"
#include "interruptedrestoredialog.h"
#include "journal.h"
#include "mainwindow.h"
#include "prunedialog.h"
#include "restorewizard.h"
#include "scheduledialog.h"
#include "settingsdialog.h"
#include "statuspanel.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QPushButton>
#include <QRadioButton>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
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

// A PostgreSQL database "shop" of 12 orders on a server of its own, backed up.
struct Shop
{
    test::PostgresServer server;
    QTemporaryDir dir;
    QString set;
    QString backups() const { return dir.filePath(u"backups"_s); }

    // What went wrong, or nothing.
    QString make()
    {
        if (const QString problem = server.start(); !problem.isEmpty())
            return problem;
        server.psql(u"postgres"_s, u"CREATE DATABASE shop"_s);
        server.psql(u"shop"_s, u"CREATE TABLE orders(id serial PRIMARY KEY, total numeric);"
                               "INSERT INTO orders(total) SELECT g FROM generate_series(1, 12) g;"_s);
        qputenv("LIFEBOAT_UI_TEST_DSN", server.dsn(u"shop"_s).toUtf8());
        BackupRequest request;
        request.destination = backups();
        request.name = u"shop"_s;
        request.sources = {SourceSpec::postgres(u"LIFEBOAT_UI_TEST_DSN"_s)};
        JobControl control;
        auto report = BackupWriter::run(request, control);
        if (!report)
            return report.error().message;
        set = report->setPath;
        return {};
    }
};

// Opens a data set in the window; true once its backups are shown.
bool showIn(MainWindow &window, const QString &path)
{
    QSignalSpy shown(&window, &MainWindow::backupsShown);
    window.openLocation(path);
    return !shown.isEmpty() || shown.wait(20000);
}

// Every runbook's layout, laid out with the plain tools, as discovery finds them.
QList<BackupEntry> runbookBackups(const QTemporaryDir &dir)
{
    if (!test::makeRunbookLayouts(dir.path()))
        return {};
    auto found = BackupDiscovery::scan({dir.filePath(u"backups"_s), dir.filePath(u"data"_s)});
    return found ? *found : QList<BackupEntry>();
}

// The rows of a check, found by its id (the CLI's name): the window shows a title.
QList<QTreeWidgetItem *> checkRows(QTreeWidget *tree, const QString &id)
{
    QList<QTreeWidgetItem *> rows;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id)
            rows.append(*it);
    }
    return rows;
}

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
    void initTestCase() { installTranslations(*qApp, QStringLiteral(LIFEBOAT_QM_DIR)); }
    void init()
    {
        qputenv("LIFEBOAT_HOME", m_home.path().toUtf8());
        // Each test starts with no data sets remembered.
        QFile::remove(m_home.filePath(u"settings.ini"_s));
    }

    void inspectorShowsEveryLayoutInsideOut()
    {
        QTemporaryDir dir;
        const QList<BackupEntry> found = runbookBackups(dir);
        QVERIFY(!found.isEmpty());
        Inspector inspector;
        int archives = 0;
        for (const BackupEntry &e : found) {
            QSignalSpy filesShown(&inspector, &Inspector::filesShown);
            inspector.showEntry(&e);
            QVERIFY2(filesShown.wait(20000), qPrintable(e.path));
            // Contents: one node per item, each SHA-256 with a button that copies it.
            QTreeWidget *contents = inspector.contentsTree();
            QCOMPARE(contents->topLevelItemCount(), 1 + e.items.size());
            const auto copies = contents->findChildren<QToolButton *>(u"copyHash"_s);
            const qsizetype hashed = std::ranges::count_if(e.items, [](const BackupItem &i) { return !i.sha256.isEmpty(); });
            QCOMPARE(copies.size(), hashed);
            if (hashed > 0) {
                copies.constFirst()->click();
                const auto first = std::ranges::find_if(e.items, [](const BackupItem &i) { return !i.sha256.isEmpty(); });
                QCOMPARE(QApplication::clipboard()->text(), first->sha256);
            }
            // Files: every file of the backup, a database as itself and an
            // archive as its entries, read without extracting it.
            const qsizetype present = std::ranges::count_if(e.items, [](const BackupItem &i) {
                return QFileInfo(i.artifact).isFile() || !QDir(i.artifact).isEmpty();
            });
            QCOMPARE(inspector.filesTree()->topLevelItemCount(), present);
            for (const BackupItem &item : e.items) {
                if (item.type != ItemType::Assets || QFileInfo(item.artifact).isDir())
                    continue;
                ++archives;
                QTreeWidget *files = inspector.filesTree();
                QVERIFY2(files->topLevelItemCount() > 0, qPrintable(e.path));
                QTreeWidgetItem *top = files->topLevelItem(0);
                QVERIFY(top->childCount() > 0);
                QVERIFY(!top->text(1).isEmpty());
                // The item's size is what its files add up to, never nothing.
                QVERIFY2(top->data(1, Qt::UserRole).toLongLong() > 0, qPrintable(e.path));
            }
            // Manifest: formatted JSON when there is one, else what was read from the copy.
            QTRY_VERIFY_WITH_TIMEOUT(!inspector.manifestView()->toPlainText().isEmpty(), 10000);
            const QString text = inspector.manifestView()->toPlainText();
            if (e.manifestPath.isEmpty() && e.checksumsPath.isEmpty())
                QVERIFY2(text.startsWith(u"// No manifest"_s), qPrintable(text.left(80)));
            else if (!e.manifestPath.isEmpty())
                QVERIFY2(text.startsWith(u"{\n    \""_s), qPrintable(text.left(80)));
        }
        QVERIFY(archives > 0);
    }

    void backUpNowAddsTheSetAndCancelLeavesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"data/app.db"_s);
        // Large enough that a Cancel arrives while the copy is under way.
        QVERIFY(test::execSql(db, u"CREATE TABLE blobs(b BLOB);"
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)"
                                  " INSERT INTO blobs SELECT randomblob(16384) FROM n;"_s));
        QVERIFY(test::writeFile(dir.filePath(u"lifeboat.json"_s),
                                "{\"name\": \"app\", \"destination\": \"backups\", \"rpo_hours\": 24,"
                                " \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/app.db\"}]}"));
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::backupsShown);
        window.openLocation(dir.filePath(u"lifeboat.json"_s));
        QVERIFY(shown.wait(20000));
        QVERIFY(window.profile().has_value());
        QCOMPARE(window.backupModel()->rowCount(), 0);
        QCOMPARE(window.statusPanel()->rpoState(), DataSetStatus::Rpo::Breached);

        QSignalSpy finished(&window, &MainWindow::backupFinished);
        window.backUpNow();
        window.cancelJob();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(QDir(dir.filePath(u"backups"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());

        // What a backup that was killed left: removed by the next, and said.
        const QString left = dir.filePath(u"backups/.app-20250101_000000.partial"_s);
        QVERIFY(test::writeFile(left + u"/app.db"_s, "half a copy"_ba));
        shown.clear();
        window.backUpNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().constFirst().toBool(), true);
        QVERIFY(!QFileInfo::exists(left));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QCOMPARE(window.backupModel()->rowCount(), 1);
        const QString said = window.statusBar()->currentMessage(); // still, once the list is shown
        QVERIFY2(said.startsWith(u"Backed up to "_s) && said.contains(u"Removed 1 unfinished backup"_s),
                 qPrintable(said));
        QCOMPARE(window.inspector()->shownPath(), window.backupModel()->entry(0)->path);

        // Verified now, so the newest good backup is minutes old: green.
        // Meanwhile nothing may restore over or prune what it reads.
        QSignalSpy verified(&window, &MainWindow::verificationFinished);
        window.verifySelected();
        for (const QString &text : {u"&Restore…"_s, u"&Prune…"_s}) {
            const auto actions = window.findChildren<QAction *>();
            const auto action = std::ranges::find_if(actions, [&](QAction *a) { return a->text() == text; });
            QVERIFY(action != actions.cend());
            QVERIFY2(!(*action)->isEnabled(), qPrintable(text));
        }
        QVERIFY(verified.wait(60000));
        QTRY_COMPARE(window.statusPanel()->rpoState(), DataSetStatus::Rpo::Met); // at once, not at the next scan
        shown.clear();
        window.findChild<QListWidget *>()->setCurrentRow(-1);
        window.findChild<QListWidget *>()->setCurrentRow(0);
        QVERIFY(shown.wait(20000));
        QCOMPARE(window.statusPanel()->rpoState(), DataSetStatus::Rpo::Met);
        QVERIFY2(window.statusPanel()->rpoText().contains(u"met"_s), qPrintable(window.statusPanel()->rpoText()));
        QCOMPARE(window.statusPanel()->chart()->points().size(), 1);
    }

    void droppingAFileOrFolderOpensIt()
    {
        App app;
        QVERIFY(app.make());
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::backupsShown);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(app.dir.filePath(u"backups"_s)),
                      QUrl::fromLocalFile(app.set + u"/manifest.json"_s)});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        auto *dataSets = window.findChild<QListWidget *>();
        QCOMPARE(dataSets->count(), 2);
        QCOMPARE(dataSets->currentItem()->data(Qt::UserRole).toString(), app.set + u"/manifest.json"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && window.backupModel()->rowCount() == 1, 20000);
        QCOMPARE(window.backupModel()->entry(0)->path, app.set);
    }

    void pruneDialogPreviewsThenRemovesExactlyThat()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"backups"_s);
        const QStringList days{u"20260110"_s, u"20260111"_s, u"20260112"_s, u"20260113"_s};
        for (const QString &day : days)
            QVERIFY(test::execSql(folder + u"/app_"_s + day + u"_020000.db"_s, u"CREATE TABLE t(x)"_s));
        const QString newest = folder + u"/app_20260113_020000.db"_s;
        {
            // Until the newest verifies, what would go is held back, and the dialog says so.
            PruneDialog held(folder, {});
            QSignalSpy ready(&held, &PruneDialog::previewReady);
            QVERIFY(ready.wait(20000));
            QVERIFY(std::ranges::all_of(held.decisions(), &PruneDecision::keep));
            QStringList labels;
            for (QLabel *l : held.findChildren<QLabel *>())
                labels.append(l->text());
            QVERIFY2(labels.contains(u"4 backups held back until the newest backup passes verification: verify it, or back up again if "
                                     "it failed."_s),
                     qPrintable(labels.join(u" | "_s)));
        }
        QVERIFY(Journal().record({{u"operation"_s, u"verify"_s}, {u"target"_s, newest}, {u"ok"_s, true}}));

        PruneDialog dialog(folder, {});
        QSignalSpy ready(&dialog, &PruneDialog::previewReady);
        QVERIFY(ready.wait(20000));
        // The first preset (local development: daily for 14 days) keeps none of
        // these January copies but the newest verified one.
        QCOMPARE(dialog.decisions().size(), 4);
        QCOMPARE(dialog.table()->topLevelItemCount(), 4);
        const qsizetype removing = std::ranges::count_if(dialog.decisions(), [](const PruneDecision &d) { return !d.keep; });
        QCOMPARE(removing, 3);
        // English counts read as English: "3 Backups", not "3 Backup(s)".
        const auto buttons = dialog.findChildren<QPushButton *>();
        QStringList texts;
        for (QPushButton *b : buttons)
            texts.append(b->text());
        QVERIFY2(texts.contains(u"Remove 3 Backups…"_s), qPrintable(texts.join(u" | "_s)));
        QSignalSpy pruned(&dialog, &PruneDialog::pruned);
        dialog.removeDecided();
        QVERIFY(pruned.wait(20000));
        QCOMPARE(pruned.constFirst().constFirst().toInt(), 3);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"app_20260113_020000.db"_s});
        const auto entries = Journal().entries();
        QCOMPARE(std::ranges::count_if(entries, [](const QJsonObject &e) {
                     return e.value(u"operation"_s).toString() == "prune"_L1;
                 }),
                 3);
    }

    void historyFiltersTheJournal()
    {
        QVERIFY(Journal().record({{u"operation"_s, u"backup"_s}, {u"target"_s, u"/srv/one"_s}, {u"ok"_s, true}}));
        QVERIFY(Journal().record({{u"operation"_s, u"verify"_s}, {u"target"_s, u"/srv/one"_s}, {u"ok"_s, false}}));
        QVERIFY(Journal().record({{u"operation"_s, u"verify"_s}, {u"target"_s, u"/srv/two"_s}, {u"ok"_s, true}}));
        HistoryDialog dialog;
        QSignalSpy loaded(&dialog, &HistoryDialog::loaded);
        QVERIFY(loaded.wait(20000));
        auto visible = [&dialog] {
            QStringList rows;
            for (int i = 0; i < dialog.table()->topLevelItemCount(); ++i) {
                if (!dialog.table()->topLevelItem(i)->isHidden())
                    rows.append(dialog.table()->topLevelItem(i)->text(1) + u' ' + dialog.table()->topLevelItem(i)->text(4));
            }
            return rows;
        };
        QVERIFY(visible().size() >= 3);
        dialog.setFilter(u"verify"_s, u"/srv/one"_s);
        QCOMPARE(visible(), QStringList{u"Verification /srv/one"_s});

        // Every outcome the journal keeps reads in the chosen language.
        QVERIFY(Journal().record({{u"operation"_s, u"backup"_s}, {u"target"_s, u"/srv/three"_s},
                                  {u"outcome"_s, u"written"_s}}));
        QVERIFY(Journal().record({{u"operation"_s, u"restore"_s}, {u"target"_s, u"/srv/three"_s},
                                  {u"outcome"_s, u"rolled_back"_s}}));
        switchLanguage(*qApp, u"ko"_s);
        const auto backToEnglish = qScopeGuard([] { switchLanguage(*qApp, u"en"_s); });
        HistoryDialog korean;
        QSignalSpy loadedKorean(&korean, &HistoryDialog::loaded);
        QVERIFY(loadedKorean.wait(20000));
        korean.setFilter({}, u"/srv/three"_s);
        QStringList outcomes;
        for (int i = 0; i < korean.table()->topLevelItemCount(); ++i) {
            if (!korean.table()->topLevelItem(i)->isHidden())
                outcomes.append(korean.table()->topLevelItem(i)->text(2));
        }
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{u"기록됨"_s, u"롤백됨"_s}));

        // The selected entry is told in the same language, then kept as recorded.
        korean.setFilter(u"backup"_s, u"/srv/three"_s);
        for (int i = 0; i < korean.table()->topLevelItemCount(); ++i) {
            if (!korean.table()->topLevelItem(i)->isHidden())
                korean.table()->setCurrentItem(korean.table()->topLevelItem(i));
        }
        const QString told = korean.record()->toPlainText();
        QVERIFY2(told.contains(u"대상: /srv/three"_s), qPrintable(told));
        QVERIFY2(told.contains(u"호스트: "_s), qPrintable(told));
        QVERIFY2(told.contains(u"\"outcome\": \"written\""_s), qPrintable(told));
        // A message is text, not markup.
        QVERIFY(Journal().record({{u"operation"_s, u"backup"_s}, {u"target"_s, u"/srv/four"_s},
                                  {u"outcome"_s, u"written"_s},
                                  {u"message"_s, u"kept <b>all</b> of data/*.db and *it*, [a](b), `x`"_s}}));
        HistoryDialog again;
        QSignalSpy loadedAgain(&again, &HistoryDialog::loaded);
        QVERIFY(loadedAgain.wait(20000));
        again.setFilter({}, u"/srv/four"_s);
        for (int i = 0; i < again.table()->topLevelItemCount(); ++i) {
            if (!again.table()->topLevelItem(i)->isHidden())
                again.table()->setCurrentItem(again.table()->topLevelItem(i));
        }
        // Once as told, once in the record.
        QVERIFY2(again.record()->toPlainText().count(u"kept <b>all</b> of data/*.db and *it*, [a](b), `x`"_s) == 2,
                 qPrintable(again.record()->toPlainText()));
    }

    // Under the size chart, the first and last backups' days; their times
    // when they are of one day, where two equal dates would say nothing.
    void chartLabelsTellTheBackupsApart()
    {
        const QDateTime morning = QDateTime(QDate(2026, 11, 20), QTime(9, 5)).toUTC();
        const QDateTime evening = QDateTime(QDate(2026, 11, 20), QTime(18, 40)).toUTC();
        const QDateTime nextDay = QDateTime(QDate(2026, 11, 21), QTime(9, 5)).toUTC();
        const QLocale locale;
        auto [from, to] = SizeChart::axisLabels(morning, evening);
        QVERIFY2(from != to, qPrintable(from));
        QCOMPARE(to, locale.toString(QTime(18, 40), QLocale::ShortFormat));
        QVERIFY2(from.contains(locale.toString(QTime(9, 5), QLocale::ShortFormat)), qPrintable(from));
        std::tie(from, to) = SizeChart::axisLabels(morning, nextDay);
        QCOMPARE(from, locale.toString(QDate(2026, 11, 20), QLocale::ShortFormat));
        QCOMPARE(to, locale.toString(QDate(2026, 11, 21), QLocale::ShortFormat));
    }

    void scheduleOffersTimerAndCrontabToCopy()
    {
        Profile profile;
        profile.path = u"/srv/app/lifeboat.json"_s;
        profile.name = u"app"_s;
        profile.destination = u"/srv/app/backups"_s;
        ScheduleDialog dialog(profile);
        QVERIFY(dialog.text().contains(u"OnCalendar=*-*-* 02:00:00"_s));
        QVERIFY(dialog.text().contains(u"backup \\\n    --profile '/srv/app/lifeboat.json'"_s));
        dialog.setKind(1);
        QVERIFY2(dialog.text().contains(u"\n0 2 * * * "_s), qPrintable(dialog.text()));
        QVERIFY(dialog.text().contains(u"verify --newest '/srv/app/backups'"_s));
        const auto buttons = dialog.findChildren<QPushButton *>();
        const auto copy = std::ranges::find_if(buttons, [](QPushButton *b) { return b->text() == "&Copy"_L1; });
        QVERIFY(copy != buttons.cend());
        (*copy)->click();
        QCOMPARE(QApplication::clipboard()->text(), dialog.text());
    }

    void languageSwitchesWithoutARestart()
    {
        MainWindow window;
        window.show();
        QAction *verify = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                    verify = a;
            }
        }
        QVERIFY(verify);
        QCOMPARE(verify->text(), u"&Verify"_s);
        QSettings *settings = createSettings(&window);
        SettingsDialog dialog(settings, &window);
        QSignalSpy headers(window.backupModel(), &QAbstractItemModel::headerDataChanged);
        dialog.chooseLanguage(u"ko"_s);
        QTRY_VERIFY(verify->text() != "&Verify"_L1);
        // The table is told to ask for its headers again.
        QTRY_VERIFY(!headers.isEmpty());
        QVERIFY2(verify->text().contains(u"검증"_s), qPrintable(verify->text()));
        QVERIFY2(window.backupModel()->headerData(BackupListModel::Created, Qt::Horizontal, Qt::DisplayRole)
                     .toString() != "Created"_L1, "the table's headers are still English");
        // Qt's own buttons follow: qtbase_ko.
        auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QVERIFY2(close->text() != "&Close"_L1 && close->text() != "Close"_L1, qPrintable(close->text()));
        QCOMPARE(settings->value(u"language"_s).toString(), u"ko"_s);
        // And back: a restart remembers it, English returns at once.
        dialog.chooseLanguage(u"en"_s);
        QTRY_COMPARE(verify->text(), u"&Verify"_s);
        settings->remove(u"language"_s);
    }

    // Sorted by schema version as versions, and by verification as states
    // (never, failed, verified) and then times, never as the text shows them.
    void columnsSortByMeaningNotText()
    {
        QList<BackupEntry> entries;
        QHash<QString, Verification> verified;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<std::tuple<QString, QString, int>> rows{
            {u"a"_s, u"1.10.0"_s, 2}, {u"b"_s, u"1.9.0"_s, 0}, {u"c"_s, u"1.9.2"_s, 1}, {u"d"_s, u"2.0.0"_s, 3}};
        for (const auto &[path, schema, state] : rows) {
            BackupEntry e;
            e.path = path;
            BackupItem item;
            item.schemaVersion = schema;
            e.items.append(item);
            entries.append(e);
            if (state == 1)
                verified.insert(path, {false, now});
            else if (state >= 2)
                verified.insert(path, {true, now.addMonths(state == 2 ? -11 : 0)}); // "1/…" and "11/…" as text
        }
        BackupListModel model;
        model.setEntries(entries, verified);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(BackupListModel::SortRole);
        auto order = [&](int column) {
            proxy.sort(column);
            QString paths;
            for (int row = 0; row < proxy.rowCount(); ++row)
                paths += proxy.index(row, BackupListModel::Location).data().toString();
            return paths;
        };
        QCOMPARE(order(BackupListModel::Schema), u"bcad"_s);
        QCOMPARE(order(BackupListModel::Verified), u"bcad"_s);
    }

    // A first launch finds the demo in the File menu; a path that does not
    // exist is said in a message, and not added.
    void theDemoIsAtHandAndAMissingPathIsSaid()
    {
        MainWindow window;
        window.show();
        const auto actions = window.findChildren<QAction *>();
        const auto demo = std::ranges::find_if(actions, [](QAction *a) { return a->text() == "Open the &Demo Workspace"_L1; });
        QVERIFY(demo != actions.cend());
        (*demo)->trigger();
        auto *sets = window.findChild<QListWidget *>();
        QTRY_COMPARE_WITH_TIMEOUT(sets->count(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.backupModel()->rowCount() > 5, 30000);

        window.openLocation(u"/nowhere/lifeboat.json"_s);
        QCOMPARE(sets->count(), 2);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY2(box->text().contains(u"/nowhere/lifeboat.json"_s), qPrintable(box->text()));
        box->close();
    }

    // A data set's kind is guessed from its name when listed (no file
    // system call at start-up), then said by its scan: a folder named like
    // a file is a folder.
    void aDataSetIsAFolderAsItsScanSays()
    {
        App app;
        QVERIFY(app.make());
        const QString dotted = app.dir.filePath(u"backups.old"_s);
        QVERIFY(QDir().rename(app.dir.filePath(u"backups"_s), dotted));
        MainWindow window;
        QVERIFY(showIn(window, dotted));
        auto *sets = window.findChild<QListWidget *>();
        QVERIFY(sets->currentItem());
        QCOMPARE(sets->currentItem()->data(Qt::UserRole).toString(), dotted);
        QCOMPARE(sets->currentItem()->data(MainWindow::DataSetIsFolderRole).toBool(), true);
    }

    void modelShowsEveryLayout()
    {
        QTemporaryDir dir;
        BackupListModel model;
        model.setEntries(runbookBackups(dir));
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
        QVERIFY(showIn(window, app.dir.filePath(u"backups"_s)));
        QCOMPARE(window.backupModel()->rowCount(), 1);
        QVERIFY(!drillAction(window)->isEnabled()); // nothing to drill in an SQLite set
        QSignalSpy verified(&window, &MainWindow::verificationFinished);
        window.verifySelected();
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.constFirst().constFirst().toBool(), true);
        QVERIFY(window.backupModel()->index(0, BackupListModel::Verified).data().toString().startsWith(u"Verified"_s));
        // Looked away and back, its checks are still there to read.
        auto *tree = window.inspector()->findChild<QTreeWidget *>();
        QVERIFY(!checkRows(tree, u"integrity_check"_s).isEmpty());
        window.findChild<QTableView *>()->clearSelection();
        window.findChild<QTableView *>()->setCurrentIndex({});
        QTRY_VERIFY(checkRows(tree, u"integrity_check"_s).isEmpty());
        window.findChild<QTableView *>()->selectRow(0);
        QTRY_VERIFY(!checkRows(tree, u"integrity_check"_s).isEmpty());
        // A new window reads the journal: the verification is remembered.
        MainWindow again;
        QVERIFY(showIn(again, app.dir.filePath(u"backups"_s)));
        QVERIFY(again.backupModel()->index(0, BackupListModel::Verified).data().toString().startsWith(u"Verified"_s));
    }

    // Verify and Restore from the window both hold a backup to the tables the profile requires.
    void verifyingAndRestoringFromTheWindowCheckTheProfilesRequiredTables()
    {
        App app;
        QVERIFY(app.make()); // the live database has 3 notes, the backup 2
        const QString profile = app.dir.filePath(u"lifeboat.json"_s);
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "app", "destination": "backups", "required_tables": ["notes", "tags"],
                      "sources": [{"type": "sqlite", "path": "data/app.db"}]})");
        file.close();
        MainWindow window;
        QVERIFY(showIn(window, profile));
        QCOMPARE(window.backupModel()->rowCount(), 1);
        QSignalSpy verified(&window, &MainWindow::verificationFinished);
        window.verifySelected();
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.constFirst().constFirst().toBool(), false);
        QVERIFY(window.backupModel()->index(0, BackupListModel::Verified).data().toString().startsWith(u"Failed"_s));
        window.restoreSelected();
        auto *wizard = window.findChild<RestoreWizard *>();
        QVERIFY(wizard);
        wizard->next(); // to the preflight
        QCOMPARE(wizard->currentId(), int(RestoreWizard::Preflight));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->plan().has_value(), 30000);
        // The backup lacks a table the profile requires: refused before anything changes.
        QCOMPARE(wizard->plan()->refusal, Refusal::DoesNotVerify);
        QVERIFY2(wizard->plan()->refusalMessage.contains(u"tags"_s), qPrintable(wizard->plan()->refusalMessage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *preflight = wizard->findChildren<QTreeWidget *>().constFirst();
        const auto verifies = checkRows(preflight, u"backup_verifies"_s);
        QCOMPARE(verifies.size(), 1);
        QCOMPARE(verifies.constFirst()->text(0), u"Backup verifies"_s); // a title, the id in its tooltip
        QCOMPARE(verifies.constFirst()->toolTip(0), u"backup_verifies"_s);
        wizard->close();
        QCOMPARE(notes(app.db()), u"3"_s);
    }

    // The wizard's list of backups says, as the main window's does, which verified.
    void wizardListsBackupsWithTheirVerification()
    {
        App app;
        QVERIFY(app.make());
        MainWindow window;
        QVERIFY(showIn(window, app.dir.filePath(u"backups"_s)));
        QSignalSpy verified(&window, &MainWindow::verificationFinished);
        window.verifySelected();
        QVERIFY(verified.wait(60000));
        window.restoreSelected();
        auto *wizard = window.findChild<RestoreWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ChooseTarget)); // the selected backup is chosen
        wizard->back(); // and another can be chosen
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ChooseBackup));
        auto *table = wizard->currentPage()->findChild<QTableView *>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->currentIndex().row(), 0);
        const QString verification = table->model()->index(0, BackupListModel::Verified).data().toString();
        QVERIFY2(verification.startsWith(u"Verified"_s), qPrintable(verification));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->close();
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
            return b->text().startsWith(u"&Undo"_s);
        });
        QVERIFY(undo != buttons.cend());
        QVERIFY((*undo)->isEnabled());
    }

    // A folder typed under "Another folder" is where the restore goes, even
    // when the user went back while the first preflight ran for the
    // original place; and Esc while it runs does not stop it unseen.
    void wizardRestoresWhereThePageSays()
    {
        App app;
        QVERIFY(app.make());
        RestoreWizard wizard(app.backups(), app.set, {});
        wizard.show();
        QCOMPARE(wizard.currentId(), int(RestoreWizard::ChooseTarget));
        wizard.next(); // a preflight for the original place starts
        wizard.back();
        auto *other = wizard.currentPage()->findChild<QLineEdit *>();
        QVERIFY(other);
        const QString elsewhere = app.dir.filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        QTest::keyClicks(other, elsewhere);
        QCOMPARE(wizard.options().to, elsewhere + u"/app.db"_s);
        QVERIFY(walk(wizard, RestoreWizard::Review));
        QCOMPARE(wizard.plan()->targets.constFirst().target, elsewhere + u"/app.db"_s);
        wizard.findChild<QCheckBox *>()->setChecked(true);
        wizard.button(QWizard::CommitButton)->click();
        QCOMPARE(wizard.currentId(), int(RestoreWizard::Running));
        // One way to stop the run, the one that rolls back: the wizard's
        // own Cancel would only close the window.
        QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
        const auto stop = wizard.currentPage()->findChildren<QPushButton *>();
        QCOMPARE(std::ranges::count_if(stop, [](QPushButton *b) { return b->isVisible() && b->text().contains(u"Cancel"_s); }),
                 1);
        wizard.reject(); // Esc
        QVERIFY(wizard.isVisible());
        QVERIFY(walk(wizard, RestoreWizard::Outcome));
        QCOMPARE((*wizard.report())->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(notes(elsewhere + u"/app.db"_s), u"2"_s);
        QCOMPARE(notes(app.db()), u"3"_s); // the original place is as it was
    }

    // Undo puts back every snapshot of a restore, one wizard after another.
    void undoRestoresEverySnapshot()
    {
        App app;
        QVERIFY(app.make());
        const QString assets = app.dir.filePath(u"data/assets"_s);
        QVERIFY(test::writeFile(assets + u"/logo.txt"_s, "old logo"_ba));
        BackupRequest request;
        request.destination = app.dir.filePath(u"backups"_s);
        request.name = u"both"_s;
        request.sources = {SourceSpec::database(app.db()), SourceSpec::assets(assets)};
        JobControl control;
        auto both = BackupWriter::run(request, control);
        QVERIFY(both);
        QVERIFY(test::execSql(app.db(), u"INSERT INTO notes(body) VALUES ('four')"_s)); // 4 notes now
        QVERIFY(test::writeFile(assets + u"/logo.txt"_s, "new logo"_ba));

        MainWindow window;
        QVERIFY(showIn(window, app.dir.filePath(u"backups"_s)));
        for (int row = 0; row < window.backupModel()->rowCount(); ++row) {
            if (window.backupModel()->entry(row)->path == both->setPath)
                window.findChild<QTableView *>()->selectRow(row);
        }
        window.restoreSelected();
        auto *wizard = window.findChild<RestoreWizard *>();
        QVERIFY(wizard);
        QVERIFY(walk(*wizard, RestoreWizard::Outcome));
        QCOMPARE((*wizard->report())->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(notes(app.db()), u"3"_s);
        QCOMPARE(test::readFile(assets + u"/logo.txt"_s), "old logo"_ba);
        const auto labels = wizard->findChildren<QLabel *>();
        for (const QString &snapshot : (*wizard->report())->snapshots) // said where they are
            QVERIFY(std::ranges::any_of(labels, [&](QLabel *l) { return l->text().contains(snapshot); }));
        const auto buttons = wizard->findChildren<QPushButton *>();
        const auto undo = std::ranges::find_if(buttons, [](QPushButton *b) {
            return b->text() == "&Undo: restore the 2 snapshots"_L1;
        });
        QVERIFY(undo != buttons.cend());
        QPointer<RestoreWizard> original(wizard);
        (*undo)->click();
        QTRY_VERIFY(!original);
        for (int n = 1; n <= 2; ++n) {
            RestoreWizard *step = nullptr;
            QTRY_VERIFY((step = window.findChild<RestoreWizard *>()) && step->isVisible());
            QCOMPARE(step->windowTitle(), u"Undo the Restore (%1 of 2)"_s.arg(n));
            QPointer<RestoreWizard> guard(step);
            QVERIFY(walk(*step, RestoreWizard::Outcome));
            QCOMPARE((*step->report())->outcome, RestoreReport::Outcome::Restored);
            step->accept();
            QTRY_VERIFY(!guard);
        }
        QCOMPARE(notes(app.db()), u"4"_s);
        QCOMPARE(test::readFile(assets + u"/logo.txt"_s), "new logo"_ba);
        QVERIFY(!window.findChild<RestoreWizard *>());
    }

    // The backup changes while the user reads the review: the run finds it
    // before anything is replaced, and the wizard says it was refused.
    void wizardRefusesABackupChangedAfterItsPreflight()
    {
        App app;
        QVERIFY(app.make());
        RestoreWizard wizard(app.backups(), app.set, {});
        wizard.show();
        QVERIFY(walk(wizard, RestoreWizard::Review));
        QFile artifact(app.set + u"/app.db"_s);
        QVERIFY(artifact.open(QIODevice::ReadWrite));
        QVERIFY(artifact.seek(artifact.size() - 1));
        QVERIFY(artifact.putChar('X'));
        artifact.close();
        QVERIFY(walk(wizard, RestoreWizard::Outcome));
        QVERIFY(wizard.report() && *wizard.report());
        QCOMPARE((*wizard.report())->outcome, RestoreReport::Outcome::Refused);
        QCOMPARE(notes(app.db()), u"3"_s);
        const auto labels = wizard.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(u"Refused."_s) && l->text().contains(u"changed since it was verified"_s);
        }));
        const auto buttons = wizard.findChildren<QAbstractButton *>();
        const auto undo = std::find_if(buttons.cbegin(), buttons.cend(), [](QAbstractButton *b) {
            return b->text().startsWith(u"&Undo"_s);
        });
        QVERIFY(undo != buttons.cend());
        QVERIFY(!(*undo)->isEnabled());
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
        // What to do here, not the command line's --force-writers.
        const auto verdicts = wizard.findChildren<QLabel *>();
        QVERIFY(std::ranges::any_of(verdicts, [](QLabel *l) { return l->text().contains(u"Quit the programs"_s); }));
        QVERIFY(std::ranges::none_of(verdicts, [](QLabel *l) { return l->text().contains(u"--force-writers"_s); }));
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
        QVERIFY(!checkRows(checks, u"smoke:three_notes"_s).isEmpty());
    }

    void anInterruptedRestoreIsOfferedAndUndone()
    {
        App app;
        QVERIFY(app.make()); // the live database has 3 notes, the backup 2
        // A restore killed right after the new data went in, as a crash would.
        const auto killed = test::runProgram(QStringLiteral(LIFEBOAT_CLI), {u"restore"_s, app.set, u"--yes"_s},
                                             app.dir.path(), 60000,
                                             {{u"LIFEBOAT_FAULT"_s, u"swapped"_s},
                                              {u"LIFEBOAT_HOME"_s, m_home.path()}});
        QCOMPARE(killed.exitCode, -1);
        QCOMPARE(notes(app.db()), u"2"_s);

        MainWindow window;
        QSignalSpy checked(&window, &MainWindow::interruptedRestoresChecked);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.constFirst().constFirst().toInt(), 1);
        auto *first = window.findChild<InterruptedRestoreDialog *>();
        QVERIFY(first);
        QVERIFY(first->isVisible());
        // Put off, it stays at hand in the Backup menu.
        const auto firstButtons = first->findChildren<QPushButton *>();
        const auto later = std::ranges::find_if(firstButtons,
                                                [](QPushButton *b) { return b->text() == "Decide &Later"_L1; });
        QVERIFY(later != firstButtons.cend());
        QVERIFY((*later)->isDefault()); // offered unasked: Enter does not restore again
        const auto texts = first->findChildren<QLabel *>();
        QVERIFY(std::ranges::any_of(texts, [&](QLabel *l) { return l->text().contains(u"(replaced)"_s); }));
        (*later)->click();
        QTRY_VERIFY(!window.findChild<InterruptedRestoreDialog *>());
        QAction *settle = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == u"Settle an &Interrupted Restore…"_s)
                settle = a;
        }
        QVERIFY(settle);
        QVERIFY(settle->isEnabled());
        settle->trigger();
        QVERIFY(checked.wait(20000));
        auto *offer = window.findChild<InterruptedRestoreDialog *>();
        QVERIFY(offer);
        QVERIFY(offer->isVisible());
        QSignalSpy settled(offer, &InterruptedRestoreDialog::settled);
        const auto buttons = offer->findChildren<QPushButton *>();
        const auto undo = std::ranges::find_if(buttons, [](QPushButton *b) { return b->text() == "&Undo the Restore"_L1; });
        QVERIFY(undo != buttons.cend());
        (*undo)->click();
        offer->reject(); // Esc while it is settled
        QVERIFY(offer->isVisible());
        QVERIFY(settled.wait(60000));
        QCOMPARE(settled.constFirst().constFirst().toBool(), true);
        QCOMPARE(notes(app.db()), u"3"_s); // as it was before the restore
        QCOMPARE(test::queryValue(app.db(), u"PRAGMA integrity_check"_s), u"ok"_s);
        QTRY_VERIFY(!settle->isEnabled()); // nothing is left to settle

        // Settled: the next start offers nothing.
        MainWindow again;
        QSignalSpy checkedAgain(&again, &MainWindow::interruptedRestoresChecked);
        QVERIFY(checkedAgain.wait(20000));
        QCOMPARE(checkedAgain.constFirst().constFirst().toInt(), 0);
    }

    void wizardRestoresADumpIntoAnotherDatabase()
    {
        Shop shop;
        const QString problem = shop.make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        test::PostgresServer &server = shop.server;
        auto found = BackupDiscovery::scan({shop.backups()});
        QVERIFY(found && found->size() == 1);

        RestoreWizard wizard(*found, shop.set, {});
        wizard.show();
        QCOMPARE(wizard.currentId(), int(RestoreWizard::ChooseTarget));
        // For a dump the other place is a database, with no folder to browse for.
        const auto radios = wizard.findChildren<QRadioButton *>();
        const auto other = std::ranges::find_if(radios, [](QRadioButton *b) { return b->text() == "Another database:"_L1; });
        QVERIFY(other != radios.cend());
        (*other)->click();
        const auto edits = wizard.currentPage()->findChildren<QLineEdit *>();
        const auto name = std::ranges::find_if(edits, [](QLineEdit *e) {
            return e->placeholderText() == "The name of a database on the server"_L1;
        });
        QVERIFY(name != edits.cend());
        (*name)->setText(u"shop_copy"_s);
        QCOMPARE(wizard.options().to, u"shop_copy"_s);
        QVERIFY(walk(wizard, RestoreWizard::Outcome));
        QVERIFY2(*wizard.report(), qPrintable(wizard.report()->error().message));
        QCOMPARE((*wizard.report())->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(server.psql(u"shop_copy"_s, u"SELECT count(*) FROM orders"_s).trimmed(), u"12"_s);
        // The password is nowhere on the pages.
        for (QLabel *label : wizard.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(server.password()));
        server.stop();
    }

    void mainWindowDrillsADumpOnItsServer()
    {
        Shop shop;
        const QString problem = shop.make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        test::PostgresServer &server = shop.server;

        MainWindow window;
        QVERIFY(showIn(window, shop.backups()));
        QCOMPARE(window.backupModel()->rowCount(), 1);
        QVERIFY(drillAction(window)->isEnabled());
        QSignalSpy verified(&window, &MainWindow::verificationFinished);
        drillAction(window)->trigger();
        QVERIFY(verified.wait(120000));
        auto *tree = window.inspector()->findChild<QTreeWidget *>();
        const auto drill = checkRows(tree, u"restore_drill"_s);
        QCOMPARE(drill.size(), 1);
        QVERIFY2(drill.constFirst()->text(1).startsWith(u"PASS"_s), qPrintable(drill.constFirst()->text(1)));
        const auto rows = checkRows(tree, u"row_counts"_s);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.constFirst()->text(1).startsWith(u"PASS"_s), qPrintable(rows.constFirst()->text(1)));
        QCOMPARE(verified.constFirst().constFirst().toBool(), true);
        // The scratch database is gone again; the live one is as it was.
        QCOMPARE(server.psql(u"postgres"_s, u"SELECT count(*) FROM pg_database WHERE datname LIKE 'lifeboat_drill%'"_s)
                     .trimmed(),
                 u"0"_s);
        QCOMPARE(server.psql(u"shop"_s, u"SELECT count(*) FROM orders"_s).trimmed(), u"12"_s);
        server.stop();
    }

private:
    static QAction *drillAction(const MainWindow &window)
    {
        const auto actions = window.findChildren<QAction *>();
        const auto found = std::ranges::find_if(actions, [](QAction *a) {
            return a->text() == "Verify with Restore &Drill"_L1;
        });
        return found == actions.cend() ? nullptr : *found;
    }

    QTemporaryDir m_home;
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
