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
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
