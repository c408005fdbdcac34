// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileops.h"

#include "artifactwriter.h"
#include "jobcontrol.h"

#include <KCompressionDevice>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QtEndian>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <ctime>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace lifeboat {

QString fileIdentity(const QString &path)
{
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QString::number(quint64(st.st_dev)) + u':' + QString::number(quint64(st.st_ino));
}

bool removePath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    return info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
}

void faultPoint(const char *name)
{
    static const QByteArray wanted = qgetenv("LIFEBOAT_FAULT");
    if (!wanted.isEmpty() && wanted == name) {
        std::fflush(nullptr);
        ::raise(SIGKILL);
    }
}

Result<void> syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(errorFromErrno(errno, path, FileAction::Write));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL)
        return std::unexpected(errorFromErrno(err, path, FileAction::Write));
    return {};
}

Result<void> makePrivateDir(const QString &path)
{
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0)
        return std::unexpected(errorFromErrno(errno, path, FileAction::Create));
    ::chmod(QFile::encodeName(path).constData(), 0700);
    return {};
}

Result<QString> copyFileSynced(const QString &from, const QString &to, JobControl *control)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fail(in.exists() ? ErrorCode::NotReadable : ErrorCode::NotFound,
                    Tr::tr("Could not read \"%1\": %2").arg(from, in.errorString()), from);
    ArtifactWriter out(to, control);
    if (auto ok = out.create(); !ok)
        return std::unexpected(ok.error());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (control && control->isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."), from);
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(ErrorCode::NotReadable,
                        Tr::tr("Could not read \"%1\": %2").arg(from, in.errorString()), from);
        if (n == 0)
            break;
        if (auto ok = out.append(QByteArrayView(buffer.constData(), n)); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = out.commit(); !ok)
        return std::unexpected(ok.error());
    return out.sha256();
}

FolderLock::FolderLock(const QString &path, Mode mode)
    : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC))
{
    if (m_fd < 0)
        return;
    int rc;
    do
        rc = ::flock(m_fd, mode == Mode::Try ? LOCK_EX | LOCK_NB : LOCK_EX);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

FolderLock::~FolderLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

FolderLock::FolderLock(FolderLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

FolderLock &FolderLock::operator=(FolderLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

NewFile::NewFile(const QString &path)
    : m_path(path)
{
}

NewFile::~NewFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_created && !m_kept)
        ::unlink(QFile::encodeName(m_path).constData());
}

Result<void> NewFile::create()
{
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return std::unexpected(errorFromErrno(errno, m_path, FileAction::Create));
    m_created = true;
    return {};
}

Result<void> NewFile::keep(ArtifactWriter::Sync sync)
{
    if (sync == ArtifactWriter::Sync::Now && ::fsync(m_fd) != 0)
        return std::unexpected(errorFromErrno(errno, m_path, FileAction::Write));
    if (::close(std::exchange(m_fd, -1)) != 0)
        return std::unexpected(errorFromErrno(errno, m_path, FileAction::Write));
    m_kept = true;
    return {};
}

Result<qint64> copyRange(int in, int out, qint64 offset, qint64 length, const QString &from, const QString &to,
                         QByteArray &buffer)
{
    while (buffer.isEmpty()) {
        loff_t inAt = offset;
        loff_t outAt = offset;
        const ssize_t n = ::copy_file_range(in, &inAt, out, &outAt, size_t(length), 0);
        if (n >= 0)
            return qint64(n);
        if (errno == EXDEV || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) {
            buffer.resize(1 << 20); // from here on, streamed
        } else if (errno != EINTR) {
            // Either side may have failed; a full disk is the copy's.
            const bool full = errno == ENOSPC || errno == EDQUOT || errno == EFBIG;
            return std::unexpected(errorFromErrno(errno, full ? to : from, full ? FileAction::Write : FileAction::Read));
        }
    }
    ssize_t n;
    do
        n = ::pread(in, buffer.data(), size_t(std::min<qint64>(length, buffer.size())), offset);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return std::unexpected(errorFromErrno(errno, from, FileAction::Read));
    for (ssize_t written = 0; written < n;) {
        const ssize_t w = ::pwrite(out, buffer.constData() + written, size_t(n - written), offset + written);
        if (w < 0 && errno != EINTR)
            return std::unexpected(errorFromErrno(errno, to, FileAction::Write));
        written += std::max<ssize_t>(w, 0);
    }
    return qint64(n);
}

Result<void> copyFileUnhashed(const QString &from, const QString &to, JobControl *control,
                              ArtifactWriter::Sync sync)
{
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return std::unexpected(errorFromErrno(errno, from, FileAction::Read));
    const auto closeIn = qScopeGuard([in] { ::close(in); });
    struct stat source{};
    if (::fstat(in, &source) != 0)
        return std::unexpected(errorFromErrno(errno, from, FileAction::Read));
    NewFile out(to);
    if (auto ok = out.create(); !ok)
        return ok;
    QByteArray buffer; // stays empty while the kernel copies
    qint64 copied = 0;
    qint64 flushed = 0;
    for (;;) {
        if (control && control->isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."), from);
        auto done = copyRange(in, out.fd(), copied, ArtifactWriter::WritebackChunk, from, to, buffer);
        if (!done)
            return std::unexpected(done.error());
        const qint64 n = *done;
        if (n == 0)
            break;
        copied += n;
        if (control)
            control->addBytes(n);
        if (sync == ArtifactWriter::Sync::Now && copied - flushed >= ArtifactWriter::WritebackChunk) {
            ::sync_file_range(out.fd(), flushed, copied - flushed, SYNC_FILE_RANGE_WRITE);
            flushed = copied;
        }
    }
    // Some filesystems end a copy early without a word: it must be whole.
    if (copied != qint64(source.st_size))
        return fail(ErrorCode::Corrupt,
                    Tr::tr("\"%1\" changed while it was being copied.").arg(from), from);
    return out.keep(sync);
}

QString contentStamp(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    struct timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const qint64 sinceChange = (qint64(now.tv_sec) - st.st_ctim.tv_sec) * 1000000000
                               + (now.tv_nsec - st.st_ctim.tv_nsec);
    if (sinceChange < 1000000000)
        return {};
    return u"%1:%2:%3:%4.%5:%6.%7"_s.arg(quint64(st.st_dev))
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec))
        .arg(qint64(st.st_ctim.tv_sec))
        .arg(qint64(st.st_ctim.tv_nsec));
}

