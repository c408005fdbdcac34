// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "backupwriter.h"
#include "postgresclient.h"
#include "profile.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

class BackupCommand : public Command
{
public:
    BackupCommand()
        : Command(u"backup"_s, Tr::tr("Take a consistent backup set: SQLite databases through "
                                      "a live, consistent copy, asset folders as tar archives, "
                                      "files by glob, PostgreSQL with pg_dump; with manifest.json "
                                      "and checksums.txt."),
                  u"--out DIR [--db PATH]... [--assets DIR]... [--files GLOB]... "
                  "[--postgres DSN_ENV_VAR]... [--profile FILE] [--name NAME] [--label TEXT] "
                  "[--compression gzip|zstd|none]"_s,
                  u"  lifeboat-cli backup --db data/lrl.db --assets data/assets --out backups\n"
                  "  lifeboat-cli backup --db data/story_registry.db --label \"before 1.1.0\" "
                  "--out backups --json\n"
                  "  lifeboat-cli backup --files 'work/local/*.jsonl' --files "
                  "'work/local/*.meta.json' --out backups/jsonl\n"
                  "  lifeboat-cli backup --postgres APP_DATABASE_URL --out backups/postgres\n"
                  "  lifeboat-cli backup --profile lifeboat.json"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {u"out"_s, Tr::tr("Folder the set is written into (created if missing)."), u"DIR"_s},
            {u"db"_s, Tr::tr("An SQLite database to back up; repeatable."), u"PATH"_s},
            {u"assets"_s, Tr::tr("A folder to archive; repeatable."), u"DIR"_s},
            {u"files"_s, Tr::tr("Files to copy, by glob such as 'data/*.jsonl'; repeatable."),
             u"GLOB"_s},
            {u"postgres"_s, Tr::tr("A PostgreSQL database, by the environment variable holding its "
                                   "DSN (never the DSN itself); repeatable."),
             u"DSN_ENV_VAR"_s},
            {u"profile"_s, Tr::tr("A lifeboat.json describing the data set."), u"FILE"_s},
            {u"name"_s, Tr::tr("The set's name (default: the first source's name)."), u"NAME"_s},
            {u"label"_s, Tr::tr("A note kept in the manifest, such as \"before upgrade\"."),
             u"TEXT"_s},
            {u"compression"_s, Tr::tr("Compression of asset archives: zstd (default), gzip or none."),
             u"METHOD"_s},
        });
    }

    int run(QCommandLineParser &parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return usageError(Tr::tr("Unexpected argument \"%1\".")
                                  .arg(parser.positionalArguments().constFirst()));
        BackupRequest request;
        if (parser.isSet(u"profile"_s)) {
            auto profile = Profile::load(parser.value(u"profile"_s));
            if (!profile)
                return failWith(profile.error());
            request = BackupRequest::fromProfile(*profile);
        }
        const QDir cwd = QDir::current();
        for (const QString &db : parser.values(u"db"_s))
            request.sources.append(SourceSpec::database(QDir::cleanPath(cwd.absoluteFilePath(db))));
        for (const QString &dir : parser.values(u"assets"_s))
            request.sources.append(SourceSpec::assets(QDir::cleanPath(cwd.absoluteFilePath(dir))));
        for (const QString &glob : parser.values(u"files"_s))
            request.sources.append(SourceSpec::files(QDir::cleanPath(cwd.absoluteFilePath(glob))));
        for (const QString &var : parser.values(u"postgres"_s))
            request.sources.append(SourceSpec::postgres(var));
        if (parser.isSet(u"out"_s))
            request.destination = parser.value(u"out"_s);
        if (request.destination.isEmpty())
            return usageError(parser.isSet(u"profile"_s)
                                  ? Tr::tr("Say where the backup goes with --out DIR, or with \"destination\" "
                                           "in the profile.")
                                  : Tr::tr("Say where the backup goes with --out DIR."));
        if (request.sources.isEmpty())
            return usageError(Tr::tr("Nothing to back up: give --db, --assets, --files, --postgres or "
                                     "--profile."));
        if (parser.isSet(u"name"_s))
            request.name = parser.value(u"name"_s);
        if (request.name.isEmpty()) {
            const SourceSpec &first = request.sources.constFirst();
            if (first.type == ItemType::Postgres) {
                auto connection = PostgresConnection::resolve(first.dsnEnv, first.service, first.dbname);
                if (!connection)
                    return failWith(connection.error());
                request.name = connection->database().isEmpty() ? u"postgres"_s : connection->database();
            } else {
                request.name = first.type == ItemType::File
                                   ? QFileInfo(first.glob).absoluteDir().dirName()
                                   : QFileInfo(first.path).completeBaseName();
            }
        }
        if (parser.isSet(u"label"_s))
            request.label = parser.value(u"label"_s);
        if (parser.isSet(u"compression"_s)) {
            const auto c = compressionFromName(parser.value(u"compression"_s));
            if (!c)
                return usageError(Tr::tr("--compression must be gzip, zstd or none."));
            request.compression = *c;
        }

        auto report = BackupWriter::run(request, control());
        endProgress();
        if (!report)
            return failWith(report.error());
        for (const QString &w : std::as_const(report->warnings))
            warn(Tr::tr("warning: %1").arg(w) + u'\n');
        if (json()) {
            QJsonObject out{{u"ok"_s, report->integrityOk},
                            {u"set"_s, report->setPath},
                            {u"manifest"_s, report->manifest.toJson()}};
            if (!report->warnings.isEmpty())
                out.insert(u"warnings"_s, QJsonArray::fromStringList(report->warnings));
            if (!report->removedUnfinished.isEmpty())
                out.insert(u"removed_unfinished"_s, QJsonArray::fromStringList(report->removedUnfinished));
            printJson(out);
        } else {
            print(Tr::tr("Backed up %n item(s) to %1", nullptr, int(report->manifest.items.size()))
                      .arg(report->setPath)
                  + u'\n');
            for (const ManifestItem &item : std::as_const(report->manifest.items)) {
                QString detail;
                if (item.type == ItemType::Database && item.sqlite) {
                    detail = Tr::tr("integrity %1").arg(item.integrity);
                    if (!item.sqlite->schemaVersion.isEmpty())
                        detail += u", "_s + Tr::tr("schema %1").arg(item.sqlite->schemaVersion);
                } else if (item.postgres) {
                    detail = Tr::tr("%n table(s), PostgreSQL %1", nullptr, int(item.postgres->tables.size()))
                                 .arg(item.postgres->serverVersion);
                } else if (item.type == ItemType::Assets) {
                    detail = Tr::tr("%n file(s), %1 before compression", nullptr, item.fileCount)
                                 .arg(formatSize(item.totalSourceSize));
                }
                print(u"  %1  %2  %3  %4\n"_s.arg(item.backup, -24)
                          .arg(itemTypeName(item.type), -8)
                          .arg(formatSize(item.sizeBytes), 10)
                          .arg(detail));
            }
            print(Tr::tr("Manifest: %1").arg(report->setPath + u"/manifest.json"_s) + u'\n');
            for (const QString &path : std::as_const(report->removedUnfinished))
                print(Tr::tr("Removed %1, left unfinished by a backup that was stopped.").arg(path) + u'\n');
        }
        return report->integrityOk ? ExitOk : ExitProblem;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace lifeboat::cli
