// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupwriter.h"

#include "artifactwriter.h"
#include "checksums.h"
#include "fileops.h"
#include "jobcontrol.h"
#include "journal.h"
#include "loosename.h"
#include "postgresclient.h"
#include "sqlitebackup.h"
#include "sqlitedatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimeZone>

#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackup, "lifeboat.core.backup", QtWarningMsg)

namespace lifeboat {

namespace {

QString operatorName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

// Whether path is on a network or FUSE filesystem, where a lock one machine
// takes need not keep another from taking it too.
bool isSharedFilesystem(const QString &path)
{
    struct statfs fs{};
    if (::statfs(QFile::encodeName(path).constData(), &fs) != 0)
        return true;
    switch (quint32(fs.f_type)) {
    case 0x6969:     // NFS
    case 0x517B:     // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x65735546: // FUSE (sshfs, rclone ...)
    case 0x00C36400: // Ceph
    case 0x01021997: // 9P
    case 0x5346414F: // AFS
    case 0x47504653: // GPFS
    case 0x0BD00BD0: // Lustre
        return true;
    default:
        return false;
    }
}

// Files a glob names: the pattern applies to the last path component. A
// pattern never takes Lifeboat's own pre-restore snapshots or staged copies
// lying beside the application's files.
QStringList expandGlob(const QString &glob)
{
    const QFileInfo info(glob);
    const QDir dir = info.absoluteDir();
    if (!glob.contains(u'*') && !glob.contains(u'?') && !glob.contains(u'['))
        return info.isFile() ? QStringList{info.absoluteFilePath()} : QStringList{};
    QStringList files;
    const QFileInfoList matches =
        dir.entryInfoList({info.fileName()}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &m : matches) {
        const auto name = LooseName::parse(m.fileName());
        if ((name && name->scheme == LooseName::Scheme::PreRestore)
            || m.fileName().contains(".lifeboat-staging-"_L1))
            continue;
        files.append(m.absoluteFilePath());
    }
    return files;
}

// Names artifacts uniquely inside the set: lrl.db, lrl-2.db, ...
class ArtifactNames
{
public:
    QString claim(const QString &wanted)
    {
        QString name = wanted;
        const QString base = QFileInfo(wanted).completeBaseName();
        const QString suffix = wanted.mid(base.size());
        for (int n = 2; m_used.contains(name) || name == "manifest.json"_L1
                        || name == "checksums.txt"_L1;
             ++n)
            name = base + u'-' + QString::number(n) + suffix;
        m_used.insert(name);
        return name;
    }

private:
    QSet<QString> m_used;
};

class SetBuilder
{
public:
    SetBuilder(const BackupRequest &request, JobControl &control)
        : m_request(request)
        , m_control(control)
    {
    }

    ~SetBuilder()
    {
        if (m_done)
            return;
        if (!m_partial.isEmpty())
            QDir(m_partial).removeRecursively();
        // The folders made on the way to the destination go too, left empty.
        if (!m_madeFrom.isEmpty()) {
            for (QString dir = m_dest; dir.size() >= m_madeFrom.size() && QDir().rmdir(dir);
                 dir = QFileInfo(dir).path()) {
            }
        }
    }

