// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifactwriter.h"

#include "blockpipeline.h"
#include "jobcontrol.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat {

Error errorFromErrno(int err, const QString &path, FileAction action)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT)
        return {ErrorCode::DiskFull,
                Tr::tr("No space left on the disk holding \"%1\": free some space there or "
                       "choose another destination.")
                    .arg(path),
                path};
    const bool denied = err == EACCES || err == EPERM || err == EROFS;
    ErrorCode code = err == ENOENT ? ErrorCode::NotFound
                     : action == FileAction::Read ? ErrorCode::NotReadable
                                                  : ErrorCode::NotWritable;
    QString message;
    switch (action) {
    case FileAction::Create:
        message = denied ? Tr::tr("Could not create \"%1\": %2. Check that you may write to "
                                  "that folder.")
                         : Tr::tr("Could not create \"%1\": %2.");
        break;
    case FileAction::Write:
        message = Tr::tr("Could not write \"%1\": %2.");
        break;
    case FileAction::Read:
        message = denied ? Tr::tr("Could not read \"%1\": %2. Check its permissions.")
                         : Tr::tr("Could not read \"%1\": %2.");
        break;
    case FileAction::Rename:
        message = Tr::tr("Could not move \"%1\" into place: %2.");
        break;
    case FileAction::Remove:
        message = Tr::tr("Could not remove \"%1\": %2.");
        break;
    }
    return {code, message.arg(path, reason), path};
}

ArtifactWriter::ArtifactWriter(const QString &path, JobControl *control, Sync sync)
    : m_path(path)
    , m_control(control)
    , m_sync(sync)
    , m_hashing(std::make_unique<BlockPipeline>([this](QByteArrayView block) {
        if (m_writing) {
            QByteArray copy = m_writing->takeBuffer();
            copy.append(block);
            m_writing->push(std::move(copy));
        }
        m_hash.update(block);
    }))
{
    // A direct write waits for the disk: on a thread of its own, so that
    // the hash goes on meanwhile.
    if (m_sync == Sync::Direct)
        m_writing = std::make_unique<BlockPipeline>([this](QByteArrayView block) { writeDirect(block); },
                                                    DirectBuffersInFlight);
}

ArtifactWriter::~ArtifactWriter()
{
    // No block is still being hashed or written; an artifact that is given
    // up is not written further, only removed.
    if (!m_committed)
        m_directErrno = ECANCELED;
    m_hashing.reset();
    m_writing.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_created && !m_committed)
        QFile::remove(m_path);
}

