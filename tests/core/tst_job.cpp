// SPDX-License-Identifier: GPL-3.0-or-later
// The job contract the GUI relies on: progress while it runs, exactly one
// finished(), a result afterwards, and a Cancel that leaves nothing behind.
#include "backupjob.h"
#include "journal.h"
#include "testsupport.h"
#include "verifyjob.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

BackupRequest bigRequest(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(u"big.db"_s);
    test::execSql(db, u"CREATE TABLE t(x);"
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)"
                      " INSERT INTO t SELECT hex(randomblob(300)) FROM n;"_s);
    BackupRequest r;
    r.destination = dir.filePath(u"out"_s);
    r.name = u"big"_s;
    r.sources = {SourceSpec::database(db)};
    return r;
}

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupJobReportsAndFinishesOnce()
    {
        QTemporaryDir dir;
        BackupJob job(bigRequest(dir));
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!job.isRunning());
        QVERIFY2(job.result(), qPrintable(job.result() ? QString() : job.result().error().message));
        QVERIFY(QFileInfo(job.result()->setPath + u"/manifest.json"_s).exists());
        QVERIFY(progress.count() >= 1);
        const auto last = progress.last().constFirst().value<Progress>();
        QVERIFY(last.bytesTotal > 0);
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QVERIFY(!last.description.isEmpty());
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        BackupJob job(bigRequest(dir));
        QSignalSpy finished(&job, &Job::finished);
        connect(&job, &Job::progressChanged, &job, [&job](const Progress &p) {
            if (p.bytesDone > 0)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.result());
        QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
        QVERIFY(QDir(dir.filePath(u"out"_s)).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void verifyJobRecordsTheVerdict()
    {
        QTemporaryDir dir;
        qputenv("LIFEBOAT_HOME", dir.filePath(u"home"_s).toUtf8());
        BackupJob backup(bigRequest(dir));
        QSignalSpy backedUp(&backup, &Job::finished);
        backup.start();
        QVERIFY(backedUp.wait(60000));
        QVERIFY(backup.result());
        auto entry = BackupDiscovery::describe(backup.result()->setPath);
        QVERIFY(entry);
        VerifyJob verify(*entry, {});
        QSignalSpy verified(&verify, &Job::finished);
        verify.start();
        QVERIFY(verified.wait(60000));
        QVERIFY(verify.result());
        QVERIFY(verify.result()->ok());
        const auto last = Journal().last(u"verify"_s, backup.result()->setPath);
        QVERIFY(last);
        QCOMPARE(last->value(u"outcome"_s).toString(), u"passed"_s);
        qunsetenv("LIFEBOAT_HOME");
    }

    void destroyingARunningJobWaitsForIt()
    {
        QTemporaryDir dir;
        {
            BackupJob job(bigRequest(dir));
            job.start();
        } // the destructor cancels and waits; the worker must not outlive the job
        QVERIFY(QDir(dir.filePath(u"out"_s)).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                || !QFileInfo::exists(dir.filePath(u"out"_s)));
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
