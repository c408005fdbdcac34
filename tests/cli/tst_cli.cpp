// SPDX-License-Identifier: GPL-3.0-or-later
// lifeboat-cli as a user runs it: a real process, its exit code, stdout and stderr.
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QtTest>

#include <numeric>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lifeboat;

namespace {

bool makeApp(const QString &root)
{
    return test::execSql(root + u"/data/app.db"_s,
                         u"PRAGMA journal_mode=WAL; CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                         "CREATE TABLE meta(key TEXT, value TEXT);"
                         "INSERT INTO meta VALUES('schema_version', '2.3.0');"
                         "INSERT INTO notes(body) VALUES ('one'), ('two');"_s)
           && test::writeFile(root + u"/data/assets/사진/a.png"_s, QByteArray(3000, 'a'))
           && test::writeFile(root + u"/data/work/runs.jsonl"_s, "{\"a\":1}\n"_ba)
           && test::writeFile(root + u"/data/work/other.jsonl"_s, "{\"b\":2}\n"_ba);
}

// Three MiB of notes: more than the small filesystems the tests mount hold.
bool growApp(const QString &root)
{
    return test::execSql(root + u"/data/app.db"_s,
                         u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                         " INSERT INTO notes(body) SELECT hex(randomblob(500)) FROM n;"_s);
}

// A profile for data/app.db whose smoke check expects that many notes.
bool writeSmokeProfile(const QString &root, const char *notes)
{
    return test::writeFile(root + u"/lifeboat.json"_s,
                           "{\"name\": \"app\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/app.db\"}],"
                           " \"smoke_checks\": [{\"type\": \"sql\", \"query\": \"SELECT count(*) FROM notes\","
                           " \"expect\": \""
                               + QByteArray(notes) + "\"}]}");
}

// Makes the app and backs up its database and assets to out/; returns the
// set, or nothing (and says why) when either failed.
QString backUpApp(const QString &root, const QString &home)
{
    if (!makeApp(root))
        return {};
    const auto backup = test::runCliAt(home, {u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--assets"_s,
                                              u"data/assets"_s, u"--out"_s, u"out"_s, u"--json"_s},
                                       root);
    const QString set = backup.json().value(u"set"_s).toString();
    if (set.isEmpty())
        qWarning("%s", backup.err.constData());
    return set;
}

// The JSON document a command printed, before the `ls` a test ran after it.
QJsonObject jsonBeforeListing(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.left(out.lastIndexOf('}') + 1)).object();
}

// Each file below a folder with its SHA-256: what a restore must bring back exactly.
QMap<QString, QString> contentOf(const QString &root)
{
    QMap<QString, QString> content = test::snapshotTree(root);
    for (QString &value : content)
        value = value.section(u' ', 0, 0);
    return content;
}

// Backs up the app's database alone to out/; returns the set, or nothing.
QString backUpDatabase(const QString &root)
{
    const auto backup = test::runCli({u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s, u"out"_s, u"--json"_s},
                                     root);
    return backup.json().value(u"set"_s).toString();
}

