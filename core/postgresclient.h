// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QProcess;

namespace lifeboat {

struct PostgresInfo;

class JobControl;

/*
 * Where a PostgreSQL database is: a DSN read from an environment variable
 * (URI or key=value form) or a libpq service. The password is kept apart
 * and reaches the tools only through PGPASSWORD, so no command line, message
 * or manifest ever holds it; a service's password stays in libpq's passfile.
 */
class PostgresConnection
{
public:
    // The DSN in the variable dsnEnv; the error names the variable, never its value.
    [[nodiscard]] static Result<PostgresConnection>
    fromEnvironment(const QString &dsnEnv,
                    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    [[nodiscard]] static Result<PostgresConnection> fromDsn(const QString &dsn);
    static PostgresConnection fromService(const QString &service);
    // A DSN variable or else a service; database, when given, overrides the one they name.
    [[nodiscard]] static Result<PostgresConnection> resolve(const QString &dsnEnv,
                                                            const QString &service,
                                                            const QString &database = {});
    // The server given (--dsn-env, --service), else the one a manifest recorded.
    [[nodiscard]] static Result<PostgresConnection> givenOrRecorded(const QString &dsnEnv,
                                                                    const QString &service,
                                                                    const std::optional<PostgresInfo> &recorded);

    // The database it names; empty when libpq's defaults decide.
    QString database() const { return m_database; }
    // The same server, another database.
    PostgresConnection withDatabase(const QString &database) const;

    // libpq's conninfo without the password, for --dbname.
    QString conninfo() const;
    // The tools' environment: this process's, plus PGPASSWORD when the DSN held one.
    QProcessEnvironment environment() const;
    // For people: postgresql://user:***@host:port/db, or service=name/db.
    QString displayName() const;
    // The text with the password, should a tool have echoed it, replaced by ***.
    QString redact(const QString &text) const;

private:
    QMap<QString, QString> m_params; // libpq keywords, never "password"
    QString m_database;
    QString m_password;
    QString m_service;
};

// postgresql://user:secret@host → postgresql://user:***@host, password=secret → password=***.
QString redactDsn(const QString &text);

// True for a pg_dump custom-format archive (it starts with "PGDMP").
bool isPostgresDump(const QString &path);

// A session connected to a database, as pg_stat_activity shows it.
struct PostgresSession
{
    qint64 pid = 0;
    QString user;
    QString application;
    QString client;
};

// What pg_restore --list says of a dump.
struct DumpContents
{
    QString database;
    QString dumpVersion;     // the archive format, "1.16-0"
    QString serverVersion;   // "Dumped from database version"
    QString pgDumpVersion;   // "Dumped by pg_dump version"
    int tocEntries = 0;
    QStringList tablesWithData; // "schema.table"
};

/*
 * Runs psql, pg_dump and pg_restore for one connection, each as a QProcess
 * that Cancel kills. Blocking: meant for a job's worker thread.
 */
class PostgresClient
{
public:
    using Sink = std::function<Result<void>(QByteArrayView)>;
    using LineHandler = std::function<void(const QString &)>;

    explicit PostgresClient(PostgresConnection connection, JobControl *control = nullptr);

    struct Output
    {
        int exitCode = -1;
        QByteArray out;       // stdout, unless a sink took it
        QStringList messages; // stderr lines, redacted
    };
    // Runs tool ("psql", "pg_dump", "pg_restore") to its end; stdout goes to
    // sink when given, stderr lines to onLine as they come.
    [[nodiscard]] Result<Output> run(const QString &tool, const QStringList &arguments,
                                     const Sink &sink = {}, const LineHandler &onLine = {},
                                     const QByteArray &input = {}) const;

    // One SQL script through psql into a database (default: the connection's),
    // with psql variables; its unaligned, tuples-only output.
    [[nodiscard]] Result<QString> query(const QString &sql, const QMap<QString, QString> &variables = {},
                                        const QString &database = {}) const;
    [[nodiscard]] Result<bool> databaseExists(const QString &database) const;
    [[nodiscard]] Result<void> createDatabase(const QString &database) const;
    [[nodiscard]] Result<void> dropDatabase(const QString &database) const;
    // Exact row counts of every table, "schema.table" -> rows.
    [[nodiscard]] Result<QMap<QString, qint64>> rowCounts(const QString &database) const;
    // Everyone else connected to the database.
    [[nodiscard]] Result<QList<PostgresSession>> otherSessions(const QString &database) const;
    // Dumps a database in custom format into a file (a pre-restore snapshot).
    [[nodiscard]] Result<void> dumpTo(const QString &database, const QString &file) const;

    struct RestoreOutcome
    {
        QStringList warnings;
    };
    // pg_restore --clean --if-exists --single-transaction --exit-on-error:
    // all of it or none of it. Warnings are not failures.
    [[nodiscard]] Result<RestoreOutcome> restore(const QString &dump, const QString &database,
                                                 bool keepOwners = true) const;

    [[nodiscard]] static Result<QString> toolVersion(const QString &tool);
    [[nodiscard]] static Result<DumpContents> list(const QString &dump, JobControl *control = nullptr);

private:
    PostgresConnection m_connection;
    JobControl *m_control = nullptr;
};

/*
 * A read-only, repeatable-read transaction held open in a psql session, its
 * snapshot exported: pg_dump --snapshot dumps exactly what queries in the
 * transaction see, so the row counts a manifest records are the dump's.
 */
class PostgresSnapshot
{
public:
    PostgresSnapshot(const PostgresConnection &connection, JobControl *control);
    ~PostgresSnapshot(); // ends the transaction and the session

    [[nodiscard]] Result<void> open();
    QString id() const { return m_id; }
    // Runs SQL inside the transaction; its unaligned, tuples-only output.
    [[nodiscard]] Result<QString> query(const QString &sql);

private:
    PostgresConnection m_connection;
    JobControl *m_control = nullptr;
    std::unique_ptr<QProcess> m_process;
    QString m_id;
};

// SQL giving every table's exact row count as "schema.table<TAB>rows" lines.
QString rowCountSql();
// Parses psql's "name<TAB>count" lines.
QMap<QString, qint64> parseRowCounts(const QString &output);
// Each table whose count differs from what was expected, or that is missing, in words.
QStringList rowCountDifferences(const QMap<QString, qint64> &expected,
                                const QMap<QString, qint64> &found);

} // namespace lifeboat
