// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcontrol.h"
#include "sqlitebackup.h"
#include "sqlitedatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

const QString BankSchema = u"CREATE TABLE accounts(id INTEGER PRIMARY KEY, balance INTEGER);"
                           "CREATE TABLE ledger(id INTEGER PRIMARY KEY, from_id, to_id, amount, note);"
                           "CREATE TABLE counters(name TEXT PRIMARY KEY, value INTEGER);"
                           "INSERT INTO counters VALUES('transfers', 0);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)"
                           " INSERT INTO accounts SELECT i, 1000 FROM n;"_s;

// Grows a database to a few MiB so that a copy takes long enough to overlap writers.
QString bulk(int rows)
{
    return u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
           " INSERT INTO ledger(from_id, to_id, amount, note) SELECT 0, 0, 0, hex(randomblob(300)) FROM n;"
           "UPDATE counters SET value = value + %1 WHERE name = 'transfers';"_s.arg(rows);
}

// Runs sql while another process keeps the database open, so the WAL keeps
// the frames it writes: killed, that process never checkpoints them.
bool changeKeptInLog(const QString &db, const QString &sql)
{
    test::DatabaseHolder holder(db);
    return holder.isReady() && test::execSql(db, u"PRAGMA wal_autocheckpoint=0;"_s + sql);
}

} // namespace

class TestSqliteBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // First, while the process is still small: the copy reads its source
    // through a memory map, and a map keeps every page read resident unless
    // it is trimmed. Copying 128 MiB must not grow the peak by anything like it.
    void aCopyKeepsTheResidentSetSmall()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer keeps freed memory resident in its quarantine");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        QSKIP("AddressSanitizer keeps freed memory resident in its quarantine");