// Runs a shell line in a private mount namespace, for filesystems a test mounts itself.
bool canMount()
{
    return ::geteuid() == 0
           && test::runProgram(u"unshare"_s, {u"--mount"_s, u"true"_s}).exitCode == 0;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpHelps()
    {
        const auto overview = test::runCli({u"--help"_s});
        QCOMPARE(overview.exitCode, 0);
        for (const char *word : {"backup", "list", "inspect", "Examples", "130"})
            QVERIFY2(overview.out.contains(word), word);
        const auto backup = test::runCli({u"backup"_s, u"--help"_s});
        QCOMPARE(backup.exitCode, 0);
        for (const char *word : {"--out", "--db", "--assets", "--files", "--compression", "Examples",
                                 "lifeboat-cli backup --db"})
            QVERIFY2(backup.out.contains(word), word);
        QCOMPARE(test::runCli({}).exitCode, 2);
        const auto unknown = test::runCli({u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("frobnicate"));
        // With --json, a script gets the contract's error object, as from any command.
        const auto unknownJson = test::runCli({u"frobnicate"_s, u"--json"_s});
        QCOMPARE(unknownJson.exitCode, 2);
        QCOMPARE(unknownJson.json().value(u"ok"_s), QJsonValue(false));
        QCOMPARE(unknownJson.json().value(u"error"_s)[u"code"_s].toString(), u"invalid_argument"_s);
        QVERIFY(unknownJson.json().value(u"error"_s)[u"message"_s].toString().contains(u"frobnicate"_s));
        // The overview keeps each summary whole, up to its sentence's end.
        QVERIFY2(overview.out.contains("JSONL\n") || overview.out.contains("JSONL stores"), overview.out.constData());
        // A command's help starts with what it does.
        const auto list = test::runCli({u"list"_s, u"--help"_s});
        QVERIFY2(list.out.startsWith("List every backup"), list.out.constData());

        // In Korean too, every command's help is under Korean headings and
        // fits 80 columns, a Hangul character taking two, up to its examples.
        const QStringList commands{u"backup"_s, u"list"_s, u"inspect"_s, u"verify"_s, u"restore"_s,
                                   u"recover"_s, u"prune"_s, u"guard"_s, u"journal"_s, u"status"_s, u"schedule"_s};
        for (const QString &command : commands) {
            const auto help = test::runProgram(QStringLiteral(LIFEBOAT_CLI), {command, u"--help"_s}, {}, 60000,
                                               {{u"LANG"_s, u"ko_KR.UTF-8"_s}, {u"LC_ALL"_s, u"ko_KR.UTF-8"_s}});
            QCOMPARE(help.exitCode, 0);
            const QString text = QString::fromUtf8(help.out);
            QVERIFY2(text.contains(u"\n옵션:\n"_s) && !text.contains(u"Options:"_s), qPrintable(text));
            for (const QString &line : text.left(text.indexOf(u"\n예:\n"_s)).split(u'\n')) {
                const qsizetype columns = std::accumulate(line.cbegin(), line.cend(), qsizetype(0), [](qsizetype n, QChar c) {
                    return n + (c.unicode() >= 0x1100 ? 2 : 1);
                });
                QVERIFY2(columns <= 80, qPrintable(command + u": "_s + line));
            }
        }

        // Usage errors are one JSON document too, when JSON was asked for.
        for (const QStringList &wrong : {QStringList{u"backup"_s, u"--json"_s, u"--bogus"_s},
                                         QStringList{u"backup"_s, u"--json"_s, u"--out"_s, u"x"_s, u"--db"_s},
                                         QStringList{u"frobnicate"_s, u"--json"_s}}) {
            const auto run = test::runCli(wrong);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"invalid_argument"_s);
        }
    }

    // The issue's "done when": a set that sha256sum -c accepts and whose manifest matches.
    void backupWritesASetThatChecksOut()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const auto run = test::runCli({u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--assets"_s,
                                       u"data/assets"_s, u"--files"_s, u"data/work/*.jsonl"_s,
                                       u"--out"_s, u"out"_s, u"--label"_s, u"nightly"_s, u"--json"_s},
                                      dir.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty()); // no progress when stderr is not a terminal
        const QJsonObject doc = run.json();
        QVERIFY2(doc.value(u"ok"_s).toBool(), run.out.constData());
        const QString set = doc.value(u"set"_s).toString();
        QVERIFY(QDir::isAbsolutePath(set));
        QCOMPARE(QFileInfo(set).absolutePath(), dir.filePath(u"out"_s));

        const auto check = test::runProgram(u"sha256sum"_s, {u"-c"_s, u"checksums.txt"_s}, set);
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QCOMPARE(check.out.count("OK"), 4);

        const QJsonObject manifest = doc.value(u"manifest"_s).toObject();
        QCOMPARE(manifest.value(u"label"_s).toString(), u"nightly"_s);
        const QJsonArray items = manifest.value(u"backups"_s).toArray();
        QCOMPARE(items.size(), 4);
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QString artifact = set + u'/' + item.value(u"backup"_s).toString();
            QCOMPARE(item.value(u"sha256"_s).toString(), test::sha256sum(artifact));
            QCOMPARE(item.value(u"size_bytes"_s).toInteger(), QFileInfo(artifact).size());
        }
        QCOMPARE(items[0].toObject().value(u"sqlite"_s).toObject().value(u"schema_version"_s).toString(),
                 u"2.3.0"_s);
        QCOMPARE(items[1].toObject().value(u"file_count"_s).toInt(), 1);
        QCOMPARE(test::readFile(set + u"/manifest.json"_s).isEmpty(), false);
    }

    void backupErrorsAreClearAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing database") << QStringList{u"--db"_s, u"data/none.db"_s, u"--out"_s, u"out"_s}
                                          << 2 << u"not_found"_s << u"data/none.db"_s;
        QTest::newRow("not a database") << QStringList{u"--db"_s, u"data/work/runs.jsonl"_s, u"--out"_s, u"out"_s}
                                        << 2 << u"not_a_database"_s << u"runs.jsonl"_s;
        QTest::newRow("a folder as a database") << QStringList{u"--db"_s, u"data/assets"_s, u"--out"_s, u"out"_s}
                                                << 2 << u"not_a_database"_s << u"is a folder"_s;
        QTest::newRow("missing folder") << QStringList{u"--assets"_s, u"data/nope"_s, u"--out"_s, u"out"_s}
                                        << 2 << u"not_found"_s << u"data/nope"_s;
        QTest::newRow("no destination") << QStringList{u"--db"_s, u"data/app.db"_s}
                                        << 2 << u"invalid_argument"_s << u"--out"_s;
        QTest::newRow("nothing to back up") << QStringList{u"--out"_s, u"out"_s}
                                            << 2 << u"invalid_argument"_s << u"--db"_s;
        QTest::newRow("bad compression") << QStringList{u"--assets"_s, u"data/assets"_s, u"--out"_s,
                                                        u"out"_s, u"--compression"_s, u"rar"_s}
                                         << 2 << u"invalid_argument"_s << u"gzip"_s;
        QTest::newRow("bad profile") << QStringList{u"--profile"_s, u"data/work/runs.jsonl"_s, u"--out"_s, u"out"_s}
                                     << 2 << u"invalid_manifest"_s << u"runs.jsonl"_s;
    }

    void backupErrorsAreClearAndChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const auto before = test::snapshotTree(dir.path());
        const auto run = test::runCli(QStringList{u"backup"_s} + arguments + QStringList{u"--json"_s},
                                      dir.path());
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject error = run.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY2(error.value(u"message"_s).toString().contains(mentions), run.out.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QCOMPARE(test::snapshotTree(dir.path()), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"out"_s))
                || QDir(dir.filePath(u"out"_s)).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void readOnlyDestinationIsRefused()
    {
        if (!canMount())
            QSKIP("needs root and mount namespaces to mount a read-only filesystem");
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QVERIFY(QDir().mkpath(dir.filePath(u"ro"_s)));
        const QString line = u"mount -t tmpfs -o ro none ro && exec '%1' backup --db data/app.db "
                             "--out ro/backups --json"_s.arg(QStringLiteral(LIFEBOAT_CLI));
        const auto run = test::runProgram(u"unshare"_s, {u"--mount"_s, u"sh"_s, u"-c"_s, line}, dir.path());
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_writable"_s);
        QVERIFY2(run.err.contains("ro/backups"), run.err.constData());
    }

    void fullDiskFailsCleanly_data()
    {
        QTest::addColumn<QString>("sources");   // what to back up
        QTest::addColumn<QString>("kept");      // a source file that must stay as it was
        QTest::newRow("database") << u"--db data/app.db"_s << u"data/app.db"_s;
        // An archive is compressed on a thread of its own: its failure must
        // still come back as the disk being full.
        for (const QString &compression : {u"zstd"_s, u"gzip"_s, u"none"_s})
            QTest::addRow("archive, %s", qPrintable(compression))
                << u"--assets data/noise --compression "_s + compression << u"data/noise/noise-0.bin"_s;
    }

    void fullDiskFailsCleanly()
    {
        QFETCH(QString, sources);
        QFETCH(QString, kept);
        if (!canMount())
            QSKIP("needs root and mount namespaces to mount a small filesystem");
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QVERIFY(growApp(dir.path()));
        for (int i = 0; i < 3; ++i) {
            QByteArray noise(1 << 20, Qt::Uninitialized);
            QRandomGenerator(i + 1).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
            QVERIFY(test::writeFile(dir.filePath(u"data/noise/noise-%1.bin"_s.arg(i)), noise));
        }
        const QString source = test::sha256sum(dir.filePath(kept));
        QVERIFY(QDir().mkpath(dir.filePath(u"small"_s)));
        // 1 MiB of room for 3 MiB of data: the copy or the archive runs out of space.
        const QString line = u"mount -t tmpfs -o size=1m none small && '%1' backup %2 "
                             "--out small/backups --json; code=$?; ls -A small/backups; exit $code"_s
                                 .arg(QStringLiteral(LIFEBOAT_CLI), sources);
        const auto run = test::runProgram(u"unshare"_s, {u"--mount"_s, u"sh"_s, u"-c"_s, line}, dir.path());
        const QJsonObject error = jsonBeforeListing(run.out).value(u"error"_s).toObject();
        const bool sourceKept = test::sha256sum(dir.filePath(kept)) == source;
        test::recordFault(u"full filesystem during backup"_s,
                          run.exitCode == 1 && error.value(u"code"_s).toString() == "disk_full"_L1
                              && run.out.trimmed().endsWith('}') && sourceKept,
                          !sourceKept);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(error.value(u"code"_s).toString(), u"disk_full"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(u"small/backups"_s), run.out.constData());
        // Nothing half-written is left (ls printed nothing after the JSON) and the source is untouched.
        QVERIFY2(run.out.trimmed().endsWith('}'), run.out.constData());
        QCOMPARE(test::sha256sum(dir.filePath(kept)), source);
    }

    void permissionDeniedNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QVERIFY(test::writeFile(dir.filePath(u"data/assets/secret.key"_s), "k"_ba));
        QFile::setPermissions(dir.filePath(u"data/assets/secret.key"_s), QFile::ReadOwner | QFile::WriteOwner);
        QStringList command{QStringLiteral(LIFEBOAT_CLI), u"backup"_s, u"--assets"_s,
                            dir.filePath(u"data/assets"_s), u"--out"_s, dir.filePath(u"out"_s)};
        if (::geteuid() == 0) {
            // As root every file is readable: run as nobody, as a user would meet it.
            if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
                QSKIP("setpriv is not installed");
            QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755));
            QVERIFY(QDir().mkpath(dir.filePath(u"out"_s)));
            QFile::setPermissions(dir.filePath(u"out"_s), QFileDevice::Permissions(0x7777));
            test::runProgram(u"chmod"_s, {u"-R"_s, u"a+rX"_s, dir.filePath(u"data"_s)});
            QFile::setPermissions(dir.filePath(u"data/assets/secret.key"_s), QFile::ReadOwner);
            command = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s} + command;
            command.prepend(u"setpriv"_s);
        }
        const auto run = test::runProgram(command.takeFirst(), command);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("secret.key"), run.err.constData());
        QVERIFY(QDir(dir.filePath(u"out"_s)).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    // A folder the user may not write to: a WAL database in it cannot be
    // read without its -shm, and nothing can be restored into it. Both are
    // said of the folder, with what to do.
    void aFolderThatCannotBeWrittenIsNamed()
    {
        if (::geteuid() == 0 && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
            QSKIP("setpriv is not installed");
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path())); // a WAL database, closed: no -wal or -shm beside it
        QTemporaryDir home;
        const QString set = test::runCliAt(home.path(), {u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s,
                                                          u"backups"_s, u"--json"_s}, dir.path())
                                .json().value(u"set"_s).toString();
        QVERIFY(!set.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"data/app.db-shm"_s)));
        QStringList prefix;
        if (::geteuid() == 0) {
            test::runProgram(u"chmod"_s, {u"-R"_s, u"a+rwX"_s, dir.path(), home.path()});
            prefix = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        }
        QFile::setPermissions(dir.filePath(u"data"_s), QFileDevice::Permissions(0x5555));
        const auto restorePermissions = qScopeGuard([&dir] {
            QFile::setPermissions(dir.filePath(u"data"_s), QFileDevice::Permissions(0x7755));
        });
        auto cli = [&](const QStringList &arguments) {
            QStringList command = prefix + QStringList{QStringLiteral(LIFEBOAT_CLI)} + arguments;
            const QString program = command.takeFirst();
            return test::runProgram(program, command, dir.path(), 120000, {{u"LIFEBOAT_HOME"_s, home.path()}});
        };
        const QString data = dir.filePath(u"data"_s);
        const QString live = test::sha256sum(dir.filePath(u"data/app.db"_s));

        const auto backup = cli({u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s, u"more"_s});
        QCOMPARE(backup.exitCode, 2);
        QVERIFY2(backup.err.contains((u"\""_s + data + u"\""_s).toUtf8()) && backup.err.contains("-shm"),
                 backup.err.constData());

        const auto restore = cli({u"restore"_s, set, u"--to"_s, u"data/app.db"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(restore.exitCode, 3);
        QCOMPARE(restore.json().value(u"refused"_s).toString(), u"not_writable"_s);
        QVERIFY2(restore.out.contains((u"Not writable: "_s + data + u"."_s).toUtf8()), restore.out.constData());
        QCOMPARE(test::sha256sum(dir.filePath(u"data/app.db"_s)), live);
    }

    // A backup the user may not read: verify and restore say which file and
    // why, and the live database stays as it is.
    void anUnreadableBackupIsNamedAndChangesNothing()
    {
        if (::geteuid() == 0 && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
            QSKIP("setpriv is not installed");
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QTemporaryDir home;
        const auto made = test::runCliAt(home.path(), {u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s,
                                                        u"backups"_s, u"--json"_s}, dir.path());
        QCOMPARE(made.exitCode, 0);
        const QString set = made.json().value(u"set"_s).toString();
        const QString artifact = set + u"/app.db"_s;
        QVERIFY(QFileInfo::exists(artifact));
        const QString live = test::sha256sum(dir.filePath(u"data/app.db"_s));

        QStringList prefix;
        if (::geteuid() == 0) {
            // As root every file is readable: run as nobody, who may read all but the artifact.
            test::runProgram(u"chmod"_s, {u"-R"_s, u"a+rwX"_s, dir.path(), home.path()});
            prefix = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        } else {
            test::runProgram(u"chmod"_s, {u"-R"_s, u"u+rwX"_s, dir.path()});
        }
        QFile::setPermissions(artifact, QFile::WriteOwner);
        auto cli = [&](const QStringList &arguments) {
            QStringList command = prefix + QStringList{QStringLiteral(LIFEBOAT_CLI)} + arguments;
            const QString program = command.takeFirst();
            return test::runProgram(program, command, dir.path(), 120000, {{u"LIFEBOAT_HOME"_s, home.path()}});
        };

        const auto verify = cli({u"verify"_s, set, u"--json"_s});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("app.db") && verify.out.contains("ermission denied"), verify.out.constData());

        const auto restore = cli({u"restore"_s, set, u"--yes"_s, u"--json"_s});
        QVERIFY(restore.exitCode != 0);
        QVERIFY2(restore.out.contains(artifact.toUtf8()), restore.out.constData());
        QCOMPARE(test::sha256sum(dir.filePath(u"data/app.db"_s)), live);
        QCOMPARE(QDir(dir.filePath(u"data"_s)).entryList({u"app.pre_restore.*"_s, u".app.db.lifeboat-staging-*"_s},
                                                        QDir::AllEntries | QDir::Hidden),
                 QStringList());

        // The set's folder itself unreadable: said so, not taken for an empty folder.
        QFile::setPermissions(set, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (::geteuid() != 0)
            QFile::setPermissions(set, QFile::WriteOwner);
        for (const QStringList &command : {QStringList{u"inspect"_s, set}, QStringList{u"restore"_s, set, u"--yes"_s},
                                           QStringList{u"verify"_s, set}}) {
            const auto run = cli(command);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(set.toUtf8()) && run.err.contains("permission denied"), run.err.constData());
        }
        const auto list = cli({u"list"_s, u"backups"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.contains(set.toUtf8()) && list.err.contains("permission denied"), list.err.constData());
        const auto listJson = cli({u"list"_s, u"backups"_s, u"--json"_s});
        QCOMPARE(listJson.json().value(u"unreadable_folders"_s).toArray(), QJsonArray{set});
        QFile::setPermissions(set, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void ctrlCCancelsAndLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QVERIFY(test::execSql(dir.filePath(u"data/app.db"_s),
                              u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)"
                              " INSERT INTO notes(body) SELECT hex(randomblob(400)) FROM n;"_s));
        QProcess cli;
        cli.setWorkingDirectory(dir.path());
        cli.start(QStringLiteral(LIFEBOAT_CLI), {u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s, u"out"_s});
        QVERIFY(cli.waitForStarted());
        // Wait until the hidden partial set exists, then interrupt as Ctrl-C does.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir.filePath(u"out"_s))
                                     && !QDir(dir.filePath(u"out"_s)).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                                 10000);
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 130);
        QVERIFY(QDir(dir.filePath(u"out"_s)).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    // A backup killed anywhere leaves nothing that list or verify takes for a
    // good backup, and the source as it was: at each of the writer's fault
    // points, then at moments spread over a whole backup's run.
    void backupKilledAnywhereLeavesNoGoodLookingSet()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QVERIFY(growApp(dir.path()));
        const QString db = dir.filePath(u"data/app.db"_s);
        const QString source = test::sha256sum(db);
        const QStringList arguments{u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--assets"_s, u"data/assets"_s,
                                    u"--files"_s, u"data/work/*.jsonl"_s, u"--out"_s, u"out"_s};
        QElapsedTimer whole;
        whole.start();
        QCOMPARE(test::runCli(arguments + QStringList{u"--name"_s, u"whole"_s}, dir.path()).exitCode, 0);
        const qint64 wholeMs = std::max<qint64>(whole.elapsed(), 50);

        struct Kill
        {
            QString point; // a fault point, or empty for a kill after delayMs
            qint64 delayMs = 0;
        };
        QList<Kill> kills;
        for (int round = 0, rounds = test::faultRounds(1); round < rounds; ++round) {
            for (const char *point : {"backup-partial-created", "backup-item-written", "backup-manifest-written",
                                      "backup-before-rename", "backup-renamed"})
                kills.append({QString::fromLatin1(point), 0});
        }
        const int timed = test::faultRounds(6);
        for (int i = 0; i < timed; ++i)
            kills.append({QString(), wholeMs * i / timed});

        for (qsizetype k = 0; k < kills.size(); ++k) {
            const Kill &kill = kills.at(k);
            const QString out = u"out-%1"_s.arg(k);
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!kill.point.isEmpty())
                env.insert(u"LIFEBOAT_FAULT"_s, kill.point);
            cli.setProcessEnvironment(env);
            cli.setWorkingDirectory(dir.path());
            QStringList args = arguments;
            args.last() = out;
            cli.start(QStringLiteral(LIFEBOAT_CLI), args);
            QVERIFY(cli.waitForStarted());
            if (kill.point.isEmpty() && !cli.waitForFinished(int(kill.delayMs)))
                ::kill(pid_t(cli.processId()), SIGKILL);
            QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(60000));
            const bool killed = cli.exitStatus() == QProcess::CrashExit;
            if (!kill.point.isEmpty())
                QVERIFY2(killed, qPrintable(kill.point));

            // What list shows verifies; whatever else is there, verify refuses.
            bool survived = true;
            bool lost = test::sha256sum(db) != source;
            QStringList listed;
            if (QFileInfo(dir.filePath(out)).isDir()) {
                const auto list = test::runCli({u"list"_s, out, u"--json"_s}, dir.path());
                survived = survived && list.exitCode == 0;
                for (const QJsonValue &b : list.json().value(u"backups"_s).toArray())
                    listed.append(QDir::cleanPath(b.toObject().value(u"path"_s).toString()));
                const QFileInfoList left = QDir(dir.filePath(out))
                                               .entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
                for (const QFileInfo &f : left) {
                    const auto verify = test::runCli({u"verify"_s, f.absoluteFilePath(), u"--quick"_s}, dir.path());
                    const bool isListed = listed.contains(QDir::cleanPath(f.absoluteFilePath()));
                    if (isListed && verify.exitCode != 0)
                        lost = true; // a set that looks good and is not
                    if (!isListed && verify.exitCode == 0)
                        survived = false;
                    // Listed or not, a set lists as a backup only when whole.
                    if (isListed && f.fileName().startsWith(u'.'))
                        survived = false;
                }
            }
            if (killed)
                test::recordFault(u"backup killed"_s, survived && !lost, lost);
            const QString where = kill.point.isEmpty() ? u"after %1 ms"_s.arg(kill.delayMs) : kill.point;
            QVERIFY2(!lost, qPrintable(where));
            QVERIFY2(survived, qPrintable(where + u": "_s + listed.join(u", "_s)));
            QVERIFY2(listed.size() <= 1, qPrintable(where));
            if (kill.point == "backup-before-rename"_L1 || kill.point == "backup-partial-created"_L1)
                QVERIFY2(listed.isEmpty(), qPrintable(where));
            if (kill.point == "backup-renamed"_L1)
                QCOMPARE(listed.size(), 1);
        }
    }

    // A backup that was stopped leaves its hidden .partial folder. The next
    // backup to the same destination removes it, but never the folder of a
    // backup still running (here one paused with SIGSTOP), nor anything that
    // only looks like one.
    void theNextBackupRemovesWhatAStoppedOneLeft()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const QString out = dir.filePath(u"out"_s);
        const auto partials = [&out] {
            return QDir(out).entryList({u".*.partial"_s}, QDir::Dirs | QDir::Hidden | QDir::System, QDir::Name);
        };

        QProcess stopped;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LIFEBOAT_FAULT"_s, u"backup-item-written"_s);
        stopped.setProcessEnvironment(env);
        stopped.start(QStringLiteral(LIFEBOAT_CLI), {u"backup"_s, u"--db"_s, dir.filePath(u"data/app.db"_s),
                                                     u"--out"_s, out, u"--name"_s, u"app"_s});
        QVERIFY(stopped.waitForFinished(60000));
        QCOMPARE(stopped.exitStatus(), QProcess::CrashExit);
        const QStringList left = partials();
        QCOMPARE(left.size(), 1);

        // Look-alikes: a folder of the user's, and a link to a folder outside.
        QVERIFY(test::writeFile(out + u"/.notes.partial/keep.txt"_s, "mine"_ba));
        QVERIFY(test::writeFile(dir.filePath(u"outside/keep.txt"_s), "mine"_ba));
        QVERIFY(QFile::link(dir.filePath(u"outside"_s), out + u"/.app-20250101_000000.partial"_s));

        // A slow backup, paused once it is writing: its folder is in use.
        for (int i = 0; i < 48; ++i) {
            QByteArray noise(1 << 20, Qt::Uninitialized);
            QRandomGenerator(i + 1).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
            QVERIFY(test::writeFile(dir.filePath(u"data/big/%1.bin"_s.arg(i)), noise));
        }
        QProcess running;
        running.start(QStringLiteral(LIFEBOAT_CLI), {u"backup"_s, u"--assets"_s, dir.filePath(u"data/big"_s),
                                                     u"--out"_s, out, u"--name"_s, u"big"_s,
                                                     u"--compression"_s, u"gzip"_s, u"--json"_s});
        QVERIFY(running.waitForStarted());
        const auto cleanUp = qScopeGuard([&running] {
            if (running.processId() > 0)
                ::kill(pid_t(running.processId()), SIGCONT);
            running.kill();
            running.waitForFinished();
        });
        QString inUse;
        QElapsedTimer waited;
        waited.start();
        while (inUse.isEmpty() && running.state() == QProcess::Running && waited.elapsed() < 30000) {
            for (const QString &name : partials()) {
                if (name.startsWith(u".big-"_s) && !QDir(out + u'/' + name).isEmpty()) {
                    QCOMPARE(::kill(pid_t(running.processId()), SIGSTOP), 0);
                    inUse = name;
                }
            }
            if (inUse.isEmpty())
                running.waitForFinished(2); // and notices if it ended
        }
        QVERIFY2(!inUse.isEmpty(), "the slow backup was never caught writing");
        QVERIFY(!partials().contains(left.first())); // it removed what the stopped one left

        const auto next = test::runCli({u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s, u"out"_s,
                                        u"--name"_s, u"app"_s, u"--json"_s}, dir.path());
        QCOMPARE(next.exitCode, 0);
        QVERIFY(!next.json().contains(u"removed_unfinished"_s));
        QVERIFY(partials().contains(inUse));
        QCOMPARE(test::readFile(out + u"/.notes.partial/keep.txt"_s), "mine"_ba);
        QCOMPARE(test::readFile(dir.filePath(u"outside/keep.txt"_s)), "mine"_ba);
        QVERIFY(QFileInfo(out + u"/.app-20250101_000000.partial"_s).isSymLink());

        // Let go, the paused backup finishes its set, and reports what it removed.
        QCOMPARE(::kill(pid_t(running.processId()), SIGCONT), 0);
        QVERIFY(running.waitForFinished(120000));
        QCOMPARE(running.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(running.readAllStandardOutput()).object();
        QCOMPARE(report.value(u"removed_unfinished"_s).toArray(),
                 QJsonArray{QDir::cleanPath(out + u'/' + left.first())});
        QCOMPARE(test::runCli({u"verify"_s, report.value(u"set"_s).toString()}, dir.path()).exitCode, 0);
        QCOMPARE(partials(), (QStringList{u".app-20250101_000000.partial"_s, u".notes.partial"_s}));

        // Said in words too.
        QProcess again;
        again.setProcessEnvironment(env);
        again.start(QStringLiteral(LIFEBOAT_CLI), {u"backup"_s, u"--db"_s, dir.filePath(u"data/app.db"_s),
                                                   u"--out"_s, out, u"--name"_s, u"app"_s});
        QVERIFY(again.waitForFinished(60000));
        QStringList leftAgain = partials();
        leftAgain.removeAll(u".app-20250101_000000.partial"_s);
        leftAgain.removeAll(u".notes.partial"_s);
        QCOMPARE(leftAgain.size(), 1);
        const auto words = test::runCli({u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s, u"out"_s}, dir.path());
        QCOMPARE(words.exitCode, 0);
        QVERIFY2(words.out.contains("Removed " + QFile::encodeName(out + u'/' + leftAgain.first())
                                    + ", left unfinished by a backup that was stopped."),
                 words.out.constData());
    }

    void listFindsEveryRunbookLayout()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const auto run = test::runCli({u"list"_s, u"data"_s, u"backups"_s, u".data"_s, u"--json"_s}, dir.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray backups = run.json().value(u"backups"_s).toArray();
        QCOMPARE(backups.size(), 13);
        QMap<QString, int> layouts;
        for (const QJsonValue &v : backups) {
            const QJsonObject b = v.toObject();
            layouts[b.value(u"layout"_s).toString()]++;
            QVERIFY(QDateTime::fromString(b.value(u"created_at"_s).toString(), Qt::ISODate).isValid());
            QVERIFY(!b.value(u"items"_s).toArray().isEmpty());
            for (const QJsonValue &item : b.value(u"items"_s).toArray())
                QVERIFY(!item.toObject().value(u"type"_s).toString().isEmpty());
        }
        QCOMPARE(layouts.value(u"manifest-v1"_s), 1);
        QCOMPARE(layouts.value(u"checksums"_s), 1);
        QCOMPARE(layouts.value(u"loose"_s), 11);

        // Human output: one line per backup and a count.
        const auto human = test::runCli({u"list"_s, u"backups"_s}, dir.path());
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("manifest-v1"));
        QVERIFY(human.out.contains("ice_cream_social_20260110_020000.db"));
        QVERIFY2(QRegularExpression(u"\\n\\d+ backups\\n$"_s).match(QString::fromUtf8(human.out)).hasMatch(),
                 human.out.constData()); // English plurals, not "backup(s)"

        const auto missing = test::runCli({u"list"_s, u"nowhere"_s}, dir.path());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("nowhere"));
    }

    void inspectShowsWhatIsInside()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const auto backup = test::runCli({u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s, u"out"_s,
                                          u"--json"_s}, dir.path());
        QCOMPARE(backup.exitCode, 0);
        const QString set = backup.json().value(u"set"_s).toString();

        const auto run = test::runCli({u"inspect"_s, set, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject doc = run.json();
        QCOMPARE(doc.value(u"layout"_s).toString(), u"lifeboat"_s);
        const QJsonObject sqlite = doc.value(u"items"_s).toArray().at(0).toObject().value(u"sqlite"_s).toObject();
        QCOMPARE(sqlite.value(u"tables"_s).toObject().value(u"notes"_s).toInt(), 2);
        QCOMPARE(sqlite.value(u"schema_version"_s).toString(), u"2.3.0"_s);
        QCOMPARE(doc.value(u"manifest_content"_s).toObject().value(u"format"_s).toString(),
                 u"lifeboat-manifest"_s);

        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const auto loose = test::runCli({u"inspect"_s, u"data/story_registry.backup.1.0.0.20260112_130012.db"_s},
                                        dir.path());
        QVERIFY2(loose.exitCode == 0, loose.err.constData());
        QVERIFY(loose.out.contains("pre_migration"));
        QVERIFY(loose.out.contains("1.0.0"));
        QVERIFY(loose.out.contains(dir.filePath(u"data/story_registry.db"_s).toUtf8()));
        QVERIFY(loose.out.contains("stories"));

        // A gzip copy: what is inside, read through a decompressed copy that is gone afterwards.
        const auto before = test::snapshotTree(dir.path());
        const auto gz = test::runCli({u"inspect"_s, u"backups/sqlite/ice_cream_social_20260111_020000.db.gz"_s, u"--json"_s},
                                     dir.path());
        QVERIFY2(gz.exitCode == 0, gz.err.constData());
        const QJsonObject gzSqlite = gz.json().value(u"items"_s).toArray().at(0).toObject().value(u"sqlite"_s).toObject();
        QVERIFY2(!gzSqlite.value(u"tables"_s).toObject().isEmpty(), gz.out.constData());
        QCOMPARE(test::snapshotTree(dir.path()), before);

        const auto notDb = test::runCli({u"inspect"_s, u"backups/notes.txt"_s}, dir.path());
        QCOMPARE(notDb.exitCode, 2);

        // A table whose pages are damaged: said so, and where to look.
        const QString damaged = dir.filePath(u"backups/damaged_20260101_120000.db"_s);
        QVERIFY(test::execSql(damaged, u"CREATE TABLE users(name TEXT); INSERT INTO users VALUES ('a');"_s));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096)); // page 2, the table's root: its page type
        QVERIFY(file.putChar(char(0x7f)));
        file.close();
        const auto unreadable = test::runCli({u"inspect"_s, damaged});
        QVERIFY2(unreadable.exitCode == 0, unreadable.err.constData());
        QVERIFY2(unreadable.out.contains("users: cannot be read; lifeboat-cli verify says why"),
                 unreadable.out.constData());
        QVERIFY(!unreadable.out.contains("%n"));
    }

    // Each runbook's data set, described by a profile as its team would write it.
    void backupEachRunbookDataSet_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QStringList>("artifacts");
        QTest::newRow("storage operations (JSONL prototypes)")
            << u"mkdir -p work/local && sqlite3 work/local/story_gen.db 'CREATE TABLE runs(id)' &&"
               " echo '{}' > work/local/story_gen.mongo_analysis_runs.jsonl &&"
               " echo '{}' > work/local/story_gen.mongo_analysis_runs.meta.json &&"
               " echo '{}' > work/local/story_gen.graph_analysis_runs.jsonl"_s
            << QByteArray("{\"name\": \"story_gen\", \"destination\": \"backups\", \"sources\": ["
                          "{\"type\": \"sqlite\", \"path\": \"${STORY_GEN_DB_PATH:-work/local/story_gen.db}\"},"
                          "{\"type\": \"files\", \"glob\": \"work/local/*.jsonl\"},"
                          "{\"type\": \"files\", \"glob\": \"work/local/*.meta.json\"}]}")
            << QStringList{u"story_gen.db"_s, u"story_gen.graph_analysis_runs.jsonl"_s,
                           u"story_gen.mongo_analysis_runs.jsonl"_s, u"story_gen.mongo_analysis_runs.meta.json"_s};
        QTest::newRow("ice cream social (database and artifact folders)")
            << u"mkdir -p data scripts/transcripts scripts/episodes scripts/voice_library &&"
               " sqlite3 data/ice_cream_social.db 'CREATE TABLE episodes(id)' &&"
               " echo t > scripts/transcripts/ep1.txt && echo e > scripts/episodes/ep1.mp3 &&"
               " echo v > scripts/voice_library/host.json"_s
            << QByteArray("{\"name\": \"ice_cream_social\", \"destination\": \"backups/sqlite\", \"sources\": ["
                          "{\"type\": \"sqlite\", \"path\": \"data/ice_cream_social.db\"},"
                          "{\"type\": \"assets\", \"path\": \"scripts/transcripts\"},"
                          "{\"type\": \"assets\", \"path\": \"scripts/episodes\"},"
                          "{\"type\": \"assets\", \"path\": \"scripts/voice_library\"}], \"rpo_hours\": 24}")
            << QStringList{u"episodes.tar.zst"_s, u"ice_cream_social.db"_s, u"transcripts.tar.zst"_s,
                           u"voice_library.tar.zst"_s};
        QTest::newRow("story registry (Korean runbook)")
            << u"mkdir -p data && sqlite3 data/story_registry.db \"CREATE TABLE stories(id);"
               " CREATE TABLE story_similarity_edges(a, b); CREATE TABLE meta(key, value);"
               " INSERT INTO meta VALUES ('schema_version', '1.1.0')\""_s
            << QByteArray("{\"name\": \"story_registry\", \"destination\": \"backups\","
                          " \"required_tables\": [\"stories\", \"story_similarity_edges\", \"meta\"],"
                          " \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/story_registry.db\"}]}")
            << QStringList{u"story_registry.db"_s};
        QTest::newRow("little research lab (database and assets, gzip)")
            << u"mkdir -p data/assets && sqlite3 data/lrl.db 'CREATE TABLE users(id); CREATE TABLE content(id);"
               " CREATE TABLE assets(id)' && echo a > data/assets/upload.png"_s
            << QByteArray("{\"name\": \"lrl\", \"destination\": \"backups\", \"compression\": \"gzip\","
                          " \"sources\": [{\"type\": \"sqlite\", \"path\": \"${LAB_DATA_DIR:-./data}/lrl.db\"},"
                          "{\"type\": \"assets\", \"path\": \"${LAB_DATA_DIR:-./data}/assets\"}]}")
            << QStringList{u"assets.tar.gz"_s, u"lrl.db"_s};
        QTest::newRow("brainstem (two databases)")
            << u"mkdir -p .data && sqlite3 .data/brainstem.db 'CREATE TABLE memory(id)' &&"
               " sqlite3 .data/model_registry.db 'CREATE TABLE models(id)'"_s
            << QByteArray("{\"name\": \"brainstem\", \"destination\": \"backups/sqlite\", \"sources\": ["
                          "{\"type\": \"sqlite\", \"path\": \".data/brainstem.db\", \"name\": \"memory\"},"
                          "{\"type\": \"sqlite\", \"path\": \".data/model_registry.db\"}]}")
            << QStringList{u"memory.db"_s, u"model_registry.db"_s};
    }

    void backupEachRunbookDataSet()
    {
        QFETCH(QString, setup);
        QFETCH(QByteArray, profile);
        QFETCH(QStringList, artifacts);
        QTemporaryDir dir;
        const auto made = test::runProgram(u"sh"_s, {u"-c"_s, setup}, dir.path());
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(test::writeFile(dir.filePath(u"lifeboat.json"_s), profile));
        // Run from elsewhere: paths are relative to the profile, not the working folder.
        const auto run = test::runCli({u"backup"_s, u"--profile"_s, dir.filePath(u"lifeboat.json"_s), u"--json"_s},
                                      QDir::tempPath());
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        const QString set = run.json().value(u"set"_s).toString();
        QVERIFY(set.startsWith(dir.path() + u"/backups/"_s));
        QStringList files = QDir(set).entryList(QDir::Files, QDir::Name);
        files.removeAll(u"manifest.json"_s);
        files.removeAll(u"checksums.txt"_s);
        QCOMPARE(files, artifacts);
        QCOMPARE(test::runProgram(u"sha256sum"_s, {u"-c"_s, u"checksums.txt"_s}, set).exitCode, 0);
        const auto verify = test::runCli({u"verify"_s, set});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }

    void restorePlansRefusesAndRestores()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const QString set = backUpDatabase(dir.path());
        QVERIFY(!set.isEmpty());
        QVERIFY(test::execSql(dir.filePath(u"data/app.db"_s), u"INSERT INTO notes(body) VALUES ('three')"_s));
        const auto before = test::snapshotTree(dir.filePath(u"data"_s));

        const auto dry = test::runCli({u"restore"_s, set, u"--dry-run"_s}, dir.path());
        QVERIFY2(dry.exitCode == 0, (dry.out + dry.err).constData());
        for (const char *text : {"[PASS] backup_verifies", "[PASS] no_writers", "notes: 3 → 2 rows", "Dry run"})
            QVERIFY2(dry.out.contains(text), text);
        const auto dryJson = test::runCli({u"restore"_s, set, u"--dry-run"_s, u"--json"_s}, dir.path());
        QCOMPARE(dryJson.json().value(u"outcome"_s).toString(), u"planned"_s);
        QCOMPARE(test::snapshotTree(dir.filePath(u"data"_s)), before);

        QCOMPARE(test::runCli({u"restore"_s, set, u"--no-snapshot"_s}, dir.path()).exitCode, 2);

        // Without --yes, the answer is read from stdin, a terminal or not,
        // and from a pipe before anything is planned: "no" piped in changes
        // nothing, and so does no answer at all (cron), said at once.
        const auto no = test::runProgram(QStringLiteral(LIFEBOAT_CLI), {u"restore"_s, set}, dir.path(), 120000, {},
                                         "no\n");
        QCOMPARE(no.exitCode, 130);
        QCOMPARE(no.out, "Nothing was changed.\n"_ba);
        const auto unanswered = test::runCli({u"restore"_s, set}, dir.path());
        QCOMPARE(unanswered.exitCode, 2);
        QVERIFY2(unanswered.err.contains("stdin gave no answer. Pass --yes"), unanswered.err.constData());
        QVERIFY2(!unanswered.out.contains("Preflight"), unanswered.out.constData());
        QCOMPARE(test::snapshotTree(dir.filePath(u"data"_s)), before);

        test::DatabaseHolder holder(dir.filePath(u"data/app.db"_s));
        QVERIFY(holder.isReady());
        const auto refused = test::runCli({u"restore"_s, set, u"--yes"_s, u"--json"_s}, dir.path());
        QCOMPARE(refused.exitCode, 3);
        const QJsonObject doc = refused.json();
        QCOMPARE(doc.value(u"outcome"_s).toString(), u"refused"_s);
        QCOMPARE(doc.value(u"refused"_s).toString(), u"writers_active"_s);
        QVERIFY(doc.value(u"snapshots"_s).toArray().isEmpty()); // none was taken
        QCOMPARE(doc.value(u"processes"_s).toArray().at(0).toObject().value(u"pid"_s).toInteger(),
                 holder.pid());
        QCOMPARE(test::queryValue(dir.filePath(u"data/app.db"_s), u"SELECT count(*) FROM notes"_s), u"3"_s);

        const auto forced = test::runCli({u"restore"_s, set, u"--yes"_s, u"--force-writers"_s, u"--json"_s}, dir.path());
        holder.kill();
        QVERIFY2(forced.exitCode == 0, forced.out.constData());
        QCOMPARE(forced.json().value(u"outcome"_s).toString(), u"restored"_s);
        QVERIFY(forced.json().contains(u"refused"_s)); // null, but there, as the contract lists it
        QVERIFY(forced.json().value(u"refused"_s).isNull());
        QCOMPARE(forced.json().value(u"snapshots"_s).toArray().size(), 1);
        QCOMPARE(test::queryValue(dir.filePath(u"data/app.db"_s), u"SELECT count(*) FROM notes"_s), u"2"_s);

        // "y" piped in is an answer too.
        QVERIFY(test::execSql(dir.filePath(u"data/app.db"_s), u"INSERT INTO notes(body) VALUES ('again')"_s));
        const auto yes = test::runProgram(QStringLiteral(LIFEBOAT_CLI), {u"restore"_s, set}, dir.path(), 120000, {},
                                          "y\n");
        QVERIFY2(yes.exitCode == 0, (yes.out + yes.err).constData());
        QCOMPARE(test::queryValue(dir.filePath(u"data/app.db"_s), u"SELECT count(*) FROM notes"_s), u"2"_s);
    }

    // A backup of nothing is an error, and a set that holds nothing never passes a drill.
    void anEmptyBackupIsNeitherWrittenNorPassed()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const auto empty = test::runCli({u"backup"_s, u"--files"_s, u"data/*.csv"_s, u"--out"_s, u"out"_s}, dir.path());
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains("Nothing was backed up") && empty.err.contains("data/*.csv"), empty.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(u"out"_s))); // the folder it made for the set went too

        // A folder with a checksums file and nothing it lists, as a script might leave one.
        const QString set = dir.filePath(u"backups/empty"_s);
        QVERIFY(test::writeFile(set + u"/checksums.txt"_s, QByteArray()));
        const auto drill = test::runCli({u"verify"_s, set}, dir.path());
        QCOMPARE(drill.exitCode, 1);
        QVERIFY2(drill.out.contains("[FAIL]") && drill.out.contains("holds nothing to restore"), drill.out.constData());
    }

    // With --yes the backup is hashed and checked once, in its staged copy:
    // a damaged one is refused there, exit 3, as the preflight refuses it
    // without --yes, and nothing changes either way.
    void aDamagedBackupIsRefusedWithAndWithoutYes()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const QString set = backUpDatabase(dir.path());
        QVERIFY(!set.isEmpty());
        QFile f(set + u"/app.db"_s);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() - 100));
        QVERIFY(f.putChar('X'));
        f.close();
        const auto before = test::snapshotTree(dir.filePath(u"data"_s));

        const auto planned = test::runCli({u"restore"_s, set, u"--dry-run"_s, u"--json"_s}, dir.path());
        QCOMPARE(planned.exitCode, 3);
        QCOMPARE(planned.json().value(u"refused"_s).toString(), u"does_not_verify"_s);

        const auto run = test::runCli({u"restore"_s, set, u"--yes"_s, u"--json"_s}, dir.path());
        QCOMPARE(run.exitCode, 3);
        const QJsonObject doc = run.json();
        QCOMPARE(doc.value(u"ok"_s).toBool(), false);
        QCOMPARE(doc.value(u"outcome"_s).toString(), u"refused"_s);
        QCOMPARE(doc.value(u"refused"_s).toString(), u"does_not_verify"_s);
        QVERIFY(doc.value(u"snapshots"_s).toArray().isEmpty());
        const QJsonObject hash = doc.value(u"checks"_s).toArray().last().toObject();
        QCOMPARE(hash.value(u"name"_s).toString(), u"hash_verification"_s);
        QCOMPARE(hash.value(u"status"_s).toString(), u"fail"_s);
        QCOMPARE(test::snapshotTree(dir.filePath(u"data"_s)), before);

        const auto human = test::runCli({u"restore"_s, set, u"--yes"_s}, dir.path());
        QCOMPARE(human.exitCode, 3);
        QVERIFY2(human.out.contains("[SKIP] backup_verifies"), human.out.constData());
        QVERIFY2(human.err.contains("refused: The backup does not verify: SHA-256 is"), human.err.constData());
        QVERIFY2(human.err.contains("Nothing was replaced"), human.err.constData());
        QCOMPARE(test::snapshotTree(dir.filePath(u"data"_s)), before);
    }

    // The restoring process killed at each step: the target always opens,
    // passes integrity_check and holds exactly the old or the new data.
    void restoreKilledAnywhereLeavesTheTargetWhole_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("smokeFails");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("filesystem"); // LIFEBOAT_NO_EXCHANGE: what it cannot do
        const struct
        {
            const char *name;
            const char *point;
            bool smokeFails;
            const char *cannot = "";
        } points[] = {
            {"after the snapshots", "snapshots-taken", false},
            {"after staging", "staged", false},
            {"logs removed, not yet exchanged", "logs-removed", false},
            {"database exchanged, not yet kept", "file-exchanged", false},
            {"after the first swap", "swapped", false},
            {"folder exchanged, not yet kept", "folder-exchanged", false},
            {"during the rollback", "rolling-back", true},
            // Where the filesystem cannot exchange, two renames or a link and a rename.
            {"no exchange: database linked, not yet replaced", "file-linked", false, "link"},
            {"no exchange: folder moved aside, not yet replaced", "folder-moved-aside", false, "link"},
            {"no exchange nor link: database moved aside, not yet replaced", "file-moved-aside", false, "rename"},
            {"no exchange: during the rollback", "rolling-back", true, "link"},
        };
        for (const auto &p : points) {
            for (const char *action : {"finish", "undo"})
                QTest::addRow("%s, then %s", p.name, action) << QString::fromLatin1(p.point) << p.smokeFails
                                                             << QString::fromLatin1(action) << QByteArray(p.cannot);
        }
    }

    // A restore over targets an interrupted restore left unsettled is
    // refused, naming it and how to settle it: it would take the half-done
    // state for the data to keep, and the staged copies would stay. Once
    // settled, the restore goes ahead.
    void aRestoreWaitsForAnInterruptedOneToBeSettled_data()
    {
        QTest::addColumn<QString>("point");
        QTest::newRow("killed while staging") << u"staged"_s;
        QTest::newRow("killed after the first swap") << u"swapped"_s;
    }

    void aRestoreWaitsForAnInterruptedOneToBeSettled()
    {
        QFETCH(QString, point);
        QTemporaryDir dir;
        QTemporaryDir home;
        const QString set = backUpApp(dir.path(), home.path());
        QVERIFY(!set.isEmpty());
        const auto killed = test::runProgram(QStringLiteral(LIFEBOAT_CLI), {u"restore"_s, set, u"--yes"_s}, dir.path(),
                                             60000, {{u"LIFEBOAT_FAULT"_s, point}, {u"LIFEBOAT_HOME"_s, home.path()}});
        QCOMPARE(killed.exitCode, -1);
        const QDir data(dir.filePath(u"data"_s));
        const QStringList staged{u".*lifeboat-staging*"_s};
        QVERIFY(!data.entryList(staged, QDir::AllEntries | QDir::Hidden).isEmpty());

        const auto again = test::runCliAt(home.path(), {u"restore"_s, set, u"--yes"_s, u"--json"_s}, dir.path());
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.json().value(u"refused"_s).toString(), u"interrupted_restore"_s);
        QVERIFY2(again.out.contains("recover --finish") && again.out.contains(set.toUtf8()), again.out.constData());

        const auto settled = test::runCliAt(home.path(), {u"recover"_s, u"--undo"_s}, dir.path());
        QVERIFY2(settled.exitCode == 0, (settled.out + settled.err).constData());
        QCOMPARE(data.entryList(staged, QDir::AllEntries | QDir::Hidden), QStringList());
        const auto now = test::runCliAt(home.path(), {u"restore"_s, set, u"--yes"_s, u"--json"_s}, dir.path());
        QVERIFY2(now.exitCode == 0, (now.out + now.err).constData());
        QCOMPARE(test::queryValue(dir.filePath(u"data/app.db"_s), u"SELECT count(*) FROM notes"_s), u"2"_s);
    }

    // A restore killed anywhere: each target wholly old or wholly new and
    // sound, the snapshots intact; the next run says so, and finishing or
    // undoing it gives exactly the backup's data or the data from before.
    void restoreKilledAnywhereLeavesTheTargetWhole()
    {
        QFETCH(QString, point);
        QFETCH(bool, smokeFails);
        QFETCH(QString, action);
        QFETCH(QByteArray, filesystem);
        // For every run of the CLI below, the recovery's too.
        if (!filesystem.isEmpty())
            qputenv("LIFEBOAT_NO_EXCHANGE", filesystem);
        const auto forget = qScopeGuard([] { qunsetenv("LIFEBOAT_NO_EXCHANGE"); });
        for (int round = 0, rounds = test::faultRounds(1); round < rounds; ++round) {
            QTemporaryDir dir;
            QTemporaryDir home;
            const QString db = dir.filePath(u"data/app.db"_s);
            const QString assets = dir.filePath(u"data/assets"_s);
            const QString set = backUpApp(dir.path(), home.path());
            QVERIFY(!set.isEmpty());
            const auto newAssets = contentOf(assets);
            // The current data, partly still in the WAL, held by nobody.
            {
                test::DatabaseHolder holder(db);
                QVERIFY(holder.isReady());
                QVERIFY(test::execSql(db, u"PRAGMA wal_autocheckpoint=0; INSERT INTO notes(body) VALUES ('three'), ('four')"_s));
            }
            QVERIFY(test::writeFile(assets + u"/added-later.txt"_s, "later\n"_ba));
            const auto oldAssets = contentOf(assets);
            const QFile::Permissions mode = QFileInfo(db).permissions();
            QVERIFY(writeSmokeProfile(dir.path(), smokeFails ? "99" : "2"));

            const auto killed = test::runProgram(QStringLiteral(LIFEBOAT_CLI),
                                                 {u"restore"_s, set, u"--yes"_s, u"--profile"_s, u"lifeboat.json"_s},
                                                 dir.path(), 60000,
                                                 {{u"LIFEBOAT_FAULT"_s, point}, {u"LIFEBOAT_HOME"_s, home.path()}});
            QCOMPARE(killed.exitCode, -1); // killed where we asked

            // Old or new, whole and sound, and the snapshots as the data was.
            // Without an exchange, a target can be missing between its two
            // renames, with its old data in its snapshot.
            bool lost = false;
            const QDir data(dir.filePath(u"data"_s));
            const bool between = point.endsWith("-moved-aside"_L1);
            QString rows;
            if (between && !QFileInfo::exists(db)) {
                lost = lost || data.entryList({u"app.pre_restore.*"_s}).isEmpty();
            } else {
                rows = test::queryValue(db, u"SELECT count(*) FROM notes"_s);
                lost = lost || (rows != "4"_L1 && rows != "2"_L1);
                lost = lost || test::queryValue(db, u"PRAGMA integrity_check"_s) != "ok"_L1;
            }
            if (between && !QFileInfo::exists(assets)) {
                lost = lost || data.entryList({u"assets.pre_restore.*"_s}).isEmpty();
            } else {
                const auto assetsNow = contentOf(assets);
                lost = lost || (assetsNow != oldAssets && assetsNow != newAssets);
            }
            for (const QString &name : data.entryList({u"app.pre_restore.*"_s})) {
                const QString snapshot = data.filePath(name);
                lost = lost || test::queryValue(snapshot, u"PRAGMA integrity_check"_s) != "ok"_L1
                       || test::queryValue(snapshot, u"SELECT count(*) FROM notes"_s) != "4"_L1;
            }
            for (const QString &name : data.entryList({u"assets.pre_restore.*"_s}))
                lost = lost || contentOf(data.filePath(name)) != oldAssets;

            // The next run says so, on stderr and never in --json, and lists it.
            const auto next = test::runCliAt(home.path(), {u"list"_s, u"out"_s}, dir.path());
            const bool told = next.err.contains("recover") && next.err.contains(set.toUtf8());
            const auto quiet = test::runCliAt(home.path(), {u"list"_s, u"out"_s, u"--json"_s}, dir.path());
            const auto pending = test::runCliAt(home.path(), {u"recover"_s, u"--json"_s}, dir.path());
            const QJsonArray interrupted = pending.json().value(u"interrupted"_s).toArray();
            // The listing says of each target whether it was replaced, and names only a snapshot that is there.
            const QByteArray listed = test::runCliAt(home.path(), {u"recover"_s}, dir.path()).out;
            if (point == "staged"_L1)
                QVERIFY2(listed.count("(not replaced yet)") == 2 && !listed.contains("snapshot "), listed.constData());
            if (point == "swapped"_L1)
                QVERIFY2(listed.contains("(replaced; snapshot ") && listed.contains("(not replaced yet)"),
                         listed.constData());

            // Settled as asked: exactly the backup's data, or exactly the data from before.
            auto settled = test::runCliAt(home.path(), {u"recover"_s, u"--"_s + action}, dir.path());
            bool undone = action == "undo"_L1;
            // Finished, the backup must pass the profile's smoke checks too: here
            // it does not, so the finish is rolled back and the restore stays
            // open, to be undone.
            bool refusedRight = true;
            if (!undone && smokeFails) {
                const auto still = test::runCliAt(home.path(), {u"recover"_s, u"--json"_s}, dir.path());
                refusedRight = settled.exitCode != 0 && settled.out.contains("smoke_1")
                               && still.json().value(u"interrupted"_s).toArray().size() == 1;
                settled = test::runCliAt(home.path(), {u"recover"_s, u"--undo"_s}, dir.path());
                undone = true;
            }
            const bool settledRight = settled.exitCode == 0
                                      && test::queryValue(db, u"PRAGMA integrity_check"_s) == "ok"_L1
                                      && test::queryValue(db, u"SELECT count(*) FROM notes"_s) == (undone ? "4"_L1 : "2"_L1)
                                      && contentOf(assets) == (undone ? oldAssets : newAssets);
            lost = lost || !settledRight;
            const QStringList leftovers = data.entryList({u".*lifeboat-staging*"_s}, QDir::AllEntries | QDir::Hidden);
            // A database's snapshot is private, also when recovery gave the old file its name.
            QStringList readable;
            for (const QString &name : data.entryList({u"app.pre_restore.*.db"_s})) {
                if (QFileInfo(data.filePath(name)).permissions() & (QFile::ReadGroup | QFile::ReadOther))
                    readable.append(name);
            }
            const auto after = test::runCliAt(home.path(), {u"recover"_s, u"--json"_s}, dir.path());

            const bool survived = !lost && told && quiet.err.isEmpty() && interrupted.size() == 1
                                  && pending.json().value(u"ok"_s) == QJsonValue(false) && leftovers.isEmpty()
                                  && after.json().value(u"interrupted"_s).toArray().isEmpty()
                                  && after.json().value(u"ok"_s) == QJsonValue(true);
            test::recordFault(u"restore killed"_s, survived, lost);
            QVERIFY2(!lost, qPrintable(u"rows %1; "_s.arg(rows) + QString::fromUtf8(settled.out + settled.err)));
            QVERIFY(refusedRight);
            QVERIFY2(readable.isEmpty(), qPrintable(readable.join(u", "_s)));
            QCOMPARE(QFileInfo(db).permissions(), mode); // finished or undone, the database's own mode
            QVERIFY2(told, next.err.constData());
            QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
            QCOMPARE(interrupted.size(), 1);
            QCOMPARE(interrupted.first().toObject().value(u"backup"_s).toString(), set);
            QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
            QVERIFY2(after.json().value(u"interrupted"_s).toArray().isEmpty(), after.out.constData());
        }
    }

    void restoresWhereTheFilesystemCannotExchange_data()
    {
        QTest::addColumn<QByteArray>("cannot"); // LIFEBOAT_NO_EXCHANGE
        QTest::addColumn<bool>("smokeFails");
        for (const char *cannot : {"link", "rename"}) {
            QTest::addRow("no exchange (%s), restored", cannot) << QByteArray(cannot) << false;
            QTest::addRow("no exchange (%s), rolled back", cannot) << QByteArray(cannot) << true;
        }
    }

    // Where the filesystem cannot exchange two names (NFS, FAT), the old
    // data is linked or moved aside instead: restored or rolled back, the
    // result and the snapshots are the same as with the exchange.
    void restoresWhereTheFilesystemCannotExchange()
    {
        QFETCH(QByteArray, cannot);
        QFETCH(bool, smokeFails);
        QTemporaryDir dir;
        QTemporaryDir home;
        const QString db = dir.filePath(u"data/app.db"_s);
        const QString assets = dir.filePath(u"data/assets"_s);
        const QString set = backUpApp(dir.path(), home.path());
        QVERIFY(!set.isEmpty());
        const auto newAssets = contentOf(assets);
        QVERIFY(test::execSql(db, u"INSERT INTO notes(body) VALUES ('three'), ('four')"_s));
        QVERIFY(test::writeFile(assets + u"/added-later.txt"_s, "later\n"_ba));
        const auto oldAssets = contentOf(assets);
        const QString oldDb = test::sha256sum(db);
        QVERIFY(writeSmokeProfile(dir.path(), smokeFails ? "99" : "2"));

        const auto run = test::runProgram(QStringLiteral(LIFEBOAT_CLI),
                                          {u"restore"_s, set, u"--yes"_s, u"--profile"_s, u"lifeboat.json"_s, u"--json"_s},
                                          dir.path(), 60000,
                                          {{u"LIFEBOAT_NO_EXCHANGE"_s, QString::fromLatin1(cannot)},
                                           {u"LIFEBOAT_HOME"_s, home.path()}});
        QCOMPARE(run.exitCode, smokeFails ? 1 : 0);
        QCOMPARE(test::queryValue(db, u"SELECT count(*) FROM notes"_s), smokeFails ? u"4"_s : u"2"_s);
        QCOMPARE(test::queryValue(db, u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(contentOf(assets), smokeFails ? oldAssets : newAssets);
        const QDir data(dir.filePath(u"data"_s));
        QCOMPARE(data.entryList({u".*lifeboat-staging*"_s}, QDir::AllEntries | QDir::Hidden), QStringList());
        const QStringList dbSnapshots = data.entryList({u"app.pre_restore.*"_s});
        const QStringList assetSnapshots = data.entryList({u"assets.pre_restore.*"_s});
        if (smokeFails) {
            // Rolled back: the old data is in place again, and nothing is kept beside it.
            QCOMPARE(test::sha256sum(db), oldDb);
            QCOMPARE(dbSnapshots, QStringList());
            QCOMPARE(assetSnapshots, QStringList());
        } else {
            QCOMPARE(dbSnapshots.size(), 1);
            QCOMPARE(test::sha256sum(data.filePath(dbSnapshots.first())), oldDb);
            QCOMPARE(QFileInfo(data.filePath(dbSnapshots.first())).permissions() & 0x7777,
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
            QCOMPARE(assetSnapshots.size(), 1);
            QCOMPARE(contentOf(data.filePath(assetSnapshots.first())), oldAssets);
        }
    }

    // Finishing an interrupted restore runs the checks of the profile it ran
    // with, read again: when that file is gone, nothing is touched and the
    // restore stays open until the file is back.
    void finishingNeedsTheProfileItRanWith()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        const QString db = dir.filePath(u"data/app.db"_s);
        const QString set = backUpApp(dir.path(), home.path());
        QVERIFY(!set.isEmpty());
        QVERIFY(test::execSql(db, u"INSERT INTO notes(body) VALUES ('three'), ('four')"_s));
        QVERIFY(writeSmokeProfile(dir.path(), "2"));
        const auto killed = test::runProgram(QStringLiteral(LIFEBOAT_CLI),
                                             {u"restore"_s, set, u"--yes"_s, u"--profile"_s, u"lifeboat.json"_s},
                                             dir.path(), 60000,
                                             {{u"LIFEBOAT_FAULT"_s, u"staged"_s}, {u"LIFEBOAT_HOME"_s, home.path()}});
        QCOMPARE(killed.exitCode, -1);
        const QString profile = dir.filePath(u"lifeboat.json"_s);
        QVERIFY(QFile::rename(profile, profile + u".away"_s));
        const QString before = test::sha256sum(db);

        const auto refused = test::runCliAt(home.path(), {u"recover"_s, u"--finish"_s}, dir.path());
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("lifeboat.json") && refused.err.contains("undo"), refused.err.constData());
        QCOMPARE(test::sha256sum(db), before);
        QCOMPARE(test::runCliAt(home.path(), {u"recover"_s, u"--json"_s}, dir.path())
                     .json().value(u"interrupted"_s).toArray().size(), 1);

        QVERIFY(QFile::rename(profile + u".away"_s, profile));
        const auto finished = test::runCliAt(home.path(), {u"recover"_s, u"--finish"_s}, dir.path());
        QCOMPARE(finished.exitCode, 0);
        QCOMPARE(test::queryValue(db, u"SELECT count(*) FROM notes"_s), u"2"_s);
        QVERIFY(test::runCliAt(home.path(), {u"recover"_s, u"--json"_s}, dir.path())
                    .json().value(u"interrupted"_s).toArray().isEmpty());
    }

    void restoreToAReadOnlyTargetIsRefused()
    {
        if (!canMount())
            QSKIP("needs root and mount namespaces to mount a read-only filesystem");
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const QString set = backUpDatabase(dir.path());
        QVERIFY(!set.isEmpty());
        QVERIFY(QDir().mkpath(dir.filePath(u"ro"_s)));
        const QString line = u"mount -t tmpfs none ro && cp data/app.db ro/app.db && mount -o remount,ro ro"
                             " && '%1' restore '%2' --to ro/app.db --yes --json; code=$?; sha256sum ro/app.db; exit $code"_s
                                 .arg(QStringLiteral(LIFEBOAT_CLI), set);
        const auto run = test::runProgram(u"unshare"_s, {u"--mount"_s, u"sh"_s, u"-c"_s, line}, dir.path());
        const QJsonObject doc = jsonBeforeListing(run.out);
        const bool untouched = run.out.contains(test::sha256sum(dir.filePath(u"data/app.db"_s)).toLatin1());
        test::recordFault(u"read-only restore target"_s,
                          run.exitCode == 3 && doc.value(u"refused"_s).toString() == "not_writable"_L1 && untouched,
                          !untouched);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(doc.value(u"refused"_s).toString(), u"not_writable"_s);
        QVERIFY2(untouched, run.out.constData());
    }

    // A secret a profile takes from the environment (a smoke check's
    // Authorization header) shows in no output, set, journal or report.
    void credentialsNeverShow()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        QVERIFY(makeApp(dir.path()));
        const QByteArray secret = "s3cr3t-7f1c9e2a";
        QVERIFY(test::writeFile(dir.filePath(u"lifeboat.json"_s),
                                "{\"name\": \"app\", \"destination\": \"out\","
                                " \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/app.db\"}],"
                                " \"smoke_checks\": [{\"type\": \"http\", \"url\": \"http://127.0.0.1:9/healthz\","
                                " \"header\": \"Authorization: Bearer ${APP_TOKEN}\"}]}"));
        const QMap<QString, QString> env{{u"APP_TOKEN"_s, QString::fromLatin1(secret)}, {u"LIFEBOAT_HOME"_s, home.path()}};
        auto cli = [&](const QStringList &arguments) {
            return test::runProgram(QStringLiteral(LIFEBOAT_CLI), arguments, dir.path(), 120000, env);
        };
        QByteArray seen;
        const auto backup = cli({u"backup"_s, u"--profile"_s, u"lifeboat.json"_s, u"--json"_s});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const QString set = backup.json().value(u"set"_s).toString();
        seen += backup.out + backup.err;
        for (const QStringList &arguments :
             {QStringList{u"verify"_s, set, u"--report"_s, dir.filePath(u"report.md"_s)},
              QStringList{u"restore"_s, set, u"--yes"_s, u"--profile"_s, u"lifeboat.json"_s},
              QStringList{u"restore"_s, set, u"--yes"_s, u"--profile"_s, u"lifeboat.json"_s, u"--json"_s},
              QStringList{u"status"_s, u"--profile"_s, u"lifeboat.json"_s},
              QStringList{u"journal"_s, u"--json"_s}, QStringList{u"journal"_s, u"--markdown"_s}}) {
            const auto run = cli(arguments);
            seen += run.out + run.err;
        }
        // The failing smoke check rolled the restore back: it did run, with its header.
        QVERIFY2(seen.contains("rolled back"), seen.constData());
        for (const QString &path : test::snapshotTree(home.path()).keys())
            seen += test::readFile(home.filePath(path));
        for (const QString &path : test::snapshotTree(dir.path()).keys()) {
            if (!path.endsWith(".db"_L1))
                seen += test::readFile(dir.filePath(path));
        }
        const bool leaked = seen.contains(secret) || seen.contains(secret.toBase64());
        test::recordFault(u"credential in output"_s, !leaked, false);
        QVERIFY2(!leaked, "the secret shows somewhere");
    }

    void restoreWithoutRoomIsRefused()
    {
        if (!canMount())
            QSKIP("needs root and mount namespaces to mount a small filesystem");
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QVERIFY(growApp(dir.path()));
        const QString set = backUpDatabase(dir.path());
        QVERIFY(!set.isEmpty());
        QVERIFY(QDir().mkpath(dir.filePath(u"small"_s)));
        // 2 MiB of room for a 3 MiB database: refused before anything is written.
        const QString line = u"mount -t tmpfs -o size=2m none small && '%1' restore '%2' --to small/app.db --yes --json;"
                             " code=$?; ls -A small; exit $code"_s.arg(QStringLiteral(LIFEBOAT_CLI), set);
        const auto run = test::runProgram(u"unshare"_s, {u"--mount"_s, u"sh"_s, u"-c"_s, line}, dir.path());
        const QJsonObject doc = jsonBeforeListing(run.out);
        test::recordFault(u"full filesystem during restore"_s,
                          run.exitCode == 3 && doc.value(u"refused"_s).toString() == "no_space"_L1
                              && run.out.trimmed().endsWith('}'),
                          false);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(doc.value(u"refused"_s).toString(), u"no_space"_s);
        QVERIFY2(run.out.trimmed().endsWith('}'), run.out.constData()); // nothing was written there
    }

    // The Korean runbook's pre-migration backup, in each of its cases.
    void guardBacksUpOnlyBeforeAMigration()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        QVERIFY(QFile::remove(dir.filePath(u"data/story_registry.backup.1.0.0.20260112_130012.db"_s)));
        auto backups = [&] {
            return QDir(dir.filePath(u"data"_s)).entryList({u"story_registry.backup.*.db"_s});
        };
        // A new install: no file, nothing to do.
        const auto none = test::runCli({u"guard"_s, u"--db"_s, u"data/none.db"_s, u"--expect-version"_s, u"1.1.0"_s},
                                       dir.path());
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.isEmpty());
        // The same version: nothing to do.
        const auto same = test::runCli({u"guard"_s, u"--db"_s, u"data/story_registry.db"_s, u"--expect-version"_s,
                                        u"1.1.0"_s, u"--json"_s}, dir.path());
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.json().value(u"action"_s).toString(), u"versions_match"_s);
        QVERIFY(backups().isEmpty());
        // The code expects 1.2.0: back up, named as the runbook names it, and say so as it does.
        const auto migrate = test::runCli({u"guard"_s, u"--db"_s, u"data/story_registry.db"_s,
                                           u"--expect-version"_s, u"1.2.0"_s}, dir.path());
        QCOMPARE(migrate.exitCode, 0);
        QCOMPARE(backups().size(), 1);
        const QString name = backups().constFirst();
        QVERIFY(QRegularExpression(u"^story_registry\\.backup\\.1\\.1\\.0\\.\\d{8}_\\d{6}\\.db$"_s).match(name).hasMatch());
        QCOMPARE(QString::fromUtf8(migrate.out.trimmed()),
                 u"[RegistryBackup] Backup created at data/"_s + name);
        QCOMPARE(test::queryValue(dir.filePath(u"data/"_s + name), u"SELECT count(*) FROM stories"_s), u"1"_s);
        // Started again at once (within the second): a second copy, under the next free second.
        const auto again = test::runCli({u"guard"_s, u"--db"_s, u"data/story_registry.db"_s, u"--expect-version"_s,
                                         u"1.2.0"_s, u"--strict"_s}, dir.path());
        QVERIFY2(again.exitCode == 0, again.out.constData());
        QCOMPARE(backups().size(), 2);
        // list knows it for what it is.
        const auto listed = test::runCli({u"list"_s, u"data"_s, u"--json"_s}, dir.path());
        QVERIFY(listed.out.contains("pre_migration"));
    }

    void aFailedGuardBackupNeverBlocksTheMigration()
    {
        if (!canMount())
            QSKIP("needs root and mount namespaces to make a read-only folder");
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"ro"_s)));
        // The database sits on a filesystem that is read-only by the time the guard runs.
        const QString line = u"mount -t tmpfs none ro && sqlite3 ro/app.db \"CREATE TABLE meta(key, value);"
                             " INSERT INTO meta VALUES ('schema_version', '1.0.0')\" && mount -o remount,ro ro &&"
                             " '%1' guard --db ro/app.db --expect-version 2.0.0; echo \"exit=$?\";"
                             " '%1' guard --db ro/app.db --expect-version 2.0.0 --strict; echo \"strict=$?\""_s
                                 .arg(QStringLiteral(LIFEBOAT_CLI));
        const auto run = test::runProgram(u"unshare"_s, {u"--mount"_s, u"sh"_s, u"-c"_s, line}, dir.path());
        QVERIFY2(run.out.contains("exit=0"), run.out.constData());
        QVERIFY2(run.out.contains("strict=1"), run.out.constData());
        QVERIFY2(run.err.contains("[RegistryBackup] Backup failed: "), run.err.constData());
    }

    void journalRecordsWhatHappened()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const QString home = dir.filePath(u"home"_s);
        auto cli = [&](const QStringList &args) { return test::runCliAt(home, args, dir.path()).out; };
        const QString set = QJsonDocument::fromJson(cli({u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s,
                                                          u"out"_s, u"--json"_s}))
                                .object().value(u"set"_s).toString();
        cli({u"verify"_s, set});
        cli({u"restore"_s, set, u"--yes"_s});
        const QJsonArray entries = QJsonDocument::fromJson(cli({u"journal"_s, u"--json"_s}))
                                       .object().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].toObject().value(u"operation"_s).toString(), u"restore"_s); // newest first
        QCOMPARE(entries[1].toObject().value(u"operation"_s).toString(), u"verify"_s);
        QCOMPARE(entries[2].toObject().value(u"operation"_s).toString(), u"backup"_s);
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            for (const auto &key : {u"time"_s, u"host"_s, u"operator"_s, u"target"_s, u"outcome"_s, u"duration_ms"_s})
                QVERIFY2(e.contains(key), qPrintable(key));
        }
        QCOMPARE(entries[2].toObject().value(u"schema_versions"_s).toObject().value(u"app"_s).toString(), u"2.3.0"_s);
        const QByteArray markdown = cli({u"journal"_s, u"--markdown"_s});
        QCOMPARE(markdown.count("### "), 3);
        // What runbook 001 asks to record: from and to, the versions, the integrity result, who.
        for (const QByteArray &line : {"snapshot: `"_ba, "from the backup: `"_ba, "app → `"_ba, "restore id: "_ba,
                                       "schema versions: app 2.3.0"_ba, "quick_check of the copies: ok"_ba,
                                       "checks: 4 passed"_ba, "operator: "_ba})
            QVERIFY2(markdown.contains(line), line.constData());
        QCOMPARE(cli({u"journal"_s, u"--markdown"_s, u"--limit"_s, u"2"_s}).count("### "), 2);
    }

    // --json is for programs: keys, check names, statuses and codes are the
    // same in every language; only the sentences for people are translated.
    void jsonIsTheSameInEveryLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        auto run = [&](const QString &lang, const QStringList &args) {
            const auto r = test::runProgram(QStringLiteral(LIFEBOAT_CLI), args, dir.path(), 60000,
                                            {{u"LANG"_s, lang}, {u"LC_ALL"_s, lang}});
            return std::pair{r.out, r.err};
        };
        // Sentences for people, blanked; everything else must match.
        std::function<QJsonValue(const QJsonValue &)> structure = [&](const QJsonValue &v) -> QJsonValue {
            if (v.isObject()) {
                QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (it.key() == "detail"_L1 || it.key() == "message"_L1)
                        *it = QString();
                    else
                        *it = structure(*it);
                }
                return o;
            }
            if (v.isArray()) {
                QJsonArray a;
                for (const QJsonValue &e : v.toArray())
                    a.append(structure(e));
                return a;
            }
            return v;
        };
        for (const QStringList &args : {QStringList{u"list"_s, u"backups"_s, u"--json"_s},
                                        QStringList{u"verify"_s, u"backups/backup_manifest_20260114_120000.json"_s, u"--json"_s},
                                        QStringList{u"backup"_s, u"--db"_s, u"nowhere.db"_s, u"--out"_s, u"o"_s, u"--json"_s}}) {
            const auto [en, enErr] = run(u"en_US.UTF-8"_s, args);
            const auto [ko, koErr] = run(u"ko_KR.UTF-8"_s, args);
            QJsonObject english = QJsonDocument::fromJson(en).object();
            QJsonObject korean = QJsonDocument::fromJson(ko).object();
            english.remove(u"duration_ms"_s);
            korean.remove(u"duration_ms"_s);
            english.remove(u"started_at"_s);
            korean.remove(u"started_at"_s);
            QVERIFY2(!english.isEmpty(), en.constData());
            QCOMPARE(structure(korean), structure(english));
            if (!enErr.isEmpty())
                QVERIFY2(koErr != enErr && QString::fromUtf8(koErr).contains(u"없습니다"_s), koErr.constData());
        }
        // Human output is Korean.
        const auto [human, humanErr] = run(u"ko_KR.UTF-8"_s, {u"verify"_s, u"backups/backup_manifest_20260114_120000.json"_s});
        QVERIFY2(QString::fromUtf8(human).contains(u"복원 훈련 통과"_s), human.constData());
    }

    void pruneKeepsWhatThePolicySaysOnlyAfterAVerifiedBackup()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        const QString home = dir.filePath(u"home"_s);
        auto cli = [&](const QStringList &args) { return test::runCliAt(home, args, dir.path()).json(); };
        // Five nightly sets of one data set, a day apart.
        QStringList sets;
        for (int day = 0; day < 5; ++day) {
            const QString set = cli({u"backup"_s, u"--db"_s, u"data/app.db"_s, u"--out"_s, u"out"_s,
                                     u"--name"_s, u"app"_s, u"--json"_s}).value(u"set"_s).toString();
            QByteArray manifest = test::readFile(set + u"/manifest.json"_s);
            const QByteArray when = QDateTime::currentDateTimeUtc().addDays(-day).toString(Qt::ISODate).toLatin1();
            manifest.replace(QRegularExpression(u"\"created_at\": \"[^\"]*\""_s).match(QString::fromUtf8(manifest))
                                 .captured(0).toUtf8(),
                             "\"created_at\": \"" + when + "\"");
            QVERIFY(test::writeFile(set + u"/manifest.json"_s, manifest));
            sets.append(set);
        }
        const auto args = QStringList{u"prune"_s, u"out"_s, u"--keep-last"_s, u"2"_s, u"--json"_s};
        // Not yet verified: nothing goes, and a script hears that pruning is held (exit 3).
        const auto held = test::runCliAt(home, args, dir.path());
        QCOMPARE(held.exitCode, 3);
        const QJsonObject unverified = held.json();
        QCOMPARE(unverified.value(u"ok"_s).toBool(), false);
        QCOMPARE(unverified.value(u"refused"_s).toString(), u"newest_not_verified"_s);
        for (const QJsonValue &v : unverified.value(u"backups"_s).toArray())
            QCOMPARE(v.toObject().value(u"action"_s).toString(), u"keep"_s);
        QCOMPARE(QDir(dir.filePath(u"out"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 5);
        // The newest verified: the policy decides; a dry run removes nothing.
        cli({u"verify"_s, sets.first()});
        const QJsonObject plan = cli(args + QStringList{u"--dry-run"_s});
        int toRemove = 0;
        for (const QJsonValue &v : plan.value(u"backups"_s).toArray())
            toRemove += v.toObject().value(u"action"_s).toString() == "remove"_L1;
        QCOMPARE(toRemove, 3);
        for (const QString &set : sets)
            QVERIFY(QFileInfo::exists(set));
        const auto done = test::runCliAt(home, args, dir.path());
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(done.json().value(u"ok"_s).toBool(), true);
        QCOMPARE(QDir(dir.filePath(u"out"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
        QVERIFY(QFileInfo::exists(sets[0]) && QFileInfo::exists(sets[1]));
        const QJsonArray journal = cli({u"journal"_s, u"--json"_s}).value(u"entries"_s).toArray();
        int pruned = 0;
        for (const QJsonValue &e : journal)
            pruned += e.toObject().value(u"operation"_s).toString() == "prune"_L1;
        QCOMPARE(pruned, 3);
        QCOMPARE(test::runCli({u"prune"_s, u"out"_s}).exitCode, 2); // no policy given
        // A name to remove that names nothing is a typo: said, and nothing goes.
        const auto typo = test::runCliAt(home, args + QStringList{u"--remove"_s, u"app9-nosuch"_s}, dir.path());
        QCOMPARE(typo.exitCode, 2);
        QCOMPARE(typo.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
        QVERIFY2(typo.err.contains("app9-nosuch"), typo.err.constData());
        QCOMPARE(QDir(dir.filePath(u"out"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    }

    // A profile with nowhere to back up to says which key gives it a place.
    void aProfileWithoutDestinationNamesTheKey()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QVERIFY(test::writeFile(dir.filePath(u"lifeboat.json"_s),
                                "{\"name\": \"app\", \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/app.db\"}]}"));
        const auto run = test::runCli({u"backup"_s, u"--profile"_s, u"lifeboat.json"_s}, dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--out DIR") && run.err.contains("\"destination\""), run.err.constData());
    }

    // Runbook 001 names its copies with `date +%Y%m%d_%H%M%S`, local time.
    // In Los Angeles a copy taken 20 hours ago is 20 hours old, within a
    // 24-hour RPO, and the snapshot a restore leaves beside the database is
    // named, and read back, on the same clock.
    void aCopyNamedByDateIsTimedOnTheLocalClock()
    {
        QTemporaryDir dir;
        const QMap<QString, QString> env{{u"TZ"_s, u"America/Los_Angeles"_s},
                                         {u"LIFEBOAT_HOME"_s, dir.filePath(u"home"_s)}};
        auto cli = [&](const QStringList &args) {
            return test::runProgram(QStringLiteral(LIFEBOAT_CLI), args, dir.path(), 60000, env);
        };
        QVERIFY(test::execSql(dir.filePath(u"data/ice_cream_social.db"_s), u"CREATE TABLE episodes(x)"_s));
        QVERIFY(QDir().mkpath(dir.filePath(u"backups/sqlite"_s)));
        const auto copied = test::runProgram(
            u"sh"_s, {u"-c"_s, u"sqlite3 data/ice_cream_social.db \".backup backups/sqlite/"
                               "ice_cream_social_$(date -d '20 hours ago' +%Y%m%d_%H%M%S).db\""_s},
            dir.path(), 60000, env);
        QVERIFY2(copied.exitCode == 0, copied.err.constData());
        QVERIFY(test::writeFile(dir.filePath(u"lifeboat.json"_s),
                                "{\"name\": \"ics\", \"destination\": \"backups/sqlite\", \"rpo_hours\": 24,"
                                " \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/ice_cream_social.db\"}]}"));
        const QJsonArray listed = cli({u"list"_s, u"backups/sqlite"_s, u"--json"_s}).json()
                                      .value(u"backups"_s).toArray();
        QCOMPARE(listed.size(), 1);
        const QString copy = listed.at(0).toObject().value(u"path"_s).toString();
        const QDateTime created = QDateTime::fromString(listed.at(0).toObject().value(u"created_at"_s).toString(),
                                                        Qt::ISODate);
        QVERIFY2(qAbs(created.secsTo(QDateTime::currentDateTimeUtc().addSecs(-20 * 3600))) < 120,
                 qPrintable(created.toString(Qt::ISODate)));
        QCOMPARE(cli({u"verify"_s, copy}).exitCode, 0);
        QCOMPARE(cli({u"status"_s, u"--profile"_s, u"lifeboat.json"_s}).exitCode, 0);

        QCOMPARE(cli({u"restore"_s, copy, u"--to"_s, u"data/ice_cream_social.db"_s, u"--yes"_s}).exitCode, 0);
        const QJsonArray beside = cli({u"list"_s, u"data"_s, u"--json"_s}).json().value(u"backups"_s).toArray();
        QCOMPARE(beside.size(), 1);
        const QDateTime snapshotTime = QDateTime::fromString(
            beside.at(0).toObject().value(u"created_at"_s).toString(), Qt::ISODate);
        QVERIFY2(qAbs(snapshotTime.secsTo(QDateTime::currentDateTimeUtc())) < 120,
                 qPrintable(snapshotTime.toString(Qt::ISODate)));
    }

    void statusExitsOneWhenTheRpoIsBreached()
    {
        QTemporaryDir dir;
        QVERIFY(makeApp(dir.path()));
        QVERIFY(test::writeFile(dir.filePath(u"lifeboat.json"_s),
                                "{\"name\": \"app\", \"destination\": \"out\", \"rpo_hours\": 24, \"rto_hours\": 4,"
                                " \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/app.db\"}]}"));
        const QString home = dir.filePath(u"home"_s);
        auto cli = [&](const QStringList &args) {
            const auto run = test::runCliAt(home, args, dir.path());
            return std::pair{run.exitCode, run.json()};
        };
        const QStringList status{u"status"_s, u"--profile"_s, u"lifeboat.json"_s, u"--json"_s};
        // No backup at all: the RPO is breached.
        QCOMPARE(cli(status).first, 1);
        const QString set = cli({u"backup"_s, u"--profile"_s, u"lifeboat.json"_s, u"--json"_s}).second
                                .value(u"set"_s).toString();
        // A backup nobody verified does not count.
        QCOMPARE(cli(status).first, 1);
        cli({u"verify"_s, set});
        const auto [code, doc] = cli(status);
        QCOMPARE(code, 0);
        const QJsonObject data = doc.value(u"data_sets"_s).toArray().at(0).toObject();
        QCOMPARE(data.value(u"newest_verified"_s).toObject().value(u"path"_s).toString(), set);
        QVERIFY(data.value(u"newest_verified"_s).toObject().value(u"age_hours"_s).toDouble() < 1);
        QCOMPARE(data.value(u"rpo_breached"_s).toBool(), false);
        // A restore from it is measured against the RTO.
        cli({u"restore"_s, set, u"--yes"_s});
        const QJsonObject after = cli(status).second.value(u"data_sets"_s).toArray().at(0).toObject();
        QVERIFY(after.contains(u"last_restore"_s));
        QCOMPARE(after.value(u"rto_met"_s).toBool(), true);
        QVERIFY(test::runCliAt(home, {u"status"_s, u"--profile"_s, u"lifeboat.json"_s}, dir.path())
                    .out.contains("(RTO 4 h)"));
        // Without a target, the restore's time is said alone, not against an RTO of 0 h.
        QVERIFY(test::writeFile(dir.filePath(u"lifeboat.json"_s),
                                "{\"name\": \"app\", \"destination\": \"out\", \"rpo_hours\": 24,"
                                " \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/app.db\"}]}"));
        const QByteArray text = test::runCliAt(home, {u"status"_s, u"--profile"_s, u"lifeboat.json"_s}, dir.path()).out;
        QVERIFY2(text.contains("last restore took") && !text.contains("RTO"), text.constData());
    }

    // The printed crontab line, unescaped as cron reads it, really backs up
    // and verifies, and so does the unit's ExecStartPost, joined and
    // unescaped as systemd reads it: '%' and '$' in a path and all, with the
    // LIFEBOAT_HOME they were printed under (the unit's Environment= line is
    // checked as text; no systemd runs here).
    void scheduleLinesRun()
    {
        QTemporaryDir top;
        const QString root = top.filePath(u"app 100% $HOME"_s);
        QVERIFY(QDir().mkpath(root));
        QVERIFY(makeApp(root));
        QVERIFY(test::writeFile(root + u"/lifeboat.json"_s,
                                "{\"name\": \"app\", \"destination\": \"out\","
                                " \"sources\": [{\"type\": \"sqlite\", \"path\": \"data/app.db\"}]}"));
        const QString home = top.filePath(u"home"_s);
        const auto cron = test::runCliAt(home, {u"schedule"_s, u"--profile"_s, u"lifeboat.json"_s, u"--print"_s,
                                                u"cron"_s, u"--at"_s, u"03:15"_s}, root);
        QCOMPARE(cron.exitCode, 0);
        QString line = QString::fromUtf8(cron.out).split(u'\n').value(1);
        QVERIFY2(line.startsWith(u"15 3 * * * LIFEBOAT_HOME='%1' "_s.arg(home)), qPrintable(line));
        QVERIFY2(!line.contains(u"100% "_s) && line.contains(u"100\\% $HOME/"_s), qPrintable(line));
        line = line.mid(QStringLiteral("15 3 * * * ").size()).replace(u"\\%"_s, u"%"_s); // as cron reads it
        const auto ran = test::runProgram(u"sh"_s, {u"-c"_s, line}, QDir::rootPath());
        QVERIFY2(ran.exitCode == 0, (ran.out + ran.err).constData());
        QVERIFY(ran.out.contains("RESTORE DRILL PASSED"));
        QCOMPARE(QDir(root + u"/out"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        const QJsonArray recorded = test::runCliAt(home, {u"journal"_s, u"--json"_s}, root).json()
                                        .value(u"entries"_s).toArray();
        QCOMPARE(recorded.size(), 2); // the backup and its verification, in this home's journal

        const auto systemd = test::runCliAt(home, {u"schedule"_s, u"--profile"_s, u"lifeboat.json"_s, u"--print"_s,
                                                   u"systemd"_s}, root);
        QCOMPARE(systemd.exitCode, 0);
        for (const char *text : {"[Service]", "Type=oneshot", "ExecStart=", "ExecStartPost=", "[Timer]",
                                 "OnCalendar=*-*-* 02:00:00", "Persistent=true", "WantedBy=timers.target"})
            QVERIFY2(systemd.out.contains(text), text);
        QVERIFY2(systemd.out.contains("Environment=\"LIFEBOAT_HOME=" + home.toUtf8() + "\"\n"), systemd.out.constData());
        // Lines end within 80 columns, joined by backslashes as systemd reads them.
        for (const QByteArray &l : systemd.out.split('\n'))
            QVERIFY2(l.startsWith('#') || l.size() <= 80 + top.path().size(), l.constData());
        // As systemd reads it: continued lines joined, "%%" and "$$" single again.
        const QString unit = QString::fromUtf8(systemd.out)
                                 .replace(u"\\\n"_s, u" "_s)
                                 .replace(u"%%"_s, u"%"_s)
                                 .replace(u"$$"_s, u"$"_s);
        QVERIFY2(systemd.out.contains("100%% $$HOME/"), systemd.out.constData());
        const QString post = unit.section(u"\nExecStartPost="_s, 1).section(u'\n', 0, 0);
        QVERIFY2(post.simplified().contains(u"verify --newest"_s), qPrintable(post));
        const auto verified = test::runProgram(u"sh"_s, {u"-c"_s, post}, QDir::rootPath(), 120000,
                                               {{u"LIFEBOAT_HOME"_s, home}});
        QVERIFY2(verified.exitCode == 0, (verified.out + verified.err).constData());
        QVERIFY(verified.out.contains("RESTORE DRILL PASSED"));
        QCOMPARE(test::runCli({u"schedule"_s, u"--profile"_s, u"lifeboat.json"_s, u"--print"_s, u"launchd"_s},
                              root).exitCode, 2);
    }

    void verifyRunsTheDrill()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const auto before = test::snapshotTree(dir.path());
        const auto good = test::runCli({u"verify"_s, u"backups/backup_manifest_20260114_120000.json"_s,
                                        u"--require-tables"_s, u"users,content,assets"_s}, dir.path());
        QVERIFY2(good.exitCode == 0, good.out.constData());
        for (const char *line : {"[PASS] hash_verification", "[PASS] sqlite_open", "[PASS] integrity_check",
                                 "[PASS] schema_valid", "[PASS] extract_archive", "[PASS] files_extracted",
                                 "RESTORE DRILL PASSED"})
            QVERIFY2(good.out.contains(line), line);

        // The runbook's verification.json, and the same document on stdout.
        const auto report = test::runCli({u"verify"_s, u"backups/sqlite/latest/checksums.txt"_s, u"--report"_s,
                                          u"out/verification.json"_s, u"--json"_s}, dir.path());
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(test::readFile(dir.filePath(u"out/verification.json"_s))).object(),
                 report.json());
        QCOMPARE(report.json().value(u"layout"_s).toString(), u"checksums"_s);
        QVERIFY(QDir(dir.filePath(u"out"_s)).removeRecursively());
        QCOMPARE(test::snapshotTree(dir.path()), before);

        // A whole folder: every backup in it, one report each.
        const auto all = test::runCli({u"verify"_s, u"backups"_s, u"--quick"_s, u"--json"_s}, dir.path());
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json().value(u"reports"_s).toArray().size(), 6);
        // The shape follows the arguments: a folder of one backup is still a
        // list, and the newest of a folder is one report.
        QVERIFY(QDir().mkpath(dir.filePath(u"only"_s)));
        QVERIFY(QFile::copy(dir.filePath(u"backups/lrl_db_20260114_120000.sqlite"_s),
                            dir.filePath(u"only/lrl_db_20260114_120000.sqlite"_s)));
        const auto one = test::runCli({u"verify"_s, u"only"_s, u"--quick"_s, u"--json"_s}, dir.path());
        QCOMPARE(one.json().value(u"reports"_s).toArray().size(), 1);
        const auto newest = test::runCli({u"verify"_s, u"backups"_s, u"--newest"_s, u"--json"_s}, dir.path());
        QVERIFY2(newest.json().contains(u"items"_s) && !newest.json().contains(u"reports"_s), newest.out.constData());
    }

    // Runbook 004: restore_sqlite.sh --memory-db .data/brainstem.db
    // --registry-db .data/model_registry.db. Its set records no sources; the
    // profile's sources say where each copy goes, in one restore.
    void aProfileSaysWhereAnUnrecordedSetGoes()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        QVERIFY(test::writeFile(dir.filePath(u"lifeboat.json"_s),
                                "{\"name\": \"brainstem\", \"destination\": \"backups/sqlite\", \"sources\": ["
                                "{\"type\": \"sqlite\", \"path\": \".data/brainstem.db\", \"name\": \"memory\"},"
                                "{\"type\": \"sqlite\", \"path\": \".data/model_registry.db\"}]}"));
        const QString set = u"backups/sqlite/latest"_s;
        const auto unsaid = test::runCli({u"restore"_s, set, u"--dry-run"_s}, dir.path());
        QCOMPARE(unsaid.exitCode, 2);
        QVERIFY2(unsaid.err.contains("--profile"), unsaid.err.constData());

        const auto planned = test::runCli({u"restore"_s, set, u"--profile"_s, u"lifeboat.json"_s, u"--dry-run"_s,
                                           u"--json"_s}, dir.path());
        QVERIFY2(planned.exitCode == 0, (planned.out + planned.err).constData());
        QMap<QString, QString> targets;
        for (const QJsonValue &v : planned.json().value(u"items"_s).toArray())
            targets.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"target"_s).toString());
        QCOMPARE(targets.value(u"memory.db"_s), dir.filePath(u".data/brainstem.db"_s));
        QCOMPARE(targets.value(u"model_registry.db"_s), dir.filePath(u".data/model_registry.db"_s));

        const auto one = test::runCli({u"restore"_s, set, u"--item"_s, u"memory"_s, u"--profile"_s,
                                       u"lifeboat.json"_s, u"--yes"_s}, dir.path());
        QVERIFY2(one.exitCode == 0, (one.out + one.err).constData());
        QCOMPARE(test::sha256sum(dir.filePath(u".data/brainstem.db"_s)),
                 test::sha256sum(dir.filePath(u"backups/sqlite/latest/memory.db"_s)));

        // A JSONL store of the same name is no database: it never goes over one.
        QVERIFY(test::writeFile(dir.filePath(u"backups/jsonl-202611220900/memory.jsonl"_s), "{\"a\": 1}\n"_ba));
        const auto before = test::sha256sum(dir.filePath(u".data/brainstem.db"_s));
        const auto store = test::runCli({u"restore"_s, u"backups/jsonl-202611220900"_s, u"--item"_s, u"memory"_s,
                                         u"--profile"_s, u"lifeboat.json"_s, u"--yes"_s}, dir.path());
        QCOMPARE(store.exitCode, 2);
        QCOMPARE(test::sha256sum(dir.filePath(u".data/brainstem.db"_s)), before);
    }

    // Runbook 004's checksums, as `sha256sum --tag` writes them too: a copy
    // changed since is caught; a checksums file that cannot be read fails the
    // drill and is not restored from, as `sha256sum -c` would fail it.
    void everyChecksumsFileIsHeldToItsWord()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const QString set = dir.filePath(u"backups/sqlite/latest"_s);
        const auto tagged = test::runProgram(u"sha256sum"_s, {u"--tag"_s, u"memory.db"_s, u"model_registry.db"_s},
                                             set);
        QVERIFY(tagged.out.startsWith("SHA256 (memory.db) = "));
        QVERIFY(test::writeFile(set + u"/checksums.txt"_s, tagged.out));
        QCOMPARE(test::runCli({u"verify"_s, set}, dir.path()).exitCode, 0);

        QVERIFY(test::execSql(set + u"/memory.db"_s, u"CREATE TABLE changed(x)"_s));
        const auto changed = test::runCli({u"verify"_s, set}, dir.path());
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.out.contains("[FAIL] hash_verification"), changed.out.constData());
        const auto before = test::snapshotTree(dir.filePath(u".data"_s));
        const auto refused = test::runCli({u"restore"_s, set, u"--item"_s, u"memory.db"_s, u"--to"_s,
                                           u".data/brainstem.db"_s, u"--yes"_s}, dir.path());
        QCOMPARE(refused.exitCode, 3);

        QVERIFY(test::writeFile(set + u"/checksums.txt"_s, tagged.out.left(40)));
        const auto unreadable = test::runCli({u"verify"_s, set, u"--json"_s}, dir.path());
        QCOMPARE(unreadable.exitCode, 1);
        const QJsonObject first = unreadable.json().value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"name"_s).toString(), u"checksums.txt"_s);
        const QJsonObject check = first.value(u"checks"_s).toArray().at(0).toObject();
        QCOMPARE(check.value(u"name"_s).toString(), u"manifest_readable"_s);
        QCOMPARE(check.value(u"status"_s).toString(), u"fail"_s);
        QVERIFY2(check.value(u"detail"_s).toString().contains(u"Line 1 of"_s), unreadable.out.constData());
        const auto notRestored = test::runCli({u"restore"_s, set, u"--to"_s, u".data"_s, u"--yes"_s},
                                              dir.path());
        QCOMPARE(notRestored.exitCode, 2);
        QVERIFY2(notRestored.err.contains("checksums.txt"), notRestored.err.constData());
        QCOMPARE(test::snapshotTree(dir.filePath(u".data"_s)), before);
    }

    // A drill over a folder it could not wholly read has not shown that its
    // backups restore: it says which folder, and fails.
    void aFolderTheDrillCannotReadFailsIt()
    {
        if (::geteuid() == 0 && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
            QSKIP("setpriv is not installed");
        QTemporaryDir dir;
        QVERIFY(test::execSql(dir.filePath(u"backups/app_20260110_020000.db"_s), u"CREATE TABLE t(x)"_s));
        QVERIFY(test::execSql(dir.filePath(u"backups/secret/app_20260111_020000.db"_s), u"CREATE TABLE t(x)"_s));
        QTemporaryDir home;
        QStringList command{QStringLiteral(LIFEBOAT_CLI), u"verify"_s, u"backups"_s, u"--json"_s};
        if (::geteuid() == 0) {
            test::runProgram(u"chmod"_s, {u"-R"_s, u"a+rwX"_s, dir.path(), home.path()});
            command = QStringList{u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s} + command;
        }
        QFile::setPermissions(dir.filePath(u"backups/secret"_s), {});
        const auto restorePermissions = qScopeGuard([&dir] {
            QFile::setPermissions(dir.filePath(u"backups/secret"_s), QFileDevice::Permissions(0x7700));
        });
        auto cli = [&](const QStringList &arguments) {
            QStringList line = command + arguments;
            const QString program = line.takeFirst();
            return test::runProgram(program, line, dir.path(), 120000, {{u"LIFEBOAT_HOME"_s, home.path()}});
        };
        for (const QStringList &arguments : {QStringList{}, QStringList{u"--newest"_s}}) {
            const auto run = cli(arguments);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.json().value(u"ok"_s).toBool(), false);
            QVERIFY2(run.json().value(u"unreadable"_s).toArray().at(0).toString().endsWith(u"/backups/secret"_s),
                     run.out.constData());
            QVERIFY2(run.err.contains("secret"), run.err.constData());
        }
        QCOMPARE(cli({}).json().value(u"reports"_s).toArray().size(), 1);
        // With every backup in there, the folder is still named.
        QVERIFY(QFile::remove(dir.filePath(u"backups/app_20260110_020000.db"_s)));
        const auto none = cli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("secret") && none.err.contains("No backups were found"), none.err.constData());
    }

    void verifyFailsOnDamageAndSaysWhere()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const QString db = dir.filePath(u"backups/lrl_db_20260114_120000.sqlite"_s);
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() - 100));
        QVERIFY(f.putChar('X'));
        f.close();
        const auto run = test::runCli({u"verify"_s, u"backups/backup_manifest_20260114_120000.json"_s,
                                       u"--json"_s}, dir.path());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject doc = run.json();
        QCOMPARE(doc.value(u"ok"_s).toBool(), false);
        QCOMPARE(doc.value(u"layout"_s).toString(), u"manifest-v1"_s);
        const QJsonObject item = doc.value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(item.value(u"ok"_s).toBool(), false);
        const QJsonObject hash = item.value(u"checks"_s).toArray().at(0).toObject();
        QCOMPARE(hash.value(u"name"_s).toString(), u"hash_verification"_s);
        QCOMPARE(hash.value(u"status"_s).toString(), u"fail"_s);

        const auto human = test::runCli({u"verify"_s, u"backups/backup_manifest_20260114_120000.json"_s},
                                        dir.path());
        QCOMPARE(human.exitCode, 1);
        QVERIFY(human.out.contains("[FAIL] hash_verification"));
        QVERIFY(human.out.contains("RESTORE DRILL FAILED"));

        QCOMPARE(test::runCli({u"verify"_s, u"nowhere.db"_s}, dir.path()).exitCode, 2);
        QCOMPARE(test::runCli({u"verify"_s, u"backups/notes.txt"_s}, dir.path()).exitCode, 2);
    }

    // A manifest.json cut short, where it still says it is Lifeboat's and
    // where it no longer does: the set never verifies, nor is restored from.
    void aDamagedManifestNeverVerifies_data()
    {
        QTest::addColumn<bool>("keepFormat");
        QTest::newRow("cut after its format") << true;
        QTest::newRow("cut before its format") << false;
    }

    void aDamagedManifestNeverVerifies()
    {
        QFETCH(bool, keepFormat);
        QTemporaryDir dir;
        QTemporaryDir home;
        const QString set = backUpApp(dir.path(), home.path());
        QVERIFY(!set.isEmpty());
        QFile manifest(set + u"/manifest.json"_s);
        QVERIFY(manifest.open(QIODevice::ReadWrite));
        const QByteArray whole = manifest.readAll();
        const qsizetype format = whole.indexOf("\"lifeboat-manifest\"");
        QVERIFY(format > 40);
        QVERIFY(manifest.resize(keepFormat ? format + 30 : format - 20));
        manifest.close();

        const auto run = test::runCliAt(home.path(), {u"verify"_s, set, u"--json"_s}, dir.path());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject doc = run.json();
        QCOMPARE(doc.value(u"ok"_s).toBool(), false);
        const QJsonObject first = doc.value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"name"_s).toString(), u"manifest.json"_s);
        const QJsonObject check = first.value(u"checks"_s).toArray().at(0).toObject();
        QCOMPARE(check.value(u"name"_s).toString(), u"manifest_readable"_s);
        QCOMPARE(check.value(u"status"_s).toString(), u"fail"_s);
        QVERIFY2(check.value(u"detail"_s).toString().contains(u"manifest.json"_s), run.out.constData());

        const auto human = test::runCliAt(home.path(), {u"verify"_s, set + u"/manifest.json"_s}, dir.path());
        QCOMPARE(human.exitCode, 1);
        QVERIFY(human.out.contains("[FAIL] manifest_readable"));

        const auto before = test::snapshotTree(dir.filePath(u"data"_s));
        const auto restore = test::runCliAt(home.path(), {u"restore"_s, set, u"--to"_s, u"data/app.db"_s,
                                                          u"--yes"_s, u"--json"_s},
                                            dir.path());
        QCOMPARE(restore.exitCode, 2);
        const QJsonObject error = restore.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"invalid_manifest"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(u"manifest.json"_s), restore.out.constData());
        QCOMPARE(test::snapshotTree(dir.filePath(u"data"_s)), before);
    }

    void verifyIsJournaled()
    {
        QTemporaryDir dir;
        QVERIFY(test::makeRunbookLayouts(dir.path()));
        const QString home = dir.filePath(u"home"_s);
        const auto run = test::runCliAt(home, {u"verify"_s, u"data/story_registry.backup.1.0.0.20260112_130012.db"_s},
                                        dir.path());
        QCOMPARE(run.exitCode, 0);
        const QByteArray journal = test::readFile(home + u"/journal.jsonl"_s);
        const QJsonObject entry = QJsonDocument::fromJson(journal.trimmed()).object();
        QCOMPARE(entry.value(u"operation"_s).toString(), u"verify"_s);
        QCOMPARE(entry.value(u"target"_s).toString(),
                 dir.filePath(u"data/story_registry.backup.1.0.0.20260112_130012.db"_s));
        QCOMPARE(entry.value(u"ok"_s).toBool(), true);
        QCOMPARE(entry.value(u"layout"_s).toString(), u"loose"_s);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
