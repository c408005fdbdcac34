// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "artifactwriter.h"
#include "demoworkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

#include <algorithm>
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

namespace {

// A value as Markdown text, shown as it is: what would be markup escaped (an
// underscore only where it could start or end emphasis; "-", "+" or "1."
// where they would start a list: on a further line, or on the first when the
// value opens its list item), and each further line kept in its list item.
QString text(const QString &value, bool opensItem = false)
{
    QString out;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\n') {
            out += u"\n  "_s;
            lineStart = i + 1;
            continue;
        }
        const bool inWord = i > 0 && i + 1 < value.size() && value.at(i - 1).isLetterOrNumber()
                            && value.at(i + 1).isLetterOrNumber();
        const QStringView before = QStringView(value).sliced(lineStart, i - lineStart);
        const bool lineOpens = lineStart > 0 || opensItem;
        const bool startsList = lineOpens
                                && ((i == lineStart && (c == u'-' || c == u'+'))
                                    || ((c == u'.' || c == u')') && !before.isEmpty()
                                        && std::ranges::all_of(before, [](QChar d) { return d.isDigit(); })));
        if (u"\\`*[]<>#|~"_s.contains(c) || (c == u'_' && !inWord) || startsList)
            out += u'\\';
        out += c;
    }
    return out;
}

// A value as a Markdown code span: fenced by more backticks than it holds
// in a row, so that none of it ends the span early.
QString code(const QString &value)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : value) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const QString pad = longest > 0 ? u" "_s : QString();
    return fence + pad + value + pad + fence;
}

} // namespace

QString Journal::describe(const QJsonObject &e)
{
    QStringList out;
    const bool restore = e.value(u"operation"_s).toString().startsWith("restore"_L1);
    if (e.contains(u"target"_s))
        out << (restore ? Tr::tr("- from the backup: %1") : Tr::tr("- target: %1")).arg(code(e.value(u"target"_s).toString()));
    for (const QJsonValue &t : e.value(u"targets"_s).toArray()) {
        const QJsonObject o = t.toObject();
        out << Tr::tr("- %1 → %2 (%3)").arg(text(o.value(u"name"_s).toString()), code(o.value(u"target"_s).toString()),
                                          text(o.value(u"status"_s).toString()));
    }
    if (e.contains(u"restore_id"_s))
        out << Tr::tr("- restore id: %1").arg(text(e.value(u"restore_id"_s).toString()));
    out << Tr::tr("- host: %1, operator: %2, Lifeboat %3")
               .arg(text(e.value(u"host"_s).toString()), text(e.value(u"operator"_s).toString()),
                    text(e.value(u"tool_version"_s).toString()));
    if (const QString environment = e.value(u"environment"_s).toString(); !environment.isEmpty())
        out << Tr::tr("- environment: %1").arg(text(environment));
    if (e.contains(u"schema_version"_s))
        out << Tr::tr("- schema version: %1").arg(text(e.value(u"schema_version"_s).toString()));
    QStringList versions;
    const QJsonObject schemaVersions = e.value(u"schema_versions"_s).toObject();
    for (auto it = schemaVersions.constBegin(); it != schemaVersions.constEnd(); ++it) {
        if (!it.value().toString().isEmpty())
            versions << it.key() + u' ' + it.value().toString();
    }
    if (!versions.isEmpty())
        out << Tr::tr("- schema versions: %1").arg(text(versions.join(u", "_s)));
    if (e.contains(u"integrity"_s))
        out << Tr::tr("- quick_check of the copies: %1").arg(text(e.value(u"integrity"_s).toString()));
    // A verification counts its checks; a restore lists them.
    int counts[3] = {0, 0, 0};
    if (e.value(u"checks"_s).isObject()) {
        const QJsonObject c = e.value(u"checks"_s).toObject();
        counts[0] = c.value(u"pass"_s).toInt();
        counts[1] = c.value(u"fail"_s).toInt();
        counts[2] = c.value(u"skip"_s).toInt();
    }
    for (const QJsonValue &c : e.value(u"checks"_s).toArray()) {
        const QString status = c.toObject().value(u"status"_s).toString();
        ++counts[status == "pass"_L1 ? 0 : status == "fail"_L1 ? 1 : 2];
    }
    if (e.contains(u"checks"_s))
        out << Tr::tr("- checks: %1 passed, %2 failed, %3 skipped").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    for (const QJsonValue &s : e.value(u"snapshots"_s).toArray())
        out << Tr::tr("- snapshot: %1").arg(code(s.toString()));
    if (e.contains(u"message"_s))
        out << u"- "_s + text(e.value(u"message"_s).toString(), true);
    if (const double ms = e.value(u"duration_ms"_s).toDouble(-1); ms >= 1000)
        out << Tr::tr("- duration: %1 s").arg(ms / 1000.0, 0, 'f', 1);
    else if (ms >= 0)
        out << Tr::tr("- duration: %1 ms").arg(qRound64(ms));
    return out.join(u'\n');
}

} // namespace lifeboat
