// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "assetarchiver.h"
#include "backupwriter.h"
#include "checksums.h"
#include "jobcontrol.h"
#include "manifest.h"
#include "sha256.h"
#include "sqlitedatabase.h"

#include <KCompressionDevice>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lifeboat {

QString lifeboatHome()
{
    const QString env = qEnvironmentVariable("LIFEBOAT_HOME");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

namespace {

Result<void> writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return fail(ErrorCode::NotWritable,
                    Tr::tr("Could not write \"%1\": %2").arg(path, f.errorString()), path);
    return {};
}

// A small database with a meta table holding its schema version.
Result<void> makeDatabase(const QString &path, const QString &version, const QStringList &tables,
                          int rows, bool wal)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
    if (!db)
        return std::unexpected(db.error());
    QString sql = wal ? u"PRAGMA journal_mode=WAL;"_s : QString();
    sql += u"BEGIN; CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
           "INSERT INTO meta VALUES('schema_version', '%1');"_s.arg(version);
    for (const QString &t : tables) {
        sql += u"CREATE TABLE %1(id INTEGER PRIMARY KEY, title TEXT, created_at TEXT);"_s.arg(t);
        for (int i = 1; i <= rows; ++i)
            sql += u"INSERT INTO %1(title, created_at) VALUES('%1 %2', "
                   "datetime('2026-01-01', '+%2 hours'));"_s.arg(t)
                       .arg(i);
    }
    sql += u"COMMIT;"_s;
    return db->exec(sql);
}

Result<void> copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return fail(ErrorCode::NotWritable, Tr::tr("Could not copy \"%1\" to \"%2\".").arg(from, to),
                    to);
    return {};
}

Result<void> gzipFile(const QString &from, const QString &to)
{
    QFile in(from);
    KCompressionDevice out(to, KCompressionDevice::GZip);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::NotWritable, Tr::tr("Could not write \"%1\".").arg(to), to);
    out.write(in.readAll());
    out.close();
    return {};
}

QString hashOf(const QString &path)
{
    auto h = Sha256::ofFile(path);
    return h ? *h : QString();
}

