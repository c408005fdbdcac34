// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresclient.h"

#include "artifactwriter.h"
#include "jobcontrol.h"
#include "manifest.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPostgres, "lifeboat.core.postgres", QtWarningMsg)

namespace lifeboat {

namespace {

// The database administrative statements connect to, never the one they change.
const QString MaintenanceDatabase = u"postgres"_s;

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// key=value pairs as libpq reads them: values may be 'quoted', with \ escapes.
std::optional<QList<std::pair<QString, QString>>> parseKeyValues(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    for (;;) {
        skipSpace();
        if (i >= n)
            return pairs;
        const qsizetype eq = text.indexOf(u'=', i);
        if (eq < 0)
            return std::nullopt;
        const QString key = text.mid(i, eq - i).trimmed();
        if (key.isEmpty() || key.contains(u' '))
            return std::nullopt;
        i = eq + 1;
        skipSpace();
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n)
                    value += text.at(i++);
                else
                    value += c;
            }
        }
        pairs.append({key, value});
    }
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + v + u'\'';
}

QString firstToken(const QString &text)
{
    return text.trimmed().section(u' ', 0, 0);
}

} // namespace

Result<PostgresConnection> PostgresConnection::fromEnvironment(const QString &dsnEnv,
                                                               const QProcessEnvironment &env)
{
    const QString dsn = env.value(dsnEnv);
    if (dsn.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The environment variable %1 is not set: it must hold the PostgreSQL "
                           "connection, such as postgresql://user@host:5432/db.")
                        .arg(dsnEnv));
    auto connection = fromDsn(dsn);
    if (!connection)
        return fail(connection.error().code,
                    Tr::tr("The environment variable %1: %2").arg(dsnEnv, connection.error().message));
    return connection;
}

Result<PostgresConnection> PostgresConnection::fromDsn(const QString &dsn)
{
    PostgresConnection c;
    // The password is kept apart from what the tools are given; dbname is the database.
    auto assign = [&c](const QString &key, const QString &value) {
        if (key == "password"_L1)
            c.m_password = value;
        else if (key == "dbname"_L1)
            c.m_database = value;
        else
            c.m_params.insert(key, value);
    };
    const QString text = dsn.trimmed();
    if (text.startsWith("postgresql://"_L1) || text.startsWith("postgres://"_L1)) {
        // Parsed by hand: QUrl refuses libpq's host lists and %2F socket paths.
        static const QRegularExpression uri(
            u"^postgres(?:ql)?://(?:([^@/?]*)@)?([^/?]*)(?:/([^?]*))?(?:\\?(.*))?$"_s);
        const auto m = uri.match(text);
        if (!m.hasMatch())
            return fail(ErrorCode::InvalidArgument, Tr::tr("it is not a valid postgresql:// URI."));
        const QString userInfo = m.captured(1);
        if (!userInfo.isEmpty()) {
            const qsizetype colon = userInfo.indexOf(u':');
            c.m_params.insert(u"user"_s, decoded(colon < 0 ? userInfo : userInfo.left(colon)));
            if (colon >= 0)
                c.m_password = decoded(userInfo.mid(colon + 1));
        }
        QStringList hosts;
        QStringList ports;
        for (const QString &hostPort : m.captured(2).split(u',', Qt::SkipEmptyParts)) {
            QString host = hostPort;
            QString port;
            if (host.startsWith(u'[')) {
                const qsizetype close = host.indexOf(u']');
                port = host.mid(close + 1).startsWith(u':') ? host.mid(close + 2) : QString();
                host = host.mid(1, close - 1);
            } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
                port = host.mid(colon + 1);
                host = host.left(colon);
            }
            hosts.append(decoded(host));
            ports.append(port);
        }
        if (!hosts.isEmpty())
            c.m_params.insert(u"host"_s, hosts.join(u','));
        if (std::any_of(ports.cbegin(), ports.cend(), [](const QString &p) { return !p.isEmpty(); }))
            c.m_params.insert(u"port"_s, ports.join(u','));
        c.m_database = decoded(m.captured(3));
        for (const QString &pair : m.captured(4).split(u'&', Qt::SkipEmptyParts))
            assign(decoded(pair.section(u'=', 0, 0)), decoded(pair.section(u'=', 1)));
    } else {
        const auto pairs = parseKeyValues(text);
        if (!pairs || pairs->isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("it is neither a postgresql:// URI nor key=value pairs."));
        for (const auto &[key, value] : *pairs)
            assign(key, value);
    }
    c.m_service = c.m_params.value(u"service"_s);
    return c;
}

