// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Newest first, a damaged line skipped, and with mustContain only the
    // lines that hold it: what every command reads to find interrupted restores.
    void entriesNewestFirstAndFiltered()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath(u"journal.jsonl"_s));
        QVERIFY(journal.record({{u"operation"_s, u"backup"_s}, {u"target"_s, u"/a"_s}}));
        QVERIFY(journal.record({{u"operation"_s, u"restore_started"_s}, {u"restore_id"_s, u"r1"_s}}));
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("{\"operation\": \"cut short\n") > 0); // a line a crash left half written
        file.close();
        QVERIFY(journal.record({{u"operation"_s, u"verify"_s}, {u"target"_s, u"/a"_s}}));
        QVERIFY(journal.record({{u"operation"_s, u"restore"_s}, {u"restore_id"_s, u"r1"_s}}));

        QStringList operations;
        for (const QJsonObject &e : journal.entries())
            operations.append(e.value(u"operation"_s).toString());
        QCOMPARE(operations, (QStringList{u"restore"_s, u"verify"_s, u"restore_started"_s, u"backup"_s}));
        QCOMPARE(journal.entries(2).size(), 2);

        operations.clear();
        for (const QJsonObject &e : journal.entries(0, "\"restore_id\""))
            operations.append(e.value(u"operation"_s).toString());
        QCOMPARE(operations, (QStringList{u"restore"_s, u"restore_started"_s}));
    }

    // An entry told as Markdown says what was recorded, whatever it holds:
    // a path with a backtick stays one code span, markup in a message stays
    // text, a message's further lines stay in its item, a version reads as is.
    void describedAsRecorded()
    {
        const QString told = Journal::describe({{u"operation"_s, u"backup"_s},
                                                {u"target"_s, u"/srv/a`b/set"_s},
                                                {u"host"_s, u"build_box"_s},
                                                {u"schema_version"_s, u"1.2.0"_s},
                                                {u"message"_s, u"1. kept *all* of _it_ <b>\n- and more"_s},
                                                {u"duration_ms"_s, 2500}});
        const QStringList lines = told.split(u'\n');
        QVERIFY2(lines.contains(u"- target: `` /srv/a`b/set ``"_s), qPrintable(told));
        QVERIFY2(lines.contains(u"- host: build_box, operator: , Lifeboat "_s), qPrintable(told));
        QVERIFY2(lines.contains(u"- schema version: 1.2.0"_s), qPrintable(told));
        QVERIFY2(lines.contains(u"- 1\\. kept \\*all\\* of \\_it\\_ \\<b\\>"_s), qPrintable(told));
        QVERIFY2(lines.contains(u"  \\- and more"_s), qPrintable(told));
        QVERIFY2(lines.contains(u"- duration: 2.5 s"_s), qPrintable(told));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
