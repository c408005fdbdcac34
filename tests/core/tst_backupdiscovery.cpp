// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupdiscovery.h"
#include "backupwriter.h"
#include "jobcontrol.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

struct Expected
{
    QString path;
    Layout layout;
    QString origin;
    QString createdAt; // empty: taken from the file's time
    int items;
    QString schema;
    QString restoresTo; // relative to the fixture; empty when it must be chosen
};

} // namespace

class TestBackupDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryRunbookLayout()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const auto before = test::snapshotTree(dir.path());

        auto entries = BackupDiscovery::scan({dir.filePath(u"data"_s), dir.filePath(u"backups"_s),
                                              dir.filePath(u".data"_s)});
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
        QMap<QString, BackupEntry> byPath;
        for (const BackupEntry &e : *entries)
            byPath.insert(QDir(dir.path()).relativeFilePath(e.path), e);

        const QList<Expected> expected = {
            // "./backups/x" beside "./data/lrl.db": the application's folder is the manifest's parent.
            {u"backups/backup_manifest_20260114_120000.json"_s, Layout::ManifestV1, u"backup"_s,
             u"2026-01-14T12:00:00Z"_s, 2, u"1.1.0"_s, u"data/lrl.db"_s},
            {u"data/lrl.db.pre-restore"_s, Layout::Loose, u"pre_restore"_s, {}, 1, u"1.1.0"_s,
             u"data/lrl.db"_s},
            {u"data/assets.pre-restore"_s, Layout::Loose, u"pre_restore"_s, {}, 1, {},
             u"data/assets"_s},
            {u"backups/sqlite/ice_cream_social_20260110_020000.db"_s, Layout::Loose, u"backup"_s,
             u"2026-01-10T02:00:00Z"_s, 1, u"7"_s, {}},
            {u"backups/sqlite/ice_cream_social_20260111_020000.db.gz"_s, Layout::Loose,
             u"backup"_s, u"2026-01-11T02:00:00Z"_s, 1, {}, {}},
            {u"data/ice_cream_social.pre_restore.20260112_080000.db"_s, Layout::Loose,
             u"pre_restore"_s, u"2026-01-12T08:00:00Z"_s, 1, u"7"_s,
             u"data/ice_cream_social.db"_s},
            {u"data/story_registry.backup.1.0.0.20260112_130012.db"_s, Layout::Loose,
             u"pre_migration"_s, u"2026-01-12T13:00:12Z"_s, 1, u"1.0.0"_s,
             u"data/story_registry.db"_s},
            {u"data/story_registry.manual.20260201_090000.db"_s, Layout::Loose, u"manual"_s,
             u"2026-02-01T09:00:00Z"_s, 1, u"1.1.0"_s, u"data/story_registry.db"_s},
            {u"data/story_registry.db.current"_s, Layout::Loose, u"current_copy"_s, {}, 1,
             u"1.1.0"_s, u"data/story_registry.db"_s},
            {u"backups/sqlite/latest"_s, Layout::Checksums, u"backup"_s,
             u"2026-01-13T09:30:00Z"_s, 2, {}, {}},
            {u".data/brainstem.db.pre_restore.20260115_101500"_s, Layout::Loose, u"pre_restore"_s,
             u"2026-01-15T10:15:00Z"_s, 1, {}, u".data/brainstem.db"_s},
            {u"backups/story_gen-202601100900.db"_s, Layout::Loose, u"backup"_s,
             u"2026-01-10T09:00:00Z"_s, 1, u"1.1.0"_s, {}},
            {u"backups/jsonl-202601100900"_s, Layout::Loose, u"backup"_s,
             u"2026-01-10T09:00:00Z"_s, 2, {}, {}},
        };
        for (const Expected &x : expected) {
            QVERIFY2(byPath.contains(x.path), qPrintable(u"not found: "_s + x.path));
            const BackupEntry &e = byPath.value(x.path);
            QCOMPARE(e.layout, x.layout);
            QCOMPARE(e.origin, x.origin);
            if (!x.createdAt.isEmpty())
                QCOMPARE(e.createdAt.toString(Qt::ISODate), x.createdAt);
            QVERIFY(e.createdAt.isValid());
            QCOMPARE(e.items.size(), x.items);
            QCOMPARE(e.items.constFirst().schemaVersion, x.schema);
            QCOMPARE(e.items.constFirst().restoresTo,
                     x.restoresTo.isEmpty() ? QString() : dir.filePath(x.restoresTo));
            QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(u'\n')));
        }
        // The live databases and the noise are not backups.
        QCOMPARE(byPath.size(), expected.size());

        const BackupEntry &v1 = byPath.value(u"backups/backup_manifest_20260114_120000.json"_s);
        QCOMPARE(v1.items[0].artifact, dir.filePath(u"backups/lrl_db_20260114_120000.sqlite"_s));
        QCOMPARE(v1.items[1].type, ItemType::Assets);
        QVERIFY(byPath.value(u"backups/sqlite/ice_cream_social_20260111_020000.db.gz"_s).items[0].gzip);
        QCOMPARE(byPath.value(u"backups/sqlite/latest"_s).items[0].sha256,
                 test::sha256sum(dir.filePath(u"backups/sqlite/latest/memory.db"_s)));

        // Newest first, and nothing was touched.
        for (qsizetype i = 1; i < entries->size(); ++i)
            QVERIFY(entries->at(i - 1).createdAt >= entries->at(i).createdAt);
        QCOMPARE(test::snapshotTree(dir.path()), before);
    }

    // An application's own folders by day and files with long numbers are
    // not backups, though they hold dates and digits.
    void liveDataWithDatesIsNoBackup()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(u"events/2026-11-19/clicks.jsonl"_s), "{}\n"_ba));
        QVERIFY(test::writeFile(dir.filePath(u"events/20261120/clicks.jsonl"_s), "{}\n"_ba));
        QVERIFY(test::execSql(dir.filePath(u"data/order_123456789012345678.db"_s), u"CREATE TABLE t(x)"_s));
        auto entries = BackupDiscovery::scan({dir.path()});
        QVERIFY(entries);
        QStringList found;
        for (const BackupEntry &e : std::as_const(*entries))
            found.append(e.path);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    }

    void reportsWhatItCannotRead()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(u"backup_manifest_20260101_000000.json"_s), "{oops"_ba));
        QVERIFY(test::writeFile(dir.filePath(u"set/manifest.json"_s),
                                "{\"format\": \"lifeboat-manifest\", \"backups\": [{\"type\": "
                                "\"file\", \"backup\": \"gone.txt\"}]}"_ba));
        auto entries = BackupDiscovery::scan({dir.path()});
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        for (const BackupEntry &e : *entries)
            QVERIFY2(!e.problems.isEmpty(), qPrintable(e.path));
    }

    // A backups folder of many sets is read on every core: each set found
    // once, as describing it alone finds it, and what is not a set still
    // looked into.
    void aFolderOfManySetsIsReadWhole()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"app.db"_s);
        QVERIFY(test::execSql(db, u"CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('one');"_s));
        BackupRequest request;
        request.destination = dir.filePath(u"seed"_s);
        request.name = u"app"_s;
        request.sources = {SourceSpec::database(db)};
        JobControl control;
        auto seed = BackupWriter::run(request, control);
        QVERIFY(seed);
        const QStringList files = QDir(seed->setPath).entryList(QDir::Files);
        const QString backups = dir.filePath(u"backups"_s);
        QStringList sets;
        for (int i = 0; i < 100; ++i) {
            const QString set = backups + u"/app-202611%1_120000"_s.arg(i % 28 + 1, 2, 10, QChar(u'0')) + u'-' + QString::number(i);
            QVERIFY(QDir().mkpath(set));
            for (const QString &f : files)
                QVERIFY(QFile::copy(seed->setPath + u'/' + f, set + u'/' + f));
            sets.append(set);
        }
        QVERIFY(test::writeFile(backups + u"/broken-20261101_000000/manifest.json"_s,
                                "{\"format\": \"lifeboat-manifest\", \"backups\": [{"_ba));
        QVERIFY(QDir().mkpath(backups + u"/older"_s));
        QVERIFY(QFile::copy(db, backups + u"/older/app_20260101_000000.db"_s));

        auto entries = BackupDiscovery::scan({backups});
        QVERIFY(entries);
        QMap<QString, BackupEntry> byPath;
        for (const BackupEntry &e : std::as_const(*entries))
            byPath.insert(e.path, e);
        QCOMPARE(entries->size(), 102);
        QCOMPARE(byPath.size(), 102);
        for (const QString &set : std::as_const(sets)) {
            QVERIFY2(byPath.contains(set), qPrintable(set));
            auto alone = BackupDiscovery::describe(set);
            QVERIFY(alone);
            QCOMPARE(byPath.value(set).toJson(), alone->toJson());
        }
        // Made in one second, the sets come in the folder's order, as one
        // reader would have found them.
        QStringList order;
        for (const BackupEntry &e : std::as_const(*entries)) {
            if (sets.contains(e.path))
                order.append(e.path);
        }
        QStringList byName = sets;
        byName.sort();
        QCOMPARE(order, byName);
        QVERIFY(!byPath.value(backups + u"/broken-20261101_000000"_s).problems.isEmpty());
        QCOMPARE(byPath.value(backups + u"/older/app_20260101_000000.db"_s).layout, Layout::Loose);
    }

    void describesOnePath()
    {
        QTemporaryDir dir;
        QVERIFY(test::execSql(dir.filePath(u"any.sqlite"_s), u"CREATE TABLE t(x);"_s));
        auto any = BackupDiscovery::describe(dir.filePath(u"any.sqlite"_s));
        QVERIFY(any);
        QCOMPARE(any->layout, Layout::Loose);
        QVERIFY(test::writeFile(dir.filePath(u"text.db"_s), "hello"_ba));
        auto text = BackupDiscovery::describe(dir.filePath(u"text.db"_s));
        QVERIFY(!text);
        QCOMPARE(text.error().code, ErrorCode::NotADatabase);
        auto none = BackupDiscovery::describe(dir.filePath(u"missing"_s));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBackupDiscovery)
#include "tst_backupdiscovery.moc"
