// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

using Gaps = QList<QPair<int, int>>; // [from, to) days back without a backup

namespace {

// A history of backups, one at 02:00 local time on each day that has one.
QList<BackupEntry> history(const QDate &last, int days, const QList<QPair<int, int>> &gaps = {},
                           int perDay = 1)
{
    QList<BackupEntry> entries;
    for (int d = 0; d < days; ++d) {
        const bool missing = std::any_of(gaps.cbegin(), gaps.cend(),
                                         [d](const QPair<int, int> &g) { return d >= g.first && d < g.second; });
        if (missing)
            continue;
        for (int k = 0; k < perDay; ++k) {
            BackupEntry e;
            e.origin = u"backup"_s;
            e.layout = Layout::Lifeboat;
            e.createdAt = QDateTime(last.addDays(-d), QTime(2 + k, 0)).toUTC();
            e.path = u"/b/app-"_s + e.createdAt.toString(u"yyyyMMdd_HHmmss"_s);
            entries.append(e);
        }
    }
    return entries;
}

QHash<QString, bool> allVerified(const QList<BackupEntry> &entries)
{
    QHash<QString, bool> v;
    for (const BackupEntry &e : entries)
        v.insert(e.path, true);
    return v;
}

QList<QDate> keptDays(const QList<PruneDecision> &decisions)
{
    QList<QDate> days;
    for (const PruneDecision &d : decisions) {
        if (d.keep)
            days.append(d.entry.createdAt.toLocalTime().date());
    }
    return days;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void policies_data()
    {
        QTest::addColumn<int>("days");       // how long the history is
        QTest::addColumn<int>("perDay");
        QTest::addColumn<Gaps>("gaps");
        QTest::addColumn<int>("keepLast");
        QTest::addColumn<int>("daily");
        QTest::addColumn<int>("weekly");
        QTest::addColumn<int>("monthly");
        QTest::addColumn<int>("kept");

        const Gaps none;
        QTest::newRow("newest 3 of 10") << 10 << 1 << none << 3 << 0 << 0 << 0 << 3;
        QTest::newRow("daily 14 over two years") << 730 << 1 << none << 0 << 14 << 0 << 0 << 14;
        QTest::newRow("daily 14, three a day") << 60 << 3 << none << 0 << 14 << 0 << 0 << 14;
        QTest::newRow("daily 14 with a gap of 10 days") << 365 << 1 << Gaps{{2, 12}} << 0 << 14
                                                        << 0 << 0 << 4;
        QTest::newRow("monthly 6 over three years") << 1095 << 1 << none << 0 << 0 << 0 << 6 << 6;
        QTest::newRow("monthly 6, January missing") << 400 << 1 << Gaps{{40, 100}} << 0
                                                       << 0 << 0 << 6 << 5;
        QTest::newRow("nothing in the windows: the newest verified stays") << 400 << 1
                                                                           << Gaps{{0, 300}}
                                                                           << 0 << 14 << 0 << 0 << 1;
    }

    void policies()
    {
        QFETCH(int, days);
        QFETCH(int, perDay);
        QFETCH(Gaps, gaps);
        QFETCH(int, keepLast);
        QFETCH(int, daily);
        QFETCH(int, weekly);
        QFETCH(int, monthly);
        QFETCH(int, kept);
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
        const auto entries = history(now.date(), days, gaps, perDay);
        const auto decisions = Retention::decide(entries, {keepLast, daily, weekly, monthly},
                                                 allVerified(entries), now.toUTC());
        QCOMPARE(decisions.size(), entries.size());
        QCOMPARE(keptDays(decisions).size(), kept);
        for (const PruneDecision &d : decisions)
            QVERIFY2(!d.rule.isEmpty(), qPrintable(d.entry.path));
    }

    // What a removed backup is told: a newer one stands for its day, or it is
    // older than every window.
    void eachRemovalSaysWhy()
    {
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
        const auto entries = history(now.date(), 30, {}, 2); // 02:00 and 03:00 each day
        const auto decisions = Retention::decide(entries, {0, 14, 0, 0}, allVerified(entries), now.toUTC());
        for (const PruneDecision &d : decisions) {
            const qint64 age = d.entry.createdAt.toLocalTime().date().daysTo(now.date());
            const bool newestOfItsDay = d.entry.createdAt.toLocalTime().time().hour() == 3;
            if (age == 0 && newestOfItsDay)
                QCOMPARE(d.rule, u"the newest verified backup"_s);
            else if (age < 14 && newestOfItsDay)
                QVERIFY2(d.rule.startsWith(u"daily, for 14"_s), qPrintable(d.rule));
            else if (age < 14)
                QCOMPARE(d.rule, u"a newer backup of the same day is kept"_s);
            else
                QCOMPARE(d.rule, u"older than every rule of the policy keeps"_s);
            QCOMPARE(d.keep, age < 14 && newestOfItsDay);
        }
    }

    // The runbooks' local/dev policy over a year: one per day for 14 days,
    // one per week for 8 weeks, nothing older.
    void localDevPresetOverAYear()
    {
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0)); // a Sunday
        const auto entries = history(now.date(), 365);
        const auto decisions = Retention::decide(entries, *RetentionPolicy::preset(u"local-dev"_s),
                                                 allVerified(entries), now.toUTC());
        const QList<QDate> kept = keptDays(decisions);
        for (int d = 0; d < 14; ++d)
            QVERIFY(kept.contains(now.date().addDays(-d)));
        const QDate eightWeeksAgo = now.date().addDays(1 - now.date().dayOfWeek()).addDays(-7 * 7);
        for (const QDate &day : kept)
            QVERIFY2(day >= eightWeeksAgo, qPrintable(day.toString()));
        QSet<int> weeks;
        for (const QDate &day : kept)
            weeks.insert(day.weekNumber());
        QCOMPARE(weeks.size(), 8);
    }

    void nothingIsPrunedUntilTheNewestVerifies_data()
    {
        QTest::addColumn<int>("state"); // 0: never verified, 1: failed verification
        QTest::newRow("never verified") << 0;
        QTest::newRow("damaged") << 1;
    }

    void nothingIsPrunedUntilTheNewestVerifies()
    {
        QFETCH(int, state);
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
        const auto entries = history(now.date(), 60);
        auto verified = allVerified(entries);
        const QString newest = entries.constFirst().path;
        if (state == 0)
            verified.remove(newest);
        else
            verified.insert(newest, false);
        const auto decisions = Retention::decide(entries, {1, 0, 0, 0}, verified, now.toUTC());
        int held = 0;
        for (const PruneDecision &d : decisions) {
            QVERIFY(d.keep);
            // What the policy keeps says its own reason; what it would remove, the hold.
            QCOMPARE(d.rule.contains(u"nothing is pruned"_s), d.held);
            held += d.held;
        }
        QCOMPARE(held, decisions.size() - 2); // all but the newest and the newest verified one
    }

    void theNewestVerifiedIsKept()
    {
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
        auto entries = history(now.date(), 30);
        QHash<QString, bool> verified;
        verified.insert(entries[0].path, true);  // the newest verified...
        verified.insert(entries[5].path, true);
        const auto decisions = Retention::decide(entries, {1, 0, 0, 0}, verified, now.toUTC());
        QCOMPARE(keptDays(decisions).size(), 1);
        QVERIFY(decisions.constFirst().keep);
    }

    // Runbook 000's folder: story_gen-<ts>.db and jsonl-<ts>/ side by side,
    // two a day. Each is pruned as its own series, and an unverified one holds
    // back only itself.
    void eachDataSetIsPrunedOnItsOwn()
    {
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
        QList<BackupEntry> entries;
        for (const QString &name : {u"story_gen"_s, u"jsonl"_s}) {
            for (BackupEntry e : history(now.date(), 20, {}, 2)) {
                const QString stamp = e.createdAt.toString(u"yyyyMMddHHmm"_s);
                e.layout = Layout::Loose;
                e.name = name;
                e.path = name == "jsonl"_L1 ? u"/b/jsonl-"_s + stamp : u"/b/story_gen-"_s + stamp + u".db"_s;
                entries.append(e);
            }
        }
        QCOMPARE(entries.constFirst().series(), u"story_gen"_s);
        BackupEntry unnamed;
        unnamed.path = u"/b/jsonl-202603150300"_s;
        QCOMPARE(unnamed.series(), u"jsonl"_s);

        auto verified = allVerified(entries);
        auto decisions = Retention::decide(entries, *RetentionPolicy::preset(u"local-dev"_s), verified,
                                           now.toUTC());
        for (const QString &name : {u"story_gen"_s, u"jsonl"_s}) {
            QList<QDate> days;
            for (const PruneDecision &d : std::as_const(decisions)) {
                if (d.entry.name == name && d.keep)
                    days.append(d.entry.createdAt.toLocalTime().date());
            }
            QCOMPARE(QSet<QDate>(days.cbegin(), days.cend()).size(), days.size()); // one a day
            QVERIFY2(days.size() >= 14, qPrintable(name));
            QVERIFY(days.contains(now.date()));
        }

        // The newest JSONL copy has not verified: the JSONL copies stay, the databases are pruned.
        for (const BackupEntry &e : std::as_const(entries)) {
            if (e.name == "jsonl"_L1)
                verified.remove(e.path);
        }
        decisions = Retention::decide(entries, *RetentionPolicy::preset(u"local-dev"_s), verified, now.toUTC());
        int removed = 0;
        for (const PruneDecision &d : std::as_const(decisions)) {
            if (d.entry.name == "jsonl"_L1)
                QVERIFY2(d.keep, qPrintable(d.entry.path));
            QCOMPARE(d.held, d.entry.name == "jsonl"_L1 && !d.rule.startsWith(u"daily"_s)
                                 && !d.rule.startsWith(u"weekly"_s));
            removed += !d.keep;
        }
        QVERIFY(removed > 0);
    }

    // Two sets in one second: app-<ts> and, after it, app-<ts>-2. The later is kept.
    void ofTwoInOneSecondTheLaterIsNewer()
    {
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
        auto entries = history(now.date(), 1);
        BackupEntry second = entries.constFirst();
        second.path += u"-2"_s;
        entries.append(second);
        const auto decisions = Retention::decide(entries, {1, 0, 0, 0}, allVerified(entries), now.toUTC());
        QCOMPARE(decisions.constFirst().entry.path, second.path);
        QVERIFY(decisions.constFirst().keep);
        QVERIFY(!decisions.constLast().keep);
    }

    // Runbook 002: find data/ -name "*.backup.*.db" -mtime +30 -delete. Only
    // pre-migration backups are concerned; plain backups, of which the policy
    // says nothing, all stay.
    void preMigrationBackupsGoAfterTheirDays()
    {
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
        auto entries = history(now.date(), 5);
        for (int age : {10, 60}) {
            BackupEntry e;
            e.origin = u"pre_migration"_s;
            e.path = u"/d/story_registry.backup.1.0.%1.db"_s.arg(age);
            e.createdAt = now.toUTC().addDays(-age);
            entries.append(e);
        }
        RetentionPolicy policy;
        policy.preMigrationDays = 30;
        QVERIFY(!policy.isEmpty());
        const auto decisions = Retention::decide(entries, policy, {}, now.toUTC());
        for (const PruneDecision &d : decisions) {
            if (d.entry.origin == "backup"_L1)
                QVERIFY2(d.keep && !d.held, qPrintable(d.rule));
            else
                QCOMPARE(d.keep, d.entry.path.endsWith(u".10.db"_s));
        }
    }

    void snapshotsAndPreMigrationBackupsStayUnlessNamed()
    {
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
        auto entries = history(now.date(), 3);
        BackupEntry snapshot;
        snapshot.origin = u"pre_restore"_s;
        snapshot.path = u"/d/app.pre_restore.20250101_000000.db"_s;
        snapshot.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC);
        BackupEntry preMigration = snapshot;
        preMigration.origin = u"pre_migration"_s;
        preMigration.path = u"/d/app.backup.1.0.0.20250101_000000.db"_s;
        entries << snapshot << preMigration;
        const auto verified = allVerified(entries);
        const auto kept = Retention::decide(entries, {1, 0, 0, 0}, verified, now.toUTC());
        QVERIFY(std::find_if(kept.cbegin(), kept.cend(), [&](const PruneDecision &d) {
                    return d.entry.path == snapshot.path;
                })->keep);
        QVERIFY(std::find_if(kept.cbegin(), kept.cend(), [&](const PruneDecision &d) {
                    return d.entry.path == preMigration.path;
                })->keep);
        const auto named = Retention::decide(entries, {1, 0, 0, 0}, verified, now.toUTC(),
                                             {u"app.pre_restore.20250101_000000.db"_s});
        QVERIFY(!std::find_if(named.cbegin(), named.cend(), [&](const PruneDecision &d) {
                     return d.entry.path == snapshot.path;
                 })->keep);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
