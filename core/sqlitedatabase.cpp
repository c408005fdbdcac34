// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include "jobcontrol.h"
#include "sqlitedatabase_p.h"
#include "sqlitemappedvfs.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

// The page cache an integrity check runs with, in KiB.
constexpr int CheckCacheKiB = 8 * 1024;

int progressCallback(void *data)
{
    auto *d = static_cast<SqliteDatabase::Private *>(data);
    return d->cancelCheck && d->cancelCheck() ? 1 : 0;
}

ErrorCode codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return ErrorCode::NotADatabase;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_CANTOPEN:
        return ErrorCode::NotReadable;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::NotWritable;
    case SQLITE_INTERRUPT:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::Internal;
    }
}

} // namespace

Error SqliteDatabase::Private::lastError(const QString &context) const
{
    const int rc = db ? sqlite3_extended_errcode(db) : SQLITE_CANTOPEN;
    const QString why = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    const ErrorCode code = codeFor(rc);
    if (code == ErrorCode::Cancelled)
        return {code, Tr::tr("Cancelled."), path};
    if (code == ErrorCode::NotADatabase)
        return {code, Tr::tr("\"%1\" is not an SQLite database.").arg(path), path};
    return {code, Tr::tr("SQLite failed on \"%1\" (%2): %3").arg(path, context, why), path};
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            sqlite3_bind_blob64(m_stmt, i + 1, b.constData(), sqlite3_uint64(b.size()),
                                SQLITE_TRANSIENT);
            break;
        }
        default:
            if (!v.isValid() || v.isNull()) {
                sqlite3_bind_null(m_stmt, i + 1);
            } else {
                const QByteArray s = v.toString().toUtf8();
                sqlite3_bind_text64(m_stmt, i + 1, s.constData(), sqlite3_uint64(s.size()),
                                    SQLITE_TRANSIENT, SQLITE_UTF8);
            }
        }
    }
}

QVariant SqliteStatement::column(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, i);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, i)),
                          sqlite3_column_bytes(m_stmt, i));
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                                 sqlite3_column_bytes(m_stmt, i));
    default:
        return {};
    }
}

SqliteDatabase::SqliteDatabase()
    : d(std::make_unique<Private>())
{
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&) noexcept = default;
SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&) noexcept = default;
SqliteDatabase::~SqliteDatabase() = default;

SqliteDatabase::Private::~Private()
{
    if (!db)
        return;
    sqlite3_close_v2(db);
    // Leaves the folder of a database read while idle as it was. A read-write
    // connection closing as the last one removes an empty -wal and its -shm;
    // while any other connection has the database open, it removes nothing.
    if (removeLogCreatedHere && QFileInfo::exists(path + u"-wal"_s)
        && QFileInfo(path + u"-wal"_s).size() == 0) {
        (void)SqliteDatabase::open(path, Mode::ReadWrite, 0);
    }
}

