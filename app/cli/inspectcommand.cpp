// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "backupdiscovery.h"
#include "fileops.h"
#include "sqlitebackup.h"
#include "sqlitedatabase.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

// A table with its row count, or a count that could not be taken (-1).
QString tableLine(const QString &table, qint64 rows)
{
    return rows < 0 ? Tr::tr("  table    %1: cannot be read; lifeboat-cli verify says why").arg(table)
                    : Tr::tr("  table    %1: %n row(s)", nullptr, int(rows)).arg(table);
}

// What a database copy holds; a gzip copy is read through a decompressed
// copy in a private folder, removed afterwards.
Result<SqliteInfo> describeCopy(const BackupItem &item, JobControl &control)
{
    if (!item.gzip)
        return SqliteBackup::describe(item.artifact, {}, SqliteBackup::Check::None, control);
    const QTemporaryDir scratch;
    auto copy = gunzipInto(item.artifact, scratch, control);
    if (!copy)
        return std::unexpected(copy.error());
    return SqliteBackup::describe(*copy, {}, SqliteBackup::Check::None, control);
}

class InspectCommand : public Command
{
public:
    InspectCommand()
        : Command(u"inspect"_s, Tr::tr("Show a backup: its manifest and, for each item, what "
                                       "is inside (tables with row counts and the schema "
                                       "version of databases)."),
                  u"SET|MANIFEST|CHECKSUMS|FILE"_s,
                  u"  lifeboat-cli inspect backups/lrl-20260114_120000\n"
                  "  lifeboat-cli inspect backups/backup_manifest_20260114_120000.json --json\n"
                  "  lifeboat-cli inspect data/story_registry.backup.1.0.0.20260112_130012.db"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"SET|MANIFEST|CHECKSUMS|FILE"_s, Tr::tr("A set folder, a manifest, a checksums "
                                                       "file or a database copy."));
    }

    int run(QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            return usageError(Tr::tr("Name exactly one backup to inspect."));
        auto entry = BackupDiscovery::describe(args.constFirst());
        if (!entry)
            return failWith(entry.error());

        QJsonArray items;
        QStringList lines;
        lines << Tr::tr("Backup:   %1").arg(entry->path)
              << Tr::tr("Layout:   %1 (%2)").arg(layoutName(entry->layout), entry->origin)
              << Tr::tr("Created:  %1").arg(formatLocalTime(entry->createdAt));
        if (!entry->label.isEmpty())
            lines << Tr::tr("Label:    %1").arg(entry->label);
        if (entry->manifest) {
            const Manifest &m = *entry->manifest;
            if (!m.host.isEmpty())
                lines << Tr::tr("Made by:  %1 on %2").arg(m.operatorName, m.host);
            if (!m.environment.isEmpty())
                lines << Tr::tr("Environment: %1").arg(m.environment);
        }
        for (const QString &p : std::as_const(entry->problems))
            lines << Tr::tr("Problem:  %1").arg(p);

        for (const BackupItem &item : std::as_const(entry->items)) {
            QJsonObject o = item.toJson();
            lines << QString() << u"%1 (%2)"_s.arg(item.name, itemTypeName(item.type))
                  << Tr::tr("  artifact %1").arg(item.artifact)
                  << Tr::tr("  size     %1").arg(formatSize(item.sizeBytes));
            if (!item.sha256.isEmpty())
                lines << Tr::tr("  sha256   %1").arg(item.sha256);
            if (!item.source.isEmpty())
                lines << Tr::tr("  source   %1").arg(item.source);
            if (!item.restoresTo.isEmpty())
                lines << Tr::tr("  restores to %1").arg(item.restoresTo);
            if (item.recorded && item.type == ItemType::Assets && item.recorded->fileCount >= 0)
                lines << Tr::tr("  %n file(s), %1 before compression", nullptr,
                                item.recorded->fileCount)
                             .arg(formatSize(item.recorded->totalSourceSize));
            if (item.type == ItemType::Database && QFileInfo::exists(item.artifact)) {
                if (item.gzip)
                    lines << Tr::tr("  a gzip-compressed SQLite copy");
                const auto info = describeCopy(item, control());
                if (info) {
                    o.insert(u"sqlite"_s, info->toJson());
                    lines << Tr::tr("  schema   %1").arg(info->schemaVersion.isEmpty()
                                                              ? u"-"_s : info->schemaVersion)
                          << Tr::tr("  pages    %1 × %2 bytes, %3 mode")
                                 .arg(info->pageCount)
                                 .arg(info->pageSize)
                                 .arg(info->journalMode);
                    for (auto it = info->tables.cbegin(); it != info->tables.cend(); ++it)
                        lines << tableLine(it.key(), it.value());
                } else {
                    o.insert(u"problem"_s, info.error().message);
                    lines << Tr::tr("  problem  %1").arg(info.error().message);
                }
            } else if (item.recorded && item.recorded->postgres) {
                const PostgresInfo &pg = *item.recorded->postgres;
                lines << Tr::tr("  database %1 on PostgreSQL %2, dumped by pg_dump %3")
                             .arg(pg.database, pg.serverVersion, pg.pgDumpVersion);
                if (!pg.schemaBackup.isEmpty())
                    lines << Tr::tr("  schema   %1").arg(pg.schemaBackup);
                for (auto it = pg.tables.cbegin(); it != pg.tables.cend(); ++it)
                    lines << tableLine(it.key(), it.value());
            }
            items.append(o);
        }
        if (json()) {
            QJsonObject out = entry->toJson();
            out.insert(u"items"_s, items);
            if (entry->manifest)
                out.insert(u"manifest_content"_s, entry->manifest->toJson());
            printJson(out);
        } else {
            print(lines.join(u'\n') + u'\n');
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeInspectCommand()
{
    return std::make_unique<InspectCommand>();
}

} // namespace lifeboat::cli