Result<void> build(const QString &root)
{
    const QString data = root + u"/app/data"_s;
    const QString backups = root + u"/backups"_s;
    // The application's live data.
    if (auto r = makeDatabase(data + u"/lrl.db"_s, u"1.1.0"_s,
                              {u"users"_s, u"content"_s, u"assets"_s}, 40, true);
        !r)
        return r;
    if (auto r = makeDatabase(data + u"/story_registry.db"_s, u"1.1.0"_s,
                              {u"stories"_s, u"story_similarity_edges"_s}, 25, false);
        !r)
        return r;
    if (auto r = makeDatabase(data + u"/ice_cream_social.db"_s, u"3"_s,
                              {u"episodes"_s, u"transcripts"_s, u"speakers"_s}, 30, true);
        !r)
        return r;
    for (int i = 1; i <= 6; ++i) {
        if (auto r = writeFile(data + u"/assets/uploads/image-%1.txt"_s.arg(i),
                               QByteArray(2048 * i, char('a' + i)));
            !r)
            return r;
    }
    if (auto r = writeFile(data + u"/assets/문서/안내.md"_s, "# 안내\n"_ba); !r)
        return r;
    if (auto r = writeFile(data + u"/story_gen.mongo_analysis_runs.jsonl"_s,
                           "{\"run\": 1}\n{\"run\": 2}\n"_ba);
        !r)
        return r;
    if (auto r = writeFile(data + u"/story_gen.mongo_analysis_runs.meta.json"_s,
                           "{\"count\": 2}\n"_ba);
        !r)
        return r;

    // The application's profile: what the window's Back Up Now backs up.
    if (auto r = writeFile(root + u"/app/lifeboat.json"_s,
                           "{\n"
                           "  \"name\": \"lrl\",\n"
                           "  \"environment\": \"dev\",\n"
                           "  \"destination\": \"../backups/lifeboat\",\n"
                           "  \"required_tables\": [\"users\", \"content\", \"assets\"],\n"
                           "  \"sources\": [\n"
                           "    {\"type\": \"sqlite\", \"path\": \"data/lrl.db\"},\n"
                           "    {\"type\": \"assets\", \"path\": \"data/assets\"}\n"
                           "  ],\n"
                           "  \"retention\": {\"preset\": \"local-dev\"},\n"
                           "  \"rpo_hours\": 24,\n"
                           "  \"rto_hours\": 1,\n"
                           "  \"smoke_checks\": [\n"
                           "    {\"type\": \"sql\", \"query\": \"SELECT count(*) > 0 FROM users\", \"expect\": \"1\"}\n"
                           "  ]\n"
                           "}\n"_ba);
        !r)
        return r;

    // A set written by Lifeboat itself.
    JobControl control;
    BackupRequest request;
    request.destination = backups + u"/lifeboat"_s;
    request.name = u"lrl"_s;
    request.label = u"demo"_s;
    request.environment = u"dev"_s;
    request.sources = {SourceSpec::database(data + u"/lrl.db"_s),
                       SourceSpec::assets(data + u"/assets"_s)};
    if (auto report = BackupWriter::run(request, control); !report)
        return std::unexpected(report.error());

    // The Little Research Lab's flat folder with a manifest-v1.
    const QString v1 = backups + u"/lrl"_s;
    const QString ts = u"20260114_120000"_s;
    if (auto r = copyFile(data + u"/lrl.db"_s, v1 + u"/lrl_db_"_s + ts + u".sqlite"_s); !r)
        return r;
    if (auto a = AssetArchiver::archive(data + u"/assets"_s, v1 + u"/lrl_assets_"_s + ts + u".tar.gz"_s,
                                        Compression::Gzip, control);
        !a)
        return std::unexpected(a.error());
    const QJsonObject v1Manifest{
        {u"timestamp_utc"_s, ts},
        {u"created_at"_s, u"2026-01-14T12:00:00+00:00"_s},
        {u"version"_s, u"1.0"_s},
        {u"backups"_s,
         QJsonArray{
             QJsonObject{{u"type"_s, u"database"_s},
                         {u"source"_s, u"./data/lrl.db"_s},
                         {u"backup"_s, u"./backups/lrl_db_"_s + ts + u".sqlite"_s},
                         {u"size_bytes"_s, QFileInfo(v1 + u"/lrl_db_"_s + ts + u".sqlite"_s).size()},
                         {u"sha256"_s, hashOf(v1 + u"/lrl_db_"_s + ts + u".sqlite"_s)}},
             QJsonObject{{u"type"_s, u"assets"_s},
                         {u"source"_s, u"./data/assets"_s},
                         {u"backup"_s, u"./backups/lrl_assets_"_s + ts + u".tar.gz"_s},
                         {u"file_count"_s, 7},
                         {u"archive_size_bytes"_s,
                          QFileInfo(v1 + u"/lrl_assets_"_s + ts + u".tar.gz"_s).size()},
                         {u"sha256"_s, hashOf(v1 + u"/lrl_assets_"_s + ts + u".tar.gz"_s)}}}},
    };
    if (auto r = writeFile(v1 + u"/backup_manifest_"_s + ts + u".json"_s,
                           QJsonDocument(v1Manifest).toJson());
        !r)
        return r;

    // The Korean runbook's pre-migration backup, beside the database.
    if (auto r = makeDatabase(data + u"/story_registry.backup.1.0.0.20260112_130012.db"_s,
                              u"1.0.0"_s, {u"stories"_s, u"story_similarity_edges"_s}, 20, false);
        !r)
        return r;

    // The Ice Cream Social's timestamped copies: plain, gzip, and one damaged.
    const QString sq = backups + u"/sqlite"_s;
    if (auto r = copyFile(data + u"/ice_cream_social.db"_s, sq + u"/ice_cream_social_20260110_020000.db"_s); !r)
        return r;
    if (auto r = gzipFile(data + u"/ice_cream_social.db"_s, sq + u"/ice_cream_social_20260111_020000.db.gz"_s); !r)
        return r;
    const QString damaged = sq + u"/ice_cream_social_20260112_020000.db"_s;
    if (auto r = copyFile(data + u"/ice_cream_social.db"_s, damaged); !r)
        return r;
    {
        // The header of page 2, the first table's root, overwritten: what a
        // torn write leaves. integrity_check finds it; bytes in unused space
        // would pass it, and the demo would show no failure at all.
        QFile f(damaged);
        if (f.open(QIODevice::ReadWrite)) {
            const QByteArray header = f.read(100);
            const int raw = header.size() == 100 ? (uchar(header.at(16)) << 8 | uchar(header.at(17))) : 0;
            const qint64 pageSize = raw == 1 ? 65536 : raw;
            if (pageSize >= 512 && f.size() >= 2 * pageSize && f.seek(pageSize))
                f.write(QByteArray(16, '\xff'));
        }
    }

    // Brainstem: manifest.json with a checksums.txt beside the copies.
    const QString brainstem = backups + u"/brainstem/latest"_s;
    if (auto r = copyFile(data + u"/lrl.db"_s, brainstem + u"/memory.db"_s); !r)
        return r;
    if (auto r = copyFile(data + u"/story_registry.db"_s, brainstem + u"/model_registry.db"_s); !r)
        return r;
    Checksums sums;
    sums.entries = {{hashOf(brainstem + u"/memory.db"_s), u"memory.db"_s},
                    {hashOf(brainstem + u"/model_registry.db"_s), u"model_registry.db"_s}};
    if (auto r = writeFile(brainstem + u"/checksums.txt"_s, sums.toText()); !r)
        return r;
    if (auto r = writeFile(brainstem + u"/manifest.json"_s,
                           "{\n  \"created_at\": \"2026-01-13T09:30:00+00:00\",\n"
                           "  \"artifacts\": [\"memory.db\", \"model_registry.db\"]\n}\n"_ba);
        !r)
        return r;

    // The story generator's copies: a timestamped database and JSONL stores.
    if (auto r = copyFile(data + u"/story_registry.db"_s, backups + u"/story_gen-202601100900.db"_s); !r)
        return r;
    for (const QString &f : {u"story_gen.mongo_analysis_runs.jsonl"_s,
                             u"story_gen.mongo_analysis_runs.meta.json"_s}) {
        if (auto r = copyFile(data + u'/' + f, backups + u"/jsonl-202601100900/"_s + f); !r)
            return r;
    }
    return {};
}

} // namespace

Result<QString> DemoWorkspace::ensure(const QString &home)
{
    // Built in place (its manifests record where the data lives) and marked
    // complete last; an interrupted build is thrown away and done again.
    const QString root = home + u"/demo"_s;
    // The marker names the edition, so an older workspace is built again.
    const QString marker = root + u"/.complete-3"_s;
    if (QFileInfo::exists(marker))
        return root;
    QDir(root).removeRecursively();
    if (!QDir().mkpath(root))
        return fail(ErrorCode::NotWritable,
                    Tr::tr("Could not create the demo workspace in \"%1\".").arg(home), home);
    if (auto ok = build(root); !ok) {
        QDir(root).removeRecursively();
        return std::unexpected(ok.error());
    }
    if (auto ok = writeFile(marker, {}); !ok)
        return std::unexpected(ok.error());
    return root;
}

} // namespace lifeboat
