// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileops.h"

#include "artifactwriter.h"
#include "jobcontrol.h"

#include <KCompressionDevice>

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace lifeboat {

QString fileIdentity(const QString &path)
{
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QString::number(quint64(st.st_dev)) + u':' + QString::number(quint64(st.st_ino));
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

qint64 freeBytes(const QString &path)
{
    struct statvfs st{};
    if (::statvfs(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

} // namespace lifeboat
