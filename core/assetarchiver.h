// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace lifeboat {

class JobControl;

enum class Compression { None, Gzip, Zstd };

QString compressionName(Compression compression);            // "none", "gzip", "zstd"
std::optional<Compression> compressionFromName(const QString &name);
QString archiveExtension(Compression compression);           // ".tar", ".tar.gz", ".tar.zst"

struct ArchiveInfo
{
    int fileCount = 0;            // regular files and symlinks
    int folderCount = 0;
    qint64 totalSourceSize = 0;   // bytes of the regular files
    qint64 archiveSize = 0;
    QString sha256;
    QStringList warnings;         // entries left out or changed while read, with the reason
};

/*
 * Writes a folder as a tar archive through KArchive: relative paths under the
 * folder's own name (so `tar -xf` into the parent recreates it, as the
 * runbooks do), file modes and times, empty folders, symlinks as links (never
 * followed), names byte for byte. The archive is compressed and hashed on its
 * way to disk, in one pass.
 */
class AssetArchiver
{
public:
    [[nodiscard]] static Result<ArchiveInfo> archive(const QString &sourceDir,
                                                     const QString &destination,
                                                     Compression compression, JobControl &control);
};

} // namespace lifeboat
