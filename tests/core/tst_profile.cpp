// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupdiscovery.h"
#include "profile.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lifeboat;

const QByteArray WholeProfile = "{\n"
    "            \"name\": \"lrl\", \"environment\": \"dev\", \"destination\": \"../backups\",\n"
    "            \"compression\": \"gzip\",\n"
    "            \"required_tables\": [\"users\", \"content\", \"assets\"],\n"
    "            \"sources\": [\n"
    "                {\"type\": \"sqlite\", \"path\": \"${LAB_DATA_DIR:-./data}/lrl.db\"},\n"
    "                {\"type\": \"assets\", \"path\": \"${LAB_DATA_DIR:-./data}/assets\"},\n"
    "                {\"type\": \"files\", \"glob\": \"${STORY_GEN_DB_PATH}/../*.jsonl\",\n"
    "                 \"version_query\": \"SELECT 1\"},\n"
    "                {\"type\": \"postgresql\", \"dsn_env\": \"APP_DATABASE_URL\"},\n"
    "                {\"type\": \"postgres\", \"service\": \"brainstem\", \"database\": \"memory\"}\n"
    "            ],\n"
    "            \"retention\": {\"preset\": \"local-dev\", \"keep_last\": 3},\n"
    "            \"rpo_hours\": 24, \"rto_hours\": 4,\n"
    "            \"smoke_checks\": [\n"
    "                {\"type\": \"sql\", \"query\": \"SELECT count(*) FROM users\", \"expect\": \"3\"},\n"
    "                {\"type\": \"http\", \"url\": \"http://127.0.0.1:8000/healthz\", \"status\": 200,\n"
    "                 \"header\": \"Authorization: Bearer ${TOKEN:-t}\"},\n"
    "                {\"type\": \"command\", \"command\": [\"uv\", \"run\", \"pytest\"], \"exit_code\": 0}\n"
    "            ],\n"
    "            \"smoke_app\": {\"command\": [\"uv\", \"run\", \"uvicorn\", \"api:app\"],\n"
    "                          \"ready_url\": \"http://127.0.0.1:8000/healthz\", \"timeout_seconds\": 20}\n"
    "        }"_ba;

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAWholeProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"app/lifeboat.json"_s);
        QVERIFY(test::writeFile(path, WholeProfile));
        QProcessEnvironment env;
        env.insert(u"STORY_GEN_DB_PATH"_s, u"/srv/story/work/local/story_gen.db"_s);
        auto p = Profile::load(path, env);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->name, u"lrl"_s);
        QCOMPARE(p->destination, dir.filePath(u"backups"_s));
        QCOMPARE(p->compression, Compression::Gzip);
        QCOMPARE(p->sources.size(), 5);
        QCOMPARE(p->sources[0].path, dir.filePath(u"app/data/lrl.db"_s));
        QCOMPARE(p->sources[0].requiredTables, (QStringList{u"users"_s, u"content"_s, u"assets"_s}));
        QCOMPARE(p->sources[1].type, ItemType::Assets);
        QCOMPARE(p->sources[2].glob, u"/srv/story/work/local/*.jsonl"_s);
        QCOMPARE(p->sources[3].type, ItemType::Postgres);
        QCOMPARE(p->sources[3].dsnEnv, u"APP_DATABASE_URL"_s);
        QCOMPARE(p->sources[4].service, u"brainstem"_s);
        QCOMPARE(p->sources[4].dbname, u"memory"_s);
        QCOMPARE(p->retention.daily, 14);
        QCOMPARE(p->retention.weekly, 8);
        QCOMPARE(p->retention.keepLast, 3);
        QCOMPARE(p->rpoHours, 24.0);
        QCOMPARE(p->smokeChecks.size(), 3);
        QCOMPARE(p->smokeChecks[2].command, (QStringList{u"uv"_s, u"run"_s, u"pytest"_s}));
        QCOMPARE(p->smokeChecks[2].workingDirectory, QFileInfo(p->path).absolutePath());
        QVERIFY(p->smokeApp);
        QCOMPARE(p->smokeApp->command.constLast(), u"api:app"_s);
        QCOMPARE(p->smokeApp->readyUrl, u"http://127.0.0.1:8000/healthz"_s);
        QCOMPARE(p->smokeApp->timeoutSeconds, 20);
        QCOMPARE(p->smokeApp->workingDirectory, QFileInfo(p->path).absolutePath());
    }

    void variablesExpand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("set") << u"${HOME_DIR}/x"_s << u"/home/me/x"_s;
        QTest::newRow("default unused") << u"${HOME_DIR:-/tmp}"_s << u"/home/me"_s;
        QTest::newRow("default used") << u"${LAB_DATA_DIR:-./data}/lrl.db"_s << u"./data/lrl.db"_s;
        QTest::newRow("plain dollar") << u"cost $5"_s << u"cost $5"_s;
        QTest::newRow("two") << u"${HOME_DIR}${HOME_DIR}"_s << u"/home/me/home/me"_s;
    }

    void variablesExpand()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QProcessEnvironment env;
        env.insert(u"HOME_DIR"_s, u"/home/me"_s);
        auto out = expandVariables(text, env);
        QVERIFY(out);
        QCOMPARE(*out, expected);
    }

    // A backup of one database is held to its source's tables; one of several
    // databases, to what each one's manifest recorded, never to one list for all.
    void requiredTablesGoWithTheirDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lifeboat.json"_s);
        QVERIFY(test::writeFile(path, R"({"name": "app", "required_tables": ["users"],
            "sources": [{"type": "sqlite", "path": "data/app.db", "required_tables": ["notes"]},
                        {"type": "sqlite", "path": "data/events.db"}]})"));
        auto profile = Profile::load(path, QProcessEnvironment());
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
        const auto database = [&dir](const QString &source) {
            BackupItem item;
            item.type = ItemType::Database;
            item.source = dir.filePath(source);
            return item;
        };
        BackupEntry entry;
        entry.items = {database(u"data/app.db"_s)};
        QCOMPARE(profile->requiredTablesFor(entry), QStringList{u"notes"_s});
        entry.items = {database(u"data/events.db"_s)};
        QCOMPARE(profile->requiredTablesFor(entry), QStringList{u"users"_s});
        entry.items = {database(u"data/app.db"_s), database(u"data/events.db"_s)};
        QCOMPARE(profile->requiredTablesFor(entry), QStringList());
    }

    void mistakesNameTheKeyAndFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::newRow("not json") << "{ name: lrl }"_ba << u"not valid JSON"_s;
        QTest::newRow("no name") << "{\"sources\": [{\"type\": \"sqlite\", \"path\": \"a.db\"}]}"_ba << u"\"name\""_s;
        QTest::newRow("no sources") << "{\"name\": \"x\"}"_ba << u"\"sources\""_s;
        QTest::newRow("bad type") << "{\"name\": \"x\", \"sources\": [{\"type\": \"mysql\", \"path\": \"a\"}]}"_ba
                                  << u"\"sources[0].type\""_s;
        QTest::newRow("no path") << "{\"name\": \"x\", \"sources\": [{\"type\": \"sqlite\"}]}"_ba
                                 << u"\"sources[0].path\""_s;
        QTest::newRow("unset variable")
            << "{\"name\": \"x\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"${NOPE_UNSET}/a.db\"}]}"_ba
            << u"at \"sources[0].path\": The environment variable NOPE_UNSET is not set"_s;
        QTest::newRow("compression") << "{\"name\": \"x\", \"compression\": \"rar\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"a\"}]}"_ba
                                     << u"\"compression\""_s;
        QTest::newRow("rpo") << "{\"name\": \"x\", \"rpo_hours\": \"daily\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"a\"}]}"_ba
                             << u"\"rpo_hours\""_s;
        QTest::newRow("remote http") << "{\"name\": \"x\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"a\"}],\n"
    "                                          \"smoke_checks\": [{\"type\": \"http\", \"url\": \"http://example.com/\"}]}"_ba
                                     << u"\"smoke_checks[0].url\""_s;
        QTest::newRow("remote smoke app") << "{\"name\": \"x\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"a\"}],\n"
    "                                          \"smoke_app\": {\"command\": [\"x\"], \"ready_url\": \"http://example.com/\"}}"_ba
                                          << u"\"smoke_app.ready_url\""_s;
        QTest::newRow("smoke app without command") << "{\"name\": \"x\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"a\"}],\n"
    "                                          \"smoke_app\": {\"ready_url\": \"http://127.0.0.1/\"}}"_ba
                                                   << u"\"smoke_app.command\""_s;
        QTest::newRow("retention preset") << "{\"name\": \"x\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"a\"}],\n"
    "                                               \"retention\": {\"preset\": \"forever\"}}"_ba
                                          << u"\"retention.preset\""_s;
        QTest::newRow("postgres without dsn") << "{\"name\": \"x\", \"sources\": [{\"type\": \"postgres\"}]}"_ba
                                              << u"\"sources[0].dsn_env\""_s;
        QTest::newRow("postgres with dsn and service")
            << "{\"name\": \"x\", \"sources\": [{\"type\": \"postgres\", \"dsn_env\": \"A\", \"service\": \"b\"}]}"_ba
            << u"\"sources[0].dsn_env\""_s;
    }

    void mistakesNameTheKeyAndFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lifeboat.json"_s);
        QVERIFY(test::writeFile(path, content));
        auto p = Profile::load(path, QProcessEnvironment());
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::InvalidManifest);
        QVERIFY2(p.error().message.contains(key), qPrintable(p.error().message));
        QVERIFY2(p.error().message.contains(path), qPrintable(p.error().message));
        QVERIFY2(!p.error().message.contains(u".."_s) && !p.error().message.contains(u"\" The"_s),
                 qPrintable(p.error().message)); // one sentence, not two run together
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