#endif
#endif
        QTemporaryDir dir;
        const QString src = dir.filePath(u"big.db"_s);
        QVERIFY(test::execSql(src, BankSchema + bulk(400000)));
        QVERIFY(QFileInfo(src).size() > 128 << 20);
        rusage before{};
        ::getrusage(RUSAGE_SELF, &before);

        JobControl control;
        const QString dst = dir.filePath(u"copy.db"_s);
        auto copy = SqliteBackup::copy(src, dst, control);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        rusage after{};
        ::getrusage(RUSAGE_SELF, &after);
        const long grownMiB = (after.ru_maxrss - before.ru_maxrss) / 1024;
        QVERIFY2(grownMiB < 40, qPrintable(u"the peak grew by %1 MiB"_s.arg(grownMiB)));
        // And the copy is the database, page for page.
        QCOMPARE(copy->sha256, test::sha256sum(src));
        QCOMPARE(test::queryValue(dst, u"SELECT value FROM counters"_s), u"400000"_s);
    }

    void copiesWalContentNotYetCheckpointed_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("kernel and log") << int(SqliteBackup::Method::MainAndLog);
        QTest::newRow("dbpage") << int(SqliteBackup::Method::Pages);
        QTest::newRow("backup-api") << int(SqliteBackup::Method::BackupApi);
    }

    void copiesWalContentNotYetCheckpointed()
    {
        QFETCH(int, method);
        QTemporaryDir dir;
        const QString src = dir.filePath(u"app.db"_s);
        QVERIFY(test::execSql(src, u"PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                                   "CREATE TABLE t(x); CREATE TABLE meta(key, value);"
                                   "INSERT INTO meta VALUES('schema_version', '2.0.0');"_s));
        QVERIFY(changeKeptInLog(src, u"INSERT INTO t VALUES (1), (2), (3);"_s));
        QVERIFY(QFileInfo(src + u"-wal"_s).size() > 0);

        JobControl control;
        const QString dst = dir.filePath(u"copy.db"_s);
        auto copy = SqliteBackup::copy(src, dst, control, SqliteBackup::Method(method));
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        QCOMPARE(copy->journalMode, u"wal"_s);
        QCOMPARE(int(copy->method), method);
        QCOMPARE(copy->sha256, test::sha256sum(dst));
        QCOMPARE(copy->size, QFileInfo(dst).size());
        QCOMPARE(test::queryValue(dst, u"SELECT count(*) FROM t"_s), u"3"_s);
        QCOMPARE(QFileInfo(dst).permissions() & 0x7777,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

        auto info = SqliteBackup::describe(dst, {}, SqliteBackup::Check::Quick, control);
        QVERIFY(info);
        QCOMPARE(info->integrity, u"ok"_s);
        QCOMPARE(info->schemaVersion, u"2.0.0"_s);
        QCOMPARE(info->tables.value(u"t"_s), 3);
        QCOMPARE(info->pageCount * info->pageSize, copy->size);
    }

    // A backup must leave the live database's folder as it found it: an idle
    // WAL database gains no -wal or -shm, whichever way it is copied, and the
    // ones of a database an application holds open stay where they are.
    void leavesTheSourceFolderAsItFoundIt()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(data));
        const QString src = data + u"/app.db"_s;
        QVERIFY(test::execSql(src, u"PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1);"_s));
        const auto files = [&data] { return QDir(data).entryList(QDir::Files | QDir::Hidden); };
        QCOMPARE(files(), QStringList{u"app.db"_s});
        const QString hash = test::sha256sum(src);
        const QDateTime modified = QFileInfo(src).lastModified();

        JobControl control;
        for (auto method : {SqliteBackup::Method::MainAndLog, SqliteBackup::Method::Pages,
                            SqliteBackup::Method::BackupApi}) {
            auto copy = SqliteBackup::copy(src, dir.filePath(u"copy-%1.db"_s.arg(int(method))), control, method);
            QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
            QCOMPARE(files(), QStringList{u"app.db"_s});
        }
        auto checked = SqliteBackup::copyAndCheck(src, dir.filePath(u"checked.db"_s), {}, control);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(files(), QStringList{u"app.db"_s});
        QCOMPARE(test::sha256sum(src), hash); // not a byte written to the database itself
        QCOMPARE(QFileInfo(src).lastModified(), modified);

        test::DatabaseHolder app(src);
        QVERIFY(app.isReady());
        const QStringList held{u"app.db"_s, u"app.db-shm"_s, u"app.db-wal"_s};
        QCOMPARE(files(), held);
        auto copy = SqliteBackup::copy(src, dir.filePath(u"held.db"_s), control);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        QCOMPARE(files(), held);
        QVERIFY(test::execSql(src, u"INSERT INTO t VALUES (2);"_s)); // the application's files still serve it
        QCOMPARE(test::queryValue(src, u"SELECT count(*) FROM t"_s), u"2"_s);
    }

    void aWalCopyIsTheSnapshotPageForPage_data()
    {
        QTest::addColumn<QString>("change"); // made while another process keeps the log from being checkpointed
        QTest::addColumn<bool>("elsewhere"); // the copy on another filesystem: streamed, not copied by the kernel
        const QList<std::pair<const char *, QString>> changes{
            {"rows changed in the log", u"UPDATE t SET x = x || 'changed' WHERE rowid % 7 = 0;"_s},
            {"grown past the main file in the log",
             u"INSERT INTO t SELECT x || 'more' FROM t; INSERT INTO t SELECT x || 'again' FROM t;"_s},
            {"shrunk by a VACUUM in the log", u"DELETE FROM t WHERE rowid % 2 = 0; VACUUM;"_s},
            {"nothing in the log", QString()},
        };
        for (const auto &[name, change] : changes) {
            QTest::newRow(name) << change << false;
            QTest::addRow("%s, on another filesystem", name) << change << true;
        }
    }

    // The main file copied with the log's pages written over it must be
    // byte for byte what the dbpage scan of the same state gives, whether
    // the kernel copied it or, across filesystems, it was streamed.
    void aWalCopyIsTheSnapshotPageForPage()
    {
        QFETCH(QString, change);
        QFETCH(bool, elsewhere);
        QTemporaryDir dir;
        QTemporaryDir other(u"/dev/shm/lifeboat-test-XXXXXX"_s);
        if (elsewhere) {
            struct stat here{};
            struct stat there{};
            if (!other.isValid() || ::stat(QFile::encodeName(dir.path()).constData(), &here) != 0
                || ::stat(QFile::encodeName(other.path()).constData(), &there) != 0 || here.st_dev == there.st_dev)
                QSKIP("/dev/shm is not another filesystem here");
        }
        const QString src = dir.filePath(u"app.db"_s);
        QVERIFY(test::execSql(src, u"PRAGMA journal_mode=WAL; CREATE TABLE t(x); WITH RECURSIVE n(i) AS"
                                   " (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                                   " INSERT INTO t SELECT hex(randomblob(60)) FROM n; PRAGMA wal_checkpoint(TRUNCATE);"_s));
        const qint64 mainBefore = QFileInfo(src).size();
        if (!change.isEmpty())
            QVERIFY(changeKeptInLog(src, change));
        QCOMPARE(QFileInfo(src).size(), mainBefore); // all of the change is still in the log
        QCOMPARE(QFileInfo(src + u"-wal"_s).size() > 0, !change.isEmpty());

        JobControl control;
        const QString copied = (elsewhere ? other.path() : dir.path()) + u"/copy.db"_s;
        const QString scanned = dir.filePath(u"scanned.db"_s);
        auto copy = SqliteBackup::copy(src, copied, control, SqliteBackup::Method::Auto);
        auto pages = SqliteBackup::copy(src, scanned, control, SqliteBackup::Method::Pages);
        QVERIFY2(copy && pages, qPrintable(!copy ? copy.error().message : pages.error().message));
        QCOMPARE(copy->method, SqliteBackup::Method::MainAndLog);
        QCOMPARE(pages->method, SqliteBackup::Method::Pages);
        QCOMPARE(copy->sha256, test::sha256sum(copied));
        QCOMPARE(copy->sha256, pages->sha256);
        QCOMPARE(copy->size, pages->size);
        QCOMPARE(test::queryValue(copied, u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(test::queryValue(copied, u"SELECT count(*) FROM t"_s), test::queryValue(src, u"SELECT count(*) FROM t"_s));
    }

    // A child process writes all the time; the copy must hold the writer's invariants.
    void consistentWhileAnotherProcessWrites_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::addColumn<int>("method");
        QTest::newRow("wal/kernel and log") << u"wal"_s << int(SqliteBackup::Method::MainAndLog);
        QTest::newRow("wal/dbpage") << u"wal"_s << int(SqliteBackup::Method::Pages);
        QTest::newRow("delete/dbpage") << u"delete"_s << int(SqliteBackup::Method::Auto);
        QTest::newRow("wal/backup-api") << u"wal"_s << int(SqliteBackup::Method::BackupApi);
        QTest::newRow("delete/backup-api") << u"delete"_s << int(SqliteBackup::Method::BackupApi);
    }

    void consistentWhileAnotherProcessWrites()
    {
        QFETCH(QString, journalMode);
        QFETCH(int, method);
        QTemporaryDir dir;
        const QString src = dir.filePath(u"bank.db"_s);
        QVERIFY(test::execSql(src, u"PRAGMA journal_mode=%1;"_s.arg(journalMode) + BankSchema
                                       + bulk(20000)));

        QProcess writer;
        writer.start(QStringLiteral(LIFEBOAT_TEST_WRITER), {src, u"6"_s});
        QVERIFY(writer.waitForReadyRead(10000));
        QVERIFY(writer.readLine().startsWith("ready"));
        QTest::qWait(200);

        for (int round = 0; round < 3; ++round) {
            JobControl control;
            const QString dst = dir.filePath(u"copy-%1.db"_s.arg(round));
            auto copy = SqliteBackup::copy(src, dst, control, SqliteBackup::Method(method));
            QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
            // A rollback-journal source is never copied by the kernel: only short transactions let writers in.
            QCOMPARE(copy->method, SqliteBackup::Method(method) == SqliteBackup::Method::Auto
                                       ? SqliteBackup::Method::Pages
                                       : SqliteBackup::Method(method));
            auto info = SqliteBackup::describe(dst, {}, SqliteBackup::Check::Quick, control);
            QVERIFY(info);
            QCOMPARE(info->integrity, u"ok"_s);
            QCOMPARE(test::queryValue(dst, u"SELECT sum(balance) FROM accounts"_s), u"10000"_s);
            QCOMPARE(test::queryValue(dst, u"SELECT count(*) FROM ledger"_s),
                     test::queryValue(dst, u"SELECT value FROM counters WHERE name = 'transfers'"_s));
        }
        // The writer went on meanwhile: the copies never locked it out.
        QVERIFY(writer.waitForFinished(60000));
        const QByteArray said = writer.readAllStandardOutput().trimmed();
        QVERIFY2(said.startsWith("transfers ") && said.mid(10).toInt() > 0, said.constData());
    }

    void backupUnderSeveralWritersAndALongTransaction_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::addColumn<bool>("hold");
        QTest::newRow("wal, three writers") << u"wal"_s << false;
        QTest::newRow("delete, three writers") << u"delete"_s << false;
        QTest::newRow("wal, a long write transaction") << u"wal"_s << true;
        QTest::newRow("delete, a long write transaction") << u"delete"_s << true;
    }

    // lifeboat-cli backup as cron runs it, while the application writes from
    // several processes, or one of them sits in a write transaction: every
    // set holds a committed state (both invariants), and nobody is blocked.
    // Writers of a rollback journal that leave the database no idle moment
    // can lock a reader out for good: then the backup gives up with "busy"
    // and leaves nothing, and that loses nothing either.
    void backupUnderSeveralWritersAndALongTransaction()
    {
        QFETCH(QString, journalMode);
        QFETCH(bool, hold);
        QTemporaryDir dir;
        const QString src = dir.filePath(u"bank.db"_s);
        QVERIFY(test::execSql(src, u"PRAGMA journal_mode=%1;"_s.arg(journalMode) + BankSchema + bulk(20000)));

        // Both of the holder's lines may come in one read; writers busy with
        // a rollback journal may keep a new one waiting for its first read.
        auto said = [](QProcess &p, const QByteArray &line) {
            while (!p.canReadLine()) {
                if (!p.waitForReadyRead(60000))
                    return false;
            }
            return p.readLine().startsWith(line);
        };
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < (hold ? 1 : 3); ++i) {
            writers.emplace_back(std::make_unique<QProcess>())
                ->start(QStringLiteral(LIFEBOAT_TEST_WRITER), {src, u"600"_s, hold ? u"hold"_s : u"write"_s});
        }
        for (const auto &w : writers) {
            QVERIFY(said(*w, "ready"));
            if (hold)
                QVERIFY(said(*w, "holding"));
        }
        const bool mayBeLockedOut = !hold && journalMode == "delete"_L1;
        for (int round = 0, rounds = test::faultRounds(2); round < rounds; ++round) {
            const QString out = dir.filePath(u"out-%1"_s.arg(round));
            const auto run = test::runCli({u"backup"_s, u"--db"_s, src, u"--out"_s, out, u"--json"_s});
            const QString copy = run.json().value(u"set"_s).toString() + u"/bank.db"_s;
            const bool consistent = run.exitCode == 0
                                    && test::queryValue(copy, u"PRAGMA integrity_check"_s) == "ok"_L1
                                    && test::queryValue(copy, u"SELECT sum(balance) FROM accounts"_s) == "10000"_L1
                                    && test::queryValue(copy, u"SELECT count(*) FROM ledger"_s)
                                           == test::queryValue(copy, u"SELECT value FROM counters WHERE name = 'transfers'"_s);
            const bool gaveUpCleanly
                = run.exitCode != 0
                  && run.json().value(u"error"_s).toObject().value(u"code"_s).toString() == "busy"_L1
                  && QDir(out).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
            bool writing = true;
            for (const auto &w : writers)
                writing = writing && w->state() == QProcess::Running;
            const bool survived = (consistent || (mayBeLockedOut && gaveUpCleanly)) && writing;
            test::recordFault(hold ? u"long write transaction during backup"_s : u"writers during backup"_s,
                              survived, run.exitCode == 0 && !consistent);
            QVERIFY2(consistent || (mayBeLockedOut && gaveUpCleanly), run.err.constData());
            QVERIFY(writing); // the backup never made a writer give up
        }
        for (const auto &w : writers) {
            w->kill();
            w->waitForFinished();
        }
    }

    void rollbackSourceLetsWritersInBetweenChunks()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(u"bank.db"_s);
        QVERIFY(test::execSql(src, u"PRAGMA journal_mode=delete;"_s + BankSchema + bulk(60000)));
        // The copy's progress gives the writer's transaction a moment between chunks.
        QProcess writer;
        writer.start(QStringLiteral(LIFEBOAT_TEST_WRITER), {src, u"30"_s});
        QVERIFY(writer.waitForReadyRead(10000));
        JobControl control;
        auto copy = SqliteBackup::copy(src, dir.filePath(u"copy.db"_s), control);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        writer.kill();
        writer.waitForFinished();
        QCOMPARE(test::queryValue(dir.filePath(u"copy.db"_s), u"SELECT sum(balance) FROM accounts"_s),
                 u"10000"_s);
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(u"big.db"_s);
        QVERIFY(test::execSql(src, BankSchema + bulk(20000)));
        JobControl *self = nullptr;
        JobControl control([&self](const Progress &p) {
            if (p.bytesDone > 0)
                self->cancel();
        }, 0);
        self = &control;
        const QString dst = dir.filePath(u"copy.db"_s);
        auto copy = SqliteBackup::copy(src, dst, control);
        QVERIFY(!copy);
        QCOMPARE(copy.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(dst));
    }

    void refusesWhatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString fake = dir.filePath(u"fake.db"_s);
        QVERIFY(test::writeFile(fake, "this is a text file, not SQLite\n"_ba));
        JobControl control;
        auto copy = SqliteBackup::copy(fake, dir.filePath(u"copy.db"_s), control);
        QVERIFY(!copy);
        QCOMPARE(copy.error().code, ErrorCode::NotADatabase);
        QVERIFY(copy.error().message.contains(fake));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"copy.db"_s)));

        auto missing = SqliteBackup::copy(dir.filePath(u"none.db"_s), dir.filePath(u"c.db"_s), control);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void describeLeavesTheCopyUntouched()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"wal.db"_s);
        QVERIFY(test::execSql(db, u"PRAGMA journal_mode=WAL; CREATE TABLE a(x); INSERT INTO a VALUES(1);"
                                  "PRAGMA wal_checkpoint(TRUNCATE);"_s));
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
        const auto before = test::snapshotTree(dir.path());
        JobControl control;
        auto info = SqliteBackup::describe(db, {}, SqliteBackup::Check::Quick, control);
        QVERIFY(info);
        QCOMPARE(info->journalMode, u"wal"_s);
        QCOMPARE(test::snapshotTree(dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestSqliteBackup)
#include "tst_sqlitebackup.moc"
