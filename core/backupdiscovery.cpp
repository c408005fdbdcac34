// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupdiscovery.h"

#include "checksums.h"
#include "fileops.h"
#include "jobcontrol.h"
#include "postgresclient.h"
#include "sqlitedatabase.h"

#include <KCompressionDevice>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

// A manifest that cannot be read: said among the entry's problems, and kept
// apart so that verify and restore refuse to trust the entry.
void markManifestBroken(BackupEntry &entry, const QString &why, const QString &path)
{
    entry.manifestProblem = why;
    entry.manifestProblemPath = path;
    entry.problems.append(why);
}

constexpr int MaxDepth = 8;

QString timeJson(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime mtimeUtc(const QFileInfo &info)
{
    return info.lastModified(QTimeZone::UTC);
}

// A timestamp anywhere in a folder name: backups/jsonl-202601141200, lrl-20260114_120000.
// The time in a folder's name: Lifeboat's sets name it in UTC, the
// runbooks' folders (jsonl-<ts>/, 2026-11-21/) in local time.
QDateTime timeInName(const QString &name, NameClock clock)
{
    static const QRegularExpression ts(timestampPattern());
    const auto m = ts.match(name);
    // A date alone names the folders an application keeps by day
    // (events/2026-11-19/), not backups: a folder's name must carry a time.
    const QString stamp = m.captured(1);
    if (!m.hasMatch() || std::ranges::count_if(stamp, [](QChar c) { return c.isDigit(); }) == 8)
        return {};
    return parseTimestampName(stamp, clock);
}

ItemType typeOfArtifact(const QString &path)
{
    const QString lower = QFileInfo(path).fileName().toLower();
    if (lower.endsWith(".pgdump"_L1) || isPostgresDump(path))
        return ItemType::Postgres;
    if (lower.endsWith(".tar"_L1) || lower.endsWith(".tar.gz"_L1) || lower.endsWith(".tgz"_L1)
        || lower.endsWith(".tar.zst"_L1))
        return ItemType::Assets;
    if (isSqliteFile(path) || isGzippedSqlite(path))
        return ItemType::Database;
    return ItemType::File;
}

QString schemaVersionOf(const QString &path)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Immutable);
    if (!db)
        return {};
    auto v = db->schemaVersion();
    return v ? *v : QString();
}

BackupItem itemForFile(const QString &path)
{
    const QFileInfo info(path);
    BackupItem item;
    item.artifact = info.absoluteFilePath();
    item.name = info.fileName();
    item.sizeBytes = info.size();
    item.type = typeOfArtifact(path);
    if (item.type == ItemType::Database) {
        item.gzip = !isSqliteFile(path);
        if (!item.gzip)
            item.schemaVersion = schemaVersionOf(path);
    }
    if (item.type == ItemType::Postgres)
        item.name = info.completeBaseName(); // brainstem.pgdump is the database brainstem
    return item;
}

// Lifeboat's manifest.json or a manifest-v1: items from what the manifest records.
BackupEntry entryFromManifest(const QString &manifestPath, Manifest manifest, Layout layout)
{
    const QString dir = QFileInfo(manifestPath).absolutePath();
    BackupEntry entry;
    entry.layout = layout;
    entry.origin = u"backup"_s;
    entry.manifestPath = QFileInfo(manifestPath).absoluteFilePath();
    entry.path = layout == Layout::ManifestV1 ? entry.manifestPath : dir;
    entry.createdAt = manifest.createdAt.isValid() ? manifest.createdAt.toUTC()
                                                   : mtimeUtc(QFileInfo(manifestPath));
    entry.name = manifest.name;
    entry.label = manifest.label;
    for (const ManifestItem &recorded : std::as_const(manifest.items)) {
        BackupItem item;
        item.name = recorded.name;
        item.type = recorded.type;
        item.artifact = Manifest::resolveArtifact(dir, recorded.backup);
        item.sha256 = recorded.sha256;
        item.source = recorded.source.isEmpty() ? QString()
                                                : QDir::cleanPath(QDir(dir).absoluteFilePath(recorded.source));
        // A manifest-v1 records paths relative to the application's folder
        // ("./data/lrl.db", "./backups/lrl_db_<ts>.sqlite"). When the backup
        // path names the manifest's own folder, that folder's parent is the
        // application's; otherwise a relative source cannot be placed.
        if (layout == Layout::ManifestV1 && !QDir::isAbsolutePath(recorded.source)) {
            const QStringList backupParts = QDir::cleanPath(recorded.backup).split(u'/');
            const bool besideApp = backupParts.size() == 2 && backupParts.constFirst() == QFileInfo(dir).fileName();
            item.source = besideApp && !recorded.source.isEmpty()
                              ? QDir::cleanPath(QFileInfo(dir).absolutePath() + u'/' + recorded.source)
                              : QString();
        }
        if (item.type == ItemType::Postgres)
            item.source = recorded.source; // a database as postgresql://user@host/db, never a path
        item.restoresTo = item.source;
        const QFileInfo artifact(item.artifact);
        item.sizeBytes = artifact.exists() ? artifact.size() : recorded.sizeBytes;
        if (!artifact.exists())
            entry.problems.append(Tr::tr("The artifact \"%1\" is missing.").arg(recorded.backup));
        if (recorded.sqlite)
            item.schemaVersion = recorded.sqlite->schemaVersion;
        else if (item.type == ItemType::Database && artifact.exists() && isSqliteFile(item.artifact))
            item.schemaVersion = schemaVersionOf(item.artifact);
        if (item.type == ItemType::Database && artifact.exists())
            item.gzip = !isSqliteFile(item.artifact) && isGzippedSqlite(item.artifact);
        item.recorded = recorded;
        entry.items.append(item);
    }
    if (entry.name.isEmpty() && !entry.items.isEmpty())
        entry.name = entry.items.constFirst().name.section(u'_', 0, 0);
    entry.manifest = std::move(manifest);
    return entry;
}

