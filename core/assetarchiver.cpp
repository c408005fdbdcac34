// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetarchiver.h"

#include "artifactwriter.h"
#include "threadedwritedevice.h"
#include "jobcontrol.h"

#include <KCompressionDevice>
#include <KTar>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace lifeboat {

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return u"none"_s;
    case Compression::Gzip:
        return u"gzip"_s;
    case Compression::Zstd:
        return u"zstd"_s;
    }
    return {};
}

std::optional<Compression> compressionFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == "none"_L1 || n == "tar"_L1)
        return Compression::None;
    if (n == "gzip"_L1 || n == "gz"_L1)
        return Compression::Gzip;
    if (n == "zstd"_L1 || n == "zst"_L1)
        return Compression::Zstd;
    return std::nullopt;
}

QString archiveExtension(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return u".tar"_s;
    case Compression::Gzip:
        return u".tar.gz"_s;
    case Compression::Zstd:
        return u".tar.zst"_s;
    }
    return {};
}

namespace {

struct Entry
{
    QString absolutePath;
    QString archivePath;
    QFileInfo info;
};

mode_t modeOf(const QFileInfo &info)
{
    struct stat st{};
    if (::lstat(QFile::encodeName(info.absoluteFilePath()).constData(), &st) != 0)
        return 0;
    return st.st_mode;
}

// True when a link's target, taken relative to the link's folder, stays inside root.
bool linkStaysInside(const QString &root, const QFileInfo &link)
{
    const QString raw = link.readSymLink();
    const QString resolved =
        QDir::cleanPath(raw.startsWith(u'/') ? raw : link.absolutePath() + u'/' + raw);
    return resolved == root || resolved.startsWith(root + u'/');
}

// Depth-first, sorted, so the same folder gives the same archive.
void collect(const QString &root, const QString &dir, const QString &prefix, QList<Entry> &out,
             QStringList &warnings)
{
    const QFileInfoList children = QDir(dir).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &child : children) {
        const QString archivePath = prefix + u'/' + child.fileName();
        if (child.isSymLink()) {
            if (!linkStaysInside(root, child)) {
                warnings.append(Tr::tr("%1: a link to \"%2\", outside the folder")
                                   .arg(archivePath, child.readSymLink()));
                continue;
            }
            out.append({child.absoluteFilePath(), archivePath, child});
        } else if (child.isDir()) {
            out.append({child.absoluteFilePath(), archivePath, child});
            collect(root, child.absoluteFilePath(), archivePath, out, warnings);
        } else if (child.isFile()) {
            out.append({child.absoluteFilePath(), archivePath, child});
        } else {
            warnings.append(Tr::tr("%1: not a regular file, folder or link").arg(archivePath));
        }
    }
}

KCompressionDevice::CompressionType deviceType(Compression compression)
{
    switch (compression) {
    case Compression::Gzip:
        return KCompressionDevice::GZip;
    case Compression::Zstd:
        return KCompressionDevice::Zstd;
    case Compression::None:
        break;
    }
    return KCompressionDevice::None;
}

} // namespace

