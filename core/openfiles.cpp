// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

QString commandLine(const QString &pid)
{
    QFile f(u"/proc/"_s + pid + u"/cmdline"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray raw = f.readAll();
    while (raw.endsWith('\0'))
        raw.chop(1);
    return QString::fromLocal8Bit(raw.replace('\0', ' '));
}

} // namespace

QList<HoldingProcess> processesHolding(const QStringList &files, const QStringList &folders)
{
    QSet<QString> wanted;
    for (const QString &f : files)
        wanted.insert(QFileInfo(f).absoluteFilePath());
    QStringList prefixes;
    for (const QString &d : folders)
        prefixes.append(QDir::cleanPath(QFileInfo(d).absoluteFilePath()) + u'/');

    QList<HoldingProcess> holders;
    const QString self = QString::number(::getpid());
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric || pid == self)
            continue;
        const QDir fdDir(u"/proc/"_s + pid + u"/fd"_s);
        const QStringList fds = fdDir.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        QSet<QString> seen;
        for (const QString &fd : fds) {
            // A deleted file reads as "/path (deleted)", which matches nothing.
            const QString target = QFile::symLinkTarget(fdDir.filePath(fd));
            if (target.isEmpty() || seen.contains(target))
                continue;
            const bool hit = wanted.contains(target)
                             || std::any_of(prefixes.cbegin(), prefixes.cend(),
                                            [&](const QString &p) { return target.startsWith(p); });
            if (!hit)
                continue;
            seen.insert(target);
            holders.append({pid.toLongLong(), commandLine(pid), target});
        }
    }
    return holders;
}

QList<ProcessHolding> byProcess(const QList<HoldingProcess> &holding)
{
    QList<ProcessHolding> out;
    for (const HoldingProcess &p : holding) {
        auto same = std::ranges::find(out, p.pid, &ProcessHolding::pid);
        if (same == out.end())
            same = out.insert(out.end(), ProcessHolding{p.pid, p.command, {}});
        same->files.append(p.file);
    }
    return out;
}

} // namespace lifeboat
