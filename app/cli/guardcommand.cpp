// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "guard.h"
#include "journal.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

class GuardCommand : public Command
{
public:
    GuardCommand()
        : Command(u"guard"_s, Tr::tr("Back up a database before a schema migration: when its "
                                     "schema version differs from the one the code expects, write "
                                     "<stem>.backup.<version>.<timestamp>.db beside it. A failed "
                                     "backup is reported but never blocks the migration, unless "
                                     "--strict."),
                  u"--db PATH --expect-version V [--version-query SQL] [--strict]"_s,
                  u"  lifeboat-cli guard --db data/story_registry.db --expect-version 1.1.0\n"
                  "  lifeboat-cli guard --db app.db --expect-version 42 --version-query "
                  "'PRAGMA user_version' --strict"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {u"db"_s, Tr::tr("The database about to be migrated."), u"PATH"_s},
            {u"expect-version"_s, Tr::tr("The schema version the code expects."), u"V"_s},
            {u"version-query"_s, Tr::tr("SQL giving the current version (default: the meta "
                                        "table's schema_version, else PRAGMA user_version)."),
             u"SQL"_s},
            {u"strict"_s, Tr::tr("Exit 1 when the backup fails, instead of letting the migration go on.")},
        });
    }

    int run(QCommandLineParser &parser) override
    {
        if (!parser.isSet(u"db"_s) || !parser.isSet(u"expect-version"_s))
            return usageError(Tr::tr("Give --db PATH and --expect-version V."));
        const QString db = parser.value(u"db"_s);
        auto outcome = PreMigrationGuard::run(db, parser.value(u"expect-version"_s),
                                              parser.value(u"version-query"_s), control());
        endProgress();
        if (!outcome) {
            // The runbook's rule: a failed backup never blocks the migration.
            const QString why = outcome.error().message;
            (void)Journal().record(QJsonObject{{u"operation"_s, u"guard"_s},
                                               {u"target"_s, QFileInfo(db).absoluteFilePath()},
                                               {u"ok"_s, false},
                                               {u"outcome"_s, u"failed"_s},
                                               {u"message"_s, why}});
            if (json())
                printJson(QJsonObject{{u"ok"_s, false}, {u"action"_s, u"failed"_s},
                                      {u"error"_s, QJsonObject{{u"code"_s, errorCodeName(outcome.error().code)},
                                                               {u"message"_s, why}}}});
            warn(u"[RegistryBackup] Backup failed: "_s + why + u'\n');
            return parser.isSet(u"strict"_s) ? ExitProblem : ExitOk;
        }
        const char *action = outcome->action == PreMigrationGuard::Action::BackedUp ? "backed_up"
                             : outcome->action == PreMigrationGuard::Action::VersionsMatch ? "versions_match"
                                                                                           : "no_database";
        if (json()) {
            QJsonObject o{{u"ok"_s, true}, {u"action"_s, QString::fromLatin1(action)},
                          {u"schema_version"_s, outcome->currentVersion}};
            if (!outcome->backupPath.isEmpty())
                o.insert(u"backup"_s, outcome->backupPath);
            printJson(o);
        } else if (outcome->action == PreMigrationGuard::Action::BackedUp) {
            print(u"[RegistryBackup] Backup created at "_s + outcome->backupPath + u'\n');
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeGuardCommand()
{
    return std::make_unique<GuardCommand>();
}

} // namespace lifeboat::cli
