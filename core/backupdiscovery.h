// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loosename.h"
#include "manifest.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lifeboat {

class JobControl;

// One artifact of a backup, wherever it came from.
struct BackupItem
{
    QString name;
    ItemType type = ItemType::File;
    QString artifact;      // absolute path of the file (or folder, for a folder snapshot)
    qint64 sizeBytes = -1;
    QString sha256;        // what the manifest or checksums expect; empty when nothing does
    QString schemaVersion; // what the copy says of itself, or the manifest recorded
    QString namedVersion;  // the version a loose copy's name carries (pre-migration backups)
    QString originalName;  // a loose copy's: the name of what it is a copy of ("app.db")
    QString source;        // recorded source, when known
    QString restoresTo;    // where a restore puts it by default; empty when it must be chosen
    bool gzip = false;     // a gzip-compressed database copy
    std::optional<ManifestItem> recorded; // as the manifest describes it

    // What the item holds once unpacked: a folder snapshot's files, an
    // archive's recorded source size, a gzip copy's content (or a tar.gz's
    // stream, a little more than its files) as its trailer records it, four
    // times the copy when the trailer cannot be read, else the artifact's size.
    qint64 unpackedSize() const;
    QJsonObject toJson() const;
};

// One backup: a set folder, a manifest-v1 file, or a loose copy.
struct BackupEntry
{
    QString path;          // the set folder, the manifest-v1 file, or the loose file
    Layout layout = Layout::Loose;
    QString origin;        // "backup", "pre_restore", "pre_migration", "manual", "current_copy"
    QDateTime createdAt;   // UTC
    QString name;
    QString label;
    QString manifestPath;
    QString checksumsPath;
    std::optional<Manifest> manifest;
    QList<BackupItem> items;
    QStringList problems;  // what made it hard to read; it is still listed
    QString manifestProblem; // why its manifest or checksums cannot be read; then it never verifies
    QString manifestProblemPath; // the manifest or checksums file that cannot be read

    qint64 totalSize() const;
    // The data set it is a backup of: its name without the (last) time in
    // it ("story_gen" for story_gen-202611220900.db, "jsonl" for
    // jsonl-202611220900/). Retention also tells folders apart.
    QString series() const;
    QJsonObject toJson() const;
};

/*
 * Finds backups in folders: the sets Lifeboat writes and every foreign layout
 * of the runbooks. Reads only; never follows a link out of a folder. A file
 * counts as SQLite by its header, never by its name alone.
 */
class BackupDiscovery
{
public:
    // Every backup under the folders, newest first.
    // Folders below them that could not be read go to unreadable, when given.
    [[nodiscard]] static Result<QList<BackupEntry>> scan(const QStringList &folders,
                                                         JobControl *control = nullptr,
                                                         QStringList *unreadable = nullptr);
    // The one backup a path names: a set folder, a manifest, a checksums file
    // or a loose copy.
    [[nodiscard]] static Result<BackupEntry> describe(const QString &path);
};

// True for a gzip file whose decompressed start is the SQLite header.
bool isGzippedSqlite(const QString &path);

} // namespace lifeboat
