// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "journal.h"
#include "restorerecovery.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

class JournalCommand : public Command
{
public:
    JournalCommand()
        : Command(u"journal"_s, Tr::tr("Show what Lifeboat did: every backup, verification, "
                                       "restore, rollback and pre-migration backup, with time, "
                                       "host, operator, target and outcome, newest first."),
                  u"[--markdown] [--limit N]"_s,
                  u"  lifeboat-cli journal --limit 20\n"
                  "  lifeboat-cli journal --markdown >> SESSIONS.md\n"
                  "  lifeboat-cli journal --json"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {u"markdown"_s, Tr::tr("Write a log a team can paste into its operations notes.")},
            {u"limit"_s, Tr::tr("Show at most N entries (default: all)."), u"N"_s},
        });
    }

    int run(QCommandLineParser &parser) override
    {
        bool ok = true;
        const int limit = parser.isSet(u"limit"_s) ? parser.value(u"limit"_s).toInt(&ok) : 0;
        if (!ok || limit < 0)
            return usageError(Tr::tr("--limit takes a whole number."));
        // A restore's start is recorded only so that an interrupted one can be
        // found; shown only while it is: otherwise its end entry tells it all.
        QSet<QString> interrupted;
        for (const InterruptedRestore &r : RestoreRecovery::pending())
            interrupted.insert(r.id);
        QList<QJsonObject> entries = Journal().entries();
        entries.removeIf([&interrupted](const QJsonObject &e) {
            return e.value(u"operation"_s).toString() == "restore_started"_L1
                   && !interrupted.contains(e.value(u"restore_id"_s).toString());
        });
        if (limit > 0 && entries.size() > limit)
            entries.resize(limit);
        if (json()) {
            QJsonArray array;
            for (const QJsonObject &e : entries)
                array.append(e);
            printJson(QJsonObject{{u"journal"_s, Journal().path()}, {u"entries"_s, array}});
            return ExitOk;
        }
        if (entries.isEmpty()) {
            print(Tr::tr("The journal %1 is empty.").arg(Journal().path()) + u'\n');
            return ExitOk;
        }
        QStringList out;
        for (const QJsonObject &e : entries) {
            const QString time = formatLocalTime(QDateTime::fromString(e.value(u"time"_s).toString(), Qt::ISODateWithMs));
            const QString operation = e.value(u"operation"_s).toString();
            const QString outcome = e.value(u"outcome"_s).toString();
            const QString target = e.value(u"target"_s).toString();
            if (parser.isSet(u"markdown"_s)) {
                out << u"### %1 — %2 (%3)"_s.arg(time, operation, outcome) << QString() << Journal::describe(e)
                    << QString();
            } else {
                out << u"%1  %2  %3  %4"_s.arg(time, -19).arg(operation, -9).arg(outcome, -12).arg(target);
            }
        }
        print(out.join(u'\n') + u'\n');
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeJournalCommand()
{
    return std::make_unique<JournalCommand>();
}

} // namespace lifeboat::cli