Result<SqliteDatabase> SqliteDatabase::open(const QString &path, Mode mode, int busyTimeoutMs,
                                            Access access)
{
    SqliteDatabase database;
    database.d->path = path;
    if (mode != Mode::Create && !QFile::exists(path))
        return fail(ErrorCode::NotFound, Tr::tr("\"%1\" does not exist.").arg(path), path);

    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    database.d->removeLogCreatedHere = mode == Mode::ReadOnly
                                       && !QFileInfo::exists(path + u"-wal"_s)
                                       && !QFileInfo::exists(path + u"-shm"_s);
    // A URI keeps any character of the path literal, '?' and '#' included.
    QUrl url = QUrl::fromLocalFile(path);
    if (mode == Mode::Immutable)
        url.setQuery(u"immutable=1"_s);
    const QByteArray uri = url.toEncoded();
    // A scan reads through SQLite's memory map: a system call per page
    // would cost as much as the copy it serves. Every reader goes through
    // Lifeboat's VFS, which tells a check that wants it how far it has read.
    const bool reader = mode == Mode::ReadOnly || mode == Mode::Immutable;
    const bool mapped = access == Access::Scan && reader;
    const int rc = sqlite3_open_v2(uri.constData(), &database.d->db, flags,
                                   reader ? mappedReadVfs() : nullptr);
    if (rc != SQLITE_OK) {
        Error e = database.d->lastError(Tr::tr("open"));
        if (e.code == ErrorCode::Internal)
            e.code = ErrorCode::NotReadable;
        return std::unexpected(e);
    }
    sqlite3_extended_result_codes(database.d->db, 1);
    sqlite3_busy_timeout(database.d->db, busyTimeoutMs);
    // Said either way: a build of SQLite may map by default, and reads
    // jumping around a map through this VFS are slower than page reads.
    if (reader)
        (void)database.exec(u"PRAGMA mmap_size = "_s + QString::number(mapped ? MappedReadLimit : 0));
    // Reading the schema proves it is a database at all (open is lazy).
    if (auto probe = database.value(u"SELECT count(*) FROM sqlite_schema"_s); !probe) {
        // A reader of a WAL database needs its -shm, made beside it when missing.
        const QString folder = QFileInfo(path).absolutePath();
        if (mode == Mode::ReadOnly && probe.error().code == ErrorCode::NotWritable
            && !QFileInfo::exists(path + u"-shm"_s) && !QFileInfo(folder).isWritable())
            return fail(ErrorCode::NotReadable,
                        Tr::tr("Could not read \"%1\": a WAL database is read through its -shm "
                               "file, which SQLite must create in \"%2\", and you may not write "
                               "there. Run Lifeboat as the database's owner, or let it write to the "
                               "folder.")
                            .arg(path, folder),
                        path);
        return std::unexpected(probe.error());
    }
    return database;
}

QString SqliteDatabase::path() const
{
    return d->path;
}

void SqliteDatabase::setCancelCheck(std::function<bool()> check)
{
    d->cancelCheck = std::move(check);
    sqlite3_progress_handler(d->db, d->cancelCheck ? 4000 : 0,
                             d->cancelCheck ? progressCallback : nullptr, d.get());
}

void SqliteDatabase::setReadProgress(std::function<void(qint64 bytesRead)> progress)
{
    // Counted from here, and said a MiB at a time: a page at a time, a
    // check of a GiB would say it a quarter of a million times.
    constexpr qint64 step = 1 << 20;
    d->readProgress = std::move(progress);
    d->bytesRead = 0;
    d->bytesReported = 0;
    d->readObserver = nullptr;
    if (d->readProgress) {
        d->readObserver = [p = d.get()](long long bytes) {
            p->bytesRead += bytes;
            if (p->bytesRead - p->bytesReported >= step) {
                p->bytesReported = p->bytesRead;
                p->readProgress(p->bytesRead);
            }
        };
    }
    sqlite3_file_control(d->db, "main", ObserveReadsFileControl, d->readProgress ? &d->readObserver : nullptr);
}

Result<void> SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(d->db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return std::unexpected(d->lastError(sql));
    }
    return {};
}

Result<QList<QVariantList>> SqliteDatabase::query(const QString &sql, const QVariantList &bindings)
{
    SqliteStatement stmt(d->db, sql);
    if (!stmt.isValid())
        return std::unexpected(d->lastError(sql));
    stmt.bind(bindings);
    QList<QVariantList> rows;
    const int columns = sqlite3_column_count(stmt.get());
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(stmt.column(i));
        rows.append(std::move(row));
    }
    if (rc != SQLITE_DONE)
        return std::unexpected(d->lastError(sql));
    return rows;
}

Result<QVariant> SqliteDatabase::value(const QString &sql, const QVariantList &bindings)
{
    SqliteStatement stmt(d->db, sql);
    if (!stmt.isValid())
        return std::unexpected(d->lastError(sql));
    stmt.bind(bindings);
    const int rc = stmt.step();
    if (rc == SQLITE_ROW)
        return stmt.column(0);
    if (rc == SQLITE_DONE)
        return QVariant();
    return std::unexpected(d->lastError(sql));
}