    Result<BackupReport> run()
    {
        if (auto ok = checkRequest(); !ok)
            return std::unexpected(ok.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_report.manifest.timestampUtc = timestampName(now);
        m_report.manifest.createdAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::UTC);
        m_report.manifest.name = m_request.name;
        m_report.manifest.label = m_request.label;
        m_report.manifest.environment = m_request.environment;
        m_report.manifest.host = QSysInfo::machineHostName();
        m_report.manifest.operatorName = operatorName();
        m_report.manifest.toolVersion = QStringLiteral(LIFEBOAT_VERSION);

        if (auto ok = prepareFolders(); !ok)
            return std::unexpected(ok.error());
        faultPoint("backup-partial-created");
        m_control.setBytesTotal(bytesToRead());
        for (const SourceSpec &source : m_request.sources) {
            if (m_control.isCancelled())
                return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
            Result<void> ok;
            switch (source.type) {
            case ItemType::Database:
                ok = backUpDatabase(source);
                break;
            case ItemType::Assets:
                ok = backUpAssets(source);
                break;
            case ItemType::File:
                ok = backUpFiles(source);
                break;
            case ItemType::Postgres:
                ok = backUpPostgres(source);
                break;
            }
            if (!ok)
                return std::unexpected(ok.error());
            faultPoint("backup-item-written");
        }
        if (m_control.isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        if (auto ok = finish(); !ok)
            return std::unexpected(ok.error());
        return m_report;
    }

private:
    Result<void> checkRequest()
    {
        if (m_request.destination.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("No destination: say where the backup goes (--out DIR)."));
        if (m_request.sources.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Nothing to back up: name a database, an asset folder or files."));
        static const QRegularExpression safeName(u"^[^/\\\\\\x00-\\x1f]+$"_s);
        if (m_request.name.isEmpty() || !safeName.match(m_request.name).hasMatch()
            || m_request.name.startsWith(u'.'))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("\"%1\" cannot be a backup name: use letters, digits, '-' or '_'.")
                            .arg(m_request.name));
        // Every source must be there before anything is written.
        for (const SourceSpec &s : m_request.sources) {
            if (!s.name.isEmpty() && (!safeName.match(s.name).hasMatch() || s.name.startsWith(u'.')))
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("\"%1\" cannot be a backup name: use letters, digits, '-' or '_'.")
                                .arg(s.name));
            if (s.type == ItemType::Database) {
                if (QFileInfo(s.path).isDir())
                    return fail(ErrorCode::NotADatabase,
                                Tr::tr("\"%1\" is a folder, not a database: name the database file in it, "
                                       "or back the folder up as assets.")
                                    .arg(s.path),
                                s.path);
                if (!QFileInfo(s.path).isFile())
                    return fail(ErrorCode::NotFound,
                                Tr::tr("The database \"%1\" does not exist.").arg(s.path), s.path);
                if (!QFileInfo(s.path).isReadable())
                    return fail(ErrorCode::NotReadable,
                                Tr::tr("Could not read \"%1\": permission denied.").arg(s.path),
                                s.path);
                if (!isSqliteFile(s.path))
                    return fail(ErrorCode::NotADatabase,
                                Tr::tr("\"%1\" is not an SQLite database (it lacks the SQLite "
                                       "header).")
                                    .arg(s.path),
                                s.path);
            } else if (s.type == ItemType::Assets) {
                if (QFileInfo(s.path).isFile())
                    return fail(ErrorCode::InvalidArgument,
                                Tr::tr("\"%1\" is a file, not a folder: back it up as a file (--files, or "
                                       "\"type\": \"files\" in a profile), or name the folder it is in.")
                                    .arg(s.path),
                                s.path);
                if (!QFileInfo(s.path).isDir())
                    return fail(ErrorCode::NotFound,
                                Tr::tr("The folder \"%1\" does not exist.").arg(s.path), s.path);
            } else if (s.type == ItemType::Postgres) {
                if (auto connection = PostgresConnection::resolve(s.dsnEnv, s.service, s.dbname);
                    !connection)
                    return std::unexpected(connection.error());
            }
        }
        return {};
    }

    Result<void> prepareFolders()
    {
        const QString dest = QDir::cleanPath(QDir(m_request.destination).absolutePath());
        m_dest = dest;
        for (QString dir = dest; !QFileInfo::exists(dir) && dir != QFileInfo(dir).path();
             dir = QFileInfo(dir).path())
            m_madeFrom = dir;
        if (!QFileInfo(dest).isDir() && !QDir().mkpath(dest))
            return fail(ErrorCode::NotWritable,
                        Tr::tr("Could not create the destination folder \"%1\". Check that you "
                               "may write to its parent.")
                            .arg(dest),
                        dest);
        if (!QFileInfo(dest).isWritable())
            return fail(ErrorCode::NotWritable,
                        Tr::tr("The destination \"%1\" is not writable.").arg(dest), dest);
        std::vector<std::pair<QString, FolderLock>> abandoned;
        {
            // The partial folder is claimed and locked, and the others are
            // looked at, under a lock of the destination: a partial folder
            // another backup could lock is one whose backup has ended
            // without finishing it, never one that has just been made.
            // On a filesystem shared between machines, a lock may not reach
            // the others: nothing is removed there.
            const FolderLock destination(QFileInfo(dest).canonicalFilePath(), FolderLock::Mode::Wait);
            if (auto ok = claimPartialFolder(dest); !ok)
                return ok;
            if (destination.isHeld() && m_partialLock.isHeld() && !isSharedFilesystem(dest))
                abandoned = lockAbandonedFolders(dest);
        }
        if (!abandoned.empty())
            m_control.setDescription(Tr::tr("Removing unfinished backups left by backups that were stopped"));
        for (auto &[path, lock] : abandoned) {
            if (removePath(path))
                m_report.removedUnfinished.append(path);
            else
                m_report.warnings.append(Tr::tr("Could not remove \"%1\", an unfinished backup left by a "
                                                "backup that was stopped.")
                                             .arg(path));
        }
        return {};
    }

