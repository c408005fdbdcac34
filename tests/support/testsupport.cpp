// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

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
               int timeoutMs, const QMap<QString, QString> &environment)
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
