// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveextractor.h"

#include "artifactwriter.h"
#include "jobcontrol.h"
#include "tarstream.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

struct PendingDir
{
    QByteArray path;
    int mode;
    qint64 mtime;
};

void setTimes(int dirfd, const QByteArray &path, qint64 mtime, bool link)
{
    const timespec times[2] = {{mtime, 0}, {mtime, 0}};
    ::utimensat(dirfd, path.constData(), times, link ? AT_SYMLINK_NOFOLLOW : 0);
}

// Creates the folders of a relative path, refusing any component that is not
// a real folder (a link planted earlier, say).
bool makeParents(const QByteArray &root, const QByteArray &relative)
{
    const QList<QByteArray> parts = relative.split('/');
    QByteArray path = root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        path += '/' + parts.at(i);
        struct stat st{};
        if (::lstat(path.constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode))
                return false;
            continue;
        }
        if (::mkdir(path.constData(), 0700) != 0)
            return false;
    }
    return true;
}

// Moves what root/folder holds up into root, and removes the folder. It is
// first renamed aside, so that a child of the same name can take its place.
Result<void> liftFolder(const QByteArray &root, const QByteArray &folder)
{
    const QByteArray aside = root + "/.lifeboat-lift-" + QByteArray::number(::getpid());
    const QByteArray from = root + '/' + folder;
    if (::rename(from.constData(), aside.constData()) != 0)
        return std::unexpected(errorFromErrno(errno, QFile::decodeName(from), FileAction::Rename));
    const QStringList children = QDir(QFile::decodeName(aside))
                                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &child : children) {
        const QByteArray name = QFile::encodeName(child);
        if (::rename((aside + '/' + name).constData(), (root + '/' + name).constData()) != 0)
            return std::unexpected(errorFromErrno(errno, QFile::decodeName(root + '/' + name), FileAction::Rename));
    }
    if (::rmdir(aside.constData()) != 0)
        return std::unexpected(errorFromErrno(errno, QFile::decodeName(aside), FileAction::Remove));
    return {};
}

} // namespace