    Result<void> claimPartialFolder(const QString &dest)
    {
        // Claimed with mkdir, so two backups in the same second never share
        // (or clean up) each other's partial folder.
        const QString base = m_request.name + u'-' + m_report.manifest.timestampUtc;
        for (int n = 1; n < 1000; ++n) {
            const QString setName = n == 1 ? base : base + u'-' + QString::number(n);
            if (QFileInfo::exists(dest + u'/' + setName))
                continue;
            const QString partial = dest + u"/."_s + setName + u".partial"_s;
            auto made = makePrivateDir(partial);
            if (!made && QFileInfo::exists(partial))
                continue;
            if (!made)
                return made;
            m_final = dest + u'/' + setName;
            m_partial = partial;
            m_partialLock = FolderLock(partial, FolderLock::Mode::Try);
            return {};
        }
        return fail(ErrorCode::NotWritable, Tr::tr("Too many backups named %1 in one second.").arg(base), dest);
    }

    // The partial folders in dest that no running backup holds, locked so
    // that no other backup takes them too.
    std::vector<std::pair<QString, FolderLock>> lockAbandonedFolders(const QString &dest) const
    {
        static const QRegularExpression partialName(u"^\\..+-\\d{8}_\\d{6}(-\\d+)?\\.partial$"_s);
        std::vector<std::pair<QString, FolderLock>> found;
        const QFileInfoList entries =
            QDir(dest).entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo &entry : entries) {
            const QString path = entry.absoluteFilePath();
            if (path == m_partial || !partialName.match(entry.fileName()).hasMatch())
                continue;
            if (FolderLock lock(path, FolderLock::Mode::Try); lock.isHeld())
                found.emplace_back(path, std::move(lock));
        }
        return found;
    }

    QString artifactPath(const QString &name) const { return m_partial + u'/' + name; }

    // What the sources' copies report as they read, counted before the first
    // begins, so that the bar covers them all from the start: each
    // database's pages (its file; a log's frames mostly rewrite pages it
    // has), each folder's files, each file. What pg_dump writes is not
    // known before it ends.
    qint64 bytesToRead() const
    {
        qint64 total = 0;
        for (const SourceSpec &source : m_request.sources) {
            switch (source.type) {
            case ItemType::Database:
                total += QFileInfo(source.path).size();
                break;
            case ItemType::Assets:
                total += folderSize(source.path);
                break;
            case ItemType::File:
                for (const QString &path : expandGlob(source.glob))
                    total += QFileInfo(path).size();
                break;
            case ItemType::Postgres:
                break;
            }
        }
        return total;
    }

