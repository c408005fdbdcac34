// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetstatus.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace lifeboat {

DataSetStatus DataSetStatus::compute(const QList<BackupEntry> &entries, const QList<QJsonObject> &journal,
                                     double rpoHours, double rtoHours, const QDateTime &now)
{
    return compute(entries, journal, Journal::verificationsIn(journal), rpoHours, rtoHours, now);
}

DataSetStatus DataSetStatus::compute(const QList<BackupEntry> &entries, const QList<QJsonObject> &journal,
                                     const QHash<QString, Verification> &verified, double rpoHours,
                                     double rtoHours, const QDateTime &now)
{
    DataSetStatus s;
    s.rpoHours = rpoHours;
    s.rtoHours = rtoHours;
    QSet<QString> paths;
    for (const BackupEntry &e : entries)
        paths.insert(e.path);
    if (!entries.isEmpty())
        s.newest = entries.constFirst();

    for (const BackupEntry &e : entries) {
        if (verified.value(e.path).ok) {
            s.newestVerified = e;
            s.ageHours = double(e.createdAt.secsTo(now)) / 3600.0;
            break;
        }
    }
    if (rpoHours > 0) {
        if (!s.newestVerified || s.ageHours > rpoHours)
            s.rpo = Rpo::Breached;
        else
            s.rpo = s.ageHours > 0.75 * rpoHours ? Rpo::Near : Rpo::Met;
    }

    for (const QJsonObject &e : journal) { // newest first
        if (!paths.contains(e.value(u"target"_s).toString()))
            continue;
        const QString operation = e.value(u"operation"_s).toString();
        if (!s.lastDrill && operation == "verify"_L1)
            s.lastDrill = e;
        if (!s.lastRestore && operation == "restore"_L1 && e.value(u"outcome"_s).toString() == "restored"_L1) {
            s.lastRestore = e;
            s.restoreSeconds = e.value(u"duration_ms"_s).toDouble() / 1000.0;
        }
        if (s.lastDrill && s.lastRestore)
            break;
    }
    return s;
}

QString rpoName(DataSetStatus::Rpo rpo)
{
    switch (rpo) {
    case DataSetStatus::Rpo::None:
        return u"none"_s;
    case DataSetStatus::Rpo::Met:
        return u"ok"_s;
    case DataSetStatus::Rpo::Near:
        return u"warning"_s;
    case DataSetStatus::Rpo::Breached:
        return u"breached"_s;
    }
    return {};
}

} // namespace lifeboat