// A folder with manifest.json and/or checksums.txt that Lifeboat did not write.
BackupEntry entryFromChecksumsFolder(const QString &dir)
{
    BackupEntry entry;
    entry.layout = Layout::Checksums;
    entry.origin = u"backup"_s;
    entry.path = QDir(dir).absolutePath();
    entry.name = QFileInfo(dir).fileName();
    const QString sumsPath = dir + u"/checksums.txt"_s;
    const QString manifestPath = dir + u"/manifest.json"_s;
    Checksums sums;
    if (QFileInfo::exists(sumsPath)) {
        entry.checksumsPath = sumsPath;
        // What cannot be read must not pass for "nothing recorded": sha256sum -c would fail it.
        auto read = Checksums::read(sumsPath);
        if (read)
            sums = *read;
        else
            markManifestBroken(entry, read.error().message, sumsPath);
    }
    QDateTime created;
    if (QFileInfo::exists(manifestPath)) {
        entry.manifestPath = manifestPath;
        QFile file(manifestPath);
        if (file.open(QIODevice::ReadOnly)) {
            // Not Lifeboat's, so any JSON object will do; anything else is a damaged manifest.
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 << 20), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                markManifestBroken(entry,
                                   Tr::tr("\"%1\" is not valid JSON: %2 at offset %3.")
                                       .arg(manifestPath, parseError.errorString())
                                       .arg(parseError.offset),
                                   manifestPath);
            else if (!doc.isObject())
                markManifestBroken(entry,
                                   Tr::tr("\"%1\" is not a manifest: it holds no JSON object.")
                                       .arg(manifestPath),
                                   manifestPath);
            const QJsonObject o = doc.object();
            for (const QString &key : {u"created_at"_s, u"timestamp"_s, u"created"_s}) {
                created = QDateTime::fromString(o.value(key).toString(), Qt::ISODate);
                if (created.isValid())
                    break;
            }
            if (!created.isValid())
                created = parseTimestampName(o.value(u"timestamp_utc"_s).toString());
            entry.label = o.value(u"label"_s).toString();
        }
    }
    entry.createdAt = created.isValid() ? created.toUTC() : timeInName(entry.name, NameClock::Local);
    if (!entry.createdAt.isValid())
        entry.createdAt = mtimeUtc(QFileInfo(entry.manifestPath.isEmpty() ? sumsPath
                                                                           : entry.manifestPath));
    QSet<QString> named;
    for (const Checksums::Entry &e : std::as_const(sums.entries)) {
        const QString artifact = Manifest::resolveArtifact(dir, e.fileName);
        BackupItem item;
        if (QFileInfo::exists(artifact)) {
            item = itemForFile(artifact);
        } else {
            item.artifact = artifact;
            item.name = e.fileName;
            item.type = typeOfArtifact(artifact);
            entry.problems.append(Tr::tr("The artifact \"%1\" is missing.").arg(e.fileName));
        }
        item.sha256 = e.sha256;
        named.insert(QFileInfo(artifact).fileName());
        entry.items.append(item);
    }
    // Artifacts the checksums do not name (or all, when there are none).
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &f : files) {
        if (named.contains(f.fileName()) || f.fileName() == "checksums.txt"_L1
            || f.fileName() == "manifest.json"_L1 || f.fileName().endsWith(".log"_L1))
            continue;
        entry.items.append(itemForFile(f.absoluteFilePath()));
    }
    return entry;
}