    Result<void> backUpDatabase(const SourceSpec &source)
    {
        const QFileInfo info(source.path);
        // Named sources keep their name in the set (brainstem.db as memory.db).
        const QString artifact = m_names.claim(
            source.name.isEmpty() ? info.fileName()
                                  : source.name + (info.suffix().isEmpty() ? QString()
                                                                           : u'.' + info.suffix()));
        QElapsedTimer timer;
        timer.start();
        auto checked = SqliteBackup::copyAndCheck(info.absoluteFilePath(), artifactPath(artifact),
                                                  source.versionQuery, m_control);
        qCDebug(lcBackup) << "copied and checked" << info.fileName() << "in" << timer.elapsed() << "ms";
        if (!checked)
            return std::unexpected(checked.error());
        const SqliteCopy &copy = checked->copy;
        SqliteInfo &described = checked->info;
        if (copy.restarts > 0)
            qCInfo(lcBackup) << info.fileName() << "restarted" << copy.restarts << "times";
        described.journalMode = copy.journalMode;

        ManifestItem item;
        item.type = ItemType::Database;
        item.engine = u"sqlite"_s;
        item.name = source.name.isEmpty() ? info.completeBaseName() : source.name;
        item.source = info.absoluteFilePath();
        item.backup = artifact;
        item.sizeBytes = copy.size;
        item.sha256 = copy.sha256;
        item.integrity = described.integrity;
        item.sqlite = described;
        if (item.integrity != "ok"_L1) {
            m_report.integrityOk = false;
            m_report.warnings.append(Tr::tr("The copy of \"%1\" failed quick_check: %2")
                                         .arg(source.path, item.integrity));
        }
        m_report.manifest.items.append(item);
        return {};
    }

    Result<void> backUpAssets(const SourceSpec &source)
    {
        const QFileInfo info(source.path);
        const QString artifact =
            m_names.claim(info.fileName() + archiveExtension(m_request.compression));
        auto archived = AssetArchiver::archive(info.absoluteFilePath(), artifactPath(artifact),
                                               m_request.compression, m_control);
        if (!archived)
            return std::unexpected(archived.error());
        ManifestItem item;
        item.type = ItemType::Assets;
        item.name = source.name.isEmpty() ? info.fileName() : source.name;
        item.source = info.absoluteFilePath();
        item.backup = artifact;
        item.sizeBytes = archived->archiveSize;
        item.sha256 = archived->sha256;
        item.compression = compressionName(m_request.compression);
        item.fileCount = archived->fileCount;
        item.totalSourceSize = archived->totalSourceSize;
        item.archiveSize = archived->archiveSize;
        item.warnings = archived->warnings;
        m_report.warnings.append(archived->warnings);
        m_report.manifest.items.append(item);
        return {};
    }

    Result<void> backUpFiles(const SourceSpec &source)
    {
        const QStringList files = expandGlob(source.glob);
        if (files.isEmpty()) {
            m_report.warnings.append(Tr::tr("No files match \"%1\".").arg(source.glob));
            m_unmatched.append(source.glob);
            return {};
        }
        for (const QString &path : files) {
            if (m_control.isCancelled())
                return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return fail(ErrorCode::NotReadable,
                            Tr::tr("Could not read \"%1\": %2").arg(path, in.errorString()), path);
            const QString artifact = m_names.claim(QFileInfo(path).fileName());
            m_control.setDescription(Tr::tr("Copying %1").arg(QFileInfo(path).fileName()));
            m_control.addTotals(in.size(), 1);
            ArtifactWriter out(artifactPath(artifact), &m_control);
            if (auto ok = out.create(); !ok)
                return ok;
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            for (;;) {
                const qint64 n = in.read(buffer.data(), buffer.size());
                if (n < 0)
                    return fail(ErrorCode::NotReadable,
                                Tr::tr("Could not read \"%1\": %2").arg(path, in.errorString()),
                                path);
                if (n == 0)
                    break;
                if (auto ok = out.append(QByteArrayView(buffer.constData(), n)); !ok)
                    return ok;
            }
            if (auto ok = out.commit(); !ok)
                return ok;
            m_control.addFiles(1);
            ManifestItem item;
            item.type = ItemType::File;
            item.name = QFileInfo(path).fileName();
            item.source = QFileInfo(path).absoluteFilePath();
            item.backup = artifact;
            item.sizeBytes = out.size();
            item.sha256 = out.sha256();
            m_report.manifest.items.append(item);
        }
        return {};
    }

