// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifactwriter.h"
#include "result.h"

#include <QString>
#include <QTemporaryDir>

namespace lifeboat {

class JobControl;

// fsyncs a file or folder, so a rename or a new file survives a crash.
[[nodiscard]] Result<void> syncPath(const QString &path);
// A new folder only its owner can enter (0700), whatever the umask.
[[nodiscard]] Result<void> makePrivateDir(const QString &path);
// Copies a file to a new path, streaming and fsyncing; returns the SHA-256
// of what was written. The copy is removed if anything fails.
[[nodiscard]] Result<QString> copyFileSynced(const QString &from, const QString &to,
                                             JobControl *control = nullptr);
// The same copy without the hash, for a file whose content is known: the
// kernel copies it (copy_file_range; a reflink where the filesystem can),
// else it is streamed. With Sync::Now it is written back as it goes and
// fsynced at the end; with Sync::Deferred it is left to the page cache at
// full speed, and the caller fsyncs it (syncPath), perhaps on another core
// while it reads the copy back.
[[nodiscard]] Result<void> copyFileUnhashed(const QString &from, const QString &to,
                                            JobControl *control = nullptr,
                                            ArtifactWriter::Sync sync = ArtifactWriter::Sync::Now);
// A new file (never an existing one) only its owner may read (0600), open
// for writing; removed again when it goes, unless kept.
class NewFile
{
public:
    explicit NewFile(const QString &path);
    ~NewFile();
    NewFile(const NewFile &) = delete;
    NewFile &operator=(const NewFile &) = delete;

    [[nodiscard]] Result<void> create();
    int fd() const { return m_fd; }
    // fsyncs it (unless deferred: the caller then does, with syncPath) and
    // closes it; the file stays.
    [[nodiscard]] Result<void> keep(ArtifactWriter::Sync sync);

private:
    QString m_path;
    int m_fd = -1;
    bool m_created = false;
    bool m_kept = false;
};

// An advisory lock (flock) of a folder, held until it goes. The lock goes
// with the process that holds it, however that process ends: a folder no one
// holds a lock on is not in use by any running Lifeboat.
class FolderLock
{
public:
    enum class Mode { Wait, Try };
    FolderLock() = default;
    // Not held when the folder is a link, cannot be opened, the filesystem
    // cannot lock, or (with Try) another process holds the lock.
    FolderLock(const QString &path, Mode mode);
    ~FolderLock();
    FolderLock(FolderLock &&other) noexcept;
    FolderLock &operator=(FolderLock &&other) noexcept;

    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

// Copies up to length bytes from offset in `in` to the same offset in
// `out`; returns how many, 0 at the end of `in`. The kernel copies
// (copy_file_range) while `buffer` is empty; where it cannot (across
// filesystems, on some filesystems) the bytes go through `buffer`, which the
// caller keeps for the next call. An error names `to` when the disk is full,
// `from` otherwise.
[[nodiscard]] Result<qint64> copyRange(int in, int out, qint64 offset, qint64 length, const QString &from,
                                       const QString &to, QByteArray &buffer);
// Decompresses a gzip file to a new path, streaming; removed on failure.
[[nodiscard]] Result<void> gunzipFile(const QString &from, const QString &to, JobControl &control);
// A gzip copy decompressed into scratch, a private folder the caller keeps
// while it reads the copy: the copy's path.
[[nodiscard]] Result<QString> gunzipInto(const QString &from, const QTemporaryDir &scratch,
                                         JobControl &control);
// What a gzip file holds once decompressed, as its trailer records it (the
// count past 4 GiB inferred from the file's size); -1 for another file.
qint64 gzipContentSize(const QString &path);
// The bytes of every file under a folder, its subfolders' too; links are
// not followed.
qint64 folderSize(const QString &dir);
// Bytes free for an unprivileged writer on the filesystem holding path.
qint64 freeBytes(const QString &path);
// Which file or folder is at a path ("device:inode", empty when nothing is):
// tells whether a path still holds what it held, whatever was renamed since.
QString fileIdentity(const QString &path);
// What a file's content is known by without reading it: device, inode,
// size, and the times of its last write and change. Empty when there is no
// such file, or when it changed less than a second ago: a second change
// within the same tick of the filesystem's clock could leave all of them as
// they were. A file whose stamp is unchanged has not been written since.
QString contentStamp(const QString &path);
// Removes a file, a link (never what it points to) or a folder with all it
// holds; true when nothing is left at path.
bool removePath(const QString &path);
// Tests kill the process at a named point (the environment variable
// LIFEBOAT_FAULT) to prove that a crash there loses nothing.
void faultPoint(const char *name);
inline void faultPoint(const QByteArray &name)
{
    faultPoint(name.constData());
}

} // namespace lifeboat
