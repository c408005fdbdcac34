// SPDX-License-Identifier: GPL-3.0-or-later
#include "smokecheck.h"

#include "sqlitedatabase.h"

#include <QProcess>
#include <QUrl>

#include <QElapsedTimer>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

constexpr int TimeoutMs = 10000;

// A plain HTTP/1.1 GET to a loopback address; returns the status code.
Result<int> httpGet(const QUrl &url, const QString &header)
{
    const QByteArray host = url.host().toLatin1();
    const QByteArray port = QByteArray::number(url.port(80));
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.constData(), port.constData(), &hints, &found) != 0 || !found)
        return fail(ErrorCode::NotFound, Tr::tr("Cannot resolve %1.").arg(url.host()));
    const int fd = ::socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int rc = fd < 0 ? -1 : ::connect(fd, found->ai_addr, found->ai_addrlen);
    ::freeaddrinfo(found);
    if (rc != 0) {
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::NotFound, Tr::tr("Nothing answers at %1.").arg(url.toString()));
    }
    QByteArray request = "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n"
                         "Host: " + host + "\r\nConnection: close\r\nUser-Agent: lifeboat\r\n";
    if (request.startsWith("GET  "))
        request.replace(4, 1, "/");
    if (!header.isEmpty())
        request += header.toUtf8() + "\r\n";
    request += "\r\n";
    ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
    QByteArray response;
    char buffer[4096];
    pollfd pfd{fd, POLLIN, 0};
    while (!response.contains("\r\n") && ::poll(&pfd, 1, TimeoutMs) > 0) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        response.append(buffer, n);
    }
    ::close(fd);
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = response.left(response.indexOf("\r\n")).split(' ');
    bool ok = false;
    const int status = parts.value(1).toInt(&ok);
    if (!ok)
        return fail(ErrorCode::Corrupt, Tr::tr("%1 gave no HTTP answer.").arg(url.toString()));
    return status;
}

CheckResult sqlOutcome(const SmokeCheck &check, const QString &got)
{
    const QString name = u"smoke:"_s + check.name;
    if (!check.expect.isEmpty() && got != check.expect)
        return {name, CheckStatus::Fail,
                Tr::tr("\"%1\" returned %2; %3 was expected.").arg(check.query, got, check.expect)};
    return {name, CheckStatus::Pass, Tr::tr("\"%1\" returned %2.").arg(check.query, got)};
}

} // namespace

CheckResult runSmokeCheck(const SmokeCheck &check, const PostgresConnection &database)
{
    if (check.kind != SmokeCheck::Kind::Sql)
        return runSmokeCheck(check, QString());
    QString sql = check.query.trimmed();
    if (!sql.endsWith(u';'))
        sql += u';';
    auto output = PostgresClient(database).query(sql);
    if (!output)
        return {u"smoke:"_s + check.name, CheckStatus::Fail, output.error().message};
    // The first column of the first row, as the SQLite check takes it.
    return sqlOutcome(check, output->section(u'\n', 0, 0).section(u'\t', 0, 0));
}