PostgresConnection PostgresConnection::fromService(const QString &service)
{
    PostgresConnection c;
    c.m_service = service;
    c.m_params.insert(u"service"_s, service);
    return c;
}

Result<PostgresConnection> PostgresConnection::resolve(const QString &dsnEnv,
                                                      const QString &service,
                                                      const QString &database)
{
    Result<PostgresConnection> connection =
        !dsnEnv.isEmpty()    ? fromEnvironment(dsnEnv)
        : !service.isEmpty() ? Result<PostgresConnection>(fromService(service))
                             : fail(ErrorCode::InvalidArgument,
                                    Tr::tr("No PostgreSQL connection: name the environment variable "
                                           "holding the DSN (--dsn-env) or a libpq service "
                                           "(--service)."));
    if (connection && !database.isEmpty())
        connection->m_database = database;
    return connection;
}

Result<PostgresConnection> PostgresConnection::givenOrRecorded(const QString &dsnEnv, const QString &service,
                                                              const std::optional<PostgresInfo> &recorded)
{
    const bool given = !dsnEnv.isEmpty() || !service.isEmpty();
    return resolve(given || !recorded ? dsnEnv : recorded->dsnEnv, given || !recorded ? service : recorded->service);
}

PostgresConnection PostgresConnection::withDatabase(const QString &database) const
{
    PostgresConnection c = *this;
    c.m_database = database;
    return c;
}

QString PostgresConnection::conninfo() const
{
    QStringList parts;
    for (auto it = m_params.cbegin(); it != m_params.cend(); ++it)
        parts.append(it.key() + u'=' + quoted(it.value()));
    if (!m_database.isEmpty())
        parts.append(u"dbname="_s + quoted(m_database));
    return parts.join(u' ');
}

QProcessEnvironment PostgresConnection::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_password.isEmpty())
        env.insert(u"PGPASSWORD"_s, m_password);
    return env;
}

QString PostgresConnection::displayName() const
{
    if (!m_service.isEmpty())
        return u"service=%1"_s.arg(m_service) + (m_database.isEmpty() ? QString() : u'/' + m_database);
    QString out = u"postgresql://"_s;
    const QString user = m_params.value(u"user"_s);
    if (!user.isEmpty() || !m_password.isEmpty())
        out += user + (m_password.isEmpty() ? QString() : u":***"_s) + u'@';
    const QString host = m_params.value(u"host"_s);
    const bool socket = host.startsWith(u'/');
    if (!socket)
        out += host;
    const QString port = m_params.value(u"port"_s);
    if (!port.isEmpty() && !socket)
        out += u':' + port;
    out += u'/' + m_database;
    if (socket)
        out += u"?host="_s + host;
    return out;
}

QString PostgresConnection::redact(const QString &text) const
{
    QString out = text;
    if (!m_password.isEmpty())
        out.replace(m_password, u"***"_s);
    return redactDsn(out);
}

QString redactDsn(const QString &text)
{
    static const QRegularExpression uri(u"(postgres(?:ql)?://[^:/@\\s]*:)[^@\\s]*@"_s);
    static const QRegularExpression pair(u"(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\\S+)"_s);
    QString out = text;
    out.replace(uri, u"\\1***@"_s);
    out.replace(pair, u"\\1***"_s);
    return out;
}

bool isPostgresDump(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "PGDMP";
}

PostgresClient::PostgresClient(PostgresConnection connection, JobControl *control)
    : m_connection(std::move(connection))
    , m_control(control)
{
}

namespace {

Result<PostgresClient::Output> runTool(const QString &tool, const QStringList &arguments,
                                       const QProcessEnvironment &env,
                                       const PostgresConnection *connection, JobControl *control,
                                       const PostgresClient::Sink &sink,
                                       const PostgresClient::LineHandler &onLine,
                                       const QByteArray &input)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return fail(ErrorCode::NotFound,
                    Tr::tr("%1 was not found. Install the PostgreSQL client programs "
                           "(postgresql-client).")
                        .arg(tool));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return fail(ErrorCode::ToolFailed,
                    Tr::tr("Could not run %1: %2").arg(tool, process.errorString()));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();

