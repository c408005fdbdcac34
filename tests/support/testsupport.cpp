// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace lifeboat::test {

bool execSql(const QString &path, const QString &sql)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        qWarning("cannot open %s", qPrintable(path));
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 10000);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning("SQL failed on %s: %s", qPrintable(path), message);
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QString queryValue(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString value;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_busy_timeout(db, 10000);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256sum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QJsonObject Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

Run runProgram(const QString &program, const QStringList &arguments, const QString &workDir,
               int timeoutMs, const QMap<QString, QString> &environment, const QByteArray &input)
{
    QProcess p;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
    }
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, arguments);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

int faultRounds(int ordinary)
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("LIFEBOAT_RELIABILITY_ROUNDS", &ok);
    return ok && rounds > 0 ? ordinary * rounds : ordinary;
}

void recordFault(const QString &faultClass, bool survived, bool dataLost)
{
    const QString path = qEnvironmentVariable("LIFEBOAT_RELIABILITY_LOG");
    if (path.isEmpty())
        return;
    QFile log(path);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    log.write(faultClass.toUtf8() + "\t1\t" + (survived ? '1' : '0') + '\t' + (dataLost ? '1' : '0') + '\n');
}

Run runCli(const QStringList &arguments, const QString &workDir)
{
    return runProgram(QStringLiteral(LIFEBOAT_CLI), arguments, workDir);
}

Run runCliAt(const QString &home, const QStringList &arguments, const QString &workDir)
{
    return runProgram(QStringLiteral(LIFEBOAT_CLI), arguments, workDir, 120000, {{u"LIFEBOAT_HOME"_s, home}});
}

DatabaseHolder::DatabaseHolder(const QString &database)
    : m_process(std::make_unique<QProcess>())
{
    m_process->start(QStringLiteral(LIFEBOAT_TEST_WRITER), {database, u"120"_s, u"open"_s});
    m_ready = m_process->waitForReadyRead(10000) && m_process->readLine().startsWith("ready");
}

DatabaseHolder::~DatabaseHolder()
{
    kill();
}

qint64 DatabaseHolder::pid() const
{
    return m_process->processId();
}

void DatabaseHolder::kill()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

namespace {

bool processRuns(const QByteArray &pid)
{
    bool ok = false;
    const pid_t n = pid_t(pid.trimmed().toInt(&ok));
    return ok && n > 0 && (::kill(n, 0) == 0 || errno == EPERM);
}

// What tests killed before they could stop their server left: the server,
// still running, and its folder. Found by the test that started it being gone.
void removeServersOfKilledTests()
{
    const QDir tmp(u"/tmp"_s);
    for (const QString &name : tmp.entryList({u"lifeboat-pg-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = tmp.filePath(name);
        QFile owner(dir + u"/owner"_s);
        if (!owner.open(QIODevice::ReadOnly) || processRuns(owner.readAll()))
            continue;
        QFile postmaster(dir + u"/data/postmaster.pid"_s);
        if (postmaster.open(QIODevice::ReadOnly)) {
            const QByteArray pid = postmaster.readLine();
            if (processRuns(pid)) {
                ::kill(pid_t(pid.trimmed().toInt()), SIGQUIT); // immediate shutdown
                for (int i = 0; i < 100 && processRuns(pid); ++i)
                    QThread::msleep(50);
            }
        }
        QDir(dir).removeRecursively();
    }
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::start()
{
    // The newest server the distribution installed.
    QDir lib(u"/usr/lib/postgresql"_s);
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend() && m_binDir.isEmpty(); ++it) {
        if (QFileInfo(lib.filePath(*it + u"/bin/initdb"_s)).isExecutable())
            m_binDir = lib.filePath(*it + u"/bin"_s);
    }
    if (m_binDir.isEmpty())
        return u"No PostgreSQL server is installed (/usr/lib/postgresql/*/bin/initdb); run "
               "scripts/dev.sh, which installs it."_s;

    removeServersOfKilledTests();
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/lifeboat-pg-XXXXXX"_s);
    if (!m_dir->isValid())
        return u"Could not create a temporary folder."_s;
    writeFile(m_dir->filePath(u"owner"_s), QByteArray::number(QCoreApplication::applicationPid()));
    m_password = u"s3cret-%1-pw"_s.arg(QCoreApplication::applicationPid());
    const QString pwfile = m_dir->filePath(u"pw"_s);
    writeFile(pwfile, m_password.toUtf8() + '\n');

    // PostgreSQL refuses to run as root: the server gets a user of its own.
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            pw = ::getpwnam("nobody");
        if (!pw)
            return u"Running as root, but there is neither a postgres nor a nobody user."_s;
        const uid_t uid = pw->pw_uid;
        const gid_t gid = pw->pw_gid;
        for (const QString &path : {m_dir->path(), pwfile}) {
            if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
                return u"Could not hand %1 to the server's user."_s.arg(path);
        }
        m_asUser = {u"--reuid=%1"_s.arg(uid), u"--regid=%1"_s.arg(gid), u"--clear-groups"_s, u"--"_s};
    }
    auto asServerUser = [this](const QString &program, const QStringList &args) {
        return m_asUser.isEmpty() ? std::pair{program, args}
                                  : std::pair{u"setpriv"_s, m_asUser + QStringList{program} + args};
    };

    const QString data = m_dir->filePath(u"data"_s);
    const auto [initdb, initArgs] = asServerUser(
        m_binDir + u"/initdb"_s,
        {u"--pgdata="_s + data, u"--username=lifeboat"_s, u"--pwfile="_s + pwfile,
         u"--auth=scram-sha-256"_s, u"--encoding=UTF8"_s, u"--no-locale"_s, u"--no-sync"_s,
         u"--no-instructions"_s});
    const Run made = runProgram(initdb, initArgs, m_dir->path(), 120000);
    if (made.exitCode != 0)
        return u"initdb failed: "_s + QString::fromLocal8Bit(made.out + made.err);

    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    const auto [postgres, serverArgs] = asServerUser(
        m_binDir + u"/postgres"_s,
        {u"-D"_s, data, u"-k"_s, m_dir->path(), u"-p"_s, QString::number(m_port), u"-c"_s,
         u"listen_addresses="_s, u"-c"_s, u"fsync=off"_s, u"-c"_s, u"full_page_writes=off"_s,
         u"-c"_s, u"dynamic_shared_memory_type=mmap"_s});
    m_server->start(postgres, serverArgs);
    // Ready when it says so, however long that takes; a server that exits has failed.
    QByteArray log;
    while (!log.contains("ready to accept connections")) {
        if (!m_server->waitForReadyRead(120000) && m_server->state() == QProcess::NotRunning)
            return u"The server did not start: "_s + QString::fromLocal8Bit(log + m_server->readAll());
        log += m_server->readAll();
        if (m_server->state() == QProcess::NotRunning && !log.contains("ready to accept connections"))
            return u"The server did not start: "_s + QString::fromLocal8Bit(log);
    }
    return {};
}

void PostgresServer::stop()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_server->processId()), SIGINT); // fast shutdown: sessions are ended
        if (!m_server->waitForFinished(60000)) {
            m_server->kill();
            m_server->waitForFinished();
        }
    }
    m_server.reset();
    m_dir.reset(); // removes the data folder and the socket
}

