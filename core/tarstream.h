// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QIODevice>
#include <QSet>
#include <QStringList>
#include <QString>

#include <functional>
#include <memory>

namespace lifeboat {

class JobControl;

// One entry of a tar archive, as its header describes it.
struct TarEntry
{
    enum class Type { File, Directory, Symlink, Hardlink, Device, Fifo, Other };
    QString path;        // as stored, UTF-8 decoded
    QByteArray rawPath;  // as stored, byte for byte
    Type type = Type::File;
    QString linkTarget;
    qint64 size = 0;
    int mode = 0;
    qint64 mtime = 0;
};

/*
 * Reads a tar archive front to back from any device, such as KArchive's
 * KCompressionDevice decompressing a .tar.gz or .tar.zst on the fly, in
 * constant memory and without a temporary file. Understands ustar, GNU long
 * names and pax path headers. Every header's checksum is checked and every
 * byte of every entry read, so truncation and damage are found.
 */
class TarStreamReader
{
public:
    explicit TarStreamReader(QIODevice *device, const QString &displayPath);

    // The next entry; std::nullopt at the end-of-archive marker. The entry's
    // data is handed to onData in chunks (or skipped when onData is empty).
    using DataSink = std::function<bool(QByteArrayView chunk)>;
    [[nodiscard]] Result<std::optional<TarEntry>> next(const DataSink &onData = {});

    // The same in two steps, for a caller that must see the header before
    // the data arrives: the next header, then that entry's data.
    [[nodiscard]] Result<std::optional<TarEntry>> nextHeader();
    [[nodiscard]] Result<void> readEntryData(const DataSink &onData = {});

    qint64 bytesRead() const { return m_offset; }

private:
    Result<bool> readBlock(char *block);
    Result<QByteArray> readData(qint64 size, const DataSink &onData, bool keep);
    Error damaged(const QString &why) const;

    QIODevice *m_device;
    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_buffer;
    qint64 m_pendingSize = 0;   // data of the current entry not read yet
    bool m_pendingIsFile = false;
};

/*
 * Whether extracting an entry could write outside the folder it is extracted
 * into, or create something that is not a file, folder or link. Empty when
 * the entry is safe; otherwise the reason, naming the entry. Tracks the
 * links seen so far, so that a later entry going through one is caught.
 */
class ArchiveEntryCheck
{
public:
    QString check(const TarEntry &entry);

private:
    QStringList m_links;
    QSet<QString> m_seen;
};

// Opens an archive file for streaming, decompressing by its content (gzip,
// zstd, xz, bzip2) or reading it plain.
[[nodiscard]] Result<std::unique_ptr<QIODevice>> openArchiveStream(const QString &path);

} // namespace lifeboat
