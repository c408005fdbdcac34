// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupdiscovery.h"
#include "backupwriter.h"
#include "fileops.h"
#include "jobcontrol.h"
#include "restorer.h"
#include "smokecheck.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

QString count(const QString &db, const QString &table)
{
    return test::queryValue(db, u"SELECT count(*) FROM "_s + table);
}

// Plans and runs a restore. Whatever it restores, its progress bar never
// goes past its total, starts over for the run, as the CLI shows the plan's
// and the run's on one line, and fills when the restore goes through: an
// error says otherwise.
Result<RestoreReport> restore(const QString &backup, const RestoreOptions &options = {})
{
    QMutex mutex;
    QString overshot;
    std::optional<qint64> runStartedAt; // bytes done when the run first reported
    bool running = false;
    JobControl control([&](const Progress &p) {
        const QMutexLocker lock(&mutex);
        if (p.bytesDone > p.bytesTotal && overshot.isEmpty())
            overshot = u"%1 of %2 bytes: %3"_s.arg(p.bytesDone).arg(p.bytesTotal).arg(p.description);
        if (running && !runStartedAt)
            runStartedAt = p.bytesDone;
    }, 0);
    auto plan = Restorer::plan(backup, options, control);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->refusal != Refusal::None)
        return fail(ErrorCode::Busy, plan->refusalMessage);
    {
        const QMutexLocker lock(&mutex);
        running = true;
    }
    auto run = Restorer::run(*plan, options, control);
    const Progress last = control.progress();
    const QMutexLocker lock(&mutex);
    if (!overshot.isEmpty())
        return fail(ErrorCode::Internal, u"The progress went past its total: "_s + overshot);
    if (runStartedAt.value_or(0) != 0)
        return fail(ErrorCode::Internal, u"The run's progress started at %1 bytes."_s.arg(*runStartedAt));
    if (run && run->outcome == RestoreReport::Outcome::Restored && last.bytesDone != last.bytesTotal)
        return fail(ErrorCode::Internal,
                    u"The progress ended at %1 of %2 bytes."_s.arg(last.bytesDone).arg(last.bytesTotal));
    return run;
}

// A Lifeboat set of these sources, made in destination; empty on failure.
QString backUp(const QString &destination, const QList<SourceSpec> &sources)
{
    BackupRequest request;
    request.destination = destination;
    request.name = u"app"_s;
    request.sources = sources;
    JobControl control;
    auto report = BackupWriter::run(request, control);
    return report ? report->setPath : QString();
}

// An application's data and one Lifeboat set of it; then the data moves on.
struct App
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(u"app/data/app.db"_s); }
    QString assets() const { return dir.filePath(u"app/data/assets"_s); }
    QString runs() const { return dir.filePath(u"app/data/runs.jsonl"_s); }
    QString set;

    bool make(bool wal = true)
    {
        if (!test::execSql(db(), u"PRAGMA journal_mode=%1; CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT,"
                                 " created_at TEXT); CREATE TABLE meta(key, value);"
                                 "INSERT INTO meta VALUES ('schema_version', '2.0.0');"
                                 "INSERT INTO notes(body, created_at) VALUES ('one', '2026-01-01'), ('two', '2026-01-02');"_s
                                     .arg(wal ? u"WAL"_s : u"DELETE"_s))
            || !test::writeFile(assets() + u"/img/a.png"_s, "image-a"_ba)
            || !test::writeFile(assets() + u"/문서/안내.md"_s, "안녕"_ba)
            || !test::writeFile(runs(), "{\"run\": 1}\n"_ba))
            return false;
        set = backUp(dir.filePath(u"backups"_s),
                     {SourceSpec::database(db()), SourceSpec::assets(assets()), SourceSpec::files(runs())});
        if (set.isEmpty())
            return false;
        // Life goes on after the backup.
        return test::execSql(db(), u"INSERT INTO notes(body, created_at) VALUES ('three', '2026-02-01');"
                                   "UPDATE meta SET value = '2.1.0'; CREATE TABLE extra(x);"_s)
               && test::writeFile(assets() + u"/img/b.png"_s, "image-b"_ba)
               && QFile::remove(assets() + u"/img/a.png"_s)
               && test::writeFile(runs(), "{\"run\": 1}\n{\"run\": 2}\n"_ba);
    }
};

} // namespace

class TestRestorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // In a folder it is restored into, an item takes its source's name, or
    // its copy's where the backup does not say (never a bare item name
    // without the file's extension); an assets archive, its folder's.
    void anItemKeepsItsNameInAFolder()
    {
        BackupItem recorded;
        recorded.name = u"lrl"_s;
        recorded.type = ItemType::Database;
        recorded.artifact = u"/b/set/lrl.db"_s;
        recorded.source = u"/srv/app/data/lrl.sqlite"_s;
        QCOMPARE(Restorer::baseNameFor(recorded), u"lrl.sqlite"_s);
        BackupItem unrecorded = recorded;
        unrecorded.source.clear();
        QCOMPARE(Restorer::baseNameFor(unrecorded), u"lrl.db"_s);
        BackupItem store;
        store.name = u"runs"_s;
        store.type = ItemType::File;
        store.artifact = u"/b/set/runs.jsonl"_s;
        QCOMPARE(Restorer::baseNameFor(store), u"runs.jsonl"_s);
        BackupItem assets;
        assets.name = u"assets"_s;
        assets.type = ItemType::Assets;
        assets.artifact = u"/b/set/assets.tar.gz"_s;
        QCOMPARE(Restorer::baseNameFor(assets), u"assets"_s);
    }

    void planShowsWhatChangesAndChangesNothing()
    {
        App app;
        QVERIFY(app.make());
        const auto before = test::snapshotTree(app.dir.path());
        JobControl control;
        auto plan = Restorer::plan(app.set, {}, control);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->refusal, Refusal::None);
        QCOMPARE(plan->targets.size(), 3);
        QCOMPARE(plan->targets[0].target, app.db());
        QVERIFY(plan->targets[0].snapshot.contains(u"app.pre_restore."_s));
        QVERIFY(plan->targets[1].snapshot.endsWith(u"assets.pre_restore."_s + plan->timestamp));
        for (const CheckResult &c : plan->preflight)
            QVERIFY2(c.status == CheckStatus::Pass, qPrintable(c.name + u": "_s + c.detail));
        QCOMPARE(plan->differences.size(), 1);
        const DatabaseDifference &d = plan->differences.constFirst();
        QCOMPARE(d.currentVersion, u"2.1.0"_s);
        QCOMPARE(d.backupVersion, u"2.0.0"_s);
        QCOMPARE(d.onlyCurrent, QStringList{u"extra"_s});
        const auto notes = std::find_if(d.tables.cbegin(), d.tables.cend(),
                                        [](const TableDifference &t) { return t.table == "notes"_L1; });
        QCOMPARE(notes->currentRows, 3);
        QCOMPARE(notes->backupRows, 2);
        QCOMPARE(notes->currentNewest, u"created_at 2026-02-01"_s);
        QCOMPARE(notes->backupNewest, u"created_at 2026-01-02"_s);
        QCOMPARE(test::snapshotTree(app.dir.path()), before);
    }

    void restoresASetAndKeepsSnapshots()
    {
        App app;
        QVERIFY(app.make());
        const QString liveFile = fileIdentity(app.db());
        auto report = restore(app.set);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(count(app.db(), u"notes"_s), u"2"_s);
        QCOMPARE(test::queryValue(app.db(), u"SELECT value FROM meta"_s), u"2.0.0"_s);
        QVERIFY(QFileInfo::exists(app.assets() + u"/img/a.png"_s));
        QVERIFY(!QFileInfo::exists(app.assets() + u"/img/b.png"_s));
        QCOMPARE(test::readFile(app.assets() + u"/문서/안내.md"_s), "안녕"_ba);
        QCOMPARE(test::readFile(app.runs()), "{\"run\": 1}\n"_ba);
        // The snapshots hold what was there, and restoring them is the undo.
        QCOMPARE(report->snapshots.size(), 3);
        for (const QString &s : report->snapshots)
            QVERIFY2(QFileInfo::exists(s), qPrintable(s));
        const QString dbSnapshot = report->snapshots.constFirst();
        QCOMPARE(count(dbSnapshot, u"notes"_s), u"3"_s);
        // It is the very file that was in place, moved aside: no copy, no
        // room taken; and private, as a backup is.
        QCOMPARE(fileIdentity(dbSnapshot), liveFile);
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(dbSnapshot).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0077, 0u);
        auto undo = restore(dbSnapshot);
        QVERIFY2(undo, qPrintable(undo ? QString() : undo.error().message));
        QCOMPARE(undo->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(count(app.db(), u"notes"_s), u"3"_s);
    }

    // A stale -wal beside the target must never be applied to the restored file.
    void walFramesOfTheOldDatabaseDoNotLeakIn()
    {
        App app;
        QVERIFY(app.make());
        test::DatabaseHolder holder(app.db());
        QVERIFY(holder.isReady());
        QVERIFY(test::execSql(app.db(), u"PRAGMA wal_autocheckpoint=0;"
                                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)"
                                        " INSERT INTO notes(body) SELECT 'wal-' || i FROM n;"_s));
        holder.kill();
        QVERIFY(QFileInfo(app.db() + u"-wal"_s).size() > 0);
        RestoreOptions options;
        options.items = {u"app"_s};
        auto report = restore(app.set, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(count(app.db(), u"notes"_s), u"2"_s);
        QCOMPARE(test::queryValue(app.db(), u"SELECT count(*) FROM notes WHERE body LIKE 'wal-%'"_s), u"0"_s);
        // The snapshot kept the WAL's content.
        QCOMPARE(count(report->snapshots.constFirst(), u"notes"_s), u"53"_s);
    }

    // The user confirms minutes after the plan; meanwhile the app was
    // started again. Asked again before the swap, the restore is refused as
    // the plan would have refused it, and nothing changes.
    void aProcessThatOpensTheDatabaseAfterThePlanIsARefusal()
    {
        App app;
        QVERIFY(app.make());
        RestoreOptions options;
        options.items = {u"app"_s};
        JobControl control;
        auto plan = Restorer::plan(app.set, options, control);
        QVERIFY(plan);
        QCOMPARE(plan->refusal, Refusal::None);
        test::DatabaseHolder holder(app.db());
        QVERIFY(holder.isReady());
        const QString before = test::sha256sum(app.db());
        auto run = Restorer::run(*plan, options, control);
        holder.kill();
        QVERIFY(run);
        QVERIFY2(run->outcome == RestoreReport::Outcome::Refused, qPrintable(run->message));
        QCOMPARE(run->refusal, Refusal::WritersActive);
        QVERIFY(run->snapshots.isEmpty());
        QCOMPARE(test::sha256sum(app.db()), before);
    }

    void refusedWhileAnotherProcessHoldsTheDatabase()
    {
        App app;
        QVERIFY(app.make());
        test::DatabaseHolder holder(app.db());
        QVERIFY(holder.isReady());
        const QString before = test::sha256sum(app.db());
        JobControl control;
        auto plan = Restorer::plan(app.set, {}, control);
        QVERIFY(plan);
        QCOMPARE(plan->refusal, Refusal::WritersActive);
        QVERIFY(!plan->processes.isEmpty());
        QCOMPARE(plan->processes.constFirst().pid, holder.pid());
        QVERIFY(plan->processes.constFirst().command.contains(u"lifeboat-test-writer"_s));
        // Named once, with every file it holds (the database is in WAL mode: its -wal and -shm too).
        QCOMPARE(plan->refusalMessage.count(u"(pid %1)"_s.arg(holder.pid())), 1);
        QVERIFY2(plan->refusalMessage.contains(u"app.db, "_s), qPrintable(plan->refusalMessage));
        QVERIFY(!Restorer::run(*plan, {}, control));
        QCOMPARE(test::sha256sum(app.db()), before);

        RestoreOptions force;
        force.forceWriters = true;
        const QString heldFile = fileIdentity(app.db());
        auto forced = restore(app.set, force);
        holder.kill();
        QVERIFY2(forced, qPrintable(forced ? QString() : forced.error().message));
        QCOMPARE(forced->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(count(app.db(), u"notes"_s), u"2"_s);
        // The writer still has the old file open: the snapshot is a copy, out of its reach.
        QVERIFY(fileIdentity(forced->snapshots.constFirst()) != heldFile);
        QCOMPARE(count(forced->snapshots.constFirst(), u"notes"_s), u"3"_s);
    }

    // Runbook 000: "Start API and run smoke checks". The API must be stopped
    // for the restore; the profile's smoke_app is started on the restored
    // data for the checks, and stopped after them, whatever they find.
    void theSmokeAppRunsOnTheRestoredDataForTheChecks()
    {
        App app;
        QVERIFY(app.make(false));
        const auto free = test::runProgram(u"python3"_s, {u"-c"_s, u"import socket; s = socket.socket(); "
                                                                  "s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"_s});
        const QString port = QString::fromLatin1(free.out.trimmed());
        QVERIFY(!port.isEmpty());
        // An API that answers /notes with 200 when the database holds two notes, as the backup does.
        const QString api = u"import http.server, socketserver, sqlite3, sys\n"
                            "class H(http.server.BaseHTTPRequestHandler):\n"
                            "    def do_GET(self):\n"
                            "        n = sqlite3.connect(sys.argv[2]).execute('SELECT count(*) FROM notes').fetchone()[0]\n"
                            "        self.send_response(200 if self.path == '/healthz' or n == 2 else 500)\n"
                            "        self.end_headers()\n"
                            "socketserver.TCPServer.allow_reuse_address = True\n"
                            "socketserver.TCPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()\n"_s;
        SmokeApp smokeApp;
        smokeApp.command = {u"python3"_s, u"-c"_s, api, port, app.db()};
        smokeApp.readyUrl = u"http://127.0.0.1:%1/healthz"_s.arg(port);
        smokeApp.timeoutSeconds = 30;
        smokeApp.workingDirectory = app.dir.path();
        SmokeCheck notes;
        notes.kind = SmokeCheck::Kind::Http;
        notes.name = u"notes"_s;
        notes.url = u"http://127.0.0.1:%1/notes"_s.arg(port);
        RestoreOptions options;
        options.smokeChecks = {notes};

        // Without it nothing answers, and the restore cannot stand.
        auto alone = restore(app.set, options);
        QVERIFY2(alone, qPrintable(alone ? QString() : alone.error().message));
        QCOMPARE(alone->outcome, RestoreReport::Outcome::RolledBack);

        options.smokeApp = smokeApp;
        auto report = restore(app.set, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QStringList passedChecks;
        for (const CheckResult &c : std::as_const(report->checks)) {
            if (c.status == CheckStatus::Pass)
                passedChecks.append(c.name);
        }
        QVERIFY2(passedChecks.contains(u"smoke_app"_s) && passedChecks.contains(u"smoke:notes"_s),
                 qPrintable(passedChecks.join(u", "_s)));
        QCOMPARE(runSmokeCheck(notes, app.db()).status, CheckStatus::Fail); // stopped again

        // One that never comes up fails its check, and the restore is rolled back.
        QVERIFY(test::execSql(app.db(), u"INSERT INTO notes(body) VALUES ('three')"_s));
        smokeApp.command = {u"sleep"_s, u"60"_s};
        smokeApp.timeoutSeconds = 1;
        options.smokeApp = smokeApp;
        auto never = restore(app.set, options);
        QVERIFY(never);
        QCOMPARE(never->outcome, RestoreReport::Outcome::RolledBack);
        QVERIFY2(never->message.contains(u"smoke_app"_s), qPrintable(never->message));
        QCOMPARE(count(app.db(), u"notes"_s), u"3"_s);

        // One that puts its server in the background and ends: the server is stopped too.
        smokeApp.command = {u"sh"_s, u"-c"_s, u"sleep 31271 & exit 0"_s};
        options.smokeApp = smokeApp;
        auto gone = restore(app.set, options);
        QVERIFY(gone);
        QCOMPARE(gone->outcome, RestoreReport::Outcome::RolledBack);
        QCOMPARE(test::runProgram(u"pgrep"_s, {u"-f"_s, u"sleep 31271"_s}).exitCode, 1); // none left
    }

    void aFailingSmokeCheckRollsBack()
    {
        App app;
        QVERIFY(app.make(false));
        const QString dbBefore = test::sha256sum(app.db());
        const auto assetsBefore = test::snapshotTree(app.assets());
        RestoreOptions options;
        SmokeCheck check;
        check.name = u"notes_present"_s;
        check.query = u"SELECT count(*) FROM notes"_s;
        check.expect = u"3"_s; // the backup has two: the restore must not stand
        options.smokeChecks = {check};
        auto report = restore(app.set, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->outcome, RestoreReport::Outcome::RolledBack);
        QVERIFY(report->message.contains(u"smoke:notes_present"_s));
        QCOMPARE(test::sha256sum(app.db()), dbBefore);
        QCOMPARE(test::snapshotTree(app.assets()), assetsBefore);
        QCOMPARE(test::readFile(app.runs()), "{\"run\": 1}\n{\"run\": 2}\n"_ba);
        // The old files themselves went back in place: no snapshot is left
        // to name, and nothing beside the data but what was there.
        QCOMPARE(report->snapshots, QStringList());
        QCOMPARE(QDir(QFileInfo(app.db()).absolutePath()).entryList({u"*pre_restore*"_s, u"*lifeboat-staging*"_s},
                                                                    QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    void aHostileArchiveIsRefusedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(test::runProgram(u"python3"_s, {QStringLiteral(LIFEBOAT_TEST_DATA) + u"/make-hostile-archives.py"_s},
                                 dir.path()).exitCode == 0);
        QVERIFY(test::writeFile(dir.filePath(u"target/keep.txt"_s), "keep"_ba));
        const auto before = test::snapshotTree(dir.path());
        for (const QString &name : QDir(dir.path()).entryList({u"*.tar.gz"_s})) {
            if (name.startsWith(u"good"_s))
                continue;
            RestoreOptions options;
            options.to = dir.filePath(u"target"_s);
            JobControl control;
            auto plan = Restorer::plan(dir.filePath(name), options, control);
            const bool unchanged = test::snapshotTree(dir.path()) == before
                                   && !QFileInfo::exists(u"/tmp/lifeboat-evil.txt"_s);
            test::recordFault(u"hostile archive"_s, plan && plan->refusal == Refusal::DoesNotVerify && unchanged,
                              !unchanged);
            QVERIFY2(plan, qPrintable(name));
            QCOMPARE(plan->refusal, Refusal::DoesNotVerify);
        }
        QCOMPARE(test::snapshotTree(dir.path()), before);
        QVERIFY(!QFileInfo::exists(u"/tmp/lifeboat-evil.txt"_s));
    }

    // A backup damaged at random offsets, flipped or cut short: refused
    // before anything is written, and the data stays as it is. A loose copy
    // with no hash to compare still either fails its checks or restores a
    // database that opens and passes integrity_check: never half of one.
    void damagedBackupsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<bool>("checkWhenStaging");
        QTest::newRow("refused by the preflight") << false;
        QTest::newRow("refused by the staged copy's checks (--yes)") << true;
    }

    void damagedBackupsAreRefusedAndChangeNothing()
    {
        QFETCH(bool, checkWhenStaging);
        App app;
        QVERIFY(app.make());
        const QString artifact = app.set + u"/app.db"_s;
        const QByteArray pristine = test::readFile(artifact);
        const auto before = test::snapshotTree(app.dir.filePath(u"app"_s));
        QRandomGenerator random(20260114); // fixed: a failure can be replayed
        for (int round = 0, rounds = test::faultRounds(12); round < rounds; ++round) {
            const bool truncate = round % 2;
            const qint64 offset = qint64(random.bounded(quint32(pristine.size())));
            QByteArray damaged = pristine;
            if (truncate)
                damaged.truncate(offset);
            else
                damaged[offset] = char(damaged.at(offset) ^ (1 + random.bounded(255)));
            QFile::remove(artifact);
            QVERIFY(test::writeFile(artifact, damaged));
            const QString loose = app.dir.filePath(u"loose/app_20260101_000000.db"_s);
            QFile::remove(loose);
            QVERIFY(test::writeFile(loose, damaged));
            const QString where = u"%1 at %2"_s.arg(truncate ? u"cut"_s : u"flipped"_s).arg(offset);

            RestoreOptions options;
            options.checkWhenStaging = checkWhenStaging;
            JobControl control;
            auto plan = Restorer::plan(app.set, options, control);
            bool refused = plan && plan->refusal == Refusal::DoesNotVerify;
            if (checkWhenStaging) {
                // The preflight leaves the database to its staged copy, whose checks refuse it.
                refused = plan && plan->refusal == Refusal::None;
                auto run = refused ? Restorer::run(*plan, options, control) : Result<RestoreReport>();
                refused = refused && run && run->outcome == RestoreReport::Outcome::Refused
                          && run->refusal == Refusal::DoesNotVerify && run->snapshots.isEmpty();
            }
            RestoreOptions elsewhere;
            elsewhere.to = app.dir.filePath(u"scratch/app.db"_s);
            auto fromLoose = restore(loose, elsewhere);
            const bool looseSound = !fromLoose || fromLoose->outcome != RestoreReport::Outcome::Restored
                                    || test::queryValue(elsewhere.to, u"PRAGMA integrity_check"_s) == "ok"_L1;
            const bool unchanged = test::snapshotTree(app.dir.filePath(u"app"_s)) == before;
            test::recordFault(u"damaged backup"_s, refused && looseSound && unchanged, !unchanged);
            QVERIFY2(refused, qPrintable(where + u": "_s + (plan ? plan->refusalMessage : plan.error().message)));
            QVERIFY2(looseSound, qPrintable(where));
            QVERIFY2(unchanged, qPrintable(where));
            QDir(app.dir.filePath(u"scratch"_s)).removeRecursively();
        }
    }

    void restoresEachRunbookLayout_data()
    {
        QTest::addColumn<QString>("backup");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("check");      // a file that must exist afterwards
        QTest::addColumn<QString>("query");      // run on it
        QTest::addColumn<QString>("expected");
        QTest::newRow("pre-migration backup (Korean runbook)")
            << u"data/story_registry.backup.1.0.0.20260112_130012.db"_s << QString()
            << u"data/story_registry.db"_s << u"SELECT value FROM meta"_s << u"1.0.0"_s;
        QTest::newRow("gzip-compressed copy")
            << u"backups/sqlite/ice_cream_social_20260111_020000.db.gz"_s << u"data/ice_cream_social.db"_s
            << u"data/ice_cream_social.db"_s << u"PRAGMA user_version"_s << u"7"_s;
        QTest::newRow("manifest-v1 database and assets")
            << u"backups/backup_manifest_20260114_120000.json"_s << QString()
            << u"data/assets/uploads/p.jpg"_s << QString() << QString();
        QTest::newRow("two databases with checksums (brainstem)")
            << u"backups/sqlite/latest"_s << u".data"_s
            << u".data/model_registry.db"_s << u"SELECT count(*) FROM sqlite_schema WHERE name = 'models'"_s << u"1"_s;
        QTest::newRow("pre-restore copy beside the database")
            << u"data/ice_cream_social.pre_restore.20260112_080000.db"_s << QString()
            << u"data/ice_cream_social.db"_s << u"SELECT count(*) FROM episodes"_s << u"1"_s;
        QTest::newRow("timestamped copy restored to staging first")
            << u"backups/story_gen-202601100900.db"_s << u"staging/story_gen.db"_s
            << u"staging/story_gen.db"_s << u"SELECT value FROM meta"_s << u"1.1.0"_s;
        // Into a folder, a copy keeps the name of what it is a copy of.
        QTest::newRow("timestamped copy into a folder")
            << u"backups/sqlite/ice_cream_social_20260110_020000.db"_s << u"data"_s
            << u"data/ice_cream_social.db"_s << u"PRAGMA user_version"_s << u"7"_s;
        QTest::newRow("manifest-v1 database alone, into a folder")
            << u"backups/lrl_db_20260114_120000.sqlite"_s << u"offsite"_s
            << u"offsite/lrl.db"_s << u"SELECT count(*) FROM users"_s << u"3"_s;
    }

    void restoresEachRunbookLayout()
    {
        QFETCH(QString, backup);
        QFETCH(QString, to);
        QFETCH(QString, check);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        QVERIFY(QDir().mkpath(dir.filePath(u"offsite"_s)));
        RestoreOptions options;
        if (!to.isEmpty())
            options.to = dir.filePath(to);
        auto report = restore(dir.filePath(backup), options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QVERIFY(QFileInfo::exists(dir.filePath(check)));
        if (!query.isEmpty())
            QCOMPARE(test::queryValue(dir.filePath(check), query), expected);
    }

    // An assets archive as tar writes it in the three ways the runbooks'
    // scripts do, restored as `tar -xzf … -C data/` would: into data/assets,
    // beside the database already in data/, which stays as it is.
    void anArchiveGoesIntoTheFolderAsTarWouldPutIt_data()
    {
        QTest::addColumn<QStringList>("tarArgs"); // after -czf ARCHIVE, from the app's folder
        QTest::newRow("with its folder entry") << QStringList{u"-C"_s, u"src"_s, u"assets"_s};
        QTest::newRow("files alone, as backup.py adds them")
            << QStringList{u"-C"_s, u"src"_s, u"--no-recursion"_s, u"assets/img/a.png"_s, u"assets/notes.txt"_s};
        QTest::newRow("rooted at ./") << QStringList{u"-C"_s, u"src/assets"_s, u"."_s};
    }

    void anArchiveGoesIntoTheFolderAsTarWouldPutIt()
    {
        QFETCH(QStringList, tarArgs);
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(u"src/assets/img/a.png"_s), "picture"_ba));
        QVERIFY(test::writeFile(dir.filePath(u"src/assets/notes.txt"_s), "notes"_ba));
        const QString archive = dir.filePath(u"offsite/site_assets_20260114_120000.tar.gz"_s);
        QVERIFY(QDir().mkpath(QFileInfo(archive).absolutePath()));
        const auto tar = test::runProgram(u"tar"_s, QStringList{u"-czf"_s, archive} + tarArgs, dir.path());
        QVERIFY2(tar.exitCode == 0, tar.err.constData());
        QVERIFY(test::execSql(dir.filePath(u"data/app.db"_s), u"CREATE TABLE t(x); INSERT INTO t VALUES (1)"_s));
        QVERIFY(test::writeFile(dir.filePath(u"data/assets/img/a.png"_s), "changed"_ba));
        const auto appBefore = test::readFile(dir.filePath(u"data/app.db"_s));

        RestoreOptions options;
        options.to = dir.filePath(u"data"_s);
        auto report = restore(archive, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QCOMPARE(report->items.constFirst().target, dir.filePath(u"data/assets"_s));
        QCOMPARE(test::readFile(dir.filePath(u"data/assets/img/a.png"_s)), "picture"_ba);
        QCOMPARE(test::readFile(dir.filePath(u"data/assets/notes.txt"_s)), "notes"_ba);
        QCOMPARE(QDir(dir.filePath(u"data/assets"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{u"img"_s, u"notes.txt"_s}));
        QCOMPARE(test::readFile(dir.filePath(u"data/app.db"_s)), appBefore);

        // Named as the folder itself, it is the folder that is replaced.
        options.to = dir.filePath(u"data/assets"_s);
        auto again = restore(archive, options);
        QVERIFY(again && again->outcome == RestoreReport::Outcome::Restored);
        QCOMPARE(again->items.constFirst().target, dir.filePath(u"data/assets"_s));
    }

    // A folder all entries share is lifted only when no link would then lead
    // out of it: assets/link -> ../assets/notes.txt would point into the
    // restored folder's sibling afterwards.
    void aLinkNeverLeadsOutOfALiftedFolder()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(u"src/assets/notes.txt"_s), "notes"_ba));
        QVERIFY(QFile::link(u"../assets/notes.txt"_s, dir.filePath(u"src/assets/link"_s)));
        QVERIFY(test::writeFile(dir.filePath(u"data/assets/notes.txt"_s), "the live folder"_ba));
        const QString archive = dir.filePath(u"offsite/site_assets_20260114_120000.tar.gz"_s);
        QVERIFY(QDir().mkpath(QFileInfo(archive).absolutePath()));
        const auto tar = test::runProgram(u"tar"_s, {u"-czf"_s, archive, u"-C"_s, u"src"_s, u"--no-recursion"_s,
                                                     u"assets/notes.txt"_s, u"assets/link"_s}, dir.path());
        QVERIFY2(tar.exitCode == 0, tar.err.constData());
        RestoreOptions options;
        options.to = dir.filePath(u"data/photos"_s);
        auto report = restore(archive, options);
        QVERIFY2(report && report->outcome == RestoreReport::Outcome::Restored,
                 qPrintable(report ? report->message : report.error().message));
        QDirIterator it(options.to, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo link(it.next());
            if (!link.isSymLink())
                continue;
            const QString points = QDir::cleanPath(link.symLinkTarget()); // absolute, as the link resolves
            QVERIFY2(points.startsWith(options.to + u'/'), qPrintable(link.filePath() + u" -> "_s + points));
        }
    }

    void restoresEveryKindElsewhere()
    {
        App app;
        QVERIFY(app.make());
        QFile::setPermissions(app.db(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const auto before = test::snapshotTree(app.dir.filePath(u"app"_s));
        RestoreOptions options;
        options.to = app.dir.filePath(u"staging"_s);
        auto report = restore(app.set, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->outcome, RestoreReport::Outcome::Restored);
        QCOMPARE(count(app.dir.filePath(u"staging/app.db"_s), u"notes"_s), u"2"_s);
        QCOMPARE(test::readFile(app.dir.filePath(u"staging/assets/문서/안내.md"_s)), "안녕"_ba);
        QCOMPARE(test::readFile(app.dir.filePath(u"staging/runs.jsonl"_s)), "{\"run\": 1}\n"_ba);
        QVERIFY(report->snapshots.isEmpty()); // nothing was there to save
        QCOMPARE(test::snapshotTree(app.dir.filePath(u"app"_s)), before); // the original is untouched

        // Restored over the original, the database keeps its mode.
        auto inPlace = restore(app.set);
        QVERIFY(inPlace && inPlace->outcome == RestoreReport::Outcome::Restored);
        QCOMPARE(QFileInfo(app.db()).permissions() & 0x0777,
                 QFileDevice::Permissions(QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup));
    }

    // A SQL smoke check runs against the database it names, by its item's
    // name or its file's base name; one that names none, against the first.
    // The two named here are the second database, which the first lacks the table of.
    void sqlSmokeChecksRunAgainstTheDatabaseTheyName()
    {
        QTemporaryDir dir;
        const QString app = dir.filePath(u"data/app.db"_s);
        const QString events = dir.filePath(u"data/events.db"_s);
        QVERIFY(test::execSql(app, u"CREATE TABLE notes(x); INSERT INTO notes VALUES (1);"_s));
        QVERIFY(test::execSql(events, u"CREATE TABLE events(x); INSERT INTO events VALUES (1), (2);"_s));
        SourceSpec main = SourceSpec::database(app);
        main.name = u"main"_s;
        SourceSpec named = SourceSpec::database(events);
        named.name = u"analytics"_s;
        const QString set = backUp(dir.filePath(u"backups"_s), {main, named});
        QVERIFY(!set.isEmpty());
        const auto check = [](const QString &name, const QString &database, const QString &table,
                              const QString &expect) {
            SmokeCheck c;
            c.name = name;
            c.database = database;
            c.query = u"SELECT count(*) FROM "_s + table;
            c.expect = expect;
            return c;
        };
        RestoreOptions options;
        options.smokeChecks = {check(u"first"_s, {}, u"notes"_s, u"1"_s),
                               check(u"by_item"_s, u"analytics"_s, u"events"_s, u"2"_s),
                               check(u"by_file"_s, u"events"_s, u"events"_s, u"2"_s)};
        auto report = restore(set, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QStringList passed;
        for (const CheckResult &c : std::as_const(report->checks)) {
            if (c.name.startsWith(u"smoke:"_s) && c.status == CheckStatus::Pass)
                passed.append(c.name);
        }
        QCOMPARE(passed, (QStringList{u"smoke:first"_s, u"smoke:by_item"_s, u"smoke:by_file"_s}));
    }

    void smokeChecksOfEveryKind()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"s.db"_s);
        QVERIFY(test::execSql(db, u"CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);"_s));
        SmokeCheck sql;
        sql.name = u"rows"_s;
        sql.query = u"SELECT count(*) FROM t"_s;
        sql.expect = u"2"_s;
        QCOMPARE(runSmokeCheck(sql, db).status, CheckStatus::Pass);
        sql.expect = u"5"_s;
        QCOMPARE(runSmokeCheck(sql, db).status, CheckStatus::Fail);

        SmokeCheck command;
        command.kind = SmokeCheck::Kind::Command;
        command.name = u"tests"_s;
        command.command = {u"sh"_s, u"-c"_s, u"exit 3"_s};
        command.exitCode = 3;
        QCOMPARE(runSmokeCheck(command, db).status, CheckStatus::Pass);
        command.exitCode = 0;
        QCOMPARE(runSmokeCheck(command, db).status, CheckStatus::Fail);
        // Run in the profile's folder, as its relative paths are: tools/check.py.
        command.command = {u"sh"_s, u"-c"_s, u"test -f s.db"_s};
        command.workingDirectory = dir.path();
        QCOMPARE(runSmokeCheck(command, db).status, CheckStatus::Pass);

        // A real HTTP server on loopback, as the runbooks' GET /healthz.
        QVERIFY(test::writeFile(dir.filePath(u"www/healthz"_s), "ok"_ba));
        QProcess server;
        server.setWorkingDirectory(dir.filePath(u"www"_s));
        // It answers only to the token runbook 000's authenticated GET carries.
        server.start(u"python3"_s, {u"-c"_s, u"import http.server, socketserver, sys\n"
                                              "class H(http.server.SimpleHTTPRequestHandler):\n"
                                              "    def do_GET(self):\n"
                                              "        if self.headers.get('Authorization') != 'Bearer s3cret':\n"
                                              "            self.send_response(401); self.end_headers(); return\n"
                                              "        super().do_GET()\n"
                                              "s = socketserver.TCPServer(('127.0.0.1', 0), H)\n"
                                              "print(s.server_address[1], flush=True)\n"
                                              "s.serve_forever()\n"_s});
        QVERIFY(server.waitForReadyRead(10000));
        const QString port = QString::fromLatin1(server.readLine().trimmed());
        SmokeCheck http;
        http.kind = SmokeCheck::Kind::Http;
        http.name = u"healthz"_s;
        http.url = u"http://127.0.0.1:%1/healthz"_s.arg(port);
        http.status = 200;
        http.header = u"Authorization: Bearer ${LIFEBOAT_TEST_TOKEN}"_s; // kept out of the profile
        qputenv("LIFEBOAT_TEST_TOKEN", "s3cret");
        const CheckResult ok = runSmokeCheck(http, db);
        http.url = u"http://127.0.0.1:%1/missing"_s.arg(port);
        const CheckResult missing = runSmokeCheck(http, db);
        qunsetenv("LIFEBOAT_TEST_TOKEN");
        const CheckResult noToken = runSmokeCheck(http, db);
        server.kill();
        server.waitForFinished();
        QVERIFY2(ok.status == CheckStatus::Pass, qPrintable(ok.detail));
        QCOMPARE(missing.status, CheckStatus::Fail);
        QVERIFY(missing.detail.contains(u"404"_s));
        QCOMPARE(noToken.status, CheckStatus::Fail);
        QVERIFY2(noToken.detail.contains(u"LIFEBOAT_TEST_TOKEN is not set"_s), qPrintable(noToken.detail));
    }

    // Every snapshot a restore leaves is a backup that a scan finds and a
    // restore puts back: the undo, for a database, a folder and a file alike.
    void everySnapshotOfARestoreIsItsUndo()
    {
        App app;
        QVERIFY(app.make());
        const QString notesBefore = count(app.db(), u"notes"_s);
        const auto assetsBefore = test::snapshotTree(app.assets());
        const QByteArray runsBefore = test::readFile(app.runs());
        auto report = restore(app.set);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QCOMPARE(report->snapshots.size(), 3);
        QVERIFY(test::readFile(app.runs()) != runsBefore);

        // A log SQLite left beside a database snapshot is no snapshot of its own:
        // restored beside the live database, it would be replayed into it.
        const QString dbSnapshot = *std::ranges::find_if(report->snapshots, [](const QString &p) {
            return p.endsWith(u".db"_s);
        });
        QVERIFY(test::writeFile(dbSnapshot + u"-wal"_s, QByteArray()));
        QVERIFY(test::writeFile(dbSnapshot + u"-shm"_s, QByteArray()));
        auto found = BackupDiscovery::scan({QFileInfo(app.db()).absolutePath()});
        QVERIFY(found);
        QStringList snapshots;
        for (const BackupEntry &e : std::as_const(*found)) {
            if (e.origin == "pre_restore"_L1)
                snapshots.append(e.path);
            if (e.origin == "pre_restore"_L1 && QFileInfo(e.path).isDir())
                QCOMPARE(e.items.constFirst().sizeBytes, folderSize(e.path)); // listed with its size, not 0
        }
        snapshots.sort();
        QStringList left = report->snapshots;
        left.sort();
        QCOMPARE(snapshots, left);
        for (const QString &snapshot : std::as_const(snapshots)) {
            auto undo = restore(snapshot);
            QVERIFY2(undo, qPrintable(snapshot + u": "_s + (undo ? QString() : undo.error().message)));
            QVERIFY2(undo->outcome == RestoreReport::Outcome::Restored, qPrintable(undo->message));
        }
        QCOMPARE(count(app.db(), u"notes"_s), notesBefore);
        QCOMPARE(test::snapshotTree(app.assets()), assetsBefore);
        QCOMPARE(test::readFile(app.runs()), runsBefore);
    }

    // A link to a folder counts as a file, as the archiver counts it; and a
    // folder snapshot restores (the undo of a folder restore).
    void foldersWithLinksRestoreAndUndo()
    {
        App app;
        QVERIFY(test::writeFile(app.dir.filePath(u"app/data/assets/docs/readme.md"_s), "read me"_ba));
        QVERIFY(QFile::link(u"docs"_s, app.dir.filePath(u"app/data/assets/current"_s)));
        QVERIFY(app.make());
        RestoreOptions options;
        options.items = {u"assets"_s};
        auto report = restore(app.set, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QCOMPARE(QFileInfo(app.assets() + u"/current"_s).readSymLink(), u"docs"_s);
        QVERIFY(!QFileInfo::exists(app.assets() + u"/img/b.png"_s));
        const QString snapshot = report->snapshots.constFirst();
        QVERIFY(QFileInfo(snapshot).isDir());
        auto undo = restore(snapshot);
        QVERIFY2(undo, qPrintable(undo ? QString() : undo.error().message));
        QVERIFY2(undo->outcome == RestoreReport::Outcome::Restored, qPrintable(undo->message));
        QVERIFY(QFileInfo::exists(app.assets() + u"/img/b.png"_s)); // what was there before the restore
        QVERIFY(QFileInfo(app.assets() + u"/current"_s).isSymLink());
    }

    // A target folder whose subfolder is a link out of it: the restore
    // replaces the folder whole and never writes through the link.
    void linksInATargetAreNeverFollowedOut()
    {
        App app;
        QVERIFY(app.make());
        const QString outside = app.dir.filePath(u"outside"_s);
        QVERIFY(test::writeFile(outside + u"/keep.txt"_s, "keep"_ba));
        QVERIFY(QDir(app.assets() + u"/img"_s).removeRecursively());
        QVERIFY(QFile::link(outside, app.assets() + u"/img"_s));
        const auto before = test::snapshotTree(outside);
        RestoreOptions options;
        options.items = {u"assets"_s};
        auto report = restore(app.set, options);
        const bool contained = test::snapshotTree(outside) == before;
        test::recordFault(u"link out of a restore target"_s,
                          report && report->outcome == RestoreReport::Outcome::Restored && contained, !contained);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QCOMPARE(test::snapshotTree(outside), before);
        QVERIFY(!QFileInfo(app.assets() + u"/img"_s).isSymLink());
        QCOMPARE(test::readFile(app.assets() + u"/img/a.png"_s), "image-a"_ba);
    }

    // The commonest reason to restore: the live database is damaged. The
    // restore goes ahead, and its snapshot keeps the damaged file as it was.
    void restoresOverADamagedDatabase()
    {
        App app;
        QVERIFY(app.make());
        QVERIFY(test::execSql(app.db(), u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                                        " INSERT INTO notes(body, created_at) SELECT hex(randomblob(100)), '2026-03-01' FROM n;"
                                        "PRAGMA wal_checkpoint(TRUNCATE);"_s));
        {
            // Garbage over the middle of the file: the notes' b-tree is broken.
            QFile f(app.db());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2 + 100);
            f.write(QByteArray(3000, '\xff'));
        }
        QVERIFY(test::queryValue(app.db(), u"PRAGMA integrity_check"_s) != "ok"_L1);

        RestoreOptions options;
        options.items = {u"app"_s};
        auto report = restore(app.set, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QCOMPARE(test::queryValue(app.db(), u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(count(app.db(), u"notes"_s), u"2"_s);
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY2(report->warnings.constFirst().contains(u"damaged"_s), qPrintable(report->warnings.constFirst()));
        QCOMPARE(report->snapshots.size(), 1);
        const QString snapshot = report->snapshots.constFirst();
        QVERIFY(test::queryValue(snapshot, u"PRAGMA integrity_check"_s) != "ok"_L1);
    }

    void aBackupChangedAfterThePlanIsNotRestored_data()
    {
        QTest::addColumn<bool>("settled"); // unchanged for a second before the plan
        QTest::addColumn<bool>("changed"); // then changed between the plan and the run
        QTest::newRow("settled, unchanged: copied without hashing again") << true << false;
        QTest::newRow("settled, then changed") << true << true;
        QTest::newRow("just written, then changed") << false << true;
    }

    // The plan hashed the backup; the user may confirm minutes later. A copy
    // changed since, even with its modification time put back, is caught
    // before anything is replaced.
    void aBackupChangedAfterThePlanIsNotRestored()
    {
        QFETCH(bool, settled);
        QFETCH(bool, changed);
        App app;
        QVERIFY(app.make());
        const QString artifact = app.set + u"/app.db"_s;
        const QString artifactHash = test::sha256sum(artifact);
        if (settled)
            QTest::qSleep(1100);
        RestoreOptions options;
        options.items = {u"app"_s};
        JobControl control;
        auto plan = Restorer::plan(app.set, options, control);
        QVERIFY(plan);
        QCOMPARE(plan->refusal, Refusal::None);
        QCOMPARE(plan->targets.constFirst().artifactStamp.isEmpty(), !settled);
        if (changed) {
            struct stat st{};
            QCOMPARE(::stat(QFile::encodeName(artifact).constData(), &st), 0);
            QFile f(artifact);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(f.size() - 1));
            const char last = f.read(1).at(0);
            QVERIFY(f.seek(f.size() - 1));
            QVERIFY(f.putChar(char(last ^ 0x5a)));
            f.close();
            const struct timespec times[2] = {st.st_atim, st.st_mtim};
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(artifact).constData(), times, 0), 0);
        }
        const QString before = test::sha256sum(app.db());
        auto run = Restorer::run(*plan, options, control);
        QVERIFY(run);
        const QStringList beside = QDir(QFileInfo(app.db()).absolutePath())
                                       .entryList({u"*pre_restore*"_s, u"*lifeboat-staging*"_s},
                                                  QDir::AllEntries | QDir::Hidden);
        if (!changed) {
            QVERIFY2(run->outcome == RestoreReport::Outcome::Restored, qPrintable(run->message));
            QCOMPARE(test::sha256sum(app.db()), artifactHash);
            QCOMPARE(beside, QStringList{QFileInfo(run->snapshots.constFirst()).fileName()});
            return;
        }
        QCOMPARE(run->outcome, RestoreReport::Outcome::Refused);
        QCOMPARE(run->refusal, Refusal::DoesNotVerify);
        QVERIFY2(run->message.contains(u"changed since it was verified"_s) && run->message.contains(artifact),
                 qPrintable(run->message));
        QCOMPARE(test::sha256sum(app.db()), before);
        QCOMPARE(beside, QStringList());
    }

    // An archive cut short between the plan and the run will not unpack:
    // the restore is refused, as the preflight would have refused it, and
    // the folder and everything beside it are as they were.
    void anArchiveDamagedAfterThePlanIsRefused()
    {
        App app;
        QVERIFY(app.make());
        RestoreOptions options;
        options.items = {u"assets"_s};
        JobControl control;
        auto plan = Restorer::plan(app.set, options, control);
        QVERIFY(plan);
        QCOMPARE(plan->refusal, Refusal::None);
        QFile archive(plan->targets.constFirst().item.artifact);
        QVERIFY(archive.resize(archive.size() / 2));
        const auto before = test::snapshotTree(app.dir.filePath(u"app"_s));
        auto run = Restorer::run(*plan, options, control);
        QVERIFY(run);
        QVERIFY2(run->outcome == RestoreReport::Outcome::Refused, qPrintable(run->message));
        QCOMPARE(run->refusal, Refusal::DoesNotVerify);
        QCOMPARE(run->checks.constLast().name, u"extract_archive"_s);
        QVERIFY2(run->message.contains(u"cut short"_s), qPrintable(run->message));
        QCOMPARE(test::snapshotTree(app.dir.filePath(u"app"_s)), before);
    }

    // Damage that quick_check does not look for (an index that lacks rows)
    // passes the preflight; the full integrity_check of the staged copy finds
    // it, and nothing is replaced.
    void aCopyFailingIntegrityCheckIsNeverSwappedIn()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"app.db"_s);
        QVERIFY(test::execSql(db, u"CREATE TABLE t(a INTEGER, b INTEGER); CREATE INDEX i ON t(a);"
                                  "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100)"
                                  " INSERT INTO t SELECT x, 1000 - x FROM n;"
                                  "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'CREATE INDEX i ON t(b)'"
                                  " WHERE name = 'i';"_s));
        QCOMPARE(test::queryValue(db, u"PRAGMA quick_check"_s), u"ok"_s);
        const QString set = backUp(dir.filePath(u"backups"_s), {SourceSpec::database(db)});
        QVERIFY(!set.isEmpty());
        // The database in place now is sound.
        QVERIFY(QFile::remove(db));
        QVERIFY(test::execSql(db, u"CREATE TABLE t(a INTEGER, b INTEGER); INSERT INTO t VALUES (1, 2);"_s));
        QCOMPARE(test::queryValue(db, u"PRAGMA integrity_check"_s), u"ok"_s);
        const QString before = test::sha256sum(db);

        auto report = restore(set);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->outcome, RestoreReport::Outcome::Refused);
        QCOMPARE(report->refusal, Refusal::DoesNotVerify);
        QVERIFY2(report->message.contains(u"integrity_check"_s) && report->message.contains(u"missing from index"_s),
                 qPrintable(report->message));
        QCOMPARE(report->checks.size(), 1);
        QCOMPARE(report->checks.constFirst().status, CheckStatus::Fail);
        QCOMPARE(test::sha256sum(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"app.db"_s});
    }

    // With --yes nobody reads the plan: its preflight leaves the database to
    // the staged copy, which is hashed and checked once, and must still
    // hold the tables the profile requires before it replaces anything.
    void aRestoreThatGoesAheadAtOnceChecksTheStagedCopy()
    {
        App app;
        QVERIFY(app.make());
        RestoreOptions options;
        options.checkWhenStaging = true;
        JobControl control;
        auto plan = Restorer::plan(app.set, options, control);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->refusal, Refusal::None);
        QCOMPARE(plan->targets.size(), 3);
        QVERIFY(plan->targets[0].checkedWhenStaging);  // the database
        QVERIFY(!plan->targets[1].checkedWhenStaging); // the archive, checked by the preflight
        const CheckResult verifies = plan->preflight.constFirst();
        QCOMPARE(verifies.name, u"backup_verifies"_s);
        QCOMPARE(verifies.status, CheckStatus::Skip);
        QVERIFY2(verifies.detail.contains(u"Every other checksum and check passed."_s)
                     && verifies.detail.contains(u"app: hashed and checked in its staged copy"_s),
                 qPrintable(verifies.detail));

        auto run = Restorer::run(*plan, options, control);
        QVERIFY(run);
        QVERIFY2(run->outcome == RestoreReport::Outcome::Restored, qPrintable(run->message));
        // The database's own hash, not the other files' checks after the swap.
        const CheckResult hash = run->checks.constFirst();
        QCOMPARE(hash.name, u"hash_verification"_s);
        QCOMPARE(hash.status, CheckStatus::Pass);
        QVERIFY2(hash.detail.startsWith(u"SHA-256 matches"_s), qPrintable(hash.detail));
        QCOMPARE(run->checks.at(1).name, u"integrity_check"_s);
        QCOMPARE(count(app.db(), u"notes"_s), u"2"_s);

        // A snapshot copied first (--force-writers) would be taken before
        // the staged copy is checked: the preflight then checks everything.
        options.forceWriters = true;
        auto copying = Restorer::plan(app.set, options, control);
        QVERIFY(copying);
        QVERIFY(!copying->targets[0].checkedWhenStaging);
        QCOMPARE(copying->preflight.constFirst().status, CheckStatus::Pass);
        options.forceWriters = false;

        // A backup without a table the profile requires: refused before the swap.
        const QString before = test::sha256sum(app.db());
        const QStringList beforeBeside = QDir(QFileInfo(app.db()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        options.requireTables = {u"notes"_s, u"invoices"_s};
        options.items = {u"app"_s};
        auto again = Restorer::plan(app.set, options, control);
        QVERIFY(again);
        QCOMPARE(again->refusal, Refusal::None);
        auto refused = Restorer::run(*again, options, control);
        QVERIFY(refused);
        QCOMPARE(refused->outcome, RestoreReport::Outcome::Refused);
        QCOMPARE(refused->refusal, Refusal::DoesNotVerify);
        QCOMPARE(refused->checks.constLast().name, u"schema_valid"_s);
        QVERIFY2(refused->message.contains(u"invoices"_s), qPrintable(refused->message));
        QCOMPARE(test::sha256sum(app.db()), before);
        QCOMPARE(QDir(QFileInfo(app.db()).absolutePath()).entryList(QDir::Files | QDir::Hidden), beforeBeside);
    }

    // A restore refused because the application still runs checks what it
    // would have left to the staging: nobody stops their application for a
    // backup that the next attempt would refuse as damaged.
    void aRefusedRestoreStillSaysTheBackupIsDamaged()
    {
        App app;
        QVERIFY(app.make());
        test::DatabaseHolder running(app.db());
        QVERIFY(running.isReady());
        RestoreOptions options;
        options.checkWhenStaging = true;
        options.items = {u"app"_s};
        JobControl control;
        auto held = Restorer::plan(app.set, options, control);
        QVERIFY2(held, qPrintable(held ? QString() : held.error().message));
        QCOMPARE(held->refusal, Refusal::WritersActive);
        QCOMPARE(held->preflight.constFirst().name, u"backup_verifies"_s);
        QCOMPARE(held->preflight.constFirst().status, CheckStatus::Pass);

        const QString artifact = app.set + u"/app.db"_s;
        QFile file(artifact);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const char byte = file.peek(1).at(0);
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
        file.close();
        auto damaged = Restorer::plan(app.set, options, control);
        QVERIFY2(damaged, qPrintable(damaged ? QString() : damaged.error().message));
        QCOMPARE(damaged->refusal, Refusal::DoesNotVerify);
        QVERIFY2(damaged->refusalMessage.contains(u"hash_verification"_s), qPrintable(damaged->refusalMessage));
        QStringList failed;
        for (const CheckResult &c : std::as_const(damaged->preflight)) {
            if (c.status == CheckStatus::Fail)
                failed.append(c.name);
        }
        QCOMPARE(failed, (QStringList{u"backup_verifies"_s, u"no_writers"_s}));
        QVERIFY(!damaged->processes.isEmpty()); // still named, to be stopped once the backup is mended
        for (const HoldingProcess &p : std::as_const(damaged->processes))
            QCOMPARE(p.pid, running.pid());
    }

    void theRunsProgressFillsOnceToItsTotal_data()
    {
        QTest::addColumn<bool>("checkWhenStaging");
        QTest::addColumn<bool>("forceWriters"); // a file's snapshot is then a copy
        QTest::newRow("after a preflight that checked everything") << false << false;
        QTest::newRow("with the database left to its staged copy") << true << false;
        QTest::newRow("with snapshots copied first") << false << true;
    }

    // The CLI shows one progress line for the plan and then the run: the
    // run starts it over, and its bar fills once, to 100%, never past it
    // (which restore() checks of every restore here).
    void theRunsProgressFillsOnceToItsTotal()
    {
        QFETCH(bool, checkWhenStaging);
        QFETCH(bool, forceWriters);
        App app;
        QVERIFY(app.make());
        RestoreOptions options;
        options.checkWhenStaging = checkWhenStaging;
        options.forceWriters = forceWriters;
        auto run = restore(app.set, options);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QVERIFY2(run->outcome == RestoreReport::Outcome::Restored, qPrintable(run->message));
    }

    void aDiskThatFillsAfterThePreflightChangesNothing_data()
    {
        QTest::addColumn<bool>("forceWriters"); // the snapshot is then a copy, written first
        QTest::addColumn<bool>("roomForOneCopy");
        QTest::newRow("full while the backup is staged") << false << false;
        QTest::newRow("full while the snapshot is copied (--force-writers)") << true << false;
        QTest::newRow("full after the snapshot, while staging (--force-writers)") << true << true;
    }

    // The preflight found room; then something else took it. The snapshot or
    // the staged copy runs out of space: the error names the path, the target
    // is untouched, and nothing half-written is left beside it.
    void aDiskThatFillsAfterThePreflightChangesNothing()
    {
        QFETCH(bool, forceWriters);
        QFETCH(bool, roomForOneCopy);
        if (::geteuid() != 0)
            QSKIP("needs root to mount a small filesystem");
        QTemporaryDir outside;
        const QString small = outside.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(small));
        // This test process only: its own mount namespace holds a 16 MiB tmpfs.
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            QSKIP("no mount namespace here");
        QVERIFY(::mount("none", QFile::encodeName(small).constData(), "tmpfs", 0, "size=16m") == 0);
        auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(small).constData(), MNT_DETACH); });

        const QString db = small + u"/app.db"_s;
        QVERIFY(test::execSql(db, u"PRAGMA journal_mode=WAL; CREATE TABLE blobs(b BLOB);"
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)"
                                  " INSERT INTO blobs SELECT randomblob(20000) FROM n;"_s));
        const QString set = backUp(outside.filePath(u"backups"_s), {SourceSpec::database(db)});
        QVERIFY(!set.isEmpty());
        QVERIFY(test::execSql(db, u"DELETE FROM blobs WHERE rowid > 50; PRAGMA wal_checkpoint(TRUNCATE);"_s));
        const QString before = test::sha256sum(db);
        const qint64 size = QFileInfo(db).size();

        RestoreOptions options;
        options.forceWriters = forceWriters;
        JobControl control;
        auto plan = Restorer::plan(set, options, control);
        QVERIFY(plan);
        QCOMPARE(plan->refusal, Refusal::None);
        // Now something else takes the room the preflight counted on.
        const qint64 leave = roomForOneCopy ? size + (256 << 10) : size / 2;
        QFile filler(small + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 << 10, 'x');
        while (freeBytes(small) > leave + block.size() && filler.write(block) == block.size())
            filler.flush();
        filler.close();

        auto run = Restorer::run(*plan, options, control);
        QVERIFY(run);
        QCOMPARE(run->outcome, RestoreReport::Outcome::Failed);
        QVERIFY2(run->message.contains(u"No space left"_s) && run->message.contains(small),
                 qPrintable(run->message));
        QCOMPARE(test::sha256sum(db), before);
        QCOMPARE(test::queryValue(db, u"PRAGMA integrity_check"_s), u"ok"_s);
        // Beside it only what was there (and the log files any reader of a WAL database makes).
        QStringList left = QDir(small).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        left.removeAll(u"app.db-wal"_s);
        left.removeAll(u"app.db-shm"_s);
        QCOMPARE(left, (QStringList{u"app.db"_s, u"filler"_s}));
    }

    void noTargetNoDefault()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        JobControl control;
        auto plan = Restorer::plan(dir.filePath(u"backups/sqlite/ice_cream_social_20260110_020000.db"_s), {}, control);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::InvalidArgument);
        QVERIFY(plan.error().message.contains(u"--to"_s));
    }
};

QTEST_GUILESS_MAIN(TestRestorer)
#include "tst_restorer.moc"
