// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupwriter.h"
#include "jobcontrol.h"
#include "manifest.h"
#include "testsupport.h"

#include <QDir>
#include <QMutex>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(u"data/lrl.db"_s); }
    QString assets() const { return dir.filePath(u"data/assets"_s); }
    QString out() const { return dir.filePath(u"backups"_s); }

    bool make()
    {
        return test::execSql(db(), u"PRAGMA journal_mode=WAL;"
                                   "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);"
                                   "CREATE TABLE content(id INTEGER PRIMARY KEY, body TEXT);"
                                   "CREATE TABLE meta(key TEXT, value TEXT);"
                                   "INSERT INTO meta VALUES('schema_version', '1.1.0');"
                                   "INSERT INTO users(name) VALUES('a'), ('b'), ('c');"
                                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                   "WHERE i < 10) INSERT INTO content(body) SELECT 'x' FROM n;"_s)
               && test::writeFile(assets() + u"/a.txt"_s, "a"_ba)
               && test::writeFile(assets() + u"/sub/b.bin"_s, QByteArray(5000, 'b'))
               && test::writeFile(dir.filePath(u"data/runs.jsonl"_s), "{\"run\":1}\n"_ba)
               && test::writeFile(dir.filePath(u"data/runs.meta.json"_s), "{}\n"_ba);
    }

    BackupRequest request() const
    {
        BackupRequest r;
        r.destination = out();
        r.name = u"lrl"_s;
        r.label = u"before upgrade"_s;
        r.sources = {SourceSpec::database(db()), SourceSpec::assets(assets()),
                     SourceSpec::files(dir.filePath(u"data/*.jsonl"_s)),
                     SourceSpec::files(dir.filePath(u"data/*.meta.json"_s))};
        return r;
    }

    QStringList entries() const
    {
        return QDir(out()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

int modeOf(const QString &path)
{
    struct stat st{};
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}

} // namespace

class TestBackupWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesACompleteSet()
    {
        Fixture f;
        QVERIFY(f.make());
        const mode_t oldMask = ::umask(0);  // the set is private whatever the umask
        // The bar covers the database, the folder and the files from the
        // start: it never falls back as the next one begins, and it fills.
        QMutex mutex;
        double reached = 0;
        QString fellBack;
        JobControl control([&](const Progress &p) {
            const QMutexLocker lock(&mutex);
            if (p.fraction() >= 0 && p.fraction() < reached && fellBack.isEmpty())
                fellBack = u"from %1 to %2 at %3"_s.arg(reached).arg(p.fraction()).arg(p.description);
            reached = std::max(reached, p.fraction());
        }, 0);
        auto report = BackupWriter::run(f.request(), control);
        ::umask(oldMask);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(fellBack.isEmpty(), qPrintable(u"The progress fell back "_s + fellBack));
        QVERIFY(control.progress().bytesTotal > 0);
        QCOMPARE(control.progress().bytesDone, control.progress().bytesTotal);
        QVERIFY(report->integrityOk);
        QCOMPARE(f.entries(), QStringList{QFileInfo(report->setPath).fileName()});
        QVERIFY(QFileInfo(report->setPath).fileName().startsWith(u"lrl-"_s));
        QCOMPARE(modeOf(report->setPath), 0700);

        const QDir set(report->setPath);
        QCOMPARE(set.entryList(QDir::Files, QDir::Name),
                 (QStringList{u"assets.tar.zst"_s, u"checksums.txt"_s, u"lrl.db"_s,
                              u"manifest.json"_s, u"runs.jsonl"_s, u"runs.meta.json"_s}));
        for (const QString &file : set.entryList(QDir::Files))
            QCOMPARE(modeOf(set.filePath(file)), 0600);

        // sha256sum -c accepts it, and the manifest on disk says what is there.
        const auto check = test::runProgram(u"sha256sum"_s, {u"-c"_s, u"checksums.txt"_s},
                                            report->setPath);
        QVERIFY2(check.exitCode == 0, check.out.constData());
        auto manifest = Manifest::read(set.filePath(u"manifest.json"_s));
        QVERIFY(manifest);
        QCOMPARE(manifest->label, u"before upgrade"_s);
        QCOMPARE(manifest->items.size(), 4);
        for (const ManifestItem &item : manifest->items) {
            QCOMPARE(item.sha256, test::sha256sum(set.filePath(item.backup)));
            QCOMPARE(item.sizeBytes, QFileInfo(set.filePath(item.backup)).size());
        }
        const ManifestItem &db = manifest->items[0];
        QCOMPARE(db.integrity, u"ok"_s);
        QCOMPARE(db.source, f.db());
        QCOMPARE(db.sqlite->schemaVersion, u"1.1.0"_s);
        QCOMPARE(db.sqlite->journalMode, u"wal"_s);
        QCOMPARE(db.sqlite->tables.value(u"users"_s), 3);
        QCOMPARE(db.sqlite->tables.value(u"content"_s), 10);
        const ManifestItem &assets = manifest->items[1];
        QCOMPARE(assets.fileCount, 2);
        QCOMPARE(assets.totalSourceSize, 5001);
        QCOMPARE(assets.compression, u"zstd"_s);

        // The keys of the runbook's manifest are all there, for its readers.
        const QJsonObject raw = QJsonDocument::fromJson(test::readFile(set.filePath(u"manifest.json"_s))).object();
        for (const auto &key : {u"timestamp_utc"_s, u"created_at"_s, u"version"_s, u"backups"_s})
            QVERIFY2(raw.contains(key), qPrintable(key));
        const QJsonObject rawAssets = raw.value(u"backups"_s).toArray().at(1).toObject();
        for (const auto &key : {u"file_count"_s, u"total_source_size_bytes"_s,
                                u"archive_size_bytes"_s, u"sha256"_s})
            QVERIFY2(rawAssets.contains(key), qPrintable(key));
    }

    // A pattern takes the application's files, not the pre-restore snapshots
    // and staged copies Lifeboat leaves beside them.
    void aGlobSkipsLifeboatsOwnFiles()
    {
        Fixture f;
        QVERIFY(f.make());
        QVERIFY(test::writeFile(f.dir.filePath(u"data/runs.pre_restore.20261122_224358.jsonl"_s), "{}\n"_ba));
        QVERIFY(test::writeFile(f.dir.filePath(u"data/.runs.jsonl.lifeboat-staging-20261122_224358"_s), "{}\n"_ba));
        BackupRequest request = f.request();
        request.sources = {SourceSpec::files(f.dir.filePath(u"data/*runs*"_s))};
        JobControl control;
        auto report = BackupWriter::run(request, control);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QStringList names;
        for (const ManifestItem &item : std::as_const(report->manifest.items))
            names.append(item.name);
        QCOMPARE(names, (QStringList{u"runs.jsonl"_s, u"runs.meta.json"_s}));
    }

    // Sources that give nothing make no set: an empty one would pass for a
    // backup and restore nothing.
    void nothingToBackUpIsAnErrorAndLeavesNothing()
    {
        Fixture f;
        QVERIFY(f.make());
        BackupRequest request = f.request();
        request.sources = {SourceSpec::files(f.dir.filePath(u"data/*.csv"_s))};
        JobControl control;
        auto report = BackupWriter::run(request, control);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QVERIFY2(report.error().message.contains(u"no file matches"_s) && report.error().message.contains(u"*.csv"_s),
                 qPrintable(report.error().message));
        QVERIFY(!QFileInfo::exists(f.out())); // nor the folder made for it
    }

    void twoBackupsInOneSecondDoNotCollide()
    {
        Fixture f;
        QVERIFY(f.make());
        JobControl control;
        BackupRequest r = f.request();
        r.sources = {SourceSpec::database(f.db())};
        auto first = BackupWriter::run(r, control);
        auto second = BackupWriter::run(r, control);
        QVERIFY(first && second);
        QVERIFY(first->setPath != second->setPath);
        QCOMPARE(f.entries().size(), 2);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<qint64>("afterBytes");
        QTest::newRow("at once") << qint64(0);
        QTest::newRow("in the database") << qint64(4096);
        QTest::newRow("in the archive") << qint64(300000);
    }

    void cancelLeavesNothing()
    {
        QFETCH(qint64, afterBytes);
        Fixture f;
        QVERIFY(f.make());
        QVERIFY(test::execSql(f.db(), u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n WHERE i < 2000) INSERT INTO content(body) "
                                      "SELECT hex(randomblob(100)) FROM n;"_s));
        QVERIFY(test::writeFile(f.assets() + u"/big.bin"_s, QByteArray(2000000, 'z')));
        const QString before = test::sha256sum(f.db());
        JobControl *self = nullptr;
        JobControl control([&](const Progress &p) {
            if (p.bytesDone >= afterBytes)
                self->cancel();
        }, 0);
        self = &control;
        auto report = BackupWriter::run(f.request(), control);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(f.out())); // made for this backup, it went with it
        QCOMPARE(test::sha256sum(f.db()), before);

        // A destination that was there stays, as it was.
        QVERIFY(QDir().mkpath(f.out()));
        JobControl cancelled;
        cancelled.cancel();
        QVERIFY(!BackupWriter::run(f.request(), cancelled));
        QVERIFY(QFileInfo(f.out()).isDir());
        QCOMPARE(f.entries(), QStringList());
    }

    void failuresChangeNothing_data()
    {
        QTest::addColumn<QString>("break_");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing database") << u"missing-db"_s << int(ErrorCode::NotFound) << u"lrl.db"_s;
        QTest::newRow("not a database") << u"text-db"_s << int(ErrorCode::NotADatabase) << u"lrl.db"_s;
        QTest::newRow("missing folder") << u"missing-assets"_s << int(ErrorCode::NotFound) << u"assets"_s;
        QTest::newRow("a file as the folder") << u"file-assets"_s << int(ErrorCode::InvalidArgument)
                                              << u"is a file, not a folder"_s;
        QTest::newRow("unreadable file") << u"unreadable-asset"_s << int(ErrorCode::NotReadable)
                                         << u"secret.bin"_s;
        QTest::newRow("bad name") << u"bad-name"_s << int(ErrorCode::InvalidArgument) << u"../x"_s;
    }

    void failuresChangeNothing()
    {
        QFETCH(QString, break_);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        Fixture f;
        QVERIFY(f.make());
        BackupRequest r = f.request();
        if (break_ == "missing-db"_L1)
            QFile::remove(f.db());
        if (break_ == "text-db"_L1) {
            QFile::remove(f.db());
            QVERIFY(test::writeFile(f.db(), "name,email\na,b\n"_ba));
        }
        if (break_ == "missing-assets"_L1)
            QDir(f.assets()).removeRecursively();
        if (break_ == "file-assets"_L1) {
            QDir(f.assets()).removeRecursively();
            QVERIFY(test::writeFile(f.assets(), "not a folder"_ba));
        }
        if (break_ == "unreadable-asset"_L1) {
            if (::geteuid() == 0)
                QSKIP("root reads every file");
            QVERIFY(test::writeFile(f.assets() + u"/secret.bin"_s, "s"_ba));
            QFile::setPermissions(f.assets() + u"/secret.bin"_s, {});
        }
        if (break_ == "bad-name"_L1)
            r.name = u"../x"_s;
        JobControl control;
        auto report = BackupWriter::run(r, control);
        QVERIFY(!report);
        QCOMPARE(int(report.error().code), code);
        QVERIFY2(report.error().message.contains(mentions), qPrintable(report.error().message));
        QVERIFY(f.entries().isEmpty());
    }

    void unwritableDestinationIsRefused()
    {
        if (::geteuid() == 0)
            QSKIP("root writes everywhere; the CLI test covers a read-only filesystem");
        Fixture f;
        QVERIFY(f.make());
        QVERIFY(QDir().mkpath(f.out()));
        QFile::setPermissions(f.out(), QFile::ReadOwner | QFile::ExeOwner);
        JobControl control;
        auto report = BackupWriter::run(f.request(), control);
        QFile::setPermissions(f.out(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::NotWritable);
        QVERIFY(report.error().message.contains(f.out()));
    }

    void damagedSourceIsFlagged()
    {
        Fixture f;
        QVERIFY(f.make());
        // A b-tree page of "content" with an impossible page type: the
        // database still opens, but quick_check of the copy finds it.
        QVERIFY(test::execSql(f.db(), u"PRAGMA journal_mode=DELETE;"_s));
        const int root = test::queryValue(f.db(), u"SELECT rootpage FROM sqlite_schema "
                                                   "WHERE name = 'content'"_s).toInt();
        QVERIFY(root > 1);
        {
            QFile file(f.db());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(qint64(root - 1) * 4096));
            QVERIFY(file.write("\x07", 1) == 1);
        }
        BackupRequest r = f.request();
        r.sources = {SourceSpec::database(f.db())};
        JobControl control;
        auto report = BackupWriter::run(r, control);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(!report->integrityOk);
        QVERIFY(report->manifest.items.constFirst().integrity != "ok"_L1);
        QVERIFY(report->warnings.constFirst().contains(f.db()));
    }
};

QTEST_GUILESS_MAIN(TestBackupWriter)
#include "tst_backupwriter.moc"