Result<void> ArtifactWriter::create()
{
    const QByteArray native = QFile::encodeName(m_path);
    m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return std::unexpected(errorFromErrno(errno, m_path, FileAction::Create));
    m_created = true;
    // The umask may have taken bits away; it must not have added any.
    ::fchmod(m_fd, 0600);
    if (m_sync == Sync::Direct) {
        m_aligned.reset(static_cast<char *>(std::aligned_alloc(DirectAlignment, BlockPipeline::BlockSize)));
        bypassCache(m_aligned != nullptr);
    }
    m_buffer = m_hashing->takeBuffer();
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

Result<void> ArtifactWriter::append(QByteArrayView data)
{
    if (m_error)
        return std::unexpected(*m_error);
    if (m_fd < 0)
        return fail(ErrorCode::Internal, Tr::tr("\"%1\" is not open for writing.").arg(m_path),
                    m_path);
    m_written += data.size();
    if (m_control)
        m_control->addBytes(data.size());
    // Into the buffer, a buffer's worth at a time: each full one is written
    // and handed to the hasher.
    while (!data.isEmpty()) {
        const qsizetype n = std::min(data.size(), BlockPipeline::BlockSize - m_buffer.size());
        m_buffer.append(data.constData(), n);
        data = data.sliced(n);
        if (m_buffer.size() == BlockPipeline::BlockSize) {
            if (auto ok = flushBuffer(); !ok)
                return ok;
        }
    }
    return {};
}

// The most one write() hands to the page cache. Measured into ext4 on a
// virtual machine (Linux 6.18) right after the guest had freed as much
// memory as it writes: 1.2 GB written a MiB a call took 1.95 s, 128 KiB a
// call 0.40 s, as both did on memory it had freed just before. The kernel
// backs a large write with large folios, which then have to be assembled.
constexpr qsizetype PageCacheWrite = 128 << 10;

// Writes data[done, until) at the file's offset, counting in done, at most
// `most` bytes a call; 0, or the errno that stopped it.
static int writeUntil(int fd, const char *data, qsizetype until, qsizetype &done,
                      qsizetype most = PageCacheWrite)
{
    while (done < until) {
        const ssize_t n = ::write(fd, data + done, size_t(std::min(until - done, most)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        done += n;
    }
    return 0;
}

// Writes a block, PageCacheWrite bytes a call; the caller hands the whole
// block to the hasher, as a MiB at a time keeps QCA's per-call cost out of
// the copy.
Result<void> ArtifactWriter::writeOut(QByteArrayView data)
{
    qsizetype done = 0;
    if (const int err = writeUntil(m_fd, data.constData(), data.size(), done); err != 0) {
        m_error = errorFromErrno(err, m_path, FileAction::Write);
        return std::unexpected(*m_error);
    }
    // Start the disk on what is written so far: commit()'s fsync then waits
    // for the last few MiB, not for the whole artifact at once.
    m_fileSize += data.size();
    if (m_sync == Sync::Now && m_fileSize - m_flushedTo >= WritebackChunk) {
        ::sync_file_range(m_fd, m_flushedTo, m_fileSize - m_flushedTo, SYNC_FILE_RANGE_WRITE);
        m_flushedTo = m_fileSize;
    }
    return {};
}

// O_DIRECT on or off; where the filesystem cannot, the page cache it is.
void ArtifactWriter::bypassCache(bool bypass)
{
    const int flags = ::fcntl(m_fd, F_GETFL);
    m_bypassing = bypass && flags >= 0 && m_pretendNoDirect != "open"
                  && ::fcntl(m_fd, F_SETFL, flags | O_DIRECT) == 0;
    if (!m_bypassing && flags >= 0 && (flags & O_DIRECT))
        ::fcntl(m_fd, F_SETFL, flags & ~O_DIRECT);
}

// Whole aligned blocks go straight to the disk from an aligned buffer; the
// artifact's last few bytes (only its last block is short) through the page
// cache, as does everything on a filesystem that refuses O_DIRECT. On the
// writing thread.
void ArtifactWriter::writeDirect(QByteArrayView block)
{
    if (m_directErrno.load() != 0)
        return;
    qsizetype done = 0;
    const qsizetype direct = m_bypassing ? block.size() / DirectAlignment * DirectAlignment : 0;
    if (direct > 0) {
        std::memcpy(m_aligned.get(), block.data(), size_t(direct));
        // Refused after all (EINVAL): the rest through the page cache, from where it stopped.
        const int err = m_pretendNoDirect == "write" ? EINVAL
                                                     : writeUntil(m_fd, m_aligned.get(), direct, done, direct);
        if (err != 0 && err != EINVAL) {
            m_directErrno = err;
            return;
        }
    }
    if (done < block.size()) {
        if (m_bypassing)
            bypassCache(false);
        if (const int err = writeUntil(m_fd, block.data(), block.size(), done); err != 0)
            m_directErrno = err;
    }
}

Result<void> ArtifactWriter::directWriteResult()
{
    if (const int err = m_directErrno.load(); err != 0 && !m_error)
        m_error = errorFromErrno(err, m_path, FileAction::Write);
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

// Waits until every block handed over is hashed and, with Sync::Direct, written.
void ArtifactWriter::drain()
{
    m_hashing->drain();
    if (m_writing)
        m_writing->drain();
}

Result<void> ArtifactWriter::rewind()
{
    drain();
    m_buffer.resize(0);
    if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) != 0) {
        m_error = errorFromErrno(errno, m_path, FileAction::Write);
        return std::unexpected(*m_error);
    }
    if (m_control)
        m_control->addBytes(-m_written);
    m_written = 0;
    m_fileSize = 0;
    m_flushedTo = 0;
    m_hash.reset();
    if (m_sync == Sync::Direct)
        bypassCache(m_aligned != nullptr);
    return directWriteResult();
}

Result<void> ArtifactWriter::flushBuffer()
{
    if (m_buffer.isEmpty())
        return {};
    Result<void> ok = m_sync == Sync::Direct ? directWriteResult() : writeOut(m_buffer);
    m_hashing->push(std::exchange(m_buffer, m_hashing->takeBuffer()));
    return ok;
}

Result<void> ArtifactWriter::commit()
{
    if (m_error)
        return std::unexpected(*m_error);
    if (auto ok = flushBuffer(); !ok)
        return ok;
    drain();
    if (auto ok = directWriteResult(); !ok)
        return ok;
    if (m_sync != Sync::Deferred && ::fsync(m_fd) != 0) {
        m_error = errorFromErrno(errno, m_path, FileAction::Write);
        return std::unexpected(*m_error);
    }
    if (::close(m_fd) != 0) {
        m_fd = -1;
        m_error = errorFromErrno(errno, m_path, FileAction::Write);
        return std::unexpected(*m_error);
    }
    m_fd = -1;
    m_committed = true;
    m_digest = m_hash.finalHex();
    QIODevice::close();
    return {};
}

qint64 ArtifactWriter::writeData(const char *data, qint64 len)
{
    if (auto ok = append(QByteArrayView(data, len)); !ok) {
        setErrorString(ok.error().message);
        return -1;
    }
    return len;
}

} // namespace lifeboat