    PostgresClient::Output output;
    QByteArray pendingErr;
    std::optional<Error> sinkError;
    auto drain = [&] {
        const QByteArray out = process.readAllStandardOutput();
        if (!out.isEmpty() && !sinkError) {
            if (sink) {
                if (auto ok = sink(out); !ok)
                    sinkError = ok.error();
            } else {
                output.out += out;
            }
        }
        pendingErr += process.readAllStandardError();
        qsizetype nl;
        while ((nl = pendingErr.indexOf('\n')) >= 0) {
            QString line = QString::fromLocal8Bit(pendingErr.left(nl)).trimmed();
            pendingErr.remove(0, nl + 1);
            if (connection)
                line = connection->redact(line);
            if (line.isEmpty())
                continue;
            output.messages.append(line);
            if (onLine)
                onLine(line);
        }
    };
    auto stop = [&process] {
        process.kill();
        process.waitForFinished(-1);
    };
    while (process.state() != QProcess::NotRunning) {
        if (control && control->isCancelled()) {
            stop();
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        }
        process.waitForReadyRead(100);
        drain();
        if (sinkError) {
            stop();
            return std::unexpected(*sinkError);
        }
    }
    drain();
    if (!pendingErr.trimmed().isEmpty()) {
        pendingErr += '\n';
        drain();
    }
    if (sinkError)
        return std::unexpected(*sinkError);
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    qCDebug(lcPostgres) << tool << "exited with" << output.exitCode;
    return output;
}

QString errorsOf(const PostgresClient::Output &output)
{
    QStringList lines;
    for (const QString &m : output.messages) {
        if (!m.contains("warning:"_L1))
            lines.append(m);
    }
    return lines.isEmpty() ? output.messages.join(u' ') : lines.join(u' ');
}

} // namespace

Result<PostgresClient::Output> PostgresClient::run(const QString &tool, const QStringList &arguments,
                                                   const Sink &sink, const LineHandler &onLine,
                                                   const QByteArray &input) const
{
    // Never a password prompt on the terminal: a missing password is an error.
    return runTool(tool, QStringList{u"--no-password"_s} + arguments, m_connection.environment(),
                   &m_connection, m_control, sink, onLine, input);
}

Result<QString> PostgresClient::query(const QString &sql, const QMap<QString, QString> &variables,
                                      const QString &database) const
{
    const PostgresConnection target =
        database.isEmpty() ? m_connection : m_connection.withDatabase(database);
    QStringList args{u"--no-psqlrc"_s, u"--no-password"_s, u"--quiet"_s, u"--no-align"_s,
                     u"--tuples-only"_s, u"--field-separator=\t"_s, u"--set=ON_ERROR_STOP=1"_s,
                     u"--dbname="_s + target.conninfo()};
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        args.append(u"--set="_s + it.key() + u'=' + it.value());
    args.append(u"--file=-"_s);
    auto output = runTool(u"psql"_s, args, target.environment(), &target, m_control, {}, {},
                          sql.toUtf8());
    if (!output)
        return std::unexpected(output.error());
    if (output->exitCode != 0)
        return fail(ErrorCode::ToolFailed,
                    Tr::tr("psql could not run a query on %1: %2")
                        .arg(target.displayName(), errorsOf(*output)));
    return QString::fromUtf8(output->out);
}

Result<bool> PostgresClient::databaseExists(const QString &database) const
{
    auto found = query(u"SELECT count(*) FROM pg_database WHERE datname = :'db';"_s,
                       {{u"db"_s, database}}, MaintenanceDatabase);
    if (!found)
        return std::unexpected(found.error());
    return found->trimmed() == "1"_L1;
}

Result<void> PostgresClient::createDatabase(const QString &database) const
{
    auto done = query(u"CREATE DATABASE :\"db\";"_s, {{u"db"_s, database}}, MaintenanceDatabase);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<void> PostgresClient::dropDatabase(const QString &database) const
{
    auto done = query(u"DROP DATABASE IF EXISTS :\"db\" WITH (FORCE);"_s, {{u"db"_s, database}},
                      MaintenanceDatabase);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

PostgresSnapshot::PostgresSnapshot(const PostgresConnection &connection, JobControl *control)
    : m_connection(connection)
    , m_control(control)
{
}

PostgresSnapshot::~PostgresSnapshot()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->write("COMMIT;\n\\q\n");
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
    }
    m_process->waitForFinished(-1);
}

