// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebackup.h"

#include "artifactwriter.h"
#include "blockpipeline.h"
#include "fileops.h"
#include "jobcontrol.h"
#include "sha256.h"
#include "sqlitedatabase.h"
#include "sqlitedatabase_p.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QThread>

#include <cerrno>
#include <condition_variable>
#include <fcntl.h>
#include <future>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSqlite, "lifeboat.core.sqlite", QtWarningMsg)

namespace lifeboat {

namespace {

constexpr qint64 ChunkBytes = 8 << 20;  // one short read transaction on a rollback-journal source
constexpr int RestartsBeforeOneTransaction = 3;

Result<qint64> pragmaInt(SqliteDatabase &db, const QString &pragma)
{
    auto v = db.value(u"PRAGMA "_s + pragma);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

bool hasDbpage(SqliteDatabase &db)
{
    SqliteStatement probe(db.d_func()->db, u"SELECT data FROM sqlite_dbpage WHERE pgno = 1"_s);
    return probe.isValid();
}

Result<void> cancelled(const QString &path)
{
    return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."), path);
}

// The dbpage path: pages straight from the read transaction into the artifact.
Result<SqliteCopy> copyPages(SqliteDatabase &db, SqliteCopy copy, const QString &destination,
                             JobControl &control, ArtifactWriter::Sync sync)
{
    sqlite3 *handle = db.d_func()->db;
    ArtifactWriter writer(destination, &control, sync);
    if (auto ok = writer.create(); !ok)
        return std::unexpected(ok.error());

    // One scan in page order: looking pages up one by one costs a system
    // call each, several times the price of the copy itself. Pages before a
    // chunk's first are filtered out before their data is read.
    SqliteStatement page(handle, u"SELECT pgno, data FROM sqlite_dbpage WHERE pgno >= ?"_s);
    if (!page.isValid())
        return std::unexpected(db.d_func()->lastError(u"sqlite_dbpage"_s));

    const bool wal = copy.journalMode == "wal"_L1;
    qint64 chunkPages = wal ? std::numeric_limits<qint64>::max()
                            : std::max<qint64>(1, ChunkBytes / copy.pageSize);
    for (;;) {
        qint64 pageCount = 0;
        qint64 dataVersion = -1;
        qint64 next = 1;
        bool restart = false;
        while (!restart) {
            if (auto ok = db.exec(u"BEGIN"_s); !ok)
                return std::unexpected(ok.error());
            // The first read takes the shared lock (or the WAL snapshot).
            auto version = pragmaInt(db, u"data_version"_s);
            auto count = pragmaInt(db, u"page_count"_s);
            if (!version || !count) {
                (void)db.exec(u"ROLLBACK"_s);
                return std::unexpected(!version ? version.error() : count.error());
            }
            if (next == 1) {
                dataVersion = *version;
                pageCount = *count;
                control.addTotals(pageCount * copy.pageSize, 0);
            } else if (*version != dataVersion) {
                // Another connection committed between our transactions.
                restart = true;
                (void)db.exec(u"ROLLBACK"_s);
                break;
            }
            const qint64 last = pageCount - next < chunkPages ? pageCount : next + chunkPages - 1;
            page.reset();
            sqlite3_bind_int64(page.get(), 1, next);
            for (qint64 pgno = next; pgno <= last; ++pgno) {
                if (control.isCancelled()) {
                    page.reset();
                    (void)db.exec(u"ROLLBACK"_s);
                    return std::unexpected(cancelled(destination).error());
                }
                if (page.step() != SQLITE_ROW || sqlite3_column_int64(page.get(), 0) != pgno) {
                    const Error e = db.d_func()->lastError(u"sqlite_dbpage"_s);
                    page.reset();
                    (void)db.exec(u"ROLLBACK"_s);
                    return std::unexpected(e);
                }
                const auto *data = static_cast<const char *>(sqlite3_column_blob(page.get(), 1));
                const int size = sqlite3_column_bytes(page.get(), 1);
                if (auto ok = writer.append(QByteArrayView(data, size)); !ok) {
                    page.reset();
                    (void)db.exec(u"ROLLBACK"_s);
                    return std::unexpected(ok.error());
                }
            }
            page.reset();
            (void)db.exec(u"COMMIT"_s);
            next = last + 1;
            if (next > pageCount)
                break;
        }
        if (!restart) {
            copy.pageCount = pageCount;
            break;
        }
        ++copy.restarts;
        qCDebug(lcSqlite) << "source changed during the copy; starting over" << copy.restarts;
        control.addTotals(-pageCount * copy.pageSize, 0);
        if (copy.restarts >= RestartsBeforeOneTransaction)
            chunkPages = std::numeric_limits<qint64>::max();
        if (auto ok = writer.rewind(); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = writer.commit(); !ok)
        return std::unexpected(ok.error());
    copy.size = writer.size();
    copy.sha256 = writer.sha256();
    return copy;
}

// The pages a WAL source's read transaction may take from its -wal instead
// of the main file: every page any frame of the log names (a superset: later
// frames, and frames of an earlier round of the log, are harmless). Frames
// the transaction sees were committed before it began and stay where they are
// while it lasts: SQLite starts the log over only when no reader needs any
// frame of it. Nothing when the log cannot be read as SQLite writes it.
std::optional<QList<quint32>> pagesInLog(const QString &log, qint64 pageSize, qint64 pageCount)
{
    const int fd = ::open(QFile::encodeName(log).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? std::optional(QList<quint32>()) : std::nullopt;
    const auto closeLog = qScopeGuard([fd] { ::close(fd); });
    struct stat st{};
    if (::fstat(fd, &st) != 0)
        return std::nullopt;
    if (st.st_size < 32)
        return QList<quint32>();
    auto be32 = [](const uchar *p) { return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3]; };
    uchar header[32];
    if (::pread(fd, header, sizeof header, 0) != qint64(sizeof header))
        return std::nullopt;
    const quint32 magic = be32(header);
    if ((magic != 0x377f0682 && magic != 0x377f0683) || be32(header + 8) != quint32(pageSize))
        return std::nullopt;
    QList<quint32> pages;
    const qint64 frameSize = 24 + pageSize;
    for (qint64 offset = 32; offset + 24 <= qint64(st.st_size); offset += frameSize) {
        uchar frame[4];
        if (::pread(fd, frame, sizeof frame, offset) != qint64(sizeof frame))
            return std::nullopt;
        const quint32 pgno = be32(frame);
        if (pgno >= 1 && pgno <= quint64(pageCount))
            pages.append(pgno);
    }
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    return pages;
}

// Hashes a file that is being written, on a thread of its own, up to where
// the writer says its bytes are final: the digest is ready soon after the
// last byte, and whoever waits for it can check the file meanwhile.
class TailHasher
{
public:
    explicit TailHasher(int fd)
        : m_fd(fd)
        , m_thread([this] { work(); })
    {
    }
    ~TailHasher()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
        ::close(m_fd);
    }
    TailHasher(const TailHasher &) = delete;
    TailHasher &operator=(const TailHasher &) = delete;

    // The first `bytes` bytes will not change any more.
    void advance(qint64 bytes)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_final = bytes;
        }
        m_changed.notify_all();
    }

