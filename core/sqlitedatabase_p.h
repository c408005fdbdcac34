// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace lifeboat {

struct SqliteDatabase::Private
{
    ~Private();

    sqlite3 *db = nullptr;
    QString path;
    std::function<bool()> cancelCheck;
    // What setReadProgress asked for, and what the VFS tells of each read.
    std::function<void(qint64)> readProgress;
    std::function<void(long long)> readObserver;
    qint64 bytesRead = 0;
    qint64 bytesReported = 0;
    // A read-only connection to a WAL database creates its -wal and -shm
    // when they are missing, and cannot remove them on closing.
    bool removeLogCreatedHere = false;

    Error lastError(const QString &context) const;
};

// RAII for a prepared statement.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    void bind(const QVariantList &values);
    int step() { return sqlite3_step(m_stmt); }
    void reset() { sqlite3_reset(m_stmt); }
    QVariant column(int i) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace lifeboat