QString PostgresServer::dsn(const QString &database) const
{
    return u"postgresql://lifeboat:%1@/%2?host=%3&port=%4"_s.arg(m_password, database, m_dir->path())
        .arg(m_port);
}

QMap<QString, QString> PostgresServer::clientEnvironment(const QString &database) const
{
    return {{u"PGPASSWORD"_s, m_password}, {u"PGHOST"_s, m_dir->path()},
            {u"PGPORT"_s, QString::number(m_port)}, {u"PGUSER"_s, u"lifeboat"_s},
            {u"PGDATABASE"_s, database}};
}

QString PostgresServer::psql(const QString &database, const QString &sql) const
{
    const Run r = runProgram(u"psql"_s,
                             {u"--no-psqlrc"_s, u"--quiet"_s, u"--no-align"_s, u"--tuples-only"_s,
                              u"--set=ON_ERROR_STOP=1"_s, u"--command="_s + sql},
                             {}, 120000, clientEnvironment(database));
    if (r.exitCode != 0)
        QTest::qFail(qPrintable(u"psql failed on %1: %2"_s.arg(database, QString::fromUtf8(r.err))),
                     __FILE__, __LINE__);
    return QString::fromUtf8(r.out).trimmed();
}

PostgresSessionHolder::PostgresSessionHolder(const PostgresServer &server, const QString &database)
    : m_process(std::make_unique<QProcess>())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto vars = server.clientEnvironment(database);
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(u"PGAPPNAME"_s, u"lifeboat-test-holder"_s);
    m_process->setProcessEnvironment(env);
    m_process->start(u"psql"_s, {u"--no-psqlrc"_s, u"--quiet"_s, u"--no-align"_s, u"--tuples-only"_s});
    m_process->write("SELECT 'ready';\n");
    while (m_process->waitForReadyRead(30000)) {
        if (m_process->readAllStandardOutput().contains("ready")) {
            m_ready = true;
            break;
        }
    }
}

PostgresSessionHolder::~PostgresSessionHolder()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

bool makeRunbookLayouts(const QString &root)
{
    const Run made = runProgram(u"sh"_s, {QStringLiteral(LIFEBOAT_TEST_DATA) + u"/make-runbook-layouts.sh"_s}, root);
    if (made.exitCode != 0)
        qWarning("make-runbook-layouts.sh failed: %s", made.err.constData());
    return made.exitCode == 0;
}

QMap<QString, QString> snapshotTree(const QString &root)
{
    QMap<QString, QString> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        files.insert(QDir(root).relativeFilePath(path),
                     sha256sum(path) + u' ' + QString::number(info.lastModified().toMSecsSinceEpoch()));
    }
    return files;
}

} // namespace lifeboat::test
