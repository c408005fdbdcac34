// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "verifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lifeboat::cli {

namespace {

QString rule()
{
    return QString(60, u'=');
}

class VerifyCommand : public Command
{
public:
    VerifyCommand()
        : Command(u"verify"_s, Tr::tr("Run a restore drill that changes nothing: check every "
                                      "artifact's SHA-256, open each database read-only and run "
                                      "integrity_check, check required tables and the schema "
                                      "version, and read every archive to its end, checking each "
                                      "entry's path."),
                  u"SET|MANIFEST|CHECKSUMS|FILE|DIR [--newest] [--require-tables T1,T2] [--quick] "
                  "[--report FILE] [--drill [--dsn-env VAR | --service NAME]]"_s,
                  u"  lifeboat-cli verify backups/lrl-20260114_120000\n"
                  "  lifeboat-cli verify backups/backup_manifest_20260114_120000.json "
                  "--require-tables users,content,assets\n"
                  "  lifeboat-cli verify backups/sqlite/latest/checksums.txt --report "
                  ".data/restore-verify/verification.json\n"
                  "  lifeboat-cli verify backups --quick --json\n"
                  "  lifeboat-cli verify backups/postgres/latest --drill --dsn-env APP_DATABASE_URL"_s)
    {
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"SET|MANIFEST|CHECKSUMS|FILE|DIR"_s, Tr::tr("A set folder, a manifest, a checksums "
                                                       "file, a database copy, or a folder "
                                                       "holding several."));
        parser.addOptions({
            {u"require-tables"_s, Tr::tr("Tables every database must have, comma-separated "
                                         "(default: the tables the manifest recorded)."),
             u"T1,T2"_s},
            {u"quick"_s, Tr::tr("Use PRAGMA quick_check instead of the full integrity_check.")},
            {u"newest"_s, Tr::tr("Of a folder of backups, verify only the newest.")},
            {u"report"_s, Tr::tr("Also write the JSON report to FILE."), u"FILE"_s},
            {u"drill"_s, Tr::tr("PostgreSQL: restore each dump into a scratch database, compare its "
                                "row counts with the manifest, and drop it.")},
            {u"dsn-env"_s, Tr::tr("PostgreSQL: the environment variable holding the DSN of the server "
                                  "for --drill (default: the one the manifest recorded)."),
             u"VAR"_s},
            {u"service"_s, Tr::tr("PostgreSQL: a service of libpq's service file for --drill."),
             u"NAME"_s},
        });
    }

    int run(QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1)
            return usageError(Tr::tr("Name exactly one backup or folder to verify."));
        VerifyOptions options;
        options.quick = parser.isSet(u"quick"_s);
        options.newestOnly = parser.isSet(u"newest"_s);
        options.drill = parser.isSet(u"drill"_s);
        options.dsnEnv = parser.value(u"dsn-env"_s);
        options.service = parser.value(u"service"_s);
        options.requireTables = parser.value(u"require-tables"_s).split(u',', Qt::SkipEmptyParts);
        for (QString &t : options.requireTables)
            t = t.trimmed();

        Verifier::FolderScan folder;
        auto reports = Verifier::verifyPath(args.constFirst(), options, control(), &folder);
        endProgress();
        // Said also when nothing else was found: the backups may all be in there.
        for (const QString &dir : std::as_const(folder.unreadable))
            warn(Tr::tr("Could not read the folder \"%1\": permission denied; backups in it are not verified.")
                     .arg(dir)
                 + u'\n');
        if (!reports)
            return failWith(reports.error());

        // A drill over a folder it could not wholly read has not shown that its backups restore.
        const bool passed = std::all_of(reports->cbegin(), reports->cend(),
                                        [](const VerifyReport &r) { return r.ok(); });
        const bool ok = passed && folder.unreadable.isEmpty();
        const QJsonArray unreadable = QJsonArray::fromStringList(folder.unreadable);
        // The document's shape follows the arguments, never what a folder holds:
        // one backup, or the newest of a folder, is one report; a folder is a list.
        QJsonObject doc;
        if (!folder.scanned || options.newestOnly) {
            doc = reports->constFirst().toJson();
            if (!unreadable.isEmpty()) {
                doc.insert(u"ok"_s, false);
                doc.insert(u"unreadable"_s, unreadable);
            }
        } else {
            QJsonArray array;
            for (const VerifyReport &r : std::as_const(*reports))
                array.append(r.toJson());
            doc = QJsonObject{{u"ok"_s, ok}, {u"target"_s, args.constFirst()}, {u"reports"_s, array},
                              {u"unreadable"_s, unreadable}};
        }
        if (parser.isSet(u"report"_s)) {
            QSaveFile file(parser.value(u"report"_s));
            QDir().mkpath(QFileInfo(file.fileName()).absolutePath());
            if (!file.open(QIODevice::WriteOnly)
                || file.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
                return failWith(Error{ErrorCode::NotWritable,
                                      Tr::tr("Could not write the report \"%1\": %2")
                                          .arg(file.fileName(), file.errorString()),
                                      file.fileName()});
        }
        if (json()) {
            printJson(doc);
            return ok ? ExitOk : ExitProblem;
        }

        QStringList out{rule(), Tr::tr("Lifeboat: Restore Drill"), rule(), QString()};
        for (const VerifyReport &r : std::as_const(*reports)) {
            out << Tr::tr("Backup: %1 (%2)").arg(r.target, layoutName(r.layout))
                << Tr::tr("Items to verify: %1").arg(r.items.size()) << QString();
            if (r.items.isEmpty())
                out << u"  [FAIL] "_s + Tr::tr("The backup holds nothing to restore.") << QString();
            for (const ItemVerification &item : r.items) {
                out << Tr::tr("Verifying %1: %2").arg(itemTypeName(item.type), item.name);
                for (const CheckResult &c : item.checks) {
                    const QString mark = c.status == CheckStatus::Pass   ? u"[PASS]"_s
                                         : c.status == CheckStatus::Fail ? u"[FAIL]"_s
                                                                         : u"[SKIP]"_s;
                    out << u"  %1 %2 — %3"_s.arg(mark, c.name, c.detail);
                }
                out << QString();
            }
        }
        out << rule();
        out << (ok       ? Tr::tr("RESTORE DRILL PASSED: All backups verified successfully!")
                : !passed ? Tr::tr("RESTORE DRILL FAILED: see the [FAIL] lines above.")
                          : Tr::tr("RESTORE DRILL FAILED: %n folder(s) could not be read.", nullptr,
                                   int(folder.unreadable.size())));
        print(out.join(u'\n') + u'\n');
        return ok ? ExitOk : ExitProblem;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace lifeboat::cli