    // The digest of the file's first `size` bytes, once hashed.
    Result<QString> finish(qint64 size, const QString &path)
    {
        {
            std::unique_lock lock(m_mutex);
            m_final = size;
            m_changed.notify_all();
            m_changed.wait(lock, [this, size] { return m_failed || m_hashed >= size; });
            if (m_failed)
                return std::unexpected(errorFromErrno(m_errno, path, FileAction::Read));
        }
        return m_hash.finalHex();
    }

private:
    void work()
    {
        QByteArray buffer(BlockPipeline::BlockSize, Qt::Uninitialized);
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_stopping || m_final > m_hashed; });
            if (m_stopping)
                return;
            const qint64 from = m_hashed;
            const qint64 n = std::min<qint64>(buffer.size(), m_final - from);
            lock.unlock();
            const ssize_t got = ::pread(m_fd, buffer.data(), size_t(n), from);
            if (got == n)
                m_hash.update(QByteArrayView(buffer.constData(), n));
            lock.lock();
            if (got != n) {
                m_errno = got < 0 ? errno : EIO;
                m_failed = true;
                m_changed.notify_all();
                return;
            }
            m_hashed += n;
            m_changed.notify_all();
        }
    }

    const int m_fd;
    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_final = 0;
    qint64 m_hashed = 0;
    bool m_failed = false;
    int m_errno = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