    // The dump and the schema come from one exported snapshot, in which the
    // rows are counted too: the manifest's counts are exactly the dump's.
    Result<void> backUpPostgres(const SourceSpec &source)
    {
        auto connection = PostgresConnection::resolve(source.dsnEnv, source.service, source.dbname);
        if (!connection)
            return std::unexpected(connection.error());
        m_control.setDescription(Tr::tr("Connecting to %1").arg(connection->displayName()));
        auto pgDumpVersion = PostgresClient::toolVersion(u"pg_dump"_s);
        if (!pgDumpVersion)
            return std::unexpected(pgDumpVersion.error());
        PostgresSnapshot snapshot(*connection, &m_control);
        if (auto ok = snapshot.open(); !ok)
            return ok;
        auto about = snapshot.query(u"SELECT current_database();\nSHOW server_version;"_s);
        if (!about)
            return std::unexpected(about.error());
        const QStringList lines = about->split(u'\n', Qt::SkipEmptyParts);
        const QString database = lines.value(0);
        const QString serverVersion = lines.value(1).section(u' ', 0, 0);
        const PostgresConnection target = connection->withDatabase(database);
        auto counted = snapshot.query(rowCountSql());
        if (!counted)
            return std::unexpected(counted.error());
        const QMap<QString, qint64> tables = parseRowCounts(*counted);

        PostgresInfo info;
        info.database = database;
        info.dsnEnv = source.dsnEnv;
        info.service = source.service;
        info.serverVersion = serverVersion;
        info.pgDumpVersion = *pgDumpVersion;
        info.tables = tables;
        const QString name = source.name.isEmpty() ? database : source.name;
        const QString artifact = m_names.claim(name + u".pgdump"_s);
        info.schemaBackup = m_names.claim(u"schema.sql"_s);

        m_control.addTotals(0, int(tables.size()));
        m_control.setDescription(Tr::tr("Dumping %1").arg(database));
        const PostgresClient client(target, &m_control);
        ArtifactWriter dump(artifactPath(artifact), &m_control);
        if (auto ok = dump.create(); !ok)
            return ok;
        static const QRegularExpression dumping(u"dumping contents of table \"([^\"]+)\""_s);
        auto dumped = client.run(
            u"pg_dump"_s,
            {u"--format=custom"_s, u"--verbose"_s, u"--snapshot="_s + snapshot.id(),
             u"--dbname="_s + target.conninfo()},
            [&dump](QByteArrayView chunk) { return dump.append(chunk); },
            [this](const QString &line) {
                if (const auto m = dumping.match(line); m.hasMatch()) {
                    m_control.setDescription(Tr::tr("Dumping %1").arg(m.captured(1)));
                    m_control.addFiles(1);
                }
            });
        if (!dumped)
            return std::unexpected(dumped.error());
        if (dumped->exitCode != 0)
            return fail(ErrorCode::ToolFailed,
                        Tr::tr("pg_dump could not dump %1: %2")
                            .arg(target.displayName(), dumped->messages.join(u' ')));
        if (auto ok = dump.commit(); !ok)
            return ok;

        m_control.setDescription(Tr::tr("Writing the schema of %1").arg(database));
        ArtifactWriter schema(artifactPath(info.schemaBackup), &m_control);
        if (auto ok = schema.create(); !ok)
            return ok;
        auto described = client.run(
            u"pg_dump"_s,
            {u"--schema-only"_s, u"--format=plain"_s, u"--snapshot="_s + snapshot.id(),
             u"--dbname="_s + target.conninfo()},
            [&schema](QByteArrayView chunk) { return schema.append(chunk); });
        if (!described)
            return std::unexpected(described.error());
        if (described->exitCode != 0)
            return fail(ErrorCode::ToolFailed,
                        Tr::tr("pg_dump could not dump %1: %2")
                            .arg(target.displayName(), described->messages.join(u' ')));
        if (auto ok = schema.commit(); !ok)
            return ok;
        info.schemaSizeBytes = schema.size();
        info.schemaSha256 = schema.sha256();

        ManifestItem item;
        item.type = ItemType::Postgres;
        item.engine = u"postgres"_s;
        item.name = name;
        item.source = target.displayName();
        item.backup = artifact;
        item.sizeBytes = dump.size();
        item.sha256 = dump.sha256();
        item.postgres = info;
        m_report.manifest.items.append(item);
        m_extraChecksums.append({info.schemaSha256, info.schemaBackup});
        return {};
    }

    Result<void> writeSmallFile(const QString &name, const QByteArray &content)
    {
        ArtifactWriter out(artifactPath(name));
        if (auto ok = out.create(); !ok)
            return ok;
        if (auto ok = out.append(content); !ok)
            return ok;
        return out.commit();
    }