qint64 gzipContentSize(const QString &path)
{
    QFile file(path);
    uchar trailer[4];
    if (!file.open(QIODevice::ReadOnly) || file.size() < 18 || file.read(2) != "\x1f\x8b"_ba
        || !file.seek(file.size() - 4) || file.read(reinterpret_cast<char *>(trailer), 4) != 4)
        return -1;
    qint64 content = qFromLittleEndian<quint32>(trailer);
    // Incompressible data grows by a few bytes per block; much smaller
    // content than that is a count that went past 4 GiB.
    while (content + content / 500 + 64 < file.size())
        content += qint64(1) << 32;
    return content;
}

Result<QString> gunzipInto(const QString &from, const QTemporaryDir &scratch, JobControl &control)
{
    if (!scratch.isValid())
        return fail(ErrorCode::NotWritable, Tr::tr("Could not create a temporary folder."));
    const QString copy = scratch.filePath(u"copy.db"_s);
    if (auto unpacked = gunzipFile(from, copy, control); !unpacked)
        return std::unexpected(unpacked.error());
    return copy;
}

Result<void> gunzipFile(const QString &from, const QString &to, JobControl &control)
{
    KCompressionDevice in(from, KCompressionDevice::GZip);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotReadable,
                    Tr::tr("Could not open \"%1\": %2").arg(from, in.errorString()), from);
    ArtifactWriter out(to, &control);
    if (auto ok = out.create(); !ok)
        return ok;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."), from);
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(ErrorCode::Corrupt,
                        Tr::tr("\"%1\" cannot be decompressed: %2").arg(from, in.errorString()),
                        from);
        if (n == 0)
            break;
        if (auto ok = out.append(QByteArrayView(buffer.constData(), n)); !ok)
            return ok;
    }
    return out.commit();
}

qint64 folderSize(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        total += it.nextFileInfo().size();
    return total;
}

qint64 freeBytes(const QString &path)
{
    struct statvfs st{};
    if (::statvfs(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

} // namespace lifeboat