// A copy made; its hash may still be on its way.
struct Started
{
    SqliteCopy copy;
    std::unique_ptr<TailHasher> hashing; // empty when copy.sha256 is final

    Result<SqliteCopy> finish(const QString &path)
    {
        if (hashing) {
            auto digest = hashing->finish(copy.size, path);
            hashing.reset();
            if (!digest)
                return std::unexpected(digest.error());
            copy.sha256 = *digest;
        }
        return copy;
    }
};

// The WAL path: in one read transaction, the main file (mainFd, opened
// before the connection) is copied, by the kernel where it can, and every
// page the log may hold is written over it from sqlite_dbpage, the
// transaction's own view. A page a checkpoint changes in the main file while
// the copy runs has a frame in the log, so it is written over too; no other
// page of the main file can change while the transaction lasts. The copy is
// read back from the page cache and hashed on another core as it grows; the
// hash may still be on its way when this returns. Nothing when this path
// does not apply: the caller then scans the pages.
Result<std::optional<Started>> copyMainAndLog(SqliteDatabase &db, SqliteCopy copy, int mainFd,
                                                 const QString &source, const QString &destination,
                                                 JobControl &control, ArtifactWriter::Sync sync)
{
    if (auto ok = db.exec(u"BEGIN"_s); !ok)
        return std::unexpected(ok.error());
    const auto endTransaction = qScopeGuard([&db] { (void)db.exec(u"ROLLBACK"_s); });
    auto count = pragmaInt(db, u"page_count"_s); // the first read: the transaction's snapshot
    if (!count)
        return std::unexpected(count.error());
    const qint64 pageSize = copy.pageSize;
    const qint64 total = *count * pageSize;
    const std::optional<QList<quint32>> logged = pagesInLog(source + u"-wal"_s, pageSize, *count);
    // The descriptor must be of the file the connection reads: renamed over
    // in between, the kernel would copy another database.
    struct stat st{};
    struct stat named{};
    if (!logged || ::fstat(mainFd, &st) != 0 || ::stat(QFile::encodeName(source).constData(), &named) != 0
        || st.st_dev != named.st_dev || st.st_ino != named.st_ino)
        return std::optional<Started>();
    const qint64 inMain = std::min<qint64>(total, qint64(st.st_size) / pageSize * pageSize);
    // Pages past the end of the main file can only be in the log.
    const qint64 firstPastMain = inMain / pageSize + 1;
    const auto pastMain = std::lower_bound(logged->cbegin(), logged->cend(), quint32(firstPastMain));
    if (logged->cend() - pastMain != *count - firstPastMain + 1)
        return std::optional<Started>();

    NewFile out(destination);
    if (auto ok = out.create(); !ok)
        return std::unexpected(ok.error());
    const int reread = ::open(QFile::encodeName(destination).constData(), O_RDONLY | O_CLOEXEC);
    if (reread < 0)
        return std::unexpected(errorFromErrno(errno, destination, FileAction::Read));
    auto hashing = std::make_unique<TailHasher>(reread);
    SqliteStatement page(db.d_func()->db, u"SELECT data FROM sqlite_dbpage WHERE pgno = ?"_s);
    if (!page.isValid())
        return std::unexpected(db.d_func()->lastError(u"sqlite_dbpage"_s));
    control.addTotals(total, 0);
    qint64 reported = 0;
    // Given up on, the page scan counts the whole copy again.
    auto forgetProgress = qScopeGuard([&control, total, &reported] {
        control.addTotals(-total, 0);
        control.addBytes(-reported);
    });

    auto nextLogged = logged->cbegin();
    QByteArray buffer; // stays empty while the kernel copies
    qint64 copied = 0;
    qint64 hashed = 0;
    qint64 flushed = 0;
    while (hashed < total) {
        if (control.isCancelled())
            return std::unexpected(cancelled(destination).error());
        const qint64 step = std::min(ChunkBytes, total - copied);
        const qint64 before = copied;
        if (copied < inMain) {
            auto n = copyRange(mainFd, out.fd(), copied, std::min(step, inMain - copied), source, destination,
                               buffer);
            if (!n)
                return std::unexpected(n.error());
            if (*n == 0)
                return std::optional<Started>(); // the main file shrank: the pages are scanned
            copied += *n;
        } else {
            copied += step; // past the main file: every page comes from the log
        }
        // Whole pages copied so far get the log's version, then are hashed.
        const qint64 ready = copied / pageSize * pageSize;
        for (; nextLogged != logged->cend() && qint64(*nextLogged) * pageSize <= ready; ++nextLogged) {
            page.reset();
            sqlite3_bind_int64(page.get(), 1, *nextLogged);
            if (page.step() != SQLITE_ROW || sqlite3_column_bytes(page.get(), 0) != pageSize)
                return std::unexpected(db.d_func()->lastError(u"sqlite_dbpage"_s));
            const void *data = sqlite3_column_blob(page.get(), 0);
            if (::pwrite(out.fd(), data, size_t(pageSize), (qint64(*nextLogged) - 1) * pageSize) != pageSize)
                return std::unexpected(errorFromErrno(errno, destination, FileAction::Write));
        }
        hashing->advance(ready);
        hashed = ready;
        control.addBytes(copied - before);
        reported += copied - before;
        if (sync == ArtifactWriter::Sync::Now && hashed > flushed) {
            ::sync_file_range(out.fd(), flushed, hashed - flushed, SYNC_FILE_RANGE_WRITE);
            flushed = hashed;
        }
    }
    page.reset();
    if (auto kept = out.keep(sync); !kept)
        return std::unexpected(kept.error());
    forgetProgress.dismiss();
    copy.method = SqliteBackup::Method::MainAndLog;
    copy.pageCount = *count;
    copy.size = total;
    return std::optional(Started{copy, std::move(hashing)});
}

