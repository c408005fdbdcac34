// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupwriter.h"
#include "demoworkspace.h"
#include "jobcontrol.h"
#include "journal.h"
#include "testsupport.h"
#include "verifier.h"

#include <QDir>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

// A Lifeboat set of a small application: a database, assets and a file.
QString makeSet(const QString &root)
{
    const QString data = root + u"/app"_s;
    if (!test::execSql(data + u"/app.db"_s,
                       u"PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;"
                       "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);"
                       "CREATE TABLE posts(id INTEGER PRIMARY KEY, user_id REFERENCES users(id));"
                       "CREATE TABLE meta(key TEXT, value TEXT);"
                       "INSERT INTO meta VALUES('schema_version', '3.1.0');"
                       "INSERT INTO users(name) VALUES ('a'), ('b');"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                       " INSERT INTO posts(user_id) SELECT 1 + i % 2 FROM n;"_s)
        || !test::writeFile(data + u"/assets/img/a.png"_s, QByteArray(50000, 'a'))
        || !test::writeFile(data + u"/assets/문서.txt"_s, "안녕\n"_ba)
        || !test::writeFile(data + u"/runs.jsonl"_s, "{}\n"_ba))
        return {};
    BackupRequest request;
    request.destination = root + u"/backups"_s;
    request.name = u"app"_s;
    request.compression = Compression::Gzip;
    request.sources = {SourceSpec::database(data + u"/app.db"_s),
                       SourceSpec::assets(data + u"/assets"_s),
                       SourceSpec::files(data + u"/*.jsonl"_s)};
    JobControl control;
    auto report = BackupWriter::run(request, control);
    if (!report)
        qWarning("backup failed: %s", qPrintable(report.error().message));
    return report ? report->setPath : QString();
}

VerifyOptions noJournal()
{
    VerifyOptions options;
    options.record = false;
    return options;
}