Result<ArchiveExtractor::Outcome> ArchiveExtractor::extract(const QString &archive,
                                                           const QString &destination,
                                                           JobControl &control)
{
    auto device = openArchiveStream(archive);
    if (!device)
        return std::unexpected(device.error());
    TarStreamReader reader(device->get(), archive);
    ArchiveEntryCheck safety;
    ArchiveEntryCheck landed; // the same checks on the paths as they land, top folder stripped
    const QByteArray root = QFile::encodeName(QDir::cleanPath(destination));
    Outcome outcome;
    QList<PendingDir> dirs;
    QString top;      // the archive's single top folder, stripped
    std::optional<QString> sharedTop = QString(); // the one folder every entry lies in, so far
    bool first = true;

    auto failWith = [&](const QString &why) {
        return fail(ErrorCode::Corrupt, Tr::tr("Refusing to extract \"%1\": %2").arg(archive, why),
                    archive);
    };

    for (;;) {
        int fd = -1;
        QByteArray currentPath;
        QString problem;
        auto sink = [&](QByteArrayView chunk) {
            if (fd < 0)
                return !control.isCancelled();
            qsizetype off = 0;
            while (off < chunk.size()) {
                const ssize_t n = ::write(fd, chunk.constData() + off, size_t(chunk.size() - off));
                if (n < 0) {
                    if (errno == EINTR)
                        continue;
                    problem = errorFromErrno(errno, QFile::decodeName(currentPath), FileAction::Write)
                                  .message;
                    return false;
                }
                off += n;
            }
            outcome.bytes += chunk.size();
            control.addBytes(chunk.size());
            return !control.isCancelled();
        };
        auto header = reader.nextHeader();
        if (!header)
            return std::unexpected(header.error());
        if (!*header)
            break; // end of archive
        const TarEntry &e = **header;
        if (const QString unsafe = safety.check(e); !unsafe.isEmpty())
            return failWith(unsafe);

        QString relative = QDir::cleanPath(e.path);
        if (relative == "."_L1 && e.type == TarEntry::Type::Directory) {
            // "./", the archive's own root, as `tar -C dir .` writes it: the
            // destination itself, and what follows is its content, never a
            // folder to strip.
            first = false;
            sharedTop.reset();
            if (auto skipped = reader.readEntryData(); !skipped)
                return std::unexpected(skipped.error());
            continue;
        }
        if (first) {
            first = false;
            if (e.type == TarEntry::Type::Directory && !relative.contains(u'/') && relative != "."_L1) {
                top = relative;
                if (auto skipped = reader.readEntryData(); !skipped)
                    return std::unexpected(skipped.error());
                continue;
            }
        }
        if (top.isEmpty() && sharedTop) {
            // Without a folder entry first (tar of files alone, as backup.py
            // writes "assets/img/a.png"), a folder all entries share is
            // found only at the end: lifted then, if no link leads out of it.
            const QString head = relative.section(u'/', 0, 0);
            bool under = relative.contains(u'/') || e.type == TarEntry::Type::Directory;
            if (e.type == TarEntry::Type::Symlink) {
                // Where it will point once lifted: never above the destination
                // (a link up and back into the folder by its name would lead
                // into the folder's sibling afterwards).
                const QString lifted = relative.mid(head.size() + 1);
                const QString dir = lifted.contains(u'/') ? lifted.section(u'/', 0, -2) + u'/' : QString();
                const QString pointsAt = QDir::cleanPath(dir + e.linkTarget);
                under = under && !QDir::isAbsolutePath(e.linkTarget) && pointsAt != ".."_L1
                        && !pointsAt.startsWith("../"_L1);
            }
            if (!under || (!sharedTop->isEmpty() && head != *sharedTop))
                sharedTop.reset();
            else
                sharedTop = head;
        }
        if (!top.isEmpty()) {
            if (!relative.startsWith(top + u'/'))
                return failWith(Tr::tr("\"%1\" lies outside the archive's folder \"%2\"")
                                    .arg(e.path, top));
            relative = relative.mid(top.size() + 1);
        }
        TarEntry placed = e;
        placed.path = relative;
        placed.rawPath = QFile::encodeName(relative);
        if (!top.isEmpty() && e.type == TarEntry::Type::Hardlink && placed.linkTarget.startsWith(top + u'/'))
            placed.linkTarget = placed.linkTarget.mid(top.size() + 1);
        if (const QString unsafe = landed.check(placed); !unsafe.isEmpty())
            return failWith(unsafe);
        const QByteArray rel = QFile::encodeName(relative);
        const QByteArray path = root + '/' + rel;
        if (relative.isEmpty() || relative == "."_L1 || !makeParents(root, rel))
            return failWith(Tr::tr("\"%1\" cannot be placed safely").arg(e.path));

        switch (e.type) {
        case TarEntry::Type::Directory: {
            if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
                return std::unexpected(errorFromErrno(errno, QFile::decodeName(path), FileAction::Create));
            struct stat st{};
            if (::lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
                return failWith(Tr::tr("\"%1\" cannot be placed safely").arg(e.path));
            dirs.append({path, (e.mode ? e.mode : 0755) & 0777, e.mtime});
            break;
        }
        case TarEntry::Type::Symlink:
            if (::symlink(QFile::encodeName(e.linkTarget).constData(), path.constData()) != 0)
                return std::unexpected(errorFromErrno(errno, QFile::decodeName(path), FileAction::Create));
            setTimes(AT_FDCWD, path, e.mtime, true);
            ++outcome.files;
            break;
        case TarEntry::Type::Hardlink: {
            QString linked = QDir::cleanPath(e.linkTarget);
            if (!top.isEmpty() && linked.startsWith(top + u'/'))
                linked = linked.mid(top.size() + 1);
            const QByteArray from = root + '/' + QFile::encodeName(linked);
            struct stat st{};
            if (::lstat(from.constData(), &st) != 0 || !S_ISREG(st.st_mode)
                || ::link(from.constData(), path.constData()) != 0)
                return failWith(Tr::tr("the hard link \"%1\" has no file to point at").arg(e.path));
            ++outcome.files;
            break;
        }
        case TarEntry::Type::File:
            fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
            if (fd < 0)
                return std::unexpected(errorFromErrno(errno, QFile::decodeName(path), FileAction::Create));
            currentPath = path;
            break;
        default:
            return failWith(Tr::tr("\"%1\" is not a file, folder or link").arg(e.path));
        }

        auto entry = reader.readEntryData(sink);
        if (fd >= 0) {
            ::fchmod(fd, mode_t((e.mode ? e.mode : 0644) & 0777)); // no setuid from an archive
            const timespec times[2] = {{e.mtime, 0}, {e.mtime, 0}};
            ::futimens(fd, times);
            const bool synced = ::fsync(fd) == 0;
            ::close(fd);
            if (!synced && problem.isEmpty())
                problem = errorFromErrno(errno, QFile::decodeName(path), FileAction::Write).message;
            ++outcome.files;
        }
        if (!problem.isEmpty())
            return fail(ErrorCode::NotWritable, problem, QFile::decodeName(path));
        if (!entry)
            return std::unexpected(entry.error());
    }
    if (top.isEmpty() && sharedTop && !sharedTop->isEmpty()) {
        if (auto lifted = liftFolder(root, QFile::encodeName(*sharedTop)); !lifted)
            return std::unexpected(lifted.error());
        const QByteArray from = root + '/' + QFile::encodeName(*sharedTop);
        dirs.removeIf([&](const PendingDir &d) { return d.path == from; });
        for (PendingDir &d : dirs)
            d.path = root + d.path.mid(from.size());
    }
    // Folders last, deepest first: their modes may forbid writing into them.
    // Through a descriptor opened without following links: never outside.
    for (auto it = dirs.crbegin(); it != dirs.crend(); ++it) {
        const int dirfd = ::open(it->path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (dirfd < 0)
            continue;
        ::fchmod(dirfd, mode_t(it->mode));
        const timespec times[2] = {{it->mtime, 0}, {it->mtime, 0}};
        ::futimens(dirfd, times);
        ::close(dirfd);
    }
    return outcome;
}

} // namespace lifeboat