// Without the dbpage table: SQLite's online backup API, then a hashing pass.
Result<void> runBackupApi(SqliteDatabase &db, SqliteCopy &copy, const QString &destination,
                          JobControl &control)
{
    auto target = SqliteDatabase::open(destination, SqliteDatabase::Mode::Create);
    if (!target)
        return std::unexpected(target.error());
    sqlite3 *dst = target->d_func()->db;
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", db.d_func()->db, "main");
    if (!backup)
        return std::unexpected(target->d_func()->lastError(u"backup"_s));
    // A WAL source is copied in one step (writers go on); a rollback-journal
    // source in steps that release the lock, then in one once writers have
    // forced too many restarts.
    const bool wal = copy.journalMode == "wal"_L1;
    const int chunkPages = int(ChunkBytes / copy.pageSize);
    int rc = SQLITE_OK;
    qint64 reported = 0;
    bool totalsKnown = false;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (control.isCancelled()) {
            sqlite3_backup_finish(backup);
            return cancelled(destination);
        }
        const int before = sqlite3_backup_remaining(backup);
        const bool oneStep = wal || copy.restarts >= RestartsBeforeOneTransaction;
        rc = sqlite3_backup_step(backup, oneStep ? -1 : chunkPages);
        if (totalsKnown && sqlite3_backup_remaining(backup) > before)
            ++copy.restarts;
        if (!totalsKnown) {
            control.addTotals(qint64(sqlite3_backup_pagecount(backup)) * copy.pageSize, 0);
            totalsKnown = true;
        }
        const qint64 done = qint64(sqlite3_backup_pagecount(backup)
                                   - sqlite3_backup_remaining(backup))
                            * copy.pageSize;
        control.addBytes(done - reported);
        reported = done;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(20);
    }
    copy.pageCount = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return std::unexpected(target->d_func()->lastError(u"backup"_s));
    return {};
}

