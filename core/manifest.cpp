// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {
constexpr qint64 MaxManifestBytes = 16 << 20;
}

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Lifeboat:
        return u"lifeboat"_s;
    case Layout::ManifestV1:
        return u"manifest-v1"_s;
    case Layout::Checksums:
        return u"checksums"_s;
    case Layout::Loose:
        return u"loose"_s;
    }
    return {};
}

QString itemTypeName(ItemType type)
{
    switch (type) {
    case ItemType::Database:
        return u"database"_s;
    case ItemType::Assets:
        return u"assets"_s;
    case ItemType::File:
        return u"file"_s;
    case ItemType::Postgres:
        return u"postgres"_s;
    }
    return {};
}

std::optional<ItemType> itemTypeFromName(const QString &name)
{
    for (ItemType t : {ItemType::Database, ItemType::Assets, ItemType::File, ItemType::Postgres}) {
        if (itemTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString timestampName(const QDateTime &time, NameClock clock)
{
    return (clock == NameClock::Utc ? time.toUTC() : time.toLocalTime()).toString(u"yyyyMMdd_HHmmss"_s);
}

QString timestampPattern()
{
    return uR"((?<!\d)(\d{8}[_T-]\d{6}Z?|\d{14}|\d{12}|\d{4}-\d{2}-\d{2}(?:[_T-]\d{2}-?\d{2}(?:-?\d{2})?)?|\d{8})(?!\d))"_s;
}

QDateTime parseTimestampName(const QString &text, NameClock clock)
{
    // Every form orders year, month, day, hour, minute, second: its digits say it.
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    const QString format = digits.size() == 14 ? u"yyyyMMddHHmmss"_s
                           : digits.size() == 12 ? u"yyyyMMddHHmm"_s
                           : digits.size() == 8  ? u"yyyyMMdd"_s
                                                 : QString();
    if (format.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(digits, format);
    if (!t.isValid())
        return {};
    if (clock == NameClock::Utc || text.endsWith(u'Z'))
        t.setTimeZone(QTimeZone::UTC);
    else
        t.setTimeZone(QTimeZone::LocalTime);
    return t.toUTC();
}

QJsonObject PostgresInfo::toJson() const
{
    QJsonObject tableCounts;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        tableCounts.insert(it.key(), it.value());
    QJsonObject o{{u"database"_s, database},
                  {u"server_version"_s, serverVersion},
                  {u"pg_dump_version"_s, pgDumpVersion},
                  {u"format"_s, u"custom"_s},
                  {u"tables"_s, tableCounts}};
    if (!dsnEnv.isEmpty())
        o.insert(u"dsn_env"_s, dsnEnv);
    if (!service.isEmpty())
        o.insert(u"service"_s, service);
    if (!schemaBackup.isEmpty())
        o.insert(u"schema"_s, QJsonObject{{u"backup"_s, schemaBackup},
                                          {u"size_bytes"_s, schemaSizeBytes},
                                          {u"sha256"_s, schemaSha256}});
    return o;
}

PostgresInfo PostgresInfo::fromJson(const QJsonObject &o)
{
    PostgresInfo info;
    info.database = o.value(u"database"_s).toString();
    info.dsnEnv = o.value(u"dsn_env"_s).toString();
    info.service = o.value(u"service"_s).toString();
    info.serverVersion = o.value(u"server_version"_s).toString();
    info.pgDumpVersion = o.value(u"pg_dump_version"_s).toString();
    const QJsonObject schema = o.value(u"schema"_s).toObject();
    info.schemaBackup = schema.value(u"backup"_s).toString();
    info.schemaSizeBytes = qint64(schema.value(u"size_bytes"_s).toDouble(-1));
    info.schemaSha256 = schema.value(u"sha256"_s).toString().toLower();
    const QJsonObject tables = o.value(u"tables"_s).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
        info.tables.insert(it.key(), qint64(it.value().toDouble(-1)));
    return info;
}

QJsonObject ManifestItem::toJson() const
{
    QJsonObject o{{u"type"_s, itemTypeName(type)}, {u"name"_s, name}};
    if (!engine.isEmpty())
        o.insert(u"engine"_s, engine);
    o.insert(u"source"_s, source);
    o.insert(u"backup"_s, backup);
    if (sizeBytes >= 0)
        o.insert(u"size_bytes"_s, sizeBytes);
    o.insert(u"sha256"_s, sha256);
    if (!integrity.isEmpty())
        o.insert(u"integrity"_s, integrity);
    if (sqlite)
        o.insert(u"sqlite"_s, sqlite->toJson());
    if (postgres)
        o.insert(u"postgres"_s, postgres->toJson());
    if (type == ItemType::Assets) {
        o.insert(u"compression"_s, compression);
        o.insert(u"file_count"_s, fileCount);
        o.insert(u"total_source_size_bytes"_s, totalSourceSize);
        o.insert(u"archive_size_bytes"_s, archiveSize);
    }
    if (!warnings.isEmpty())
        o.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return o;
}

QJsonObject Manifest::toJson() const
{
    QJsonArray backups;
    for (const ManifestItem &item : items)
        backups.append(item.toJson());
    return QJsonObject{
        {u"format"_s, u"lifeboat-manifest"_s},
        {u"format_version"_s, 1},
        {u"version"_s, u"1.0"_s},
        {u"timestamp_utc"_s, timestampUtc},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODate).replace(u"Z"_s, u"+00:00"_s)},
        {u"name"_s, name},
        {u"label"_s, label},
        {u"environment"_s, environment},
        {u"host"_s, host},
        {u"operator"_s, operatorName},
        {u"tool"_s, QJsonObject{{u"name"_s, u"lifeboat"_s}, {u"version"_s, toolVersion}}},
        {u"backups"_s, backups},
    };
}

Result<Manifest> Manifest::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, Tr::tr("The manifest \"%1\" does not exist.").arg(path),
                    path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotReadable,
                    Tr::tr("Could not read the manifest \"%1\": %2").arg(path, file.errorString()),
                    path);
    if (file.size() > MaxManifestBytes)
        return fail(ErrorCode::InvalidManifest,
                    Tr::tr("\"%1\" is too large to be a manifest (%2 bytes).")
                        .arg(path)
                        .arg(file.size()),
                    path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidManifest,
                    Tr::tr("\"%1\" is not valid JSON: %2 at offset %3.")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset),
                    path);
    if (!doc.isObject())
        return fail(ErrorCode::InvalidManifest,
                    Tr::tr("\"%1\" is not a manifest: it holds no JSON object.").arg(path), path);
    return fromJson(doc.object(), path);
}

