// SPDX-License-Identifier: GPL-3.0-or-later
#include "loosename.h"

#include <QTimeZone>
#include <QtTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace lifeboat;

class TestLooseName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Seoul, nine hours from UTC, where runbook 002 is written: a name's
    // local time and UTC cannot be taken for each other.
    void initTestCase()
    {
        qputenv("TZ", "Asia/Seoul");
        ::tzset();
        QCOMPARE(QDateTime(QDate(2026, 1, 1), QTime(9, 0)).toUTC().time(), QTime(0, 0));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("time"); // the wall clock the name carries
        QTest::addColumn<bool>("utc");     // read as UTC, else as local time
        QTest::addColumn<QString>("original");
        QTest::addColumn<bool>("beside");
        QTest::addColumn<bool>("gzip");

        // The Korean runbook's pre-migration backup and its manual copy.
        QTest::newRow("pre-migration") << u"story_registry.backup.1.0.0.20260112_130012.db"_s
                                       << u"pre_migration"_s << u"story_registry"_s << u"1.0.0"_s
                                       << u"2026-01-12T13:00:12"_s << false << u"story_registry.db"_s
                                       << true << false;
        QTest::newRow("manual") << u"story_registry.manual.20260201_090000.db"_s << u"manual"_s
                                << u"story_registry"_s << QString() << u"2026-02-01T09:00:00"_s << false
                                << u"story_registry.db"_s << true << false;
        QTest::newRow("current copy") << u"story_registry.db.current"_s << u"current_copy"_s
                                      << u"story_registry"_s << QString() << QString() << false
                                      << u"story_registry.db"_s << true << false;
        // The Ice Cream Social runbook.
        QTest::newRow("timestamped") << u"ice_cream_social_20260110_020000.db"_s << u"timestamped"_s
                                     << u"ice_cream_social"_s << QString() << u"2026-01-10T02:00:00"_s << false
                                     << u"ice_cream_social.db"_s << false << false;
        QTest::newRow("gzip") << u"ice_cream_social_20260110_020000.db.gz"_s << u"timestamped"_s
                              << u"ice_cream_social"_s << QString() << u"2026-01-10T02:00:00"_s << false
                              << u"ice_cream_social.db"_s << false << true;
        QTest::newRow("pre_restore") << u"ice_cream_social.pre_restore.20260111_080000.db"_s
                                     << u"pre_restore"_s << u"ice_cream_social"_s << QString()
                                     << u"2026-01-11T08:00:00"_s << false << u"ice_cream_social.db"_s
                                     << true << false;
        // The storage runbook: minutes only.
        QTest::newRow("minutes") << u"story_gen-202601100900.db"_s << u"timestamped"_s
                                 << u"story_gen"_s << QString() << u"2026-01-10T09:00:00"_s << false
                                 << u"story_gen.db"_s << false << false;
        // Little Research Lab: manifest-v1 artifacts and the manual pre-restore copy.
        QTest::newRow("lrl db") << u"lrl_db_20260114_120000.sqlite"_s << u"timestamped"_s
                                << u"lrl"_s << QString() << u"2026-01-14T12:00:00"_s << false
                                << u"lrl.db"_s << false << false;
        QTest::newRow("lrl.db.pre-restore") << u"lrl.db.pre-restore"_s << u"pre_restore"_s
                                            << u"lrl"_s << QString() << QString() << false << u"lrl.db"_s
                                            << true << false;
        QTest::newRow("assets.pre-restore") << u"assets.pre-restore"_s << u"pre_restore"_s
                                            << u"assets"_s << QString() << QString() << false
                                            << u"assets"_s << true << false;
        // Brainstem: "*.pre_restore.<timestamp>" appended to the whole name.
        QTest::newRow("suffix") << u"memory.db.pre_restore.20260115_101500"_s << u"pre_restore"_s
                                << u"memory"_s << QString() << u"2026-01-15T10:15:00"_s << false
                                << u"memory.db"_s << true << false;
        // Other ways scripts write the time: with -, T…Z (UTC), ISO dates, a date alone.
        QTest::newRow("brainstem's UTC suffix") << u"brainstem.db.pre_restore.20261122T012504Z"_s
                                                << u"pre_restore"_s << u"brainstem"_s << QString()
                                                << u"2026-11-22T01:25:04"_s << true << u"brainstem.db"_s
                                                << true << false;
        QTest::newRow("dash") << u"ice_cream_social_20261121-020000.db"_s << u"timestamped"_s
                              << u"ice_cream_social"_s << QString() << u"2026-11-21T02:00:00"_s << false
                              << u"ice_cream_social.db"_s << false << false;
        QTest::newRow("ISO date and time") << u"ice_cream_social_2026-11-20_02-00-00.db"_s << u"timestamped"_s
                                           << u"ice_cream_social"_s << QString() << u"2026-11-20T02:00:00"_s
                                           << false << u"ice_cream_social.db"_s << false << false;
        QTest::newRow("ISO date, hours and minutes") << u"story_gen-2026-11-18-0900.db"_s << u"timestamped"_s
                                                     << u"story_gen"_s << QString() << u"2026-11-18T09:00:00"_s
                                                     << false << u"story_gen.db"_s << false << false;
        QTest::newRow("date -I") << u"app-2026-11-19.db"_s << u"timestamped"_s << u"app"_s << QString()
                                 << u"2026-11-19T00:00:00"_s << false << u"app.db"_s << false << false;
        QTest::newRow("a date alone") << u"story_gen-20261119.db"_s << u"timestamped"_s << u"story_gen"_s
                                      << QString() << u"2026-11-19T00:00:00"_s << false << u"story_gen.db"_s
                                      << false << false;
        // Lifeboat's own folder snapshot.
        QTest::newRow("folder snapshot") << u"assets.pre_restore.20260115_101500"_s
                                         << u"pre_restore"_s << u"assets"_s << QString()
                                         << u"2026-01-15T10:15:00"_s << false << u"assets"_s << true << false;
    }

    void parse()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, scheme);
        QFETCH(QString, stem);
        QFETCH(QString, version);
        QFETCH(QString, time);
        QFETCH(bool, utc);
        QFETCH(QString, original);
        QFETCH(bool, beside);
        QFETCH(bool, gzip);
        const auto name = LooseName::parse(fileName);
        QVERIFY(name);
        QCOMPARE(name->schemeName(), scheme);
        QCOMPARE(name->stem, stem);
        QCOMPARE(name->version, version);
        QDateTime expected = QDateTime::fromString(time, Qt::ISODate);
        expected.setTimeZone(utc ? QTimeZone(QTimeZone::UTC) : QTimeZone(QTimeZone::LocalTime));
        QCOMPARE(name->time, time.isEmpty() ? QDateTime() : expected);
        QCOMPARE(name->originalName, original);
        QCOMPARE(name->besideOriginal, beside);
        QCOMPARE(name->gzip, gzip);
    }

    void rejectsLiveFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("live db") << u"story_registry.db"_s;
        QTest::newRow("wal") << u"lrl.db-wal"_s;
        QTest::newRow("no timestamp") << u"backup.db"_s;
        QTest::newRow("bad date") << u"x_20261399_990000.db"_s;
        QTest::newRow("text") << u"notes_20260101_000000.txt"_s;
    }

    void rejectsLiveFiles()
    {
        QFETCH(QString, fileName);
        QVERIFY(!LooseName::parse(fileName));
    }
};

QTEST_GUILESS_MAIN(TestLooseName)
#include "tst_loosename.moc"
