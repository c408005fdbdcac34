// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"
#include "journal.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace lifeboat {

/*
 * How a data set stands against its targets: the newest backup, the newest
 * one that verified and its age against the RPO, the last restore drill (a
 * verification) and the last real restore against the RTO. The CLI's
 * status command and the desktop status panel read the same figures.
 */
struct DataSetStatus
{
    // green: verified within three quarters of the RPO; amber: within the
    // RPO; red: older or never verified. None when there is no RPO target.
    enum class Rpo { None, Met, Near, Breached };

    std::optional<BackupEntry> newest;
    std::optional<BackupEntry> newestVerified;
    double ageHours = -1;           // of the newest verified backup
    double rpoHours = 0;
    double rtoHours = 0;
    Rpo rpo = Rpo::None;
    std::optional<QJsonObject> lastDrill;   // the newest verification of one of its backups
    std::optional<QJsonObject> lastRestore; // the newest restore from one of its backups
    double restoreSeconds = -1;

    bool rpoBreached() const { return rpo == Rpo::Breached; }
    bool rtoMet() const { return rtoHours <= 0 || restoreSeconds <= rtoHours * 3600; }

    // entries newest first (as BackupDiscovery gives them); journal newest
    // first (as Journal::entries gives it).
    static DataSetStatus compute(const QList<BackupEntry> &entries, const QList<QJsonObject> &journal,
                                 double rpoHours, double rtoHours, const QDateTime &now);
    // The same, with the journal's verifications already taken from it.
    static DataSetStatus compute(const QList<BackupEntry> &entries, const QList<QJsonObject> &journal,
                                 const QHash<QString, Verification> &verified, double rpoHours,
                                 double rtoHours, const QDateTime &now);
};

// "ok", "warning", "breached" or "none", for --json.
QString rpoName(DataSetStatus::Rpo rpo);

} // namespace lifeboat
