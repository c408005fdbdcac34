// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifactwriter.h"
#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace lifeboat {

class JobControl;

// What a manifest records about one SQLite copy.
struct SqliteInfo
{
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    QString journalMode;   // of the source: "wal", "delete", ...
    QString schemaVersion; // empty when the database has none
    QMap<QString, qint64> tables; // name -> row count; -1 when the table could not be read
    QString integrity;     // "ok", or what the check found

    QJsonObject toJson() const;
    static SqliteInfo fromJson(const QJsonObject &object);
};

// How a copy is made (see SqliteBackup), and how it was.
enum class SqliteCopyMethod {
    Auto,         // asked for: the first of the three below that applies
    MainAndLog,   // a WAL source: its main file copied (by the kernel where it can), its log's pages over it
    Pages,        // the dbpage scan, where this SQLite has it
    BackupApi,    // the online backup API, then a hashing pass
};

// The copy itself: where it went, how big, its hash.
struct SqliteCopy
{
    qint64 size = 0;
    QString sha256;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    QString journalMode;
    int restarts = 0; // how often writers forced the copy to start over
    SqliteCopyMethod method = SqliteCopyMethod::Auto; // how it was made
};

/*
 * A consistent copy of a live SQLite database, taken while other processes
 * keep writing, and written and hashed in one pass.
 *
 * The copy reads the pages of one read transaction through the dbpage table
 * (the same pages the online backup API would copy) and streams them into a
 * new file, hashing as it writes. A WAL source is read in one transaction:
 * writers go on meanwhile. A rollback-journal source is read in short
 * transactions of a few MiB, so writers waiting on the lock get in between;
 * when one commits, the copy starts over, and after a few restarts it reads
 * the rest in one transaction so that a busy database cannot starve it.
 * A WAL source is copied faster still: its main file as it is, by the kernel
 * (copy_file_range) where it can and streamed where it cannot (another
 * filesystem), then every page the -wal may hold written over it from the
 * same read transaction's dbpage table, hashed as it goes. Without the
 * dbpage table, the online backup API is used and the copy hashed afterwards.
 */
class SqliteBackup
{
public:
    using Method = SqliteCopyMethod;
    // The copy, hashed and fsynced.
    [[nodiscard]] static Result<SqliteCopy> copy(const QString &source, const QString &destination,
                                                 JobControl &control, Method method = Method::Auto);

    enum class Check { None, Quick };

    struct CheckedCopy
    {
        SqliteCopy copy;
        SqliteInfo info;
    };
    // copy() and describe() with Check::Quick, and the copy fsynced: the
    // check and the fsync overlap the end of the hash. The copy is removed
    // when anything fails; a check that finds damage is not a failure.
    [[nodiscard]] static Result<CheckedCopy> copyAndCheck(const QString &source, const QString &destination,
                                                          const QString &versionQuery, JobControl &control);
    // Describes a copy: tables with row counts, schema version, and with
    // Check::Quick the result of quick_check. Opens it immutable, so it stays
    // byte for byte as it is.
    [[nodiscard]] static Result<SqliteInfo> describe(const QString &copyPath,
                                                     const QString &versionQuery, Check check,
                                                     JobControl &control);
};

} // namespace lifeboat
