// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "artifactwriter.h"
#include "demoworkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lifeboat {

Journal::Journal(const QString &path)
    : m_path(path)
{
}

QString Journal::defaultPath()
{
    return lifeboatHome() + u"/journal.jsonl"_s;
}

Result<void> Journal::record(QJsonObject entry)
{
    if (!entry.contains(u"time"_s))
        entry.insert(u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert(u"host"_s, QSysInfo::machineHostName());
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        entry.insert(u"operator"_s, QString::fromLocal8Bit(pw->pw_name));
    entry.insert(u"tool_version"_s, QStringLiteral(LIFEBOAT_VERSION));
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const int fd = ::open(QFile::encodeName(m_path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(errorFromErrno(errno, m_path, FileAction::Write));
    ::flock(fd, LOCK_EX);
    const ssize_t n = ::write(fd, line.constData(), size_t(line.size()));
    const int err = errno;
    ::fsync(fd);
    ::flock(fd, LOCK_UN);
    ::close(fd);
    if (n != line.size())
        return std::unexpected(errorFromErrno(n < 0 ? err : ENOSPC, m_path, FileAction::Write));
    return {};
}

QList<QJsonObject> Journal::entries(int limit, QByteArrayView mustContain) const
{
    QFile file(m_path);
    QList<QJsonObject> all;
    if (!file.open(QIODevice::ReadOnly))
        return all;
    const QByteArray content = file.readAll();
    for (QByteArrayView rest(content); !rest.isEmpty();) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView line = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (!mustContain.isEmpty() && !line.contains(mustContain))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray());
        if (doc.isObject())
            all.append(doc.object());
    }
    std::reverse(all.begin(), all.end());
    if (limit > 0 && all.size() > limit)
        all.resize(limit);
    return all;
}

std::optional<QJsonObject> Journal::last(const QString &operation, const QString &target) const
{
    const QString clean = QDir::cleanPath(target);
    for (const QJsonObject &e : entries()) {
        if (e.value(u"operation"_s).toString() == operation
            && QDir::cleanPath(e.value(u"target"_s).toString()) == clean)
            return e;
    }
    return std::nullopt;
}

QHash<QString, Verification> Journal::verifications() const
{
    return verificationsIn(entries());
}

QHash<QString, Verification> Journal::verificationsIn(const QList<QJsonObject> &newestFirst)
{
    QHash<QString, Verification> found;
    for (const QJsonObject &e : newestFirst) {
        if (e.value(u"operation"_s).toString() != "verify"_L1)
            continue;
        const QString target = e.value(u"target"_s).toString();
        if (!found.contains(target))
            found.insert(target, {e.value(u"ok"_s).toBool(),
                                  QDateTime::fromString(e.value(u"time"_s).toString(), Qt::ISODateWithMs)});
    }
    return found;
}

} // namespace lifeboat
