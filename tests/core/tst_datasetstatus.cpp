// SPDX-License-Identifier: GPL-3.0-or-later
// How a data set stands against its RPO and RTO, from backups and the journal.
#include "datasetstatus.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::UTC);

BackupEntry backup(const QString &path, double hoursAgo)
{
    BackupEntry e;
    e.path = path;
    e.createdAt = now.addSecs(qint64(-hoursAgo * 3600));
    return e;
}

QJsonObject verification(const QString &target, bool ok)
{
    return {{u"operation"_s, u"verify"_s}, {u"target"_s, target}, {u"ok"_s, ok},
            {u"time"_s, now.toString(Qt::ISODateWithMs)}};
}

} // namespace

class TestDataSetStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rpo_data()
    {
        QTest::addColumn<QList<double>>("ages");        // of the backups, newest first, in hours
        QTest::addColumn<QList<int>>("verdicts");       // per backup: 1 verified, 0 failed, -1 never checked
        QTest::addColumn<double>("rpoHours");
        QTest::addColumn<DataSetStatus::Rpo>("expected");
        QTest::addColumn<double>("expectedAge");

        using R = DataSetStatus::Rpo;
        QTest::newRow("fresh and verified") << QList<double>{2} << QList<int>{1} << 24.0 << R::Met << 2.0;
        QTest::newRow("in the last quarter") << QList<double>{20} << QList<int>{1} << 24.0 << R::Near << 20.0;
        QTest::newRow("too old") << QList<double>{30} << QList<int>{1} << 24.0 << R::Breached << 30.0;
        QTest::newRow("newest never checked, older verified")
            << QList<double>{1, 10} << QList<int>{-1, 1} << 24.0 << R::Met << 10.0;
        // A damaged newest backup does not count: the good one is the older one.
        QTest::newRow("newest failed, older one too old")
            << QList<double>{1, 30} << QList<int>{0, 1} << 24.0 << R::Breached << 30.0;
        QTest::newRow("nothing verified") << QList<double>{1, 2} << QList<int>{-1, 0} << 24.0 << R::Breached << -1.0;
        QTest::newRow("no backups") << QList<double>{} << QList<int>{} << 24.0 << R::Breached << -1.0;
        QTest::newRow("no target") << QList<double>{50} << QList<int>{1} << 0.0 << R::None << 50.0;
    }

    void rpo()
    {
        QFETCH(QList<double>, ages);
        QFETCH(QList<int>, verdicts);
        QFETCH(double, rpoHours);
        QFETCH(DataSetStatus::Rpo, expected);
        QFETCH(double, expectedAge);
        QList<BackupEntry> entries;
        QList<QJsonObject> journal;
        for (int i = 0; i < ages.size(); ++i) {
            entries.append(backup(u"/b/%1"_s.arg(i), ages.at(i)));
            if (verdicts.at(i) >= 0)
                journal.append(verification(entries.last().path, verdicts.at(i) == 1));
        }
        const DataSetStatus s = DataSetStatus::compute(entries, journal, rpoHours, 0, now);
        QCOMPARE(s.rpo, expected);
        QCOMPARE(s.rpoBreached(), expected == DataSetStatus::Rpo::Breached);
        QCOMPARE(s.ageHours, expectedAge);
        QCOMPARE(s.newest.has_value(), !ages.isEmpty());
    }

    void drillAndRestoreComeFromThisDataSetOnly()
    {
        const QList<BackupEntry> entries{backup(u"/b/new"_s, 1), backup(u"/b/old"_s, 48)};
        const QList<QJsonObject> journal{
            // newest first
            QJsonObject{{u"operation"_s, u"restore"_s}, {u"target"_s, u"/elsewhere/x"_s},
                        {u"outcome"_s, u"restored"_s}, {u"duration_ms"_s, 1000}},
            verification(u"/elsewhere/x"_s, true),
            QJsonObject{{u"operation"_s, u"restore"_s}, {u"target"_s, u"/b/old"_s},
                        {u"outcome"_s, u"rolled_back"_s}, {u"duration_ms"_s, 2000}},
            QJsonObject{{u"operation"_s, u"restore"_s}, {u"target"_s, u"/b/old"_s},
                        {u"outcome"_s, u"restored"_s}, {u"duration_ms"_s, 7200000}},
            verification(u"/b/old"_s, false),
        };
        const DataSetStatus s = DataSetStatus::compute(entries, journal, 24, 1, now);
        QVERIFY(s.lastDrill);
        QCOMPARE(s.lastDrill->value(u"target"_s).toString(), u"/b/old"_s);
        QCOMPARE(s.lastDrill->value(u"ok"_s).toBool(), false);
        QVERIFY(s.lastRestore);
        QCOMPARE(s.restoreSeconds, 7200.0);
        QVERIFY(!s.rtoMet()); // two hours against a one-hour RTO
        QCOMPARE(rpoName(s.rpo), u"breached"_s);
    }
};

QTEST_GUILESS_MAIN(TestDataSetStatus)
#include "tst_datasetstatus.moc"
