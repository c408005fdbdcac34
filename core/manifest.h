// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqlitebackup.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace lifeboat {

// How a backup is laid out on disk; the names are those of the CLI's --json.
enum class Layout { Lifeboat, ManifestV1, Checksums, Loose };
QString layoutName(Layout layout);

enum class ItemType { Database, Assets, File, Postgres };
QString itemTypeName(ItemType type);
std::optional<ItemType> itemTypeFromName(const QString &name);

// What a PostgreSQL item's manifest records beside its custom-format dump.
struct PostgresInfo
{
    QString database;
    QString dsnEnv;          // the variable that held the DSN; never the DSN itself
    QString service;         // or the libpq service it connected through
    QString serverVersion;
    QString pgDumpVersion;
    QString schemaBackup;    // "schema.sql", beside the dump
    qint64 schemaSizeBytes = -1;
    QString schemaSha256;
    QMap<QString, qint64> tables; // "schema.table" -> rows, counted in the dump's snapshot

    QJsonObject toJson() const;
    static PostgresInfo fromJson(const QJsonObject &object);
};

// One backed-up thing: a database, an asset archive or a file.
struct ManifestItem
{
    ItemType type = ItemType::File;
    QString engine;   // "sqlite" or "postgres" for databases
    QString name;
    QString source;   // where it was backed up from (absolute), when known
    QString backup;   // the artifact, as the manifest wrote it
    qint64 sizeBytes = -1;
    QString sha256;
    QString integrity;
    std::optional<SqliteInfo> sqlite;
    std::optional<PostgresInfo> postgres;
    // assets
    QString compression;
    int fileCount = -1;
    qint64 totalSourceSize = -1;
    qint64 archiveSize = -1;
    QStringList warnings;

    QJsonObject toJson() const;
};

/*
 * A manifest: Lifeboat's own manifest.json, or the runbooks' manifest-v1
 * (backup_manifest_<ts>.json), whose keys Lifeboat's keeps so that readers of
 * that format keep working.
 */
struct Manifest
{
    Layout layout = Layout::Lifeboat;
    QString timestampUtc; // YYYYMMDD_HHMMSS
    QDateTime createdAt;
    QString name;
    QString label;
    QString environment;
    QString host;
    QString operatorName;
    QString toolVersion;
    QList<ManifestItem> items;

    QJsonObject toJson() const;

    // Reads and checks a manifest file; every problem names the key and file.
    [[nodiscard]] static Result<Manifest> read(const QString &path);
    [[nodiscard]] static Result<Manifest> fromJson(const QJsonObject &object, const QString &path);

    // Where an item's artifact is: always inside the manifest's folder. A
    // manifest-v1 may name it relative to another working directory
    // ("./backups/x.sqlite"); then the file of that name beside the manifest
    // is meant. Paths that would leave the folder resolve to nothing.
    static QString resolveArtifact(const QString &manifestDir, const QString &backupPath);
};

// The clock a name's time is read on. A set's name and a manifest's
// timestamp_utc are UTC; the runbooks' copies are named with `date
// +%Y%m%d_%H%M%S`, local time, and so are the loose copies Lifeboat leaves
// beside them (snapshots, pre-migration backups).
enum class NameClock { Utc, Local };

// "YYYYMMDD_HHMMSS".
QString timestampName(const QDateTime &time, NameClock clock = NameClock::Utc);
// What timestampPattern() matches: YYYYMMDD_HHMMSS, YYYYMMDDHHMM[SS],
// YYYYMMDD-HHMMSS, YYYYMMDDTHHMMSSZ (UTC whatever the clock), YYYY-MM-DD
// with or without a time (_HH-MM-SS, -HHMM), or a date alone. Invalid
// when it is no real time.
QDateTime parseTimestampName(const QString &text, NameClock clock = NameClock::Utc);
// A regular expression for a timestamp in a name, one capture group.
QString timestampPattern();

} // namespace lifeboat
