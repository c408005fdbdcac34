// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

// A database of one table of `rows` rows of 400-byte bodies, indexed on them.
bool makeIndexedTable(const QString &db, int rows)
{
    return test::execSql(db, u"CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT);"
                             "CREATE INDEX t_body ON t(body);"
                             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                             "INSERT INTO t(body) SELECT printf('%.400c', char(65 + i % 26)) || i FROM n;"_s
                                 .arg(rows));
}

} // namespace

class TestSqliteDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void immutableOpenTouchesNothing_data()
    {
        QTest::addColumn<int>("access");
        QTest::newRow("page by page") << int(SqliteDatabase::Access::Random);
        QTest::newRow("through the trimmed map") << int(SqliteDatabase::Access::Scan);
    }

    void immutableOpenTouchesNothing()
    {
        QFETCH(int, access);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"wal.db"_s);
        QVERIFY(test::execSql(db, u"PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1);"_s));
        const auto before = test::snapshotTree(dir.path());
        {
            auto opened = SqliteDatabase::open(db, SqliteDatabase::Mode::Immutable, 5000,
                                               SqliteDatabase::Access(access));
            QVERIFY(opened);
            QCOMPARE(opened->rowCount(u"t"_s).value_or(-1), 1);
            QCOMPARE(opened->integrityCheck(false).value_or(QStringList()), QStringList{u"ok"_s});
        }
        QCOMPARE(test::snapshotTree(dir.path()), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"wal.db"_s});
    }

    void pathsWithOddCharactersOpen()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"데이터 #1?.db"_s);
        QVERIFY(test::execSql(db, u"CREATE TABLE t(x);"_s));
        for (auto mode : {SqliteDatabase::Mode::ReadOnly, SqliteDatabase::Mode::Immutable}) {
            auto opened = SqliteDatabase::open(db, mode);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE(opened->tables().value_or(QStringList()), QStringList{u"t"_s});
        }
    }

    void errorsSayWhatIsWrong()
    {
        QTemporaryDir dir;
        auto missing = SqliteDatabase::open(dir.filePath(u"none.db"_s), SqliteDatabase::Mode::ReadOnly);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(test::writeFile(dir.filePath(u"text.db"_s), QByteArray(4096, 'x')));
        auto text = SqliteDatabase::open(dir.filePath(u"text.db"_s), SqliteDatabase::Mode::Immutable);
        QVERIFY(!text);
        QCOMPARE(text.error().code, ErrorCode::NotADatabase);
        QVERIFY(text.error().message.contains(u"text.db"_s));
        QVERIFY(!isSqliteFile(dir.filePath(u"text.db"_s)));
    }

    void schemaVersion_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("meta table") << u"CREATE TABLE meta(key, value); INSERT INTO meta VALUES ('schema_version', '1.1.0');"_s
                                    << QString() << u"1.1.0"_s;
        QTest::newRow("user_version") << u"PRAGMA user_version = 12;"_s << QString() << u"12"_s;
        QTest::newRow("meta without the key falls back") << u"CREATE TABLE meta(key, value); PRAGMA user_version = 3;"_s
                                                         << QString() << u"3"_s;
        QTest::newRow("none") << u"CREATE TABLE t(x);"_s << QString() << QString();
        QTest::newRow("configured query") << u"CREATE TABLE alembic_version(version_num); INSERT INTO alembic_version VALUES ('ae1027a6acf');"_s
                                          << u"SELECT version_num FROM alembic_version"_s << u"ae1027a6acf"_s;
    }

    void schemaVersion()
    {
        QFETCH(QString, sql);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"v.db"_s);
        QVERIFY(test::execSql(db, sql));
        auto opened = SqliteDatabase::open(db, SqliteDatabase::Mode::Immutable);
        QVERIFY(opened);
        QCOMPARE(opened->schemaVersion(query).value_or(u"<error>"_s), expected);
    }

    void cancelInterruptsALongQuery()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"c.db"_s);
        QVERIFY(test::execSql(db, u"CREATE TABLE t(x);"_s));
        auto opened = SqliteDatabase::open(db, SqliteDatabase::Mode::ReadOnly);
        QVERIFY(opened);
        QElapsedTimer timer;
        timer.start();
        opened->setCancelCheck([&timer] { return timer.elapsed() > 200; });
        auto endless = opened->value(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                     "SELECT count(*) FROM n"_s);
        QVERIFY(!endless);
        QCOMPARE(endless.error().code, ErrorCode::Cancelled);
    }

    // A long integrity_check says how far it has read, so that a progress
    // bar moves while it runs: in steps, growing, up to about the file.
    void integrityCheckReportsWhatItHasRead()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"big.db"_s);
        QVERIFY(makeIndexedTable(db, 20000));
        const qint64 size = QFileInfo(db).size();
        QVERIFY(size > 8 << 20);
        auto opened = SqliteDatabase::open(db, SqliteDatabase::Mode::Immutable);
        QVERIFY(opened);
        QList<qint64> seen;
        opened->setReadProgress([&seen](qint64 read) { seen.append(read); });
        auto findings = opened->integrityCheck(false);
        QVERIFY(findings);
        QCOMPARE(*findings, QStringList{u"ok"_s});
        QVERIFY2(seen.size() > 10, qPrintable(QString::number(seen.size())));
        QVERIFY(std::ranges::is_sorted(seen));
        QVERIFY2(seen.constFirst() < size / 4, qPrintable(QString::number(seen.constFirst())));
        QVERIFY2(seen.constLast() > size / 2, qPrintable(u"%1 of %2"_s.arg(seen.constLast()).arg(size)));
        // Once unset, nothing more is said.
        opened->setReadProgress({});
        const auto before = seen.size();
        QVERIFY(opened->integrityCheck(false));
        QCOMPARE(seen.size(), before);
    }

    // Damage that stops the check stops it with SQLite's own words, and
    // they are the finding, not an error of Lifeboat's.
    void aCheckStoppedByDamageSaysWhy()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"damaged.db"_s);
        QVERIFY(makeIndexedTable(db, 2000));
        // The last page but one, a leaf of the index, made garbage.
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 2 * 4096));
        QCOMPARE(file.write(QByteArray(4096, '\xff')), 4096);
        file.close();
        auto opened = SqliteDatabase::open(db, SqliteDatabase::Mode::Immutable);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        auto findings = opened->integrityCheck(false);
        QVERIFY(findings);
        QCOMPARE(findings->size(), 1);
        QVERIFY2(findings->constFirst().contains(u"malformed"_s), qPrintable(findings->constFirst()));
    }

    void foreignKeyProblemsAreListed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"fk.db"_s);
        QVERIFY(test::execSql(db, u"CREATE TABLE a(id INTEGER PRIMARY KEY);"
                                  "CREATE TABLE b(a_id REFERENCES a(id)); INSERT INTO b VALUES (7);"_s));
        auto opened = SqliteDatabase::open(db, SqliteDatabase::Mode::Immutable);
        QVERIFY(opened);
        const QStringList problems = opened->foreignKeyProblems().value_or(QStringList());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().contains(u"a"_s));
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
