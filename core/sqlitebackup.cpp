// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebackup.h"

#include "artifactwriter.h"
#include "jobcontrol.h"
#include "sha256.h"
#include "sqlitedatabase.h"
#include "sqlitedatabase_p.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QThread>

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
    ArtifactWriter writer(destination, &control);
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
    if (auto ok = writer.commit(sync); !ok)
        return std::unexpected(ok.error());
    copy.size = writer.size();
    copy.sha256 = writer.sha256();
    return copy;
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

Result<SqliteCopy> SqliteBackup::copy(const QString &source, const QString &destination,
                                      JobControl &control, Method method, ArtifactWriter::Sync sync)
{
    if (!QFileInfo(source).isFile())
        return fail(ErrorCode::NotFound,
                    Tr::tr("The database \"%1\" does not exist.").arg(source), source);
    if (!isSqliteFile(source))
        return fail(ErrorCode::NotADatabase,
                    Tr::tr("\"%1\" is not an SQLite database (it lacks the SQLite header).")
                        .arg(source),
                    source);
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
    if (method == Method::Auto && hasDbpage(*db))
        return copyPages(*db, copy, destination, control, sync);
    if (method == Method::Auto)
        qCInfo(lcSqlite) << "SQLite lacks the dbpage table; using the backup API";
    return copyWithBackupApi(*db, copy, destination, control);
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