Result<SqliteCopy> copyWithBackupApi(SqliteDatabase &db, SqliteCopy copy,
                                     const QString &destination, JobControl &control)
{
    if (QFileInfo::exists(destination))
        return fail(ErrorCode::NotWritable, Tr::tr("\"%1\" already exists.").arg(destination),
                    destination);
    if (auto ok = runBackupApi(db, copy, destination, control); !ok) {
        QFile::remove(destination);
        return std::unexpected(ok.error());
    }
    QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner);
    auto hash = Sha256::ofFile(destination);
    if (!hash) {
        QFile::remove(destination);
        return std::unexpected(hash.error());
    }
    copy.sha256 = *hash;
    copy.size = QFileInfo(destination).size();
    return copy;
}

} // namespace

QJsonObject SqliteInfo::toJson() const
{
    QJsonObject tableCounts;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        tableCounts.insert(it.key(), it.value() >= 0 ? QJsonValue(it.value()) : QJsonValue());
    return QJsonObject{
        {u"page_size"_s, pageSize},
        {u"page_count"_s, pageCount},
        {u"journal_mode"_s, journalMode},
        {u"schema_version"_s, schemaVersion.isEmpty() ? QJsonValue() : QJsonValue(schemaVersion)},
        {u"tables"_s, tableCounts},
    };
}

SqliteInfo SqliteInfo::fromJson(const QJsonObject &object)
{
    SqliteInfo info;
    info.pageSize = object.value(u"page_size"_s).toInteger();
    info.pageCount = object.value(u"page_count"_s).toInteger();
    info.journalMode = object.value(u"journal_mode"_s).toString();
    const QJsonValue version = object.value(u"schema_version"_s);
    info.schemaVersion = version.isDouble() ? QString::number(version.toDouble()) : version.toString();
    const QJsonObject tableCounts = object.value(u"tables"_s).toObject();
    for (auto it = tableCounts.begin(); it != tableCounts.end(); ++it)
        info.tables.insert(it.key(), it.value().toInteger(-1));
    return info;
}

namespace {

Result<Started> startCopy(const QString &source, const QString &destination, JobControl &control,
                          SqliteBackup::Method method, ArtifactWriter::Sync sync)
{
    using Method = SqliteBackup::Method;
    if (!QFileInfo(source).isFile())
        return fail(ErrorCode::NotFound,
                    Tr::tr("The database \"%1\" does not exist.").arg(source), source);
    if (!isSqliteFile(source))
        return fail(ErrorCode::NotADatabase,
                    Tr::tr("\"%1\" is not an SQLite database (it lacks the SQLite header).")
                        .arg(source),
                    source);
    // For the copy of a WAL source's main file: opened before the connection and closed after
    // it, since closing a descriptor of the database drops every POSIX lock
    // this process holds on it, SQLite's included.
    const int mainFd = ::open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC);
    const auto closeMain = qScopeGuard([mainFd] {
        if (mainFd >= 0)
            ::close(mainFd);
    });
    // Writers of a rollback-journal database lock readers out while they
    // commit; busy ones may leave only brief moments in between.
    auto db = SqliteDatabase::open(source, SqliteDatabase::Mode::ReadOnly, 30000,
                                   SqliteDatabase::Access::Scan);
    if (!db)
        return std::unexpected(db.error());

    SqliteCopy copy;
    auto mode = db->value(u"PRAGMA journal_mode"_s);
    auto pageSize = pragmaInt(*db, u"page_size"_s);
    if (!mode || !pageSize)
        return std::unexpected(!mode ? mode.error() : pageSize.error());
    copy.journalMode = mode->toString().toLower();
    copy.pageSize = *pageSize;

