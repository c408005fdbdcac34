// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace lifeboat::test {

// Runs SQL on a database through the C API, creating it when missing; fails the test on error.
bool execSql(const QString &path, const QString &sql);
QString queryValue(const QString &path, const QString &sql);

// Writes a file, creating its folder.
bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);
QString sha256sum(const QString &path);

// The result of running a program to completion.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};
// input is what the program reads on stdin before it ends.
Run runProgram(const QString &program, const QStringList &arguments, const QString &workDir = {},
               int timeoutMs = 120000, const QMap<QString, QString> &environment = {},
               const QByteArray &input = {});
Run runCli(const QStringList &arguments, const QString &workDir = {});
// lifeboat-cli with its own LIFEBOAT_HOME, so its journal is the test's.
Run runCliAt(const QString &home, const QStringList &arguments, const QString &workDir);

// Another program that has the database open, as an idle application does:
// a real child process, killed (never closing cleanly) when the holder goes.
class DatabaseHolder
{
public:
    explicit DatabaseHolder(const QString &database);
    ~DatabaseHolder();
    bool isReady() const { return m_ready; }
    qint64 pid() const;
    void kill();

private:
    std::unique_ptr<QProcess> m_process;
    bool m_ready = false;
};

/*
 * A PostgreSQL server of the test's own, from the distribution's packages:
 * initdb into a temporary folder (as an unprivileged user when the test runs
 * as root), a Unix socket in that folder and no TCP, password authentication.
 * Stopped and removed when it goes, also when a test fails.
 */
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    // Empty when it runs; otherwise why not, with the server's log.
    QString start();
    void stop();
    QString password() const { return m_password; }
    // postgresql://lifeboat:<password>@/<database>?host=<socket folder>&port=<port>
    QString dsn(const QString &database) const;
    // Runs SQL with psql; the output, unaligned and tuples only. Fails the test on error.
    QString psql(const QString &database, const QString &sql) const;
    // The environment psql needs: PGPASSWORD and the connection, for programs a test starts.
    QMap<QString, QString> clientEnvironment(const QString &database) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    QStringList m_asUser; // setpriv ... -- when running as root
    QString m_binDir;
    QString m_password;
    int m_port = 5432;
};

// Another session connected to a database: a psql that waits.
class PostgresSessionHolder
{
public:
    PostgresSessionHolder(const PostgresServer &server, const QString &database);
    ~PostgresSessionHolder();
    bool isReady() const { return m_ready; }

private:
    std::unique_ptr<QProcess> m_process;
    bool m_ready = false;
};

// Lays out every runbook's backups in root with the plain tools (tests/data/make-runbook-layouts.sh).
bool makeRunbookLayouts(const QString &root);

// Every file below a folder with its SHA-256, to prove that nothing changed.
QMap<QString, QString> snapshotTree(const QString &root);

// How many times a fault test injects each fault: ordinary in a plain test
// run, LIFEBOAT_RELIABILITY_ROUNDS times as many when scripts/dev.sh
// reliability asks for more.
int faultRounds(int ordinary);
// Counts one injected fault for the reliability report: appended as a line
// "<class>\t1\t<survived 0|1>\t<data lost 0|1>" to the file that
// LIFEBOAT_RELIABILITY_LOG names, when it names one.
void recordFault(const QString &faultClass, bool survived, bool dataLost);

} // namespace lifeboat::test