Result<void> PostgresSnapshot::open()
{
    const QString program = QStandardPaths::findExecutable(u"psql"_s);
    if (program.isEmpty())
        return fail(ErrorCode::NotFound,
                    Tr::tr("%1 was not found. Install the PostgreSQL client programs "
                           "(postgresql-client).")
                        .arg(u"psql"_s));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_connection.environment());
    m_process->start(program, {u"--no-psqlrc"_s, u"--no-password"_s, u"--quiet"_s, u"--no-align"_s,
                               u"--tuples-only"_s, u"--field-separator=\t"_s, u"--set=ON_ERROR_STOP=1"_s,
                               u"--dbname="_s + m_connection.conninfo()});
    if (!m_process->waitForStarted(30000))
        return fail(ErrorCode::ToolFailed,
                    Tr::tr("Could not run %1: %2").arg(u"psql"_s, m_process->errorString()));
    auto id = query(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n"
                    "SELECT pg_export_snapshot();\n"_s);
    if (!id)
        return std::unexpected(id.error());
    m_id = id->trimmed();
    return {};
}

Result<QString> PostgresSnapshot::query(const QString &sql)
{
    static const QByteArray marker = "__lifeboat_done__";
    m_process->write(sql.toUtf8() + "\n\\echo " + marker + '\n');
    QByteArray out;
    while (!out.endsWith(marker + '\n')) {
        if (m_control && m_control->isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        if (m_process->state() == QProcess::NotRunning)
            return fail(ErrorCode::ToolFailed,
                        Tr::tr("psql could not run a query on %1: %2")
                            .arg(m_connection.displayName(),
                                 m_connection.redact(QString::fromLocal8Bit(
                                     m_process->readAllStandardError().trimmed()))));
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
    }
    out.chop(marker.size() + 1);
    return QString::fromUtf8(out);
}

QString rowCountSql()
{
    // query_to_xml counts each table exactly within the one statement, so
    // every count sees the same snapshot.
    return u"SELECT format('%s.%s', n.nspname, c.relname),"
           " (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I',"
           " n.nspname, c.relname), false, true, '')))[1]::text"
           " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
           " WHERE c.relkind = 'r' AND n.nspname <> 'information_schema'"
           " AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1;\n"_s;
}

QMap<QString, qint64> parseRowCounts(const QString &output)
{
    QMap<QString, qint64> counts;
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.lastIndexOf(u'\t');
        if (tab > 0)
            counts.insert(line.left(tab), line.mid(tab + 1).trimmed().toLongLong());
    }
    return counts;
}

QStringList rowCountDifferences(const QMap<QString, qint64> &expected,
                                const QMap<QString, qint64> &found)
{
    QStringList differences;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!found.contains(it.key()))
            differences.append(Tr::tr("%1 is missing").arg(it.key()));
        else if (found.value(it.key()) != it.value())
            differences.append(Tr::tr("%1 has %2 rows, %3 recorded")
                                   .arg(it.key())
                                   .arg(found.value(it.key()))
                                   .arg(it.value()));
    }
    return differences;
}

Result<QMap<QString, qint64>> PostgresClient::rowCounts(const QString &database) const
{
    auto output = query(rowCountSql(), {}, database);
    if (!output)
        return std::unexpected(output.error());
    return parseRowCounts(*output);
}

Result<QList<PostgresSession>> PostgresClient::otherSessions(const QString &database) const
{
    auto output = query(u"SELECT pid, usename, application_name, coalesce(client_addr::text, 'local')"
                        " FROM pg_stat_activity WHERE datname = :'db'"
                        " AND backend_type = 'client backend' AND pid <> pg_backend_pid();"_s,
                        {{u"db"_s, database}}, MaintenanceDatabase);
    if (!output)
        return std::unexpected(output.error());
    QList<PostgresSession> sessions;
    for (const QString &line : output->split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        if (f.size() >= 4)
            sessions.append({f[0].toLongLong(), f[1], f[2], f[3]});
    }
    return sessions;
}

