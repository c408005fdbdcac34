// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksums.h"
#include "manifest.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

// The manifest of the Little Research Lab runbook, as its backup.py writes it.
const QByteArray RunbookManifest = "{\n"
    "  \"timestamp_utc\": \"20260114_120000\",\n"
    "  \"created_at\": \"2026-01-14T12:00:00+00:00\",\n"
    "  \"version\": \"1.0\",\n"
    "  \"backups\": [\n"
    "    {\"type\": \"database\", \"source\": \"./data/lrl.db\",\n"
    "     \"backup\": \"./backups/lrl_db_20260114_120000.sqlite\", \"size_bytes\": 118784,\n"
    "     \"sha256\": \"abc123abc123abc123abc123abc123abc123abc123abc123abc123abc123abcd\"},\n"
    "    {\"type\": \"assets\", \"source\": \"./data/assets\",\n"
    "     \"backup\": \"./backups/lrl_assets_20260114_120000.tar.gz\", \"file_count\": 15,\n"
    "     \"total_source_size_bytes\": 512000, \"archive_size_bytes\": 245760,\n"
    "     \"sha256\": \"def456def456def456def456def456def456def456def456def456def456def4\"}\n"
    "  ]\n"
    "}"_ba;

const QString Hash = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheRunbookFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"backup_manifest_20260114_120000.json"_s);
        QVERIFY(test::writeFile(path, RunbookManifest));
        auto m = Manifest::read(path);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
        QCOMPARE(m->layout, Layout::ManifestV1);
        QCOMPARE(m->createdAt, QDateTime(QDate(2026, 1, 14), QTime(12, 0), QTimeZone::UTC));
        QCOMPARE(m->items.size(), 2);
        QCOMPARE(m->items[0].type, ItemType::Database);
        QCOMPARE(m->items[0].sizeBytes, 118784);
        QCOMPARE(m->items[1].type, ItemType::Assets);
        QCOMPARE(m->items[1].fileCount, 15);
        QCOMPARE(m->items[1].sizeBytes, 245760); // from archive_size_bytes
        // "./backups/x" was relative to the application's folder: the file beside the manifest is meant.
        QCOMPARE(Manifest::resolveArtifact(dir.path(), m->items[0].backup),
                 dir.filePath(u"lrl_db_20260114_120000.sqlite"_s));
    }

    void roundTripsLifeboatManifests()
    {
        Manifest m;
        m.timestampUtc = u"20260114_120000"_s;
        m.createdAt = QDateTime(QDate(2026, 1, 14), QTime(12, 0), QTimeZone::UTC);
        m.name = u"lrl"_s;
        m.label = u"업그레이드 전"_s;
        m.environment = u"dev"_s;
        ManifestItem db;
        db.type = ItemType::Database;
        db.engine = u"sqlite"_s;
        db.name = u"lrl"_s;
        db.source = u"/srv/app/data/lrl.db"_s;
        db.backup = u"lrl.db"_s;
        db.sizeBytes = 118784;
        db.sha256 = Hash;
        db.integrity = u"ok"_s;
        db.sqlite = SqliteInfo{4096, 29, u"wal"_s, u"1.1.0"_s, {{u"users"_s, 3}, {u"content"_s, 10}}, {}};
        m.items.append(db);
        const QJsonObject json = m.toJson();
        QCOMPARE(json.value(u"format"_s).toString(), u"lifeboat-manifest"_s);
        QCOMPARE(json.value(u"created_at"_s).toString(), u"2026-01-14T12:00:00+00:00"_s);
        QCOMPARE(json.value(u"version"_s).toString(), u"1.0"_s);

        auto back = Manifest::fromJson(json, u"manifest.json"_s);
        QVERIFY(back);
        QCOMPARE(back->layout, Layout::Lifeboat);
        QCOMPARE(back->label, m.label);
        QCOMPARE(back->items.constFirst().sqlite->tables, db.sqlite->tables);
        QCOMPARE(back->items.constFirst().sqlite->schemaVersion, u"1.1.0"_s);
        QCOMPARE(back->toJson(), json);
    }

    void rejectsMalformedManifests_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << "{\"backups\": ["_ba << u"not valid JSON"_s;
        QTest::newRow("array") << "[1, 2]"_ba << u"no JSON object"_s;
        QTest::newRow("no backups") << "{\"version\": \"1.0\"}"_ba << u"\"backups\""_s;
        QTest::newRow("item not object") << "{\"backups\": [3]}"_ba << u"backups[0]"_s;
        QTest::newRow("bad type") << "{\"backups\": [{\"type\": \"x\", \"backup\": \"a\"}]}"_ba
                                  << u"backups[0].type"_s;
        QTest::newRow("no artifact") << "{\"backups\": [{\"type\": \"file\"}]}"_ba
                                     << u"backups[0].backup"_s;
        QTest::newRow("bad hash") << "{\"backups\": [{\"type\": \"file\", \"backup\": \"a\", "
                                     "\"sha256\": \"xyz\"}]}"_ba
                                  << u"backups[0].sha256"_s;
        QTest::newRow("negative size") << "{\"backups\": [{\"type\": \"file\", \"backup\": \"a\", "
                                          "\"size_bytes\": -5}]}"_ba
                                       << u"backups[0].size_bytes"_s;
        QTest::newRow("huge size") << "{\"backups\": [{\"type\": \"file\", \"backup\": \"a\", "
                                      "\"size_bytes\": 1e300}]}"_ba
                                   << u"backups[0].size_bytes"_s;
        QTest::newRow("size as text") << "{\"backups\": [{\"type\": \"file\", \"backup\": \"a\", "
                                         "\"size_bytes\": \"12\"}]}"_ba
                                      << u"backups[0].size_bytes"_s;
        QTest::newRow("name as number") << "{\"name\": 7, \"backups\": []}"_ba << u"name"_s;
        QTest::newRow("huge file count") << "{\"backups\": [{\"type\": \"assets\", \"backup\": \"a.tar.gz\", "
                                            "\"file_count\": 99999999999999999999}]}"_ba
                                         << u"backups[0].file_count"_s;
        QTest::newRow("invalid UTF-8 in a name") << "{\"name\": \"caf\xc3\x28\xff\", \"backups\": []}"_ba
                                                 << u"not valid JSON"_s;
        QTest::newRow("invalid UTF-8 in a path") << "{\"backups\": [{\"type\": \"file\", \"backup\": \"\xfe\xfe.db\"}]}"_ba
                                                 << u"not valid JSON"_s;
    }

    void rejectsMalformedManifests()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"manifest.json"_s);
        QVERIFY(test::writeFile(path, content));
        auto m = Manifest::read(path);
        QVERIFY(!m);
        QCOMPARE(m.error().code, ErrorCode::InvalidManifest);
        QVERIFY2(m.error().message.contains(mentions), qPrintable(m.error().message));
        QVERIFY(m.error().message.contains(path));
    }

    void artifactsNeverResolveOutsideTheFolder_data()
    {
        QTest::addColumn<QString>("backup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"lrl.db"_s << u"lrl.db"_s;
        QTest::newRow("runbook cwd") << u"./backups/lrl.db"_s << u"lrl.db"_s;
        QTest::newRow("parent") << u"../../etc/passwd"_s << u"passwd"_s;
        QTest::newRow("absolute") << u"/etc/shadow"_s << u"shadow"_s;
        QTest::newRow("dot dot only") << u".."_s << QString();
    }

    void artifactsNeverResolveOutsideTheFolder()
    {
        QFETCH(QString, backup);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString resolved = Manifest::resolveArtifact(dir.path(), backup);
        QCOMPARE(resolved, expected.isEmpty() ? QString() : dir.filePath(expected));
    }

    void checksumsMatchSha256sum()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(u"a.db"_s), "alpha"_ba));
        QVERIFY(test::writeFile(dir.filePath(u"스키마.sql"_s), "beta"_ba));
        Checksums sums;
        sums.entries = {{test::sha256sum(dir.filePath(u"a.db"_s)), u"a.db"_s},
                        {test::sha256sum(dir.filePath(u"스키마.sql"_s)), u"스키마.sql"_s}};
        QVERIFY(test::writeFile(dir.filePath(u"checksums.txt"_s), sums.toText()));
        const auto check = test::runProgram(u"sha256sum"_s, {u"-c"_s, u"checksums.txt"_s}, dir.path());
        QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());

        // What sha256sum itself writes reads back, binary mode and CRLF included.
        const auto made = test::runProgram(u"sha256sum"_s, {u"-b"_s, u"a.db"_s, u"스키마.sql"_s}, dir.path());
        QByteArray text = made.out;
        text.replace("\n", "\r\n");
        auto parsed = Checksums::parse(text, u"x"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->entries.size(), 2);
        QCOMPARE(parsed->sha256Of(u"스키마.sql"_s), sums.entries[1].sha256);

        // And what `sha256sum --tag` writes, which `sha256sum -c` reads too.
        const auto tagged = test::runProgram(u"sha256sum"_s, {u"--tag"_s, u"a.db"_s, u"스키마.sql"_s}, dir.path());
        parsed = Checksums::parse(tagged.out, u"x"_s);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->entries.size(), 2);
        QCOMPARE(parsed->sha256Of(u"a.db"_s), sums.entries[0].sha256);
        QCOMPARE(parsed->sha256Of(u"스키마.sql"_s), sums.entries[1].sha256);
    }

    void rejectsMalformedChecksums_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("short hash") << "abc  a.db\n"_ba << 1;
        QTest::newRow("no name") << (Hash.toLatin1() + "  \n") << 1;
        QTest::newRow("second line") << (Hash.toLatin1() + "  a.db\nnonsense\n") << 2;
        QTest::newRow("one space") << (Hash.toLatin1() + " a.db\n") << 1;
        QTest::newRow("bad escape") << ("\\" + Hash.toLatin1() + "  a\\x.db\n") << 1;
        QTest::newRow("another algorithm") << "MD5 (a.db) = d41d8cd98f00b204e9800998ecf8427e\n"_ba << 1;
        QTest::newRow("tag without a name") << ("SHA256 () = " + Hash.toLatin1() + "\n") << 1;
        QTest::newRow("tag cut short") << ("SHA256 (a.db) = " + Hash.toLatin1().left(40) + "\n") << 1;
    }

    // Found by fuzz_checksums: a name ending in a carriage return was written
    // back as a line that no longer parsed. Names with a backslash, newline or
    // carriage return are escaped the way sha256sum escapes them.
    void checksumsKeepAnyName_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        const QByteArray hash = Hash.toLatin1();
        QTest::newRow("fuzzer: carriage return before CRLF") << (hash + " *\r\r\n# cob\r\n#a6g\n") << u"\r"_s;
        QTest::newRow("plain, with spaces") << (hash + "  a b.db\n") << u"a b.db"_s;
        QTest::newRow("escaped backslash") << ("\\" + hash + "  back\\\\slash.db\n") << u"back\\slash.db"_s;
        QTest::newRow("escaped newline") << ("\\" + hash + "  new\\nline.db\n") << u"new\nline.db"_s;
        QTest::newRow("escaped carriage return") << ("\\" + hash + "  cr\\r.db\n") << u"cr\r.db"_s;
        QTest::newRow("tag, a name with \") = \"") << ("SHA256 (odd) = x.db) = " + hash + "\n") << u"odd) = x.db"_s;
        QTest::newRow("tag, escaped") << ("\\SHA256 (new\\nline.db) = " + hash + "\n") << u"new\nline.db"_s;
    }

    void checksumsKeepAnyName()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        auto parsed = Checksums::parse(text, u"/b/checksums.txt"_s);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->entries.size(), 1);
        QCOMPARE(parsed->entries.constFirst().fileName, name);
        auto again = Checksums::parse(parsed->toText(), u"/b/checksums.txt"_s);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->entries.size(), 1);
        QCOMPARE(again->entries.constFirst().fileName, name);
        QCOMPARE(again->entries.constFirst().sha256, Hash);
    }

    void rejectsMalformedChecksums()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        auto parsed = Checksums::parse(text, u"/b/checksums.txt"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidManifest);
        QVERIFY2(parsed.error().message.contains(u"Line %1 "_s.arg(line)), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(u"/b/checksums.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