CheckResult runSmokeCheck(const SmokeCheck &check, const QString &database)
{
    const QString name = u"smoke:"_s + check.name;
    switch (check.kind) {
    case SmokeCheck::Kind::Sql: {
        auto db = SqliteDatabase::open(database, SqliteDatabase::Mode::ReadOnly);
        if (!db)
            return {name, CheckStatus::Fail, db.error().message};
        auto value = db->value(check.query);
        if (!value)
            return {name, CheckStatus::Fail, value.error().message};
        return sqlOutcome(check, value->toString());
    }
    case SmokeCheck::Kind::Http: {
        // A header's ${TOKEN} is read now, not when the profile is loaded:
        // a secret need be set only where the check runs.
        auto header = expandVariables(check.header, QProcessEnvironment::systemEnvironment());
        if (!header)
            return {name, CheckStatus::Fail, header.error().message};
        auto status = httpGet(QUrl(check.url), *header);
        if (!status)
            return {name, CheckStatus::Fail, status.error().message};
        if (*status != check.status)
            return {name, CheckStatus::Fail,
                    Tr::tr("GET %1 answered %2; %3 was expected.").arg(check.url).arg(*status).arg(check.status)};
        return {name, CheckStatus::Pass, Tr::tr("GET %1 answered %2.").arg(check.url).arg(*status)};
    }
    case SmokeCheck::Kind::Command: {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(check.workingDirectory);
        process.start(check.command.constFirst(), check.command.mid(1));
        if (!process.waitForStarted(TimeoutMs))
            return {name, CheckStatus::Fail,
                    Tr::tr("Could not run %1: %2").arg(check.command.join(u' '), process.errorString())};
        if (!process.waitForFinished(10 * 60 * 1000)) {
            process.kill();
            return {name, CheckStatus::Fail, Tr::tr("%1 did not finish in ten minutes.").arg(check.command.join(u' '))};
        }
        const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (code != check.exitCode)
            return {name, CheckStatus::Fail,
                    Tr::tr("%1 ended with %2; %3 was expected. It said: %4")
                        .arg(check.command.join(u' '))
                        .arg(code)
                        .arg(check.exitCode)
                        .arg(QString::fromLocal8Bit(process.readAll().right(500)).trimmed())};
        return {name, CheckStatus::Pass, Tr::tr("%1 ended with %2.").arg(check.command.join(u' ')).arg(code)};
    }
    }
    return {name, CheckStatus::Skip, {}};
}

SmokeAppRun::~SmokeAppRun()
{
    stop();
}

CheckResult SmokeAppRun::start(const SmokeApp &app, const std::function<bool()> &cancelled)
{
    const QString name = u"smoke_app"_s;
    const QString command = app.command.join(u' ');
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Its output to a file, never a pipe nobody reads while the checks run:
    // an application that logs would stop once the pipe is full.
    if (m_log.open())
        m_process->setStandardOutputFile(m_log.fileName());
    m_process->setWorkingDirectory(app.workingDirectory);
    // Its own process group, so that what it starts (uv, then python) stops with it.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process->start(app.command.constFirst(), app.command.mid(1));
    if (!m_process->waitForStarted(TimeoutMs))
        return {name, CheckStatus::Fail, Tr::tr("Could not start %1: %2").arg(command, m_process->errorString())};
    m_group = m_process->processId();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < qint64(app.timeoutSeconds) * 1000) {
        if (cancelled())
            return {name, CheckStatus::Fail, Tr::tr("Cancelled.")};
        if (m_process->state() == QProcess::NotRunning)
            return {name, CheckStatus::Fail,
                    Tr::tr("%1 ended with %2 before %3 answered. It said: %4")
                        .arg(command)
                        .arg(m_process->exitCode())
                        .arg(app.readyUrl, QString::fromLocal8Bit(m_log.readAll().right(500)).trimmed())};
        if (httpGet(QUrl(app.readyUrl), QString()))
            return {name, CheckStatus::Pass,
                    Tr::tr("Started %1; %2 answered after %3 s.")
                        .arg(command, app.readyUrl)
                        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)};
        m_process->waitForFinished(200);
    }
    return {name, CheckStatus::Fail,
            Tr::tr("%1 did not answer at %2 within %n second(s).", nullptr, app.timeoutSeconds)
                .arg(command, app.readyUrl)};
}

void SmokeAppRun::stop()
{
    // The whole group, even when its first process has already ended: what
    // it left running (a server put in the background) may hold the data.
    if (m_group <= 0)
        return;
    const pid_t group = pid_t(-m_group);
    m_group = 0;
    ::kill(group, SIGTERM);
    QElapsedTimer timer;
    timer.start();
    while (::kill(group, 0) == 0 && timer.elapsed() < 10000) {
        if (m_process->state() != QProcess::NotRunning)
            m_process->waitForFinished(100);
        else
            QThread::msleep(100);
    }
    ::kill(group, SIGKILL); // whatever of it is left after ten seconds
    m_process->waitForFinished(5000);
}

} // namespace lifeboat