Result<ArchiveInfo> AssetArchiver::archive(const QString &sourceDir, const QString &destination,
                                           Compression compression, JobControl &control)
{
    const QFileInfo rootInfo(sourceDir);
    if (!rootInfo.exists())
        return fail(ErrorCode::NotFound, Tr::tr("The folder \"%1\" does not exist.").arg(sourceDir),
                    sourceDir);
    if (!rootInfo.isDir())
        return fail(ErrorCode::InvalidArgument, Tr::tr("\"%1\" is not a folder.").arg(sourceDir),
                    sourceDir);
    if (!rootInfo.isReadable() || !rootInfo.isExecutable())
        return fail(ErrorCode::NotReadable,
                    Tr::tr("Could not read the folder \"%1\": permission denied.").arg(sourceDir),
                    sourceDir);
    const QString root = QDir::cleanPath(rootInfo.absoluteFilePath());

    ArchiveInfo info;
    QList<Entry> entries;
    control.setDescription(Tr::tr("Listing %1").arg(rootInfo.fileName()));
    collect(root, root, rootInfo.fileName(), entries, info.warnings);
    qint64 totalBytes = 0;
    int totalFiles = 0;
    for (const Entry &e : std::as_const(entries)) {
        if (e.info.isFile() && !e.info.isSymLink()) {
            totalBytes += e.info.size();
            ++totalFiles;
        }
    }
    control.addTotals(totalBytes, totalFiles);

    ArtifactWriter writer(destination, nullptr, ArtifactWriter::Sync::Direct);
    if (auto ok = writer.create(); !ok)
        return std::unexpected(ok.error());
    KCompressionDevice compressor(&writer, false, deviceType(compression));
    if (!compressor.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Internal,
                    Tr::tr("Could not start %1 compression for \"%2\": %3")
                        .arg(compressionName(compression), destination, compressor.errorString()),
                    destination);
    // Compression on a core of its own, while files are read and framed on this one.
    ThreadedWriteDevice threaded(&compressor);
    threaded.open(QIODevice::WriteOnly);
    KTar tar(&threaded);
    if (!tar.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Internal,
                    Tr::tr("Could not write the archive \"%1\": %2").arg(destination, tar.errorString()),
                    destination);

    // Reports the writer's error (disk full, say) before KArchive's vaguer one.
    auto writeFailure = [&](const QString &what) -> std::unexpected<Error> {
        if (writer.lastError())
            return std::unexpected(*writer.lastError());
        return std::unexpected(Error{ErrorCode::Internal,
                                     Tr::tr("Could not write \"%1\" into \"%2\": %3")
                                         .arg(what, destination, tar.errorString()),
                                     destination});
    };

    const mode_t rootMode = modeOf(rootInfo);
    control.setDescription(Tr::tr("Archiving %1").arg(rootInfo.fileName()));
    if (!tar.writeDir(rootInfo.fileName(), rootInfo.owner(), rootInfo.group(), rootMode, {},
                      rootInfo.lastModified(), {}))
        return writeFailure(rootInfo.fileName());

    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const Entry &e : std::as_const(entries)) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."), destination);
        const QFileInfo &fi = e.info;
        const mode_t mode = modeOf(fi);
        if (fi.isSymLink()) {
            if (!tar.writeSymLink(e.archivePath, fi.readSymLink(), fi.owner(), fi.group(), mode, {},
                                  fi.lastModified(), {}))
                return writeFailure(e.archivePath);
            ++info.fileCount;
            continue;
        }
        if (fi.isDir()) {
            if (!tar.writeDir(e.archivePath, fi.owner(), fi.group(), mode, {}, fi.lastModified(),
                              {}))
                return writeFailure(e.archivePath);
            ++info.folderCount;
            continue;
        }
        QFile file(e.absolutePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::NotReadable,
                        Tr::tr("Could not read \"%1\": %2").arg(e.absolutePath, file.errorString()),
                        e.absolutePath);
        // The header carries the size, so exactly that many bytes follow even
        // if the file changes while it is read.
        const qint64 size = file.size();
        if (!tar.prepareWriting(e.archivePath, fi.owner(), fi.group(), size, mode, {},
                                fi.lastModified(), {}))
            return writeFailure(e.archivePath);
        qint64 remaining = size;
        bool shrank = false;
        while (remaining > 0) {
            if (control.isCancelled())
                return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."), destination);
            qint64 n = file.read(buffer.data(), std::min<qint64>(buffer.size(), remaining));
            if (n < 0)
                return fail(ErrorCode::NotReadable,
                            Tr::tr("Could not read \"%1\": %2").arg(e.absolutePath, file.errorString()),
                            e.absolutePath);
            if (n == 0) {
                // The file shrank while it was read: pad, and say so.
                n = std::min<qint64>(buffer.size(), remaining);
                std::fill_n(buffer.data(), n, '\0');
                shrank = true;
            }
            if (!tar.writeData(buffer.constData(), n))
                return writeFailure(e.archivePath);
            remaining -= n;
            control.addBytes(n);
        }
        if (!tar.finishWriting(size))
            return writeFailure(e.archivePath);
        if (shrank)
            info.warnings.append(Tr::tr("%1: shrank while it was archived").arg(e.archivePath));
        ++info.fileCount;
        info.totalSourceSize += size;
        control.addFiles(1);
    }
    // KTar leaves out the end-of-archive marker; tar and verify expect it.
    const QByteArray endOfArchive(1024, '\0');
    if (threaded.write(endOfArchive) != endOfArchive.size())
        return writeFailure(destination);
    if (!tar.close() || !threaded.finish())
        return writeFailure(destination);
    // Closing the compressor ends the stream.
    compressor.close();
    if (writer.lastError())
        return std::unexpected(*writer.lastError());
    if (auto ok = writer.commit(); !ok)
        return std::unexpected(ok.error());
    info.archiveSize = writer.size();
    info.sha256 = writer.sha256();
    return info;
}

} // namespace lifeboat
