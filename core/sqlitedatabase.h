// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace lifeboat {

class JobControl;

/*
 * One SQLite connection through the C API, hiding sqlite3.h. Lifeboat needs
 * what QSQLITE does not offer: the online backup API, the dbpage table,
 * sqlite3_interrupt for a prompt Cancel and URI flags that open a backup
 * without touching it. A connection is used from one thread at a time.
 */
class SqliteDatabase
{
public:
    enum class Mode {
        ReadOnly,  // a live database: takes locks, sees WAL content, leaves no new file
        Immutable, // a backup: no locks, no -wal/-shm/-journal, not one byte changed
        ReadWrite, // a restore target or a test fixture
        Create,    // ReadWrite, creating the file when missing
    };

    SqliteDatabase(SqliteDatabase &&) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&) noexcept;
    ~SqliteDatabase();

    enum class Access {
        // Page by page wherever the statements lead: checks, queries. Each
        // page is one read system call.
        Random,
        // Every page once, in page order: the dbpage copy. A ReadOnly or
        // Immutable connection reads through a memory map, about twice as
        // fast; reads jumping around the file (a check of a fragmented
        // database) would be slower that way (see sqlitemappedvfs.h).
        Scan,
    };

    // Waits up to busyTimeoutMs whenever another connection holds a lock.
    [[nodiscard]] static Result<SqliteDatabase> open(const QString &path, Mode mode,
                                                     int busyTimeoutMs = 5000,
                                                     Access access = Access::Random);

    QString path() const;

    [[nodiscard]] Result<void> exec(const QString &sql);
    // Every row of a query, each column as a QVariant (NULL as an invalid one).
    [[nodiscard]] Result<QList<QVariantList>> query(const QString &sql,
                                                    const QVariantList &bindings = {});
    // The first column of the first row; an invalid QVariant when there is no row.
    [[nodiscard]] Result<QVariant> value(const QString &sql, const QVariantList &bindings = {});

    [[nodiscard]] Result<QStringList> tables();
    [[nodiscard]] Result<qint64> rowCount(const QString &table);
    // The schema version by the given query; by default the runbooks' meta
    // table, else a non-zero PRAGMA user_version. Empty when there is none.
    [[nodiscard]] Result<QString> schemaVersion(const QString &versionQuery = {});
    // "ok" as the only line when sound; otherwise SQLite's findings. With
    // progress, the file's size is added to its bytes as the check reads
    // the file (all of it by the end, unless cancelled). The check walks
    // every page first, which fills its share; the pass over each table's
    // indexes after that reads pages again and is not counted.
    [[nodiscard]] Result<QStringList> integrityCheck(bool quick, JobControl *progress = nullptr);
    [[nodiscard]] Result<QStringList> foreignKeyProblems();

    // Called every few thousand VM steps; returning true aborts the statement
    // with ErrorCode::Cancelled. Lets Cancel stop a long integrity_check.
    void setCancelCheck(std::function<bool()> check);
    // Called every MiB SQLite reads from the database file with the bytes
    // read since: about the file's size for a check that reads each page
    // once, more for one that comes back to pages it let go of. Lets a long
    // integrity_check show how far it is. Only a ReadOnly or Immutable
    // connection reports its reads; nullptr stops it.
    void setReadProgress(std::function<void(qint64 bytesRead)> progress);

    static QString quoteIdentifier(const QString &name);
    static QString libraryVersion();

    struct Private;
    Private *d_func() const { return d.get(); }

private:
    SqliteDatabase();
    std::unique_ptr<Private> d;
};

// True when the file starts with the 16-byte SQLite header.
bool hasSqliteHeader(QByteArrayView firstBytes);
[[nodiscard]] bool isSqliteFile(const QString &path);

} // namespace lifeboat