    control.setDescription(Tr::tr("Copying %1").arg(QFileInfo(source).fileName()));
    if (method != Method::BackupApi && hasDbpage(*db)) {
        if ((method == Method::Auto || method == Method::MainAndLog) && copy.journalMode == "wal"_L1
            && mainFd >= 0) {
            auto copied = copyMainAndLog(*db, copy, mainFd, source, destination, control, sync);
            if (!copied)
                return std::unexpected(copied.error());
            if (*copied)
                return std::move(**copied);
            qCDebug(lcSqlite) << "the main file of" << source << "is not the one open, or its log is"
                              << "unusual; its pages are scanned";
        }
        copy.method = Method::Pages;
        auto scanned = copyPages(*db, copy, destination, control, sync);
        if (!scanned)
            return std::unexpected(scanned.error());
        return Started{*scanned, nullptr};
    }
    if (method != Method::BackupApi)
        qCInfo(lcSqlite) << "SQLite lacks the dbpage table; using the backup API";
    copy.method = Method::BackupApi;
    auto backedUp = copyWithBackupApi(*db, copy, destination, control);
    if (!backedUp)
        return std::unexpected(backedUp.error());
    return Started{*backedUp, nullptr};
}

} // namespace

Result<SqliteCopy> SqliteBackup::copy(const QString &source, const QString &destination,
                                      JobControl &control, Method method)
{
    auto started = startCopy(source, destination, control, method, ArtifactWriter::Sync::Now);
    if (!started)
        return std::unexpected(started.error());
    auto finished = started->finish(destination);
    if (!finished)
        QFile::remove(destination);
    return finished;
}

Result<SqliteBackup::CheckedCopy> SqliteBackup::copyAndCheck(const QString &source, const QString &destination,
                                                            const QString &versionQuery, JobControl &control)
{
    auto started = startCopy(source, destination, control, Method::Auto, ArtifactWriter::Sync::Deferred);
    if (!started)
        return std::unexpected(started.error());
    auto removeCopy = qScopeGuard([&destination] { QFile::remove(destination); });
    // The disk takes the copy, another core finishes its hash, and this one checks it.
    auto synced = std::async(std::launch::async, [&destination] { return syncPath(destination); });
    auto described = describe(destination, versionQuery, Check::Quick, control);
    auto copied = started->finish(destination);
    if (auto ok = synced.get(); !ok)
        return std::unexpected(ok.error());
    if (!copied)
        return std::unexpected(copied.error());
    if (!described)
        return std::unexpected(described.error());
    removeCopy.dismiss();
    return CheckedCopy{*copied, *described};
}

Result<SqliteInfo> SqliteBackup::describe(const QString &copyPath, const QString &versionQuery,
                                          Check check, JobControl &control)
{
    auto db = SqliteDatabase::open(copyPath, SqliteDatabase::Mode::Immutable);
    if (!db)
        return std::unexpected(db.error());
    db->setCancelCheck([&control] { return control.isCancelled(); });
    control.setDescription(Tr::tr("Checking the copy of %1").arg(QFileInfo(copyPath).fileName()));

    SqliteInfo info;
    auto pageSize = pragmaInt(*db, u"page_size"_s);
    auto pageCount = pragmaInt(*db, u"page_count"_s);
    if (!pageSize || !pageCount)
        return std::unexpected(!pageSize ? pageSize.error() : pageCount.error());
    info.pageSize = *pageSize;
    info.pageCount = *pageCount;
    if (check == Check::Quick) {
        auto findings = db->integrityCheck(true);
        if (!findings)
            return std::unexpected(findings.error());
        info.integrity = findings->join(u'\n');
    }
    // Bytes 18 and 19 of the header are 2 for a database in WAL mode.
    auto header = db->value(u"SELECT data FROM sqlite_dbpage WHERE pgno = 1"_s);
    if (header && header->toByteArray().size() > 19)
        info.journalMode = header->toByteArray().at(18) == 2 ? u"wal"_s : u"rollback"_s;
    auto names = db->tables();
    if (!names)
        return std::unexpected(names.error());
    for (const QString &table : std::as_const(*names)) {
        // A damaged table is counted as unreadable; quick_check has said why.
        auto rows = db->rowCount(table);
        if (!rows && rows.error().code == ErrorCode::Cancelled)
            return std::unexpected(rows.error());
        info.tables.insert(table, rows ? *rows : -1);
    }
    auto version = db->schemaVersion(versionQuery);
    if (!version)
        return std::unexpected(version.error());
    info.schemaVersion = *version;
    return info;
}

} // namespace lifeboat
