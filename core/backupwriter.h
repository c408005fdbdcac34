// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetarchiver.h"
#include "manifest.h"
#include "profile.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace lifeboat {

class JobControl;

struct BackupRequest
{
    QString destination;
    QString name;
    QString label;
    QString environment;
    Compression compression = Compression::Zstd;
    QList<SourceSpec> sources;

    // The request a profile describes; destination and name may be overridden.
    static BackupRequest fromProfile(const Profile &profile);
};

struct BackupReport
{
    QString setPath;
    Manifest manifest;
    QStringList warnings;
    // Hidden .partial folders in the destination that earlier backups left
    // when they were stopped (killed, or the machine went down), removed.
    QStringList removedUnfinished;
    bool integrityOk = true; // every database copy passed quick_check
};

/*
 * Writes one backup set: every source into a hidden .partial folder, then
 * manifest.json and checksums.txt, then one rename into place. A set that
 * exists is complete; a failed or cancelled backup leaves nothing behind,
 * and what a stopped one left is removed by the next backup to the same
 * destination.
 */
class BackupWriter
{
public:
    [[nodiscard]] static Result<BackupReport> run(const BackupRequest &request, JobControl &control);
};

} // namespace lifeboat
