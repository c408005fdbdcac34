// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "restorerecovery.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

class RecoverCommand : public Command
{
public:
    RecoverCommand()
        : Command(u"recover"_s, Tr::tr("Show the restores that were interrupted (the process was "
                                       "killed, the machine went down) and finish or undo them."),
                  u"[--finish | --undo]"_s,
                  u"  lifeboat-cli recover\n"
                  "  lifeboat-cli recover --undo\n"
                  "  lifeboat-cli recover --finish --json"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {u"finish"_s, Tr::tr("Restore the backup again over the same targets.")},
            {u"undo"_s, Tr::tr("Put back what was there before the restore, from its snapshots.")},
        });
    }

    int run(QCommandLineParser &parser) override
    {
        const bool finish = parser.isSet(u"finish"_s);
        const bool undo = parser.isSet(u"undo"_s);
        if (finish && undo)
            return usageError(Tr::tr("Choose one: --finish or --undo."));
        const QList<InterruptedRestore> pending = RestoreRecovery::pending();
        if (!finish && !undo) {
            if (json()) {
                QJsonArray list;
                for (const InterruptedRestore &r : pending)
                    list.append(r.toJson());
                printJson(QJsonObject{{u"ok"_s, pending.isEmpty()}, {u"interrupted"_s, list}});
            } else if (pending.isEmpty()) {
                print(Tr::tr("No restore was interrupted.") + u'\n');
            } else {
                QStringList out;
                for (const InterruptedRestore &r : pending) {
                    out << Tr::tr("Restore from %1, started %2, did not finish:")
                               .arg(r.backup, formatLocalTime(r.startedAt));
                    for (const InterruptedRestore::Target &t : r.targets) {
                        // Only a snapshot that is there is named: the run may have stopped before taking it.
                        const bool snapshot = !t.snapshot.isEmpty() && QFileInfo::exists(t.snapshot);
                        const QString state = !t.replaced() ? Tr::tr("not replaced yet")
                                              : snapshot    ? Tr::tr("replaced; snapshot %1").arg(t.snapshot)
                                                            : Tr::tr("replaced");
                        out << u"  %1 → %2  (%3)"_s.arg(t.name, t.target, state);
                    }
                }
                out << QString()
                    << Tr::tr("Run \"lifeboat-cli recover --finish\" to restore the backup again, or "
                              "\"lifeboat-cli recover --undo\" to put the data back as it was.");
                print(out.join(u'\n') + u'\n');
            }
            return pending.isEmpty() ? ExitOk : ExitProblem;
        }

        bool allSettled = true;
        QJsonArray settled;
        for (const InterruptedRestore &r : pending) {
            auto report = RestoreRecovery::settle(r, finish ? RestoreRecovery::Action::Finish
                                                            : RestoreRecovery::Action::Undo,
                                                  control());
            endProgress();
            if (!report)
                return failWith(report.error());
            const bool ok = report->outcome != RestoreReport::Outcome::Failed;
            allSettled = allSettled && ok;
            QJsonArray items;
            for (const auto &i : std::as_const(report->items))
                items.append(QJsonObject{
                    {u"name"_s, i.name}, {u"target"_s, i.target}, {u"status"_s, i.status}});
            settled.append(QJsonObject{{u"id"_s, r.id},
                                       {u"backup"_s, r.backup},
                                       {u"ok"_s, ok},
                                       {u"items"_s, items},
                                       {u"snapshots"_s, QJsonArray::fromStringList(report->snapshots)},
                                       {u"message"_s, report->message}});
            if (!json())
                print(report->message + u'\n');
        }
        if (json())
            printJson(QJsonObject{{u"ok"_s, allSettled},
                                  {u"action"_s, finish ? u"finish"_s : u"undo"_s},
                                  {u"settled"_s, settled}});
        else if (pending.isEmpty())
            print(Tr::tr("No restore was interrupted.") + u'\n');
        return allSettled ? ExitOk : ExitProblem;
    }
};

} // namespace

std::unique_ptr<Command> makeRecoverCommand()
{
    return std::make_unique<RecoverCommand>();
}

} // namespace lifeboat::cli