// A pre-restore snapshot of a file, whatever it holds; never the -wal, -shm
// or -journal SQLite keeps beside a database snapshot, which restored beside
// the live database would be replayed into it.
bool isFileSnapshot(const LooseName &name, const QString &fileName)
{
    return name.scheme == LooseName::Scheme::PreRestore && !fileName.endsWith("-wal"_L1)
           && !fileName.endsWith("-shm"_L1) && !fileName.endsWith("-journal"_L1);
}

BackupEntry entryFromLoose(const QFileInfo &info, const LooseName &name)
{
    BackupEntry entry;
    entry.layout = Layout::Loose;
    entry.origin = name.scheme == LooseName::Scheme::Timestamped ? u"backup"_s : name.schemeName();
    entry.path = info.absoluteFilePath();
    entry.name = name.stem;
    entry.createdAt = name.time.isValid() ? name.time : mtimeUtc(info);
    BackupItem item;
    if (info.isDir()) {
        item.artifact = entry.path;
        item.name = name.originalName;
        item.type = ItemType::Assets;
        // A folder snapshot: rare, and its size is what a user weighs it by.
        item.sizeBytes = folderSize(entry.path);
    } else {
        item = itemForFile(entry.path);
        item.name = name.stem;
    }
    item.namedVersion = name.version;
    item.originalName = name.originalName;
    if (item.schemaVersion.isEmpty())
        item.schemaVersion = name.version;
    // A dump goes back into a database, never to a file beside it.
    if (name.besideOriginal && item.type != ItemType::Postgres)
        item.restoresTo = info.absolutePath() + u'/' + name.originalName;
    entry.items.append(item);
    return entry;
}

