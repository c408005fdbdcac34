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
                out << u"### %1 — %2 (%3)"_s.arg(time, operation, outcome) << QString()
                    << Tr::tr("- target: `%1`").arg(target)
                    << Tr::tr("- host: %1, operator: %2, Lifeboat %3")
                           .arg(e.value(u"host"_s).toString(), e.value(u"operator"_s).toString(),
                                e.value(u"tool_version"_s).toString());
                if (e.contains(u"schema_version"_s))
                    out << Tr::tr("- schema version: %1").arg(e.value(u"schema_version"_s).toString());
                if (e.contains(u"checks"_s) && e.value(u"checks"_s).isObject()) {
                    const QJsonObject c = e.value(u"checks"_s).toObject();
                    out << Tr::tr("- checks: %1 passed, %2 failed, %3 skipped")
                               .arg(c.value(u"pass"_s).toInt()).arg(c.value(u"fail"_s).toInt())
                               .arg(c.value(u"skip"_s).toInt());
                }
                for (const QJsonValue &s : e.value(u"snapshots"_s).toArray())
                    out << Tr::tr("- snapshot: `%1`").arg(s.toString());
                if (e.contains(u"message"_s))
                    out << u"- "_s + e.value(u"message"_s).toString();
                if (e.contains(u"duration_ms"_s))
                    out << Tr::tr("- duration: %1 s").arg(e.value(u"duration_ms"_s).toDouble() / 1000.0, 0, 'f', 1);
                out << QString();
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