Result<Manifest> Manifest::fromJson(const QJsonObject &o, const QString &path)
{
    auto bad = [&path](const QString &key, const QString &expected) {
        return fail(ErrorCode::InvalidManifest,
                    Tr::tr("The manifest \"%1\" has a bad \"%2\": expected %3.")
                        .arg(path, key, expected),
                    path);
    };
    auto optionalString = [&o](const QString &key, QString &out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    };

    Manifest m;
    m.layout = o.value(u"format"_s).toString() == "lifeboat-manifest"_L1 ? Layout::Lifeboat
                                                                        : Layout::ManifestV1;
    if (!optionalString(u"timestamp_utc"_s, m.timestampUtc))
        return bad(u"timestamp_utc"_s, Tr::tr("a text like 20260114_120000"));
    QString createdAt;
    if (!optionalString(u"created_at"_s, createdAt))
        return bad(u"created_at"_s, Tr::tr("an ISO 8601 time"));
    m.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    if (!m.createdAt.isValid())
        m.createdAt = QDateTime::fromString(createdAt, Qt::ISODate);
    if (!m.createdAt.isValid())
        m.createdAt = parseTimestampName(m.timestampUtc);
    if (!optionalString(u"name"_s, m.name) || !optionalString(u"label"_s, m.label)
        || !optionalString(u"environment"_s, m.environment) || !optionalString(u"host"_s, m.host)
        || !optionalString(u"operator"_s, m.operatorName))
        return bad(u"name/label/environment/host/operator"_s, Tr::tr("text"));
    m.toolVersion = o.value(u"tool"_s).toObject().value(u"version"_s).toString();

    const QJsonValue backups = o.value(u"backups"_s);
    if (!backups.isArray())
        return bad(u"backups"_s, Tr::tr("a list of backed-up items"));
    const QJsonArray array = backups.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString key = u"backups[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return bad(key, Tr::tr("an object"));
        const QJsonObject b = array.at(i).toObject();
        ManifestItem item;
        const auto type = itemTypeFromName(b.value(u"type"_s).toString());
        if (!type)
            return bad(key + u".type"_s, Tr::tr("database, assets, file or postgres"));
        item.type = *type;
        item.engine = b.value(u"engine"_s).toString();
        if (item.type == ItemType::Database && item.engine.isEmpty())
            item.engine = u"sqlite"_s;
        const QJsonValue backup = b.value(u"backup"_s);
        if (!backup.isString() || backup.toString().isEmpty())
            return bad(key + u".backup"_s, Tr::tr("the artifact's file name"));
        item.backup = backup.toString();
        item.source = b.value(u"source"_s).toString();
        item.name = b.value(u"name"_s).toString();
        if (item.name.isEmpty())
            item.name = QFileInfo(item.source.isEmpty() ? item.backup : item.source).completeBaseName();
        const QJsonValue sha = b.value(u"sha256"_s);
        if (!sha.isUndefined() && !sha.isNull()) {
            static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
            if (!sha.isString() || !hex.match(sha.toString()).hasMatch())
                return bad(key + u".sha256"_s, Tr::tr("64 hexadecimal digits"));
            item.sha256 = sha.toString().toLower();
        }
        auto integer = [&b](const QString &k, qint64 &out) {
            const QJsonValue v = b.value(k);
            if (v.isUndefined() || v.isNull())
                return true;
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d > 9.0e15 || d != std::floor(d))
                return false;
            out = qint64(d);
            return true;
        };
        qint64 fileCount = -1;
        for (auto [k, target] : {std::pair{u"size_bytes"_s, &item.sizeBytes},
                                 std::pair{u"total_source_size_bytes"_s, &item.totalSourceSize},
                                 std::pair{u"archive_size_bytes"_s, &item.archiveSize},
                                 std::pair{u"file_count"_s, &fileCount}}) {
            if (!integer(k, *target))
                return bad(key + u'.' + k, Tr::tr("a whole number of at least 0"));
        }
        item.fileCount = fileCount > std::numeric_limits<int>::max() ? -1 : int(fileCount);
        if (item.sizeBytes < 0 && item.archiveSize >= 0)
            item.sizeBytes = item.archiveSize;
        item.integrity = b.value(u"integrity"_s).toString();
        item.compression = b.value(u"compression"_s).toString();
        if (b.value(u"sqlite"_s).isObject())
            item.sqlite = SqliteInfo::fromJson(b.value(u"sqlite"_s).toObject());
        if (b.value(u"postgres"_s).isObject())
            item.postgres = PostgresInfo::fromJson(b.value(u"postgres"_s).toObject());
        for (const QJsonValue &w : b.value(u"warnings"_s).toArray())
            item.warnings.append(w.toString());
        m.items.append(item);
    }
    return m;
}

QString Manifest::resolveArtifact(const QString &manifestDir, const QString &backupPath)
{
    const QString dir = QDir::cleanPath(QDir(manifestDir).absolutePath());
    if (!QDir::isAbsolutePath(backupPath)) {
        const QString inside = QDir::cleanPath(dir + u'/' + backupPath);
        if (inside.startsWith(dir + u'/') && QFileInfo::exists(inside))
            return inside;
    }
    const QString fileName = QFileInfo(backupPath).fileName();
    if (fileName.isEmpty() || fileName == ".."_L1 || fileName == "."_L1)
        return {};
    return dir + u'/' + fileName;
}

} // namespace lifeboat
