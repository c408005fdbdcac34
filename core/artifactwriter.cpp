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
    , m_hashing(std::make_unique<BlockPipeline>([this](QByteArrayView block) { m_hash.update(block); }))
{
}

ArtifactWriter::~ArtifactWriter()
{
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

// Writes a block; the caller hands it to the hasher. A MiB at a time, not a
// page at a time, keeps QCA's per-call cost out of the copy.
Result<void> ArtifactWriter::writeOut(QByteArrayView data)
{
    qsizetype off = 0;
    while (off < data.size()) {
        const ssize_t n = ::write(m_fd, data.constData() + off, size_t(data.size() - off));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_error = errorFromErrno(errno, m_path, FileAction::Write);
            return std::unexpected(*m_error);
        }
        off += n;
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

Result<void> ArtifactWriter::rewind()
{
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
    m_hashing->drain();
    m_hash.reset();
    return {};
}

Result<void> ArtifactWriter::flushBuffer()
{
    if (m_buffer.isEmpty())
        return {};
    auto ok = writeOut(m_buffer);
    m_hashing->push(std::exchange(m_buffer, m_hashing->takeBuffer()));
    return ok;
}

Result<void> ArtifactWriter::commit()
{
    if (m_error)
        return std::unexpected(*m_error);
    if (auto ok = flushBuffer(); !ok)
        return ok;
    if (m_sync == Sync::Now && ::fsync(m_fd) != 0) {
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
    m_hashing->drain();
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