    Result<void> finish()
    {
        // A set with nothing in it would pass for a backup and restore nothing.
        // Only patterns that match no file leave it empty: every other source
        // gives an item or an error.
        if (m_report.manifest.items.isEmpty())
            return fail(ErrorCode::NotFound,
                        Tr::tr("Nothing was backed up: no file matches %1. Check the paths and "
                               "patterns.")
                            .arg(u'"' + m_unmatched.join(u"\", \""_s) + u'"'));
        m_control.setDescription(Tr::tr("Writing the manifest"));
        Checksums sums;
        for (const ManifestItem &item : std::as_const(m_report.manifest.items))
            sums.entries.append({item.sha256, item.backup});
        sums.entries.append(m_extraChecksums);
        const QByteArray manifest =
            QJsonDocument(m_report.manifest.toJson()).toJson(QJsonDocument::Indented);
        if (auto ok = writeSmallFile(u"manifest.json"_s, manifest); !ok)
            return ok;
        faultPoint("backup-manifest-written");
        if (auto ok = writeSmallFile(u"checksums.txt"_s, sums.toText()); !ok)
            return ok;
        if (auto ok = syncPath(m_partial); !ok)
            return ok;
        if (m_control.isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        faultPoint("backup-before-rename");
        if (::rename(QFile::encodeName(m_partial).constData(),
                     QFile::encodeName(m_final).constData())
            != 0)
            return std::unexpected(errorFromErrno(errno, m_final, FileAction::Rename));
        m_done = true;
        faultPoint("backup-renamed");
        (void)syncPath(QFileInfo(m_final).absolutePath());
        m_report.setPath = m_final;
        return {};
    }

    const BackupRequest &m_request;
    JobControl &m_control;
    BackupReport m_report;
    ArtifactNames m_names;
    QList<Checksums::Entry> m_extraChecksums; // artifacts beside an item's own, such as schema.sql
    QStringList m_unmatched; // patterns that matched no file
    QString m_dest;
    QString m_madeFrom; // the first folder this backup made on the way to m_dest, if any
    QString m_partial;
    FolderLock m_partialLock; // held while this backup runs: its partial folder is in use
    QString m_final;
    bool m_done = false;
};

} // namespace

BackupRequest BackupRequest::fromProfile(const Profile &profile)
{
    BackupRequest request;
    request.destination = profile.destination;
    request.name = profile.name;
    request.environment = profile.environment;
    request.compression = profile.compression;
    request.sources = profile.sources;
    return request;
}

Result<BackupReport> BackupWriter::run(const BackupRequest &request, JobControl &control)
{
    if (auto ok = Sha256::initialize(); !ok)
        return std::unexpected(ok.error());
    QElapsedTimer timer;
    timer.start();
    SetBuilder builder(request, control);
    auto report = builder.run();
    // What the runbooks ask operators to record by hand, recorded.
    QJsonObject entry{{u"operation"_s, u"backup"_s},
                      {u"name"_s, request.name},
                      {u"environment"_s, request.environment},
                      {u"duration_ms"_s, timer.elapsed()}};
    if (report) {
        QJsonObject versions;
        QString integrity = u"ok"_s;
        for (const ManifestItem &item : std::as_const(report->manifest.items)) {
            if (item.sqlite)
                versions.insert(item.name, item.sqlite->schemaVersion);

            if (!item.integrity.isEmpty() && item.integrity != "ok"_L1)
                integrity = item.integrity;
        }
        entry.insert(u"target"_s, report->setPath);
        entry.insert(u"schema_versions"_s, versions);
        entry.insert(u"integrity"_s, integrity);
        entry.insert(u"ok"_s, report->integrityOk);
        entry.insert(u"outcome"_s, report->integrityOk ? u"written"_s : u"written_damaged"_s);
    } else {
        entry.insert(u"target"_s, request.destination);
        entry.insert(u"ok"_s, false);
        entry.insert(u"outcome"_s, report.error().code == ErrorCode::Cancelled ? u"cancelled"_s : u"failed"_s);
        entry.insert(u"message"_s, report.error().message);
    }
    if (auto recorded = Journal().record(entry); !recorded)
        qCWarning(lcBackup) << recorded.error().message;
    return report;
}

} // namespace lifeboat