// A folder of JSONL stores and their .meta.json, copied "to a timestamped path".
std::optional<BackupEntry> entryFromJsonlFolder(const QString &dir)
{
    const QFileInfoList files = QDir(dir).entryInfoList(
        {u"*.jsonl"_s, u"*.meta.json"_s}, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    const bool hasJsonl = std::any_of(files.cbegin(), files.cend(), [](const QFileInfo &f) {
        return f.fileName().endsWith(".jsonl"_L1);
    });
    const QDateTime time = timeInName(QFileInfo(dir).fileName(), NameClock::Local);
    if (!hasJsonl || !time.isValid())
        return std::nullopt;
    BackupEntry entry;
    entry.layout = Layout::Loose;
    entry.origin = u"backup"_s;
    entry.path = QDir(dir).absolutePath();
    entry.name = QFileInfo(dir).fileName();
    entry.createdAt = time;
    for (const QFileInfo &f : files)
        entry.items.append(itemForFile(f.absoluteFilePath()));
    return entry;
}

// A folder Lifeboat wrote: its manifest.json says so. A manifest.json that
// cannot be read is still reported, as a set with a problem.
std::optional<BackupEntry> lifeboatSetAt(const QString &dir)
{
    const QString manifestJson = dir + u"/manifest.json"_s;
    auto manifest = Manifest::read(manifestJson);
    if (manifest && manifest->layout == Layout::Lifeboat)
        return entryFromManifest(manifestJson, *manifest, Layout::Lifeboat);
    const bool unreadable = !manifest && (manifest.error().code == ErrorCode::NotFound
                                          || manifest.error().code == ErrorCode::NotReadable);
    if (!manifest && !unreadable) {
        // Read again only when it could not be parsed: whether it meant to be Lifeboat's.
        QFile file(manifestJson);
        if (!file.open(QIODevice::ReadOnly) || !file.peek(1 << 16).contains("\"lifeboat-manifest\""))
            return std::nullopt;
        BackupEntry broken;
        broken.layout = Layout::Lifeboat;
        broken.origin = u"backup"_s;
        broken.manifestPath = manifestJson;
        broken.path = dir;
        broken.name = QFileInfo(dir).fileName();
        broken.createdAt = timeInName(broken.name, NameClock::Utc);
        if (!broken.createdAt.isValid())
            broken.createdAt = mtimeUtc(QFileInfo(manifestJson));
        markManifestBroken(broken, manifest.error().message, manifestJson);
        return broken;
    }
    return std::nullopt;
}

// A set still being written, or left by a backup that was killed: never a backup.
bool isUnfinishedSet(const QFileInfo &info)
{
    return info.isDir() && info.fileName().startsWith(u'.') && info.fileName().endsWith(".partial"_L1);
}

bool isManifestV1Name(const QString &fileName)
{
    static const QRegularExpression re(u"^backup_manifest_.*\\.json$"_s);
    return re.match(fileName).hasMatch();
}

class Scanner
{
public:
    explicit Scanner(JobControl *control)
        : m_control(control)
    {
    }

    void scanFolder(const QString &dir, int depth)
    {
        if (m_control && m_control->isCancelled())
            return;
        if (const QFileInfo info(dir); !info.isReadable() || !info.isExecutable()) {
            m_unreadable.append(dir); // it would look empty
            return;
        }
        const QDir d(dir);
        const QString manifestJson = d.filePath(u"manifest.json"_s);
        if (auto set = lifeboatSetAt(dir)) {
            m_entries.append(*set);
            return;
        }
        if (QFileInfo::exists(manifestJson) || QFileInfo::exists(d.filePath(u"checksums.txt"_s))) {
            m_entries.append(entryFromChecksumsFolder(dir));
            return;
        }
        if (auto jsonl = entryFromJsonlFolder(dir)) {
            m_entries.append(*jsonl);
            return;
        }

        const QFileInfoList children = d.entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        const QHash<QString, BackupEntry> sets = depth < MaxDepth ? setsAmong(children) : QHash<QString, BackupEntry>();
        QSet<QString> claimed;
        for (const QFileInfo &f : children) {
            if (f.isFile() && !f.isSymLink() && isManifestV1Name(f.fileName())) {
                if (BackupEntry *e = addManifestEntry(f.absoluteFilePath(), Layout::ManifestV1)) {
                    for (const BackupItem &item : std::as_const(e->items))
                        claimed.insert(item.artifact);
                }
            }
        }
        for (const QFileInfo &f : children) {
            if (f.isSymLink() || claimed.contains(f.absoluteFilePath()))
                continue;
            const auto name = LooseName::parse(f.fileName());
            if (f.isDir()) {
                if (name && name->scheme == LooseName::Scheme::PreRestore) {
                    m_entries.append(entryFromLoose(f, *name));
                } else if (depth < MaxDepth && isLookedInto(f)) {
                    if (const auto set = sets.constFind(f.absoluteFilePath()); set != sets.cend())
                        m_entries.append(*set);
                    else
                        scanFolder(f.absoluteFilePath(), depth + 1);
                }
                continue;
            }
            if (!name || !f.isFile())
                continue;
            // A pre-restore snapshot is whatever file was there before: Lifeboat's undo.
            const bool recognised = name->archive || isFileSnapshot(*name, f.fileName()) ? true
                                    : name->gzip  ? isGzippedSqlite(f.absoluteFilePath())
                                                  : isSqliteFile(f.absoluteFilePath())
                                                        || isPostgresDump(f.absoluteFilePath());
            if (recognised)
                m_entries.append(entryFromLoose(f, *name));
        }
    }

    BackupEntry *addManifestEntry(const QString &path, Layout layout)
    {
        auto manifest = Manifest::read(path);
        if (!manifest) {
            BackupEntry broken;
            broken.layout = layout;
            broken.origin = u"backup"_s;
            broken.manifestPath = path;
            broken.path = layout == Layout::ManifestV1 ? path : QFileInfo(path).absolutePath();
            broken.createdAt = mtimeUtc(QFileInfo(path));
            markManifestBroken(broken, manifest.error().message, path);
            m_entries.append(broken);
        } else {
            m_entries.append(entryFromManifest(path, *manifest, layout));
        }
        return &m_entries.last();
    }

    QList<BackupEntry> m_entries;
    QStringList m_unreadable;

private:
    // A folder a scan looks into for backups: not a pre-restore snapshot
    // (a backup itself), a set still being written, or a Git repository.
    static bool isLookedInto(const QFileInfo &f)
    {
        if (!f.isDir() || f.isSymLink())
            return false;
        const auto name = LooseName::parse(f.fileName());
        return !(name && name->scheme == LooseName::Scheme::PreRestore)
               && !f.fileName().endsWith(".partial"_L1) && f.fileName() != ".git"_L1;
    }

    // A backups folder holds its sets side by side, and reading their
    // manifests is most of a listing: with many, they are read on every
    // core. The Lifeboat sets among the folders, by path.
    QHash<QString, BackupEntry> setsAmong(const QFileInfoList &children) const
    {
        constexpr qsizetype SharedFrom = 64;
        QStringList dirs;
        for (const QFileInfo &f : children) {
            if (isLookedInto(f))
                dirs.append(f.absoluteFilePath());
        }
        QHash<QString, BackupEntry> found;
        if (dirs.size() < SharedFrom)
            return found;
        QList<std::optional<BackupEntry>> sets(dirs.size());
        QThreadPool pool;
        const int workers = std::max(1, QThread::idealThreadCount());
        pool.setMaxThreadCount(workers);
        for (int w = 0; w < workers; ++w) {
            pool.start([&, w] {
                for (qsizetype i = w; i < dirs.size(); i += workers) {
                    if (m_control && m_control->isCancelled())
                        return;
                    sets[i] = lifeboatSetAt(dirs.at(i));
                }
            });
        }
        pool.waitForDone();
        for (qsizetype i = 0; i < dirs.size(); ++i) {
            if (sets.at(i))
                found.insert(dirs.at(i), *std::move(sets[i]));
        }
        return found;
    }

    JobControl *m_control;
};

} // namespace

