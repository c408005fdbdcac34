// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "backupdiscovery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

class ListCommand : public Command
{
public:
    ListCommand()
        : Command(u"list"_s, Tr::tr("List every backup under the folders: Lifeboat's sets and "
                                    "the runbooks' layouts (manifest-v1, manifest.json with "
                                    "checksums.txt, loose and gzip-compressed copies, "
                                    "pre-restore snapshots, JSONL stores), newest first."),
                  u"DIR..."_s,
                  u"  lifeboat-cli list backups\n"
                  "  lifeboat-cli list data backups/sqlite --json"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"DIR"_s, Tr::tr("Folders to search."), u"DIR..."_s);
    }

    int run(QCommandLineParser &parser) override
    {
        const QStringList folders = parser.positionalArguments();
        if (folders.isEmpty())
            return usageError(Tr::tr("Name at least one folder to search."));
        QStringList unreadable;
        auto entries = BackupDiscovery::scan(folders, &control(), &unreadable);
        if (!entries)
            return failWith(entries.error());
        if (json()) {
            QJsonArray array;
            for (const BackupEntry &e : std::as_const(*entries))
                array.append(e.toJson());
            printJson(QJsonObject{{u"backups"_s, array},
                                  {u"unreadable_folders"_s, QJsonArray::fromStringList(unreadable)}});
            return ExitOk;
        }
        for (const QString &folder : std::as_const(unreadable))
            warn(Tr::tr("Could not read the folder \"%1\": permission denied; backups in it are not listed.")
                     .arg(folder)
                 + u'\n');
        if (entries->isEmpty()) {
            print(Tr::tr("No backups found in %1.").arg(folders.join(u", "_s)) + u'\n');
            return ExitOk;
        }
        print(u"%1  %2  %3  %4  %5  %6\n"_s.arg(Tr::tr("CREATED"), -19)
                  .arg(Tr::tr("LAYOUT"), -11)
                  .arg(Tr::tr("ORIGIN"), -13)
                  .arg(Tr::tr("SIZE"), 10)
                  .arg(Tr::tr("SCHEMA"), -8)
                  .arg(Tr::tr("PATH")));
        for (const BackupEntry &e : std::as_const(*entries)) {
            QString schema;
            for (const BackupItem &item : e.items) {
                if (!item.schemaVersion.isEmpty()) {
                    schema = item.schemaVersion;
                    break;
                }
            }
            print(u"%1  %2  %3  %4  %5  %6\n"_s.arg(formatLocalTime(e.createdAt), -19)
                      .arg(layoutName(e.layout), -11)
                      .arg(e.origin, -13)
                      .arg(formatSize(e.totalSize()), 10)
                      .arg(schema.isEmpty() ? u"-"_s : schema, -8)
                      .arg(e.path));
            for (const QString &problem : e.problems)
                print(u"    "_s + Tr::tr("problem: %1").arg(problem) + u'\n');
        }
        print(Tr::tr("%n backup(s)", nullptr, int(entries->size())) + u'\n');
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeListCommand()
{
    return std::make_unique<ListCommand>();
}

} // namespace lifeboat::cli