Result<void> PostgresClient::dumpTo(const QString &database, const QString &file) const
{
    const PostgresConnection target = m_connection.withDatabase(database);
    ArtifactWriter out(file, m_control);
    if (auto ok = out.create(); !ok)
        return ok;
    auto output = run(u"pg_dump"_s, {u"--format=custom"_s, u"--dbname="_s + target.conninfo()},
                      [&out](QByteArrayView chunk) { return out.append(chunk); });
    if (!output)
        return std::unexpected(output.error());
    if (output->exitCode != 0)
        return fail(ErrorCode::ToolFailed,
                    Tr::tr("pg_dump could not dump %1: %2").arg(target.displayName(), errorsOf(*output)));
    return out.commit();
}

Result<PostgresClient::RestoreOutcome> PostgresClient::restore(const QString &dump,
                                                               const QString &database,
                                                               bool keepOwners) const
{
    const PostgresConnection target = m_connection.withDatabase(database);
    QStringList args{u"--clean"_s, u"--if-exists"_s, u"--single-transaction"_s,
                     u"--exit-on-error"_s};
    if (!keepOwners)
        args << u"--no-owner"_s << u"--no-privileges"_s;
    args << u"--dbname="_s + target.conninfo() << dump;
    auto output = run(u"pg_restore"_s, args);
    if (!output)
        return std::unexpected(output.error());
    RestoreOutcome outcome;
    QStringList errors;
    for (const QString &m : std::as_const(output->messages)) {
        if (m.contains("warning:"_L1))
            outcome.warnings.append(m);
        else
            errors.append(m);
    }
    // pg_restore exits non-zero when it only ignored errors: its words decide.
    if (output->exitCode != 0 && !errors.isEmpty())
        return fail(ErrorCode::ToolFailed,
                    Tr::tr("pg_restore could not restore into %1: %2")
                        .arg(target.displayName(), errors.join(u' ')));
    return outcome;
}

Result<QString> PostgresClient::toolVersion(const QString &tool)
{
    auto output = runTool(tool, {u"--version"_s}, QProcessEnvironment::systemEnvironment(), nullptr,
                          nullptr, {}, {}, {});
    if (!output)
        return std::unexpected(output.error());
    const QString text = QString::fromUtf8(output->out).trimmed();
    const qsizetype at = text.indexOf("(PostgreSQL)"_L1);
    return at < 0 ? text : firstToken(text.mid(at + 12));
}

Result<DumpContents> PostgresClient::list(const QString &dump, JobControl *control)
{
    auto output = runTool(u"pg_restore"_s, {u"--list"_s, dump},
                          QProcessEnvironment::systemEnvironment(), nullptr, control, {}, {}, {});
    if (!output)
        return std::unexpected(output.error());
    if (output->exitCode != 0)
        return fail(ErrorCode::Corrupt,
                    Tr::tr("pg_restore cannot read \"%1\": %2").arg(dump, errorsOf(*output)), dump);
    DumpContents contents;
    static const QRegularExpression header(u"^;\\s+([A-Za-z_ ]+):\\s*(.*)$"_s);
    static const QRegularExpression tableData(u"^\\d+;\\s*\\d+\\s+\\d+\\s+TABLE DATA\\s+(\\S+)\\s+(\\S+)"_s);
    for (const QString &line : QString::fromUtf8(output->out).split(u'\n')) {
        if (const auto m = header.match(line); m.hasMatch()) {
            const QString key = m.captured(1).trimmed();
            const QString value = m.captured(2).trimmed();
            if (key == "dbname"_L1)
                contents.database = value;
            else if (key == "TOC Entries"_L1)
                contents.tocEntries = value.toInt();
            else if (key == "Dump Version"_L1)
                contents.dumpVersion = value;
            else if (key == "Dumped from database version"_L1)
                contents.serverVersion = firstToken(value);
            else if (key == "Dumped by pg_dump version"_L1)
                contents.pgDumpVersion = firstToken(value);
        } else if (const auto t = tableData.match(line); t.hasMatch()) {
            contents.tablesWithData.append(t.captured(1) + u'.' + t.captured(2));
        }
    }
    if (contents.dumpVersion.isEmpty())
        return fail(ErrorCode::Corrupt,
                    Tr::tr("pg_restore read \"%1\" but found no table of contents.").arg(dump), dump);
    return contents;
}

} // namespace lifeboat