bool isGzippedSqlite(const QString &path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly) || !probe.read(2).startsWith("\x1f\x8b"))
        return false;
    KCompressionDevice dev(path, KCompressionDevice::GZip);
    return dev.open(QIODevice::ReadOnly) && hasSqliteHeader(dev.read(16));
}

QJsonObject BackupItem::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{
        {u"name"_s, name},
        {u"type"_s, itemTypeName(type)},
        {u"artifact"_s, artifact},
        {u"size_bytes"_s, sizeBytes >= 0 ? QJsonValue(sizeBytes) : QJsonValue()},
        {u"schema_version"_s, orNull(schemaVersion)},
        {u"restores_to"_s, orNull(restoresTo)},
        {u"source"_s, orNull(source)},
        {u"sha256"_s, orNull(sha256)},
    };
    if (gzip)
        o.insert(u"compression"_s, u"gzip"_s);
    if (recorded && recorded->postgres)
        o.insert(u"postgres"_s, recorded->postgres->toJson());
    return o;
}

qint64 BackupItem::unpackedSize() const
{
    const QFileInfo file(artifact);
    if (file.isDir()) // a folder snapshot, whose size discovery took when it found it
        return sizeBytes >= 0 ? sizeBytes : folderSize(artifact);
    if (type == ItemType::Assets && recorded && recorded->totalSourceSize > 0)
        return recorded->totalSourceSize;
    const qint64 size = sizeBytes > 0 ? sizeBytes : std::max<qint64>(0, file.size());
    if (!gzip && type != ItemType::Assets)
        return size;
    const qint64 content = gzipContentSize(artifact);
    return content >= 0 ? content : gzip ? size * 4 : size;
}

qint64 BackupEntry::totalSize() const
{
    qint64 total = 0;
    for (const BackupItem &item : items)
        total += std::max<qint64>(0, item.sizeBytes);
    return total;
}

QString BackupEntry::series() const
{
    // A set's folder may end in -2, -3 … after its time: two backups in one second.
    static const QRegularExpression stamp(u"[_.-]?"_s + timestampPattern() + u"(?:-\\d{1,3}(?=$|\\.))?"_s);
    QString of = name.isEmpty() ? QFileInfo(path).fileName() : name;
    QRegularExpressionMatch last;
    for (auto it = stamp.globalMatch(of); it.hasNext();)
        last = it.next();
    return last.hasMatch() ? of.remove(last.capturedStart(), last.capturedLength()) : of;
}

QJsonObject BackupEntry::toJson() const
{
    QJsonArray itemArray;
    for (const BackupItem &item : items)
        itemArray.append(item.toJson());
    QJsonObject o{
        {u"path"_s, path},
        {u"layout"_s, layoutName(layout)},
        {u"origin"_s, origin},
        {u"created_at"_s, timeJson(createdAt)},
        {u"name"_s, name},
        {u"size_bytes"_s, totalSize()},
        {u"items"_s, itemArray},
    };
    if (!label.isEmpty())
        o.insert(u"label"_s, label);
    if (!manifestPath.isEmpty())
        o.insert(u"manifest"_s, manifestPath);
    if (!checksumsPath.isEmpty())
        o.insert(u"checksums"_s, checksumsPath);
    if (!problems.isEmpty())
        o.insert(u"problems"_s, QJsonArray::fromStringList(problems));
    return o;
}