const CheckResult *findCheck(const VerifyReport &report, const QString &item, const QString &check)
{
    for (const ItemVerification &i : report.items) {
        if (i.name != item && QFileInfo(i.artifact).fileName() != item)
            continue;
        for (const CheckResult &c : i.checks) {
            if (c.name == check)
                return &c;
        }
    }
    return nullptr;
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(char(c ^ 0x5a)));
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRunbookLayoutPasses()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        QVERIFY(!makeSet(dir.path()).isEmpty());
        const auto before = test::snapshotTree(dir.path());
        QStringList targets;
        int verified = 0;
        for (const QString &folder : {u"data"_s, u"backups"_s, u".data"_s}) {
            // A folder of backups is one job: its progress only grows.
            QMutex mutex;
            double reached = 0;
            QString fellBack;
            JobControl control([&](const Progress &p) {
                const QMutexLocker lock(&mutex);
                if (p.fraction() < reached && fellBack.isEmpty())
                    fellBack = u"from %1 to %2"_s.arg(reached).arg(p.fraction());
                reached = std::max(reached, p.fraction());
            }, 0);
            auto reports = Verifier::verifyPath(dir.filePath(folder), noJournal(), control);
            QVERIFY2(fellBack.isEmpty(), qPrintable(folder + u": the progress fell back "_s + fellBack));
            QVERIFY2(reports, qPrintable(reports ? QString() : reports.error().message));
            for (const VerifyReport &r : *reports) {
                for (const ItemVerification &item : r.items) {
                    for (const CheckResult &c : item.checks)
                        QVERIFY2(c.status != CheckStatus::Fail,
                                 qPrintable(r.target + u": "_s + c.name + u": "_s + c.detail));
                }
                QVERIFY(r.ok());
                targets.append(r.target);
                ++verified;
            }
        }
        QCOMPARE(verified, 14);
        // Whatever the layout, the progress bar of its verification never
        // goes past its total.
        for (const QString &target : std::as_const(targets)) {
            QMutex mutex;
            QString overshot;
            JobControl counted([&](const Progress &p) {
                const QMutexLocker lock(&mutex);
                if (p.bytesDone > p.bytesTotal && overshot.isEmpty())
                    overshot = u"%1 of %2 bytes"_s.arg(p.bytesDone).arg(p.bytesTotal);
            }, 0);
            QVERIFY(Verifier::verifyPath(target, noJournal(), counted));
            const QMutexLocker lock(&mutex);
            QVERIFY2(overshot.isEmpty(), qPrintable(target + u": "_s + overshot));
        }
        // Nothing changed and nothing appeared: no -wal, no -shm, no extracted files.
        QCOMPARE(test::snapshotTree(dir.path()), before);
    }

    // The demo shows a new user one damaged backup among good ones: its
    // verification must fail, and only its.
    void theDemoShowsExactlyOneFailure()
    {
        QTemporaryDir home;
        auto demo = DemoWorkspace::ensure(home.path());
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
        JobControl control;
        auto reports = Verifier::verifyPath(*demo + u"/backups"_s, noJournal(), control);
        QVERIFY2(reports, qPrintable(reports ? QString() : reports.error().message));
        QStringList failed;
        for (const VerifyReport &r : *reports) {
            if (!r.ok())
                failed.append(QFileInfo(r.target).fileName());
        }
        QCOMPARE(failed, QStringList{u"ice_cream_social_20260112_020000.db"_s});
    }

    // Runbook 000's JSONL stores: every line, and the .meta.json, must parse;
    // half a last line, as a copy taken while the store was appended to ends,
    // is said and passes.
    void jsonlStoresAreReadLineByLine_data()
    {
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<QByteArray>("meta");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("detail");
        const QByteArray meta = "{\"runs\": 3}\n";
        QTest::newRow("sound") << "{\"run\": 1}\n{\"run\": 2}\n\n42\n"_ba << meta << true
                               << u"JSON: 4 line"_s;
        QTest::newRow("a broken line") << "{\"run\": 1}\n{\"run\": 2\n{\"run\": 3}\n"_ba << meta << false
                                       << u"Line 2 is not JSON"_s;
        QTest::newRow("a broken meta.json") << "{\"run\": 1}\n"_ba << "not json"_ba << false << u"not JSON"_s;
        QTest::newRow("half a last line") << "{\"run\": 1}\n{\"run\": 2}\n{\"ru"_ba << meta << true
                                          << u"the last, unfinished"_s;
    }

    void jsonlStoresAreReadLineByLine()
    {
        QFETCH(QByteArray, jsonl);
        QFETCH(QByteArray, meta);
        QFETCH(bool, ok);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"backups/jsonl-202601100900"_s);
        QVERIFY(test::writeFile(folder + u"/runs.jsonl"_s, jsonl));
        QVERIFY(test::writeFile(folder + u"/runs.meta.json"_s, meta));
        JobControl control;
        auto reports = Verifier::verifyPath(folder, noJournal(), control);
        QVERIFY2(reports, qPrintable(reports ? QString() : reports.error().message));
        QCOMPARE(reports->constFirst().ok(), ok);
        QStringList details;
        for (const ItemVerification &item : reports->constFirst().items) {
            for (const CheckResult &c : item.checks) {
                if (c.name == "json_valid"_L1)
                    details.append(c.detail);
            }
        }
        QCOMPARE(details.size(), 2);
        QVERIFY2(details.join(u'|').contains(detail), qPrintable(details.join(u'|')));
    }

    void aLifeboatSetPassesEveryCheck()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path());
        QVERIFY(!set.isEmpty());
        JobControl control;
        auto reports = Verifier::verifyPath(set, noJournal(), control);
        QVERIFY(reports);
        const VerifyReport &r = reports->constFirst();
        QVERIFY(r.ok());
        QCOMPARE(r.layout, Layout::Lifeboat);
        for (const QString &check : {u"hash_verification"_s, u"sqlite_open"_s, u"integrity_check"_s,
                                     u"schema_valid"_s, u"schema_version"_s}) {
            const CheckResult *c = findCheck(r, u"app"_s, check);
            QVERIFY2(c, qPrintable(check));
            QCOMPARE(c->status, CheckStatus::Pass);
        }
        QVERIFY(findCheck(r, u"app"_s, u"schema_version"_s)->detail.contains(u"3.1.0"_s));
        QCOMPARE(findCheck(r, u"assets"_s, u"extract_archive"_s)->status, CheckStatus::Pass);
        QCOMPARE(findCheck(r, u"assets"_s, u"files_extracted"_s)->status, CheckStatus::Pass);
        QVERIFY(findCheck(r, u"assets"_s, u"files_extracted"_s)->detail.contains(u'2'));
        QCOMPARE(control.progress().filesDone, 3);
        QVERIFY(control.progress().bytesDone > 0);
    }

    void failuresNameTheCause_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("flipped byte") << u"flip"_s << u"app"_s << u"hash_verification"_s << u"SHA-256 is"_s;
        QTest::newRow("truncated database") << u"truncate-db"_s << u"app"_s
                                            << u"sqlite_open|integrity_check"_s << QString();
        QTest::newRow("missing artifact") << u"remove-db"_s << u"app"_s << u"hash_verification"_s << u"missing"_s;
        QTest::newRow("not sqlite") << u"text-db"_s << u"app"_s << u"sqlite_open"_s << u"SQLite header"_s;
        QTest::newRow("truncated archive") << u"truncate-tar"_s << u"assets"_s << u"extract_archive"_s
                                           << u"truncated"_s;
        QTest::newRow("corrupt archive") << u"flip-tar"_s << u"assets"_s << u"extract_archive"_s << QString();
        QTest::newRow("checksums name a missing file") << u"extra-checksum"_s << u"checksums.txt: ghost.bin"_s
                                                       << u"hash_verification"_s << u"missing"_s;
        QTest::newRow("wrong file count") << u"file-count"_s << u"assets"_s << u"files_extracted"_s
                                          << u"records 7"_s;
    }

    void failuresNameTheCause()
    {
        QFETCH(QString, damage);
        QFETCH(QString, item);
        QFETCH(QString, check);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString set = makeSet(dir.path());
        QVERIFY(!set.isEmpty());
        const QString db = set + u"/app.db"_s;
        const QString tar = set + u"/assets.tar.gz"_s;
        if (damage == "flip"_L1)
            flipByte(db, QFileInfo(db).size() / 2);
        if (damage == "truncate-db"_L1)
            QVERIFY(QFile::resize(db, QFileInfo(db).size() / 2));
        if (damage == "remove-db"_L1)
            QVERIFY(QFile::remove(db));
        if (damage == "text-db"_L1) {
            QVERIFY(test::writeFile(db, "id,name\n1,a\n"_ba));
        }
        if (damage == "truncate-tar"_L1)
            QVERIFY(QFile::resize(tar, QFileInfo(tar).size() - 200));
        if (damage == "flip-tar"_L1)
            flipByte(tar, QFileInfo(tar).size() / 2);
        if (damage == "extra-checksum"_L1) {
            QFile sums(set + u"/checksums.txt"_s);
            QVERIFY(sums.open(QIODevice::Append));
            sums.write(QByteArray(64, 'a') + "  ghost.bin\n");
        }
        if (damage == "file-count"_L1) {
            QByteArray manifest = test::readFile(set + u"/manifest.json"_s);
            manifest.replace("\"file_count\": 2", "\"file_count\": 7");
            QVERIFY(test::writeFile(set + u"/manifest.json"_s, manifest));
        }
        JobControl control;
        auto reports = Verifier::verifyPath(set, noJournal(), control);
        QVERIFY2(reports, qPrintable(reports ? QString() : reports.error().message));
        const VerifyReport &r = reports->constFirst();
        QVERIFY(!r.ok());
        // Where damage may show in one of several checks, any of them failing will do.
        const CheckResult *c = nullptr;
        for (const QString &name : check.split(u'|')) {
            c = findCheck(r, item, name);
            QVERIFY2(c, qPrintable(name));
            if (c->status == CheckStatus::Fail)
                break;
        }
        QCOMPARE(c->status, CheckStatus::Fail);
        QVERIFY2(c->detail.contains(mentions), qPrintable(c->detail));
    }

    void requiredTablesAreNamed()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path());
        VerifyOptions options = noJournal();
        options.requireTables = {u"users"_s, u"content"_s, u"assets"_s};
        JobControl control;
        auto reports = Verifier::verifyPath(set, options, control);
        QVERIFY(reports);
        const CheckResult *c = findCheck(reports->constFirst(), u"app"_s, u"schema_valid"_s);
        QCOMPARE(c->status, CheckStatus::Fail);
        QVERIFY2(c->detail.contains(u"content, assets"_s), qPrintable(c->detail));
    }

    void hostileArchivesFail_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("dotdot") << u"dotdot"_s << u"../../evil.txt"_s;
        QTest::newRow("absolute") << u"absolute"_s << u"/tmp/lifeboat-evil.txt"_s;
        QTest::newRow("symlink out") << u"symlink-out"_s << u"assets/out"_s;
        QTest::newRow("symlink absolute") << u"symlink-absolute"_s << u"/etc/passwd"_s;
        QTest::newRow("through a link") << u"through-link"_s << u"assets/dir"_s;
        QTest::newRow("link to link") << u"link-to-link"_s << u"assets/l2"_s;
        QTest::newRow("hard link out") << u"hardlink-out"_s << u"assets/hard"_s;
        QTest::newRow("device") << u"device"_s << u"device file"_s;
        QTest::newRow("fifo") << u"fifo"_s << u"named pipe"_s;
        QTest::newRow("duplicate") << u"duplicate"_s << u"twice"_s;
        QTest::newRow("link to the top") << u"link-to-top"_s << u"top of the archive"_s;
    }

    void hostileArchivesFail()
    {
        QFETCH(QString, archive);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const auto made = test::runProgram(u"python3"_s, {QStringLiteral(LIFEBOAT_TEST_DATA)
                                                              + u"/make-hostile-archives.py"_s},
                                           dir.path());
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QString file;
        for (const QString &name : QDir(dir.path()).entryList({archive + u"_*"_s}))
            file = dir.filePath(name);
        QVERIFY(!file.isEmpty());
        const auto before = test::snapshotTree(dir.path());
        JobControl control;
        auto reports = Verifier::verifyPath(file, noJournal(), control);
        QVERIFY2(reports, qPrintable(reports ? QString() : reports.error().message));
        const CheckResult *c = findCheck(reports->constFirst(), QFileInfo(file).fileName(),
                                         u"extract_archive"_s);
        if (!c) // loose archives are named after the folder they hold
            c = findCheck(reports->constFirst(), reports->constFirst().items.constFirst().name,
                          u"extract_archive"_s);
        QVERIFY(c);
        QCOMPARE(c->status, CheckStatus::Fail);
        QVERIFY2(c->detail.contains(mentions), qPrintable(c->detail));
        QCOMPARE(test::snapshotTree(dir.path()), before);
        QVERIFY(!QFileInfo::exists(u"/tmp/lifeboat-evil.txt"_s));
    }

    void aGoodForeignArchivePasses()
    {
        QTemporaryDir dir;
        QVERIFY(test::runProgram(u"python3"_s, {QStringLiteral(LIFEBOAT_TEST_DATA)
                                                    + u"/make-hostile-archives.py"_s},
                                 dir.path()).exitCode == 0);
        JobControl control;
        auto reports = Verifier::verifyPath(dir.filePath(u"good_20260101_000000.tar.gz"_s),
                                            noJournal(), control);
        QVERIFY(reports);
        QVERIFY(reports->constFirst().ok());
    }

    void gzipCopiesAreCheckedThroughTheCompression()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const QString gz = dir.filePath(u"backups/sqlite/ice_cream_social_20260111_020000.db.gz"_s);
        JobControl control;
        auto good = Verifier::verifyPath(gz, noJournal(), control);
        QVERIFY(good);
        QVERIFY(good->constFirst().ok());
        QCOMPARE(findCheck(good->constFirst(), u"ice_cream_social"_s, u"integrity_check"_s)->status,
                 CheckStatus::Pass);
        QVERIFY(QFile::resize(gz, QFileInfo(gz).size() - 40));
        auto bad = Verifier::verifyPath(gz, noJournal(), control);
        QVERIFY(bad);
        QVERIFY(!bad->constFirst().ok());
        QCOMPARE(findCheck(bad->constFirst(), u"ice_cream_social"_s, u"sqlite_open"_s)->status,
                 CheckStatus::Fail);
    }

    void preMigrationBackupChecksItsVersion()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const QString copy = dir.filePath(u"data/story_registry.backup.1.0.0.20260112_130012.db"_s);
        JobControl control;
        auto ok = Verifier::verifyPath(copy, noJournal(), control);
        QVERIFY(ok && ok->constFirst().ok());
        QVERIFY(test::execSql(copy, u"UPDATE meta SET value = '0.9.0'"_s));
        auto bad = Verifier::verifyPath(copy, noJournal(), control);
        QVERIFY(bad);
        const CheckResult *c = findCheck(bad->constFirst(), u"story_registry"_s, u"schema_version"_s);
        QCOMPARE(c->status, CheckStatus::Fail);
        QVERIFY(c->detail.contains(u"0.9.0"_s) && c->detail.contains(u"1.0.0"_s));
    }

    void cancelStopsPromptly()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path());
        JobControl control;
        control.cancel();
        auto reports = Verifier::verifyPath(set, noJournal(), control);
        QVERIFY(!reports);
        QCOMPARE(reports.error().code, ErrorCode::Cancelled);
    }

    void recordedInTheJournal()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path());
        qputenv("LIFEBOAT_HOME", dir.filePath(u"home"_s).toUtf8());
        JobControl control;
        VerifyOptions options;
        auto reports = Verifier::verifyPath(set, options, control);
        QVERIFY(reports);
        const auto last = Journal().last(u"verify"_s, set);
        QVERIFY(last);
        QCOMPARE(last->value(u"ok"_s).toBool(), true);
        QCOMPARE(last->value(u"layout"_s).toString(), u"lifeboat"_s);
        QVERIFY(last->value(u"checks"_s).toObject().value(u"pass"_s).toInt() >= 8);
        QVERIFY(!last->value(u"time"_s).toString().isEmpty());
        qunsetenv("LIFEBOAT_HOME");
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
