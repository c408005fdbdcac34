// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetarchiver.h"
#include "manifest.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lifeboat {

struct BackupEntry;

// One thing to back up.
struct SourceSpec
{
    ItemType type = ItemType::Database;
    QString path;          // database file or asset folder (absolute)
    QString glob;          // for files: an absolute pattern like /app/work/*.jsonl
    QString name;          // optional: the item's name in the manifest
    QString versionQuery;  // optional: SQL giving the schema version
    QStringList requiredTables;
    QString dsnEnv;        // for postgres: the variable holding the DSN
    QString service;       // for postgres: or a service of libpq's service file
    QString dbname;        // for postgres: overrides the database the DSN or service names

    static SourceSpec database(const QString &path) { return {ItemType::Database, path, {}, {}, {}, {}, {}, {}, {}}; }
    static SourceSpec assets(const QString &path) { return {ItemType::Assets, path, {}, {}, {}, {}, {}, {}, {}}; }
    static SourceSpec files(const QString &glob) { return {ItemType::File, {}, glob, {}, {}, {}, {}, {}, {}}; }
    static SourceSpec postgres(const QString &dsnEnv) { return {ItemType::Postgres, {}, {}, {}, {}, {}, dsnEnv, {}, {}}; }
};

struct RetentionSpec
{
    int keepLast = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    int preMigrationDays = 0; // pre-migration backups older than this go (runbook 002's find -mtime +30)
    bool isEmpty() const { return !keepLast && !daily && !weekly && !monthly && !preMigrationDays; }
};

struct SmokeCheck
{
    enum class Kind { Sql, Http, Command };
    Kind kind = Kind::Sql;
    QString name;
    QString database;     // sql: the source name it runs against
    QString query;        // sql
    QString expect;       // sql: the expected first value
    QString url;          // http: localhost or 127.0.0.1 only
    int status = 200;     // http
    QString header;       // http: "Name: value"; ${VAR} expands when the check runs
    QStringList command;  // command
    QString workingDirectory; // command: where it runs, the profile's folder
    int exitCode = 0;     // command

    // Whether this SQL check names the item of this name, or of this database:
    // an SQLite file's base name, a PostgreSQL database's name.
    bool isFor(const QString &itemName, const QString &databaseName) const
    {
        return database == itemName || database == databaseName;
    }
};

// The application, started for the smoke checks when they need it running
// (an HTTP GET to its API) and stopped after them: the runbooks' "start the
// API and run the smoke checks", with the data it would serve restored.
struct SmokeApp
{
    QStringList command;      // run in the profile's folder, in a process group of its own
    QString readyUrl;         // localhost; answered (any HTTP status) means it is up
    int timeoutSeconds = 60;  // to come up
    QString workingDirectory;
};

/*
 * A data set described by lifeboat.json: what to back up, where to, and the
 * checks and targets that go with it. Paths are relative to the profile's
 * folder; ${VAR} and ${VAR:-default} expand from the environment.
 */
struct Profile
{
    QString path;          // of the profile file
    QString name;
    QString environment;
    QString destination;
    Compression compression = Compression::Zstd;
    QString versionQuery;
    QStringList requiredTables;
    QList<SourceSpec> sources;
    RetentionSpec retention;
    double rpoHours = 0;
    double rtoHours = 0;
    QList<SmokeCheck> smokeChecks;
    std::optional<SmokeApp> smokeApp;

    // The tables the database of a backup must hold: those of the source it
    // came from, else the profile's. None for a backup of several databases,
    // each of which is held to the tables its manifest recorded.
    QStringList requiredTablesFor(const BackupEntry &entry) const;
    // Where each database and folder of the profile lives, by its type and
    // the name its item has in a backup (sourceKey: "database:memory" for
    // "name": "memory", else "database:app" for app.db): for a backup that
    // does not record where its items came from. A name two sources share
    // maps to nothing.
    QHash<QString, QString> sourcePaths() const;
    static QString sourceKey(ItemType type, const QString &name);

    [[nodiscard]] static Result<Profile> load(const QString &path,
                                              const QProcessEnvironment &env
                                              = QProcessEnvironment::systemEnvironment());
    [[nodiscard]] static Result<Profile> fromJson(const QJsonObject &object, const QString &path,
                                                  const QProcessEnvironment &env);
};

// Expands ${VAR} and ${VAR:-default}; the error names the unset variable.
[[nodiscard]] Result<QString> expandVariables(const QString &text, const QProcessEnvironment &env);

} // namespace lifeboat