Result<QList<BackupEntry>> BackupDiscovery::scan(const QStringList &folders, JobControl *control,
                                                 QStringList *unreadable)
{
    Scanner scanner(control);
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!info.exists())
            return fail(ErrorCode::NotFound, Tr::tr("\"%1\" does not exist.").arg(folder), folder);
        if (!info.isDir() || isUnfinishedSet(info)) {
            auto one = describe(folder);
            if (!one)
                return std::unexpected(one.error());
            scanner.m_entries.append(*one);
            continue;
        }
        if (!info.isReadable() || !info.isExecutable())
            return fail(ErrorCode::NotReadable,
                        Tr::tr("Could not read the folder \"%1\": permission denied.").arg(folder),
                        folder);
        scanner.scanFolder(QDir::cleanPath(info.absoluteFilePath()), 0);
    }
    if (control && control->isCancelled())
        return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
    // Folders may overlap (a folder and one inside it): each backup once.
    QList<BackupEntry> entries;
    QSet<QString> seen;
    for (BackupEntry &e : scanner.m_entries) {
        if (!seen.contains(e.path)) {
            seen.insert(e.path);
            entries.append(std::move(e));
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.createdAt > b.createdAt;
    });
    if (unreadable)
        *unreadable = scanner.m_unreadable;
    return entries;
}

Result<BackupEntry> BackupDiscovery::describe(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, Tr::tr("\"%1\" does not exist.").arg(path), path);
    const QString abs = QDir::cleanPath(info.absoluteFilePath());
    if (isUnfinishedSet(info))
        return fail(ErrorCode::Corrupt,
                    Tr::tr("\"%1\" is an unfinished backup: the backup writing it stopped before "
                           "it was complete, so nothing in it can be trusted. It can be removed.")
                        .arg(path),
                    path);
    if (info.isDir()) {
        // Unreadable, it would look like a folder with nothing in it.
        if (!info.isReadable() || !info.isExecutable())
            return fail(ErrorCode::NotReadable,
                        Tr::tr("Could not read the folder \"%1\": permission denied.").arg(path), path);
        const QString manifestJson = abs + u"/manifest.json"_s;
        if (auto set = lifeboatSetAt(abs))
            return *set;
        if (QFileInfo::exists(manifestJson) || QFileInfo::exists(abs + u"/checksums.txt"_s))
            return entryFromChecksumsFolder(abs);
        if (auto jsonl = entryFromJsonlFolder(abs))
            return *jsonl;
        if (auto name = LooseName::parse(info.fileName()))
            return entryFromLoose(info, *name);
        return fail(ErrorCode::Unsupported,
                    Tr::tr("\"%1\" is a folder with no backup set in it: it has neither "
                           "manifest.json nor checksums.txt. Use \"list\" to search it.")
                        .arg(path),
                    path);
    }
    const QString fileName = info.fileName();
    if (fileName == "manifest.json"_L1 || fileName == "checksums.txt"_L1)
        return describe(info.absolutePath());
    if (fileName.endsWith(".json"_L1)) {
        auto manifest = Manifest::read(abs);
        if (!manifest)
            return std::unexpected(manifest.error());
        return entryFromManifest(abs, *manifest,
                                 manifest->layout == Layout::Lifeboat ? Layout::Lifeboat
                                                                      : Layout::ManifestV1);
    }
    const bool database = isSqliteFile(abs) || isPostgresDump(abs);
    const bool gz = !database && isGzippedSqlite(abs);
    const auto name = LooseName::parse(fileName);
    if (!database && !gz && !(name && (name->archive || isFileSnapshot(*name, fileName))))
        return fail(ErrorCode::NotADatabase,
                    Tr::tr("\"%1\" is neither a backup set, a manifest, an SQLite database nor "
                           "a PostgreSQL dump.")
                        .arg(path),
                    path);
    LooseName loose;
    if (name) {
        loose = *name;
    } else {
        // Any SQLite file can be restored from; it just says nothing about itself.
        loose.stem = info.completeBaseName();
        loose.originalName = fileName;
        loose.gzip = gz;
    }
    return entryFromLoose(info, loose);
}

} // namespace lifeboat