Result<QStringList> SqliteDatabase::tables()
{
    auto rows = query(u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QStringList names;
    for (const QVariantList &row : *rows)
        names.append(row.value(0).toString());
    return names;
}

Result<qint64> SqliteDatabase::rowCount(const QString &table)
{
    auto v = value(u"SELECT count(*) FROM "_s + quoteIdentifier(table));
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<QString> SqliteDatabase::schemaVersion(const QString &versionQuery)
{
    if (!versionQuery.isEmpty()) {
        auto v = value(versionQuery);
        if (!v)
            return std::unexpected(v.error());
        return v->toString();
    }
    auto hasMeta = value(u"SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'"_s);
    if (!hasMeta)
        return std::unexpected(hasMeta.error());
    if (hasMeta->isValid()) {
        auto v = value(u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
        if (v && v->isValid())
            return v->toString();
    }
    auto userVersion = value(u"PRAGMA user_version"_s);
    if (!userVersion)
        return std::unexpected(userVersion.error());
    return userVersion->toLongLong() == 0 ? QString() : userVersion->toString();
}

Result<QStringList> SqliteDatabase::integrityCheck(bool quick, JobControl *progress)
{
    // The pages read so far, up to the file's size, so that a bar does not
    // stand still while a long check runs.
    const qint64 size = progress ? QFileInfo(d->path).size() : 0;
    qint64 counted = 0;
    if (progress) {
        setReadProgress([progress, &counted, size](qint64 read) {
            const qint64 now = std::min(read, size);
            if (now > counted) {
                progress->addBytes(now - counted);
                counted = now;
            }
        });
    }
    // The full check looks each row up in every index of its table. With
    // SQLite's default 2 MiB of page cache the inner pages of a large index
    // are read from the file again and again; 8 MiB keeps them, a quarter
    // less time on an application's database of 1 GiB, well inside the
    // memory a run may take. The connection's own setting comes back after.
    auto cacheSize = value(u"PRAGMA cache_size"_s);
    if (cacheSize)
        (void)exec(u"PRAGMA cache_size = %1"_s.arg(-CheckCacheKiB));
    auto rows = query(quick ? u"PRAGMA quick_check"_s : u"PRAGMA integrity_check"_s);
    // Taken before the next statement clears it.
    const QString stoppedBy = rows ? QString() : QString::fromUtf8(sqlite3_errmsg(d->db));
    if (cacheSize)
        (void)exec(u"PRAGMA cache_size = %1"_s.arg(cacheSize->toLongLong()));
    if (progress) {
        setReadProgress({});
        if (!rows && rows.error().code == ErrorCode::Cancelled)
            return std::unexpected(rows.error());
        progress->addBytes(size - counted);
    }
    // Damage bad enough to stop the check is itself the finding.
    if (!rows && (rows.error().code == ErrorCode::Corrupt
                  || rows.error().code == ErrorCode::NotADatabase))
        return QStringList{stoppedBy};
    if (!rows)
        return std::unexpected(rows.error());
    QStringList lines;
    for (const QVariantList &row : *rows)
        lines.append(row.value(0).toString());
    return lines;
}

Result<QStringList> SqliteDatabase::foreignKeyProblems()
{
    auto rows = query(u"PRAGMA foreign_key_check"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QStringList problems;
    for (const QVariantList &row : *rows)
        problems.append(Tr::tr("row %1 of %2 refers to a missing row of %3")
                            .arg(row.value(1).toString(), row.value(0).toString(),
                                 row.value(2).toString()));
    return problems;
}

QString SqliteDatabase::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString SqliteDatabase::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

bool hasSqliteHeader(QByteArrayView firstBytes)
{
    return firstBytes.startsWith(QByteArrayView("SQLite format 3\0", 16));
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return hasSqliteHeader(file.read(16));
}

} // namespace lifeboat
