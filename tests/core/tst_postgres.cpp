// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL end to end, against a server the test starts itself.
#include "backupdiscovery.h"
#include "backupwriter.h"
#include "checksums.h"
#include "jobcontrol.h"
#include "postgresclient.h"
#include "restorer.h"
#include "testsupport.h"
#include "verifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;
using namespace lifeboat::test;

namespace {

const QString DsnVar = u"LIFEBOAT_TEST_PG_DSN"_s;
const QString Database = u"appdb"_s;

// Several schemas, and types beyond text and integers.
const QString Fixture = uR"(
CREATE SCHEMA app;
CREATE SCHEMA audit;
CREATE TYPE app.mood AS ENUM ('calm', 'busy');
CREATE TABLE app.users (id serial PRIMARY KEY, name text NOT NULL, mood app.mood,
                        balance numeric(12,2), tags text[], profile jsonb,
                        avatar bytea, created timestamptz DEFAULT now());
CREATE TABLE app.posts (id bigserial PRIMARY KEY, user_id int REFERENCES app.users(id),
                        body text, uid uuid DEFAULT gen_random_uuid());
CREATE TABLE audit.events (at timestamptz DEFAULT now(), what text);
CREATE TABLE public.empty_table (x int);
INSERT INTO app.users (name, mood, balance, tags, profile, avatar) VALUES
  ('ada', 'calm', 10.50, '{a,b}', '{"k": 1}', '\x0102'),
  ('bob', 'busy', 0, '{}', '{"k": [1,2]}', NULL),
  ('cy', NULL, -3.25, NULL, NULL, '\xff');
INSERT INTO app.posts (user_id, body) SELECT 1 + (g % 3), 'post ' || g FROM generate_series(1, 40) g;
INSERT INTO audit.events (what) SELECT 'event ' || g FROM generate_series(1, 7) g;
CREATE VIEW app.busy_users AS SELECT name FROM app.users WHERE mood = 'busy';
)"_s;

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QTemporaryDir m_work;
    QString m_set; // the backup of the fixture

    QString counts()
    {
        return m_server.psql(Database, u"SELECT (SELECT count(*) FROM app.users) || '/' || "
                                       "(SELECT count(*) FROM app.posts) || '/' || "
                                       "(SELECT count(*) FROM audit.events)"_s);
    }

    Result<BackupReport> backUp(const QString &out, JobControl &control)
    {
        BackupRequest request;
        request.destination = out;
        request.name = Database;
        request.sources.append(SourceSpec::postgres(DsnVar));
        return BackupWriter::run(request, control);
    }

    RestoreOptions restoreOptions() const
    {
        RestoreOptions options;
        options.dsnEnv = DsnVar;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qputenv(DsnVar.toUtf8().constData(), m_server.dsn(Database).toUtf8());
        m_server.psql(u"postgres"_s, u"CREATE DATABASE appdb"_s);
        QFile script(m_work.filePath(u"fixture.sql"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(Fixture.toUtf8());
        script.close();
        const Run fixture = runProgram(u"psql"_s,
                                       {u"--no-psqlrc"_s, u"--quiet"_s, u"--set=ON_ERROR_STOP=1"_s,
                                        u"--file="_s + script.fileName()},
                                       {}, 120000, m_server.clientEnvironment(Database));
        QVERIFY2(fixture.exitCode == 0, fixture.err.constData());
        QCOMPARE(counts(), u"3/40/7"_s);
    }

    void cleanupTestCase() { m_server.stop(); }

    void connectionKeepsThePasswordApart()
    {
        auto uri = PostgresConnection::fromDsn(u"postgresql://me:p%40ss@db.example:6543/shop?sslmode=require"_s);
        QVERIFY(uri);
        QCOMPARE(uri->database(), u"shop"_s);
        QVERIFY(!uri->conninfo().contains(u"p@ss"_s));
        QCOMPARE(uri->environment().value(u"PGPASSWORD"_s), u"p@ss"_s);
        QCOMPARE(uri->displayName(), u"postgresql://me:***@db.example:6543/shop"_s);
        QCOMPARE(uri->withDatabase(u"other"_s).conninfo(),
                 u"host='db.example' port='6543' sslmode='require' user='me' dbname='other'"_s);
        auto pairs = PostgresConnection::fromDsn(u"host=/run/pg user=me password='it''s' dbname=x"_s);
        QVERIFY(!pairs); // libpq quotes with \', not ''
        pairs = PostgresConnection::fromDsn(u"host=/run/pg user=me password='it\\'s' dbname=x"_s);
        QVERIFY(pairs);
        QCOMPARE(pairs->environment().value(u"PGPASSWORD"_s), u"it's"_s);
        QVERIFY(!pairs->conninfo().contains(u"it"_s + u'\\'));
        QCOMPARE(redactDsn(u"failed for postgresql://me:hunter2@h/db and password=hunter2"_s),
                 u"failed for postgresql://me:***@h/db and password=***"_s);
    }

    void backupWritesDumpSchemaAndCounts()
    {
        JobControl control;
        auto report = backUp(m_work.filePath(u"backups"_s), control);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        m_set = report->setPath;
        const ManifestItem &item = report->manifest.items.constFirst();
        QCOMPARE(report->manifest.items.size(), 1);
        QCOMPARE(item.type, ItemType::Postgres);
        QCOMPARE(item.backup, u"appdb.pgdump"_s);
        QVERIFY(item.postgres);
        QCOMPARE(item.postgres->database, Database);
        QVERIFY(!item.postgres->serverVersion.isEmpty());
        QVERIFY(!item.postgres->pgDumpVersion.isEmpty());
        QCOMPARE(item.postgres->tables.value(u"app.users"_s), 3);
        QCOMPARE(item.postgres->tables.value(u"app.posts"_s), 40);
        QCOMPARE(item.postgres->tables.value(u"audit.events"_s), 7);
        QCOMPARE(item.postgres->tables.value(u"public.empty_table"_s, -1), 0);
        QVERIFY(isPostgresDump(m_set + u"/appdb.pgdump"_s));
        QCOMPARE(sha256sum(m_set + u"/appdb.pgdump"_s), item.sha256);
        QCOMPARE(sha256sum(m_set + u"/schema.sql"_s), item.postgres->schemaSha256);
        QVERIFY(readFile(m_set + u"/schema.sql"_s).contains("CREATE TABLE app.users"));
        QVERIFY(!readFile(m_set + u"/schema.sql"_s).contains("COPY "));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                            | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(m_set + u"/appdb.pgdump"_s) & others, QFileDevice::Permissions());
        // sha256sum -c passes inside the folder: checksums.txt names both artifacts.
        auto sums = Checksums::read(m_set + u"/checksums.txt"_s);
        QVERIFY(sums);
        QCOMPARE(sums->entries.size(), 2);
        const Run check = runProgram(u"sha256sum"_s, {u"-c"_s, u"checksums.txt"_s}, m_set);
        QVERIFY2(check.exitCode == 0, check.out.constData());

        auto contents = PostgresClient::list(m_set + u"/appdb.pgdump"_s);
        QVERIFY(contents);
        QCOMPARE(contents->database, Database);
        QCOMPARE(contents->pgDumpVersion, item.postgres->pgDumpVersion);
        QCOMPARE(contents->serverVersion, item.postgres->serverVersion);
        QVERIFY(contents->tablesWithData.contains(u"audit.events"_s));

        auto entry = BackupDiscovery::describe(m_set);
        QVERIFY(entry);
        QCOMPARE(entry->items.constFirst().type, ItemType::Postgres);
        // Where it goes back to, without the password.
        QCOMPARE(entry->items.constFirst().restoresTo, item.source);
        QVERIFY(item.source.startsWith(u"postgresql://lifeboat:***@/appdb"_s));
    }

    // libpq's own way: a service file names the server, a passfile holds the password.
    void backupThroughAServiceFileAndPassfile()
    {
        const QUrl url(m_server.dsn(Database));
        const QUrlQuery query(url);
        const QString host = query.queryItemValue(u"host"_s);
        const QString port = query.queryItemValue(u"port"_s);
        QTemporaryDir dir;
        const QString services = dir.filePath(u"pg_service.conf"_s);
        const QString passfile = dir.filePath(u"pgpass"_s);
        QVERIFY(writeFile(services, u"[lifeboat_test]\nhost=%1\nport=%2\nuser=lifeboat\ndbname=%3\n"_s
                                        .arg(host, port, Database).toUtf8()));
        QVERIFY(writeFile(passfile, u"%1:%2:*:lifeboat:%3\n"_s.arg(host, port, m_server.password()).toUtf8()));
        QFile::setPermissions(passfile, QFile::ReadOwner | QFile::WriteOwner); // libpq ignores it otherwise
        qputenv("PGSERVICEFILE", QFile::encodeName(services));
        qputenv("PGPASSFILE", QFile::encodeName(passfile));
        auto unset = qScopeGuard([] {
            qunsetenv("PGSERVICEFILE");
            qunsetenv("PGPASSFILE");
        });

        SourceSpec source;
        source.type = ItemType::Postgres;
        source.service = u"lifeboat_test"_s;
        BackupRequest request;
        request.destination = dir.filePath(u"backups"_s);
        request.name = Database;
        request.sources = {source};
        JobControl control;
        auto report = BackupWriter::run(request, control);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const ManifestItem &item = report->manifest.items.constFirst();
        QVERIFY(item.postgres);
        QCOMPARE(item.postgres->tables.value(u"app.posts"_s), 40);
        QVERIFY2(item.source.contains(u"lifeboat_test"_s), qPrintable(item.source));
        QVERIFY(!readFile(report->setPath + u"/manifest.json"_s).contains(m_server.password().toUtf8()));

        VerifyOptions options;
        options.drill = true;
        options.service = u"lifeboat_test"_s;
        auto entry = BackupDiscovery::describe(report->setPath);
        QVERIFY(entry);
        auto verified = Verifier::verify(*entry, options, control);
        QVERIFY2(verified && verified->ok(), "the drill through the service passes");
    }

    void verifyReadsTheDumpAndDrills()
    {
        QVERIFY(!m_set.isEmpty());
        VerifyOptions options;
        options.drill = true;
        options.record = false;
        JobControl control;
        auto reports = Verifier::verifyPath(m_set, options, control);
        QVERIFY2(reports, qPrintable(reports ? QString() : reports.error().message));
        const VerifyReport &report = reports->constFirst();
        QStringList passed;
        for (const ItemVerification &item : report.items) {
            for (const CheckResult &c : item.checks) {
                QVERIFY2(c.status == CheckStatus::Pass, qPrintable(c.name + u": "_s + c.detail));
                passed.append(c.name);
            }
        }
        for (const QString &name : {u"hash_verification"_s, u"pgdump_readable"_s,
                                    u"restore_drill"_s, u"row_counts"_s})
            QVERIFY2(passed.contains(name), qPrintable(passed.join(u", "_s)));
        QCOMPARE(report.items.size(), 2); // the dump, and schema.sql hashed beside it
        QCOMPARE(m_server.psql(u"postgres"_s,
                               u"SELECT count(*) FROM pg_database WHERE datname LIKE 'lifeboat_drill%'"_s),
                 u"0"_s);
    }

    void damagedDumpFailsVerification()
    {
        QVERIFY(!m_set.isEmpty());
        const QString copy = m_work.filePath(u"damaged"_s);
        QVERIFY(QDir().mkpath(copy));
        for (const QString &f : QDir(m_set).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_set + u'/' + f, copy + u'/' + f));
        QFile dump(copy + u"/appdb.pgdump"_s);
        QVERIFY(dump.open(QIODevice::ReadWrite));
        dump.resize(dump.size() / 2);
        dump.close();
        VerifyOptions options;
        options.record = false;
        JobControl control;
        auto reports = Verifier::verifyPath(copy, options, control);
        QVERIFY(reports);
        QVERIFY(!reports->constFirst().ok());
    }

    void restoreOverChangedData()
    {
        QVERIFY(!m_set.isEmpty());
        m_server.psql(Database, u"DELETE FROM app.posts WHERE id > 10; UPDATE app.users SET name = 'x';"
                                "INSERT INTO audit.events (what) VALUES ('late')"_s);
        QCOMPARE(counts(), u"3/10/8"_s);
        JobControl control;
        auto plan = Restorer::plan(m_set, restoreOptions(), control);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->refusal, Refusal::None);
        QCOMPARE(plan->targets.size(), 1);
        QVERIFY(plan->targets.constFirst().targetExists);
        QVERIFY(!plan->targets.constFirst().target.contains(m_server.password()));
        QVERIFY(!plan->differences.isEmpty());
        auto report = Restorer::run(*plan, restoreOptions(), control);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::Restored, qPrintable(report->message));
        QCOMPARE(counts(), u"3/40/7"_s);
        QCOMPARE(m_server.psql(Database, u"SELECT string_agg(name, ',' ORDER BY id) FROM app.users"_s),
                 u"ada,bob,cy"_s);
        QCOMPARE(report->snapshots.size(), 1);
        QVERIFY(isPostgresDump(report->snapshots.constFirst()));
        // The snapshot is listed like a backup, so undoing the restore is restoring it.
        auto snapshot = BackupDiscovery::describe(report->snapshots.constFirst());
        QVERIFY(snapshot);
        QCOMPARE(snapshot->items.constFirst().type, ItemType::Postgres);
        QCOMPARE(snapshot->origin, u"pre_restore"_s);
    }

    // Killed after its snapshot, a dump's restore has changed nothing the
    // database's own transaction does not settle: no restore is left pending
    // for recover to tidy, and the snapshot stays where it is.
    void aKilledRestoreOfADumpLeavesNothingToSettle()
    {
        QVERIFY(!m_set.isEmpty());
        QTemporaryDir home;
        const QMap<QString, QString> env{{u"LIFEBOAT_HOME"_s, home.path()},
                                         {DsnVar, m_server.dsn(Database)},
                                         {u"LIFEBOAT_FAULT"_s, u"snapshots-taken"_s}};
        const QString before = counts();
        const Run killed = runProgram(QStringLiteral(LIFEBOAT_CLI), {u"restore"_s, m_set, u"--yes"_s,
                                                                     u"--dsn-env"_s, DsnVar},
                                      {}, 120000, env);
        QCOMPARE(killed.exitCode, -1);
        QCOMPARE(counts(), before);
        const QStringList snapshots = QDir(QFileInfo(m_set).absolutePath())
                                          .entryList({u"*.pre_restore.*.pgdump"_s}, QDir::Files);
        QVERIFY(!snapshots.isEmpty());
        const Run recover = runProgram(QStringLiteral(LIFEBOAT_CLI), {u"recover"_s, u"--json"_s}, {}, 120000,
                                       {{u"LIFEBOAT_HOME"_s, home.path()}});
        QCOMPARE(recover.exitCode, 0);
        QCOMPARE(recover.json().value(u"interrupted"_s).toArray().size(), 0);
        for (const QString &name : snapshots)
            QVERIFY(isPostgresDump(QFileInfo(m_set).absolutePath() + u'/' + name));
    }

    void restoreRefusedWhileAnotherSessionIsConnected()
    {
        QVERIFY(!m_set.isEmpty());
        m_server.psql(Database, u"DELETE FROM audit.events"_s);
        PostgresSessionHolder holder(m_server, Database);
        QVERIFY(holder.isReady());
        JobControl control;
        auto plan = Restorer::plan(m_set, restoreOptions(), control);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->refusal, Refusal::WritersActive);
        QVERIFY(std::any_of(plan->processes.cbegin(), plan->processes.cend(), [](const HoldingProcess &p) {
            return p.command.contains(u"lifeboat-test-holder"_s);
        }));
        auto run = Restorer::run(*plan, restoreOptions(), control);
        QVERIFY(!run);
        QCOMPARE(run.error().code, ErrorCode::Busy);
        QCOMPARE(m_server.psql(Database, u"SELECT count(*) FROM audit.events"_s), u"0"_s);
    }

    void restoreRefusedWhenTheServerDoesNotAnswer()
    {
        QVERIFY(!m_set.isEmpty());
        const QString down = m_work.filePath(u"no-server"_s);
        qputenv("LIFEBOAT_TEST_PG_DOWN", u"postgresql://lifeboat:x@/appdb?host=%1"_s.arg(down).toUtf8());
        RestoreOptions options;
        options.dsnEnv = u"LIFEBOAT_TEST_PG_DOWN"_s;
        JobControl control;
        auto plan = Restorer::plan(m_set, options, control);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->refusal, Refusal::ServerUnreachable);
        QCOMPARE(refusalName(plan->refusal), u"server_unreachable"_s);
    }

    void failingRestoreRollsBack_data()
    {
        QTest::addColumn<bool>("pgRestoreFails");
        QTest::newRow("smoke check fails") << false;
        QTest::newRow("pg_restore fails") << true;
    }

    void failingRestoreRollsBack()
    {
        QFETCH(bool, pgRestoreFails);
        QVERIFY(!m_set.isEmpty());
        m_server.psql(Database, u"DELETE FROM app.posts WHERE id > 5"_s);
        RestoreOptions options = restoreOptions();
        if (pgRestoreFails) {
            // A view made after the backup depends on a table the restore must drop.
            m_server.psql(Database, u"CREATE VIEW public.post_count AS SELECT count(*) FROM app.posts"_s);
        } else {
            SmokeCheck smoke;
            smoke.name = u"posts"_s;
            smoke.database = Database;
            smoke.query = u"SELECT count(*) FROM app.posts"_s;
            smoke.expect = u"999"_s;
            options.smokeChecks.append(smoke);
        }
        JobControl control;
        auto plan = Restorer::plan(m_set, options, control);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->refusal, Refusal::None);
        auto report = Restorer::run(*plan, options, control);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->outcome == RestoreReport::Outcome::RolledBack, qPrintable(report->message));
        QCOMPARE(m_server.psql(Database, u"SELECT count(*) FROM app.posts"_s), u"5"_s);
        if (pgRestoreFails) {
            QVERIFY2(report->message.contains(u"pg_restore"_s), qPrintable(report->message));
            m_server.psql(Database, u"DROP VIEW public.post_count"_s);
        } else {
            const auto rollback = std::find_if(report->checks.cbegin(), report->checks.cend(), [](const CheckResult &c) {
                return c.name == "rollback_row_counts"_L1;
            });
            QVERIFY(rollback != report->checks.cend());
            QCOMPARE(rollback->status, CheckStatus::Pass);
        }
    }

    void restoreIntoANewDatabase()
    {
        QVERIFY(!m_set.isEmpty());
        RestoreOptions options = restoreOptions();
        options.to = u"appdb_copy"_s;
        JobControl control;
        auto plan = Restorer::plan(m_set, options, control);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QVERIFY(!plan->targets.constFirst().targetExists);
        auto report = Restorer::run(*plan, options, control);
        QVERIFY2(report && report->outcome == RestoreReport::Outcome::Restored,
                 qPrintable(report ? report->message : report.error().message));
        QCOMPARE(m_server.psql(u"appdb_copy"_s, u"SELECT count(*) FROM app.posts"_s), u"40"_s);
        QVERIFY(report->snapshots.isEmpty());
    }

    void cancelStopsPgDumpAndLeavesNothing()
    {
        const QString out = m_work.filePath(u"cancelled"_s);
        JobControl control(
            [&control](const Progress &p) {
                if (p.description.contains(u"Dumping"_s))
                    control.cancel();
            },
            0);
        auto report = backUp(out, control);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QVERIFY(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void runbookLayoutIsRecognised()
    {
        // backup_postgres.sh's folder: <db>.pgdump, schema.sql, checksums.txt, its own manifest.json.
        const QString dir = m_work.filePath(u"runbook/postgres/latest"_s);
        QVERIFY(QDir().mkpath(dir));
        const auto env = m_server.clientEnvironment(Database);
        QCOMPARE(runProgram(u"pg_dump"_s, {u"--format=custom"_s, u"--file=brainstem.pgdump"_s}, dir, 120000, env).exitCode, 0);
        QCOMPARE(runProgram(u"pg_dump"_s, {u"--schema-only"_s, u"--file=schema.sql"_s}, dir, 120000, env).exitCode, 0);
        QVERIFY(writeFile(dir + u"/manifest.json"_s, R"({"timestamp": "2026-01-14T12:00:00Z", "database": "brainstem"})"));
        const Run sums = runProgram(u"sh"_s, {u"-c"_s, u"sha256sum brainstem.pgdump schema.sql > checksums.txt"_s}, dir);
        QCOMPARE(sums.exitCode, 0);

        auto entry = BackupDiscovery::describe(dir);
        QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().message));
        QCOMPARE(entry->layout, Layout::Checksums);
        QCOMPARE(entry->items.size(), 2);
        QCOMPARE(entry->items.at(0).name, u"brainstem"_s);
        QCOMPARE(entry->items.at(0).type, ItemType::Postgres);
        QCOMPARE(entry->items.at(1).type, ItemType::File);
        VerifyOptions options;
        options.record = false;
        JobControl control;
        auto reports = Verifier::verifyPath(dir, options, control);
        QVERIFY(reports);
        QVERIFY(reports->constFirst().ok());

        // restore_postgres.sh's way: the folder, or the dump in it. schema.sql
        // goes with the dump, and the snapshot beside the set, never into it.
        RestoreOptions restoreTo = restoreOptions();
        restoreTo.to = Database;
        std::optional<RestorePlan> plan;
        for (const QString &backup : {dir, dir + u"/brainstem.pgdump"_s}) {
            auto planned = Restorer::plan(backup, restoreTo, control);
            QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().message));
            QCOMPARE(planned->targets.size(), 1);
            QCOMPARE(planned->targets.constFirst().item.type, ItemType::Postgres);
            QCOMPARE(QFileInfo(planned->targets.constFirst().snapshot).absolutePath(), QFileInfo(dir).absolutePath());
            plan = *planned;
        }
        auto report = Restorer::run(*plan, restoreTo, control);
        QVERIFY2(report && report->outcome == RestoreReport::Outcome::Restored,
                 qPrintable(report ? report->message : report.error().message));
        auto after = BackupDiscovery::describe(dir);
        QVERIFY(after);
        QCOMPARE(after->items.size(), 2);
        QVERIFY(Verifier::verifyPath(dir, options, control)->constFirst().ok());
    }

    void passwordNeverAppears()
    {
        const QString home = m_work.filePath(u"home"_s);
        const QString out = m_work.filePath(u"cli"_s);
        const QByteArray password = m_server.password().toUtf8();
        QList<Run> runs;
        runs << runCliAt(home, {u"backup"_s, u"--postgres"_s, DsnVar, u"--out"_s, out, u"--json"_s}, {});
        QCOMPARE(runs.last().exitCode, 0);
        const QString set = runs.last().json().value(u"set"_s).toString();
        runs << runCliAt(home, {u"backup"_s, u"--postgres"_s, DsnVar, u"--out"_s, out}, {});
        runs << runCliAt(home, {u"verify"_s, set, u"--drill"_s, u"--json"_s}, {});
        QCOMPARE(runs.last().exitCode, 0);
        runs << runCliAt(home, {u"verify"_s, set, u"--drill"_s}, {});
        runs << runCliAt(home, {u"restore"_s, set, u"--dry-run"_s, u"--json"_s}, {});
        QCOMPARE(runs.last().exitCode, 0);
        runs << runCliAt(home, {u"restore"_s, set, u"--yes"_s}, {});
        QCOMPARE(runs.last().exitCode, 0);
        runs << runCliAt(home, {u"list"_s, out, u"--json"_s}, {});
        runs << runCliAt(home, {u"inspect"_s, set}, {});
        runs << runCliAt(home, {u"journal"_s, u"--json"_s}, {});
        QVERIFY(runs.last().out.contains("restore"));
        for (const Run &r : std::as_const(runs)) {
            QVERIFY2(!r.out.contains(password), r.out.constData());
            QVERIFY2(!r.err.contains(password), r.err.constData());
        }
        QVERIFY(!readFile(set + u"/manifest.json"_s).contains(password));
        QDirIterator it(home, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QVERIFY2(!readFile(file).contains(password), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
