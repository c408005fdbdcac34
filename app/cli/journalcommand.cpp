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
                // What runbook 001 asks a session log to keep: where from and to,
                // the environment, the schema versions, the integrity result, who.
                const bool restore = operation.startsWith("restore"_L1);
                out << u"### %1 — %2 (%3)"_s.arg(time, operation, outcome) << QString()
                    << (restore ? Tr::tr("- from the backup: `%1`") : Tr::tr("- target: `%1`")).arg(target);
                for (const QJsonValue &t : e.value(u"targets"_s).toArray()) {
                    const QJsonObject o = t.toObject();
                    out << Tr::tr("- %1 → `%2` (%3)").arg(o.value(u"name"_s).toString(), o.value(u"target"_s).toString(),
                                                        o.value(u"status"_s).toString());
                }
                if (e.contains(u"restore_id"_s))
                    out << Tr::tr("- restore id: %1").arg(e.value(u"restore_id"_s).toString());
                out << Tr::tr("- host: %1, operator: %2, Lifeboat %3")
                           .arg(e.value(u"host"_s).toString(), e.value(u"operator"_s).toString(),
                                e.value(u"tool_version"_s).toString());
                if (const QString environment = e.value(u"environment"_s).toString(); !environment.isEmpty())
                    out << Tr::tr("- environment: %1").arg(environment);
                if (e.contains(u"schema_version"_s))
                    out << Tr::tr("- schema version: %1").arg(e.value(u"schema_version"_s).toString());
                QStringList versions;
                const QJsonObject schemaVersions = e.value(u"schema_versions"_s).toObject();
                for (auto it = schemaVersions.constBegin(); it != schemaVersions.constEnd(); ++it) {
                    if (!it.value().toString().isEmpty())
                        versions << it.key() + u' ' + it.value().toString();
                }
                if (!versions.isEmpty())
                    out << Tr::tr("- schema versions: %1").arg(versions.join(u", "_s));
                if (e.contains(u"integrity"_s))
                    out << Tr::tr("- quick_check of the copies: %1").arg(e.value(u"integrity"_s).toString());
                // A verification counts its checks; a restore lists them.
                int counts[3] = {0, 0, 0};
                if (e.value(u"checks"_s).isObject()) {
                    const QJsonObject c = e.value(u"checks"_s).toObject();
                    counts[0] = c.value(u"pass"_s).toInt();
                    counts[1] = c.value(u"fail"_s).toInt();
                    counts[2] = c.value(u"skip"_s).toInt();
                }
                for (const QJsonValue &c : e.value(u"checks"_s).toArray()) {
                    const QString status = c.toObject().value(u"status"_s).toString();
                    ++counts[status == "pass"_L1 ? 0 : status == "fail"_L1 ? 1 : 2];
                }
                if (e.contains(u"checks"_s))
                    out << Tr::tr("- checks: %1 passed, %2 failed, %3 skipped").arg(counts[0]).arg(counts[1]).arg(counts[2]);
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
