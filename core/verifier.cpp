// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifier.h"

#include "checksums.h"
#include "fileops.h"
#include "jobcontrol.h"
#include "journal.h"
#include "postgresclient.h"
#include "sha256.h"
#include "sqlitedatabase.h"
#include "tarstream.h"

#include <KCompressionDevice>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>
#include <QScopeGuard>
#include <QThreadPool>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVerify, "lifeboat.core.verify", QtWarningMsg)

namespace lifeboat {

namespace {

constexpr int MaxListed = 10;

CheckResult pass(const QString &name, const QString &detail)
{
    return {name, CheckStatus::Pass, detail};
}

CheckResult failed(const QString &name, const QString &detail)
{
    return {name, CheckStatus::Fail, detail};
}

CheckResult skipped(const QString &name, const QString &detail)
{
    return {name, CheckStatus::Skip, detail};
}

QString listSome(const QStringList &lines)
{
    QStringList shown = lines.mid(0, MaxListed);
    if (lines.size() > MaxListed)
        shown.append(Tr::tr("and %n more", nullptr, int(lines.size() - MaxListed)));
    return shown.join(u"; "_s);
}

// What one item's checks need to know, fixed before the work starts.
struct ItemPlan
{
    BackupItem item;
    VerifyOptions options;
};

CheckResult hashCheck(const ItemPlan &plan, JobControl &control)
{
    const QString name = u"hash_verification"_s;
    const BackupItem &item = plan.item;
    if (QFileInfo(item.artifact).isDir())
        return skipped(name, Tr::tr("A folder snapshot has no single checksum; its files are "
                                    "read one by one."));
    if (!QFileInfo(item.artifact).isFile())
        return failed(name, Tr::tr("The artifact \"%1\" is missing.").arg(item.artifact));
    if (item.sha256.isEmpty())
        return skipped(name, Tr::tr("No checksum was recorded for this copy."));
    auto digest = Sha256::ofFile(item.artifact, &control);
    if (!digest)
        return failed(name, digest.error().message);
    return Verifier::digestMatches(item, *digest);
}

QList<CheckResult> databaseChecks(const ItemPlan &plan, JobControl &control)
{
    const BackupItem &item = plan.item;
    const QStringList names{u"sqlite_open"_s, u"integrity_check"_s, u"schema_valid"_s,
                            u"schema_version"_s};
    auto allFailAfter = [&names](CheckResult first) {
        QList<CheckResult> out{first};
        for (qsizetype i = 1; i < names.size(); ++i)
            out.append(skipped(names[i], Tr::tr("The database could not be opened.")));
        return out;
    };
    if (!QFileInfo(item.artifact).isFile())
        return allFailAfter(failed(names[0], Tr::tr("The artifact \"%1\" is missing.")
                                                 .arg(item.artifact)));

    // A gzip-compressed copy is checked through the compression, in a
    // private folder that goes away with the check.
    QTemporaryDir scratch;
    QString path = item.artifact;
    if (item.gzip || (!isSqliteFile(path) && isGzippedSqlite(path))) {
        auto unpacked = gunzipInto(item.artifact, scratch, control);
        if (!unpacked)
            return allFailAfter(failed(names[0], unpacked.error().message));
        path = *unpacked;
    }
    if (!isSqliteFile(path))
        return allFailAfter(failed(names[0], Tr::tr("\"%1\" is not an SQLite database: it lacks "
                                                    "the SQLite header.")
                                                 .arg(item.artifact)));
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Immutable);
    if (!db)
        return allFailAfter(failed(names[0], db.error().message));
    db->setCancelCheck([&control] { return control.isCancelled(); });

    QList<CheckResult> out;
    auto pageSize = db->value(u"PRAGMA page_size"_s);
    auto pageCount = db->value(u"PRAGMA page_count"_s);
    out.append(pass(names[0], Tr::tr("Opened read-only: %1 pages of %2 bytes.")
                                  .arg(pageCount ? pageCount->toLongLong() : 0)
                                  .arg(pageSize ? pageSize->toLongLong() : 0)));

    const QString check = plan.options.quick ? u"quick_check"_s : u"integrity_check"_s;
    auto findings = db->integrityCheck(plan.options.quick, &control);
    if (!findings && findings.error().code == ErrorCode::Cancelled)
        return {};
    if (!findings) {
        out.append(failed(names[1], findings.error().message));
    } else if (*findings == QStringList{u"ok"_s}) {
        QString detail = Tr::tr("%1: ok.").arg(check);
        auto fk = db->foreignKeyProblems();
        if (fk && !fk->isEmpty())
            detail += u' '
                      + Tr::tr("%n foreign key problem(s): %1", nullptr, int(fk->size()))
                            .arg(listSome(*fk));
        out.append(pass(names[1], detail));
    } else {
        out.append(failed(names[1], Tr::tr("%1 found: %2").arg(check, listSome(*findings))));
    }

    out.append(Verifier::requiredTables(item, plan.options.requireTables, db->tables()));
    out.append(Verifier::schemaVersion(item, db->schemaVersion()));
    return out;
}

QList<CheckResult> archiveChecks(const ItemPlan &plan, JobControl &control)
{
    const BackupItem &item = plan.item;
    const QString extract = u"extract_archive"_s;
    const QString counted = u"files_extracted"_s;
    if (!QFileInfo(item.artifact).isFile())
        return {failed(extract, Tr::tr("The artifact \"%1\" is missing.").arg(item.artifact)),
                skipped(counted, Tr::tr("The archive could not be read."))};
    auto device = openArchiveStream(item.artifact);
    if (!device)
        return {failed(extract, device.error().message),
                skipped(counted, Tr::tr("The archive could not be read."))};

    // Every entry is read and decompressed to its last byte, never written anywhere.
    TarStreamReader reader(device->get(), item.artifact);
    ArchiveEntryCheck safety;
    QStringList unsafe;
    int files = 0;
    int entries = 0;
    qint64 bytes = 0;
    const auto sink = [&](QByteArrayView chunk) {
        bytes += chunk.size();
        control.addBytes(chunk.size());
        return !control.isCancelled();
    };
    for (;;) {
        auto entry = reader.next(sink);
        if (!entry) {
            if (entry.error().code == ErrorCode::Cancelled)
                return {};
            return {failed(extract, entry.error().message),
                    skipped(counted, Tr::tr("The archive could not be read to its end."))};
        }
        if (!*entry)
            break;
        ++entries;
        const TarEntry &e = **entry;
        if (e.type == TarEntry::Type::File || e.type == TarEntry::Type::Symlink
            || e.type == TarEntry::Type::Hardlink)
            ++files;
        if (const QString problem = safety.check(e); !problem.isEmpty())
            unsafe.append(problem);
    }
    QList<CheckResult> out;
    if (!unsafe.isEmpty())
        out.append(failed(extract, Tr::tr("Unsafe entries: %1.").arg(listSome(unsafe))));
    else
        out.append(pass(extract, Tr::tr("%n entries read to the end", nullptr, entries) + u", "_s
                                     + Tr::tr("%1 bytes of data.").arg(bytes)));
    const int recorded = item.recorded ? item.recorded->fileCount : -1;
    if (recorded >= 0 && recorded != files)
        out.append(failed(counted, Tr::tr("%n file(s) in the archive", nullptr, files) + u", "_s
                                       + Tr::tr("but the manifest records %1.").arg(recorded)));
    else if (recorded >= 0)
        out.append(pass(counted, Tr::tr("%n file(s), as recorded.", nullptr, files)));
    else
        out.append(pass(counted, Tr::tr("%n file(s); no count was recorded.", nullptr, files)));
    return out;
}

// A folder kept as it was (assets.pre-restore): every file read to its end,
// every link kept inside the folder.
QList<CheckResult> folderChecks(const ItemPlan &plan, JobControl &control)
{
    const QString name = u"files_extracted"_s;
    const QString root = QDir::cleanPath(plan.item.artifact);
    QStringList problems;
    int files = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (control.isCancelled())
            return {};
        const QFileInfo info(it.next());
        if (info.isSymLink()) {
            const QString target = QDir::cleanPath(info.readSymLink().startsWith(u'/')
                                                       ? info.readSymLink()
                                                       : info.absolutePath() + u'/' + info.readSymLink());
            if (target != root && !target.startsWith(root + u'/'))
                problems.append(Tr::tr("\"%1\" links outside the folder").arg(info.filePath()));
            ++files;
        } else if (info.isFile()) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append(Tr::tr("\"%1\" cannot be read: %2").arg(info.filePath(), file.errorString()));
                continue;
            }
            qint64 n;
            while ((n = file.read(buffer.data(), buffer.size())) > 0)
                control.addBytes(n);
            if (n < 0)
                problems.append(Tr::tr("\"%1\" cannot be read: %2").arg(info.filePath(), file.errorString()));
            ++files;
        }
    }
    if (!problems.isEmpty())
        return {failed(name, listSome(problems))};
    return {pass(name, Tr::tr("%n file(s) read to the end.", nullptr, files))};
}

// Restores the dump into a scratch database, counts its rows against the
// manifest and drops it again, whatever happened.
QList<CheckResult> restoreDrill(const ItemPlan &plan, JobControl &control)
{
    const QString drill = u"restore_drill"_s;
    const QString rows = u"row_counts"_s;
    const BackupItem &item = plan.item;
    const std::optional<PostgresInfo> recorded =
        item.recorded ? item.recorded->postgres : std::optional<PostgresInfo>();
    auto connection = PostgresConnection::givenOrRecorded(plan.options.dsnEnv, plan.options.service, recorded);
    if (!connection)
        return {failed(drill, connection.error().message),
                skipped(rows, Tr::tr("No restore drill ran."))};
    const QString scratch = u"lifeboat_drill_%1_%2"_s.arg(timestampName(QDateTime::currentDateTimeUtc()))
                                .arg(QCoreApplication::applicationPid());
    const PostgresClient client(*connection, &control);
    if (auto made = client.createDatabase(scratch); !made)
        return {failed(drill, made.error().message), skipped(rows, Tr::tr("No restore drill ran."))};
    // Dropped without the job's control: a cancelled drill still cleans up.
    const PostgresClient cleaner(*connection);
    auto dropScratch = qScopeGuard([&] {
        if (auto dropped = cleaner.dropDatabase(scratch); !dropped)
            qCWarning(lcVerify) << dropped.error().message;
    });
    QList<CheckResult> out;
    auto restored = client.restore(item.artifact, scratch, false);
    if (!restored) {
        if (restored.error().code == ErrorCode::Cancelled)
            return {};
        return {failed(drill, restored.error().message),
                skipped(rows, Tr::tr("The dump did not restore."))};
    }
    QString detail = Tr::tr("Restored into the scratch database %1 on %2, which is dropped again.")
                         .arg(scratch, connection->displayName());
    if (!restored->warnings.isEmpty())
        detail += u' ' + Tr::tr("pg_restore warned: %1").arg(listSome(restored->warnings));
    out.append(pass(drill, detail));
    auto counts = client.rowCounts(scratch);
    if (!counts) {
        out.append(failed(rows, counts.error().message));
    } else if (!recorded || recorded->tables.isEmpty()) {
        out.append(skipped(rows, Tr::tr("The manifest records no row counts; %n table(s) restored.",
                                        nullptr, int(counts->size()))));
    } else {
        const QStringList differences = rowCountDifferences(recorded->tables, *counts);
        out.append(differences.isEmpty()
                       ? pass(rows, Tr::tr("All %n table(s) hold the recorded number of rows.",
                                           nullptr, int(recorded->tables.size())))
                       : failed(rows, listSome(differences)));
    }
    return out;
}

QList<CheckResult> postgresChecks(const ItemPlan &plan, JobControl &control)
{
    const QString readable = u"pgdump_readable"_s;
    const BackupItem &item = plan.item;
    QList<CheckResult> out;
    if (!QFileInfo(item.artifact).isFile()) {
        out.append(failed(readable, Tr::tr("The artifact \"%1\" is missing.").arg(item.artifact)));
    } else if (auto contents = PostgresClient::list(item.artifact, &control); !contents) {
        if (contents.error().code == ErrorCode::Cancelled)
            return {};
        out.append(failed(readable, contents.error().message));
    } else {
        QStringList missing;
        if (item.recorded && item.recorded->postgres) {
            for (const QString &table : item.recorded->postgres->tables.keys()) {
                if (!contents->tablesWithData.contains(table))
                    missing.append(table);
            }
        }
        control.addBytes(QFileInfo(item.artifact).size());
        out.append(missing.isEmpty()
                       ? pass(readable,
                              Tr::tr("pg_restore read the whole table of contents: %1 entries, "
                                     "archive version %2, dumped by pg_dump %3 from PostgreSQL %4.")
                                  .arg(contents->tocEntries)
                                  .arg(contents->dumpVersion, contents->pgDumpVersion,
                                       contents->serverVersion))
                       : failed(readable, Tr::tr("The dump holds no data for: %1.")
                                              .arg(listSome(missing))));
    }
    if (!plan.options.drill)
        return out;
    if (out.constFirst().status == CheckStatus::Fail) {
        out.append(skipped(u"restore_drill"_s, Tr::tr("The dump cannot be read.")));
        return out;
    }
    out.append(restoreDrill(plan, control));
    return out;
}

// A JSONL store (one JSON document a line) or its .meta.json: what the
// application reads back must parse.
bool isJsonFile(const QString &path)
{
    return path.endsWith(".jsonl"_L1) || path.endsWith(".json"_L1);
}

QList<CheckResult> jsonChecks(const ItemPlan &plan, JobControl &control)
{
    const QString name = u"json_valid"_s;
    QFile file(plan.item.artifact);
    if (!file.open(QIODevice::ReadOnly))
        return {failed(name, Tr::tr("Could not read \"%1\": %2").arg(plan.item.artifact, file.errorString()))};
    const bool lines = plan.item.artifact.endsWith(".jsonl"_L1);
    const qint64 size = file.size();
    if (!lines && size > (qint64(256) << 20)) {
        control.addBytes(size);
        return {skipped(name, Tr::tr("It is larger than 256 MiB: not read whole."))};
    }
    qint64 lineNumber = 0;
    bool cutShort = false;
    QJsonParseError error;
    while (!file.atEnd()) {
        if (control.isCancelled())
            return {};
        const QByteArray text = lines ? file.readLine() : file.readAll();
        ++lineNumber;
        if (text.trimmed().isEmpty())
            continue;
        // Any JSON value, a line of 42 too: QJsonDocument reads only an
        // object or an array, so the value is read as an array's one element.
        QJsonDocument::fromJson(lines ? '[' + text + ']' : text, &error);
        // A store copied while its application appended may end in half a
        // line, which readers of JSONL skip; a broken whole line is damage.
        if (error.error != QJsonParseError::NoError && lines && file.atEnd() && !text.endsWith('\n')) {
            cutShort = true;
            control.addBytes(text.size());
            break;
        }
        if (error.error != QJsonParseError::NoError) {
            control.addBytes(size - file.pos()); // what is left is not read
            return {failed(name, lines ? Tr::tr("Line %1 is not JSON: %2.").arg(lineNumber).arg(error.errorString())
                                       : Tr::tr("It is not JSON: %1 at offset %2.")
                                             .arg(error.errorString())
                                             .arg(error.offset))};
        }
        control.addBytes(text.size());
    }
    if (cutShort)
        return {pass(name, Tr::tr("Every whole line is JSON: %n line(s); the last, unfinished, was being "
                                  "written when the copy was taken.", nullptr, int(lineNumber - 1)))};
    return {pass(name, lines ? Tr::tr("Every line is JSON: %n line(s).", nullptr, int(lineNumber))
                             : Tr::tr("It is JSON."))};
}

QList<CheckResult> contentChecks(const ItemPlan &plan, JobControl &control)
{
    if (QFileInfo(plan.item.artifact).isDir())
        return folderChecks(plan, control);
    switch (plan.item.type) {
    case ItemType::Database:
        return databaseChecks(plan, control);
    case ItemType::Assets:
        return archiveChecks(plan, control);
    case ItemType::Postgres:
        return postgresChecks(plan, control);
    case ItemType::File:
        if (isJsonFile(plan.item.artifact) && QFileInfo(plan.item.artifact).isFile())
            return jsonChecks(plan, control);
        break;
    }
    return {};
}

// The bytes an item's content checks report: a folder's files, an archive's
// content, a database checked (and first decompressed, if it is gzip's).
qint64 contentBytes(const BackupItem &item)
{
    switch (item.type) {
    case ItemType::Database:
        return item.gzip ? 2 * item.unpackedSize() : item.unpackedSize();
    case ItemType::Assets:
    case ItemType::Postgres:
        return item.unpackedSize();
    case ItemType::File:
        if (isJsonFile(item.artifact) && QFileInfo(item.artifact).isFile())
            return QFileInfo(item.artifact).size();
        break;
    }
    return 0;
}

// A Lifeboat set's checksums.txt must agree with its manifest: a file it
// names that the manifest does not, or names with another hash, is checked
// as an item of its own, so a missing or changed file fails either way.
QList<BackupItem> itemsToCheck(const BackupEntry &entry)
{
    QList<BackupItem> items = entry.items;
    // A dump's schema.sql is hashed as an item of its own.
    QList<Checksums::Entry> besides;
    for (const BackupItem &item : entry.items) {
        if (!item.recorded || !item.recorded->postgres || item.recorded->postgres->schemaBackup.isEmpty())
            continue;
        const PostgresInfo &pg = *item.recorded->postgres;
        BackupItem schema;
        schema.name = item.name + u": "_s + pg.schemaBackup;
        schema.type = ItemType::File;
        schema.artifact = Manifest::resolveArtifact(
            entry.manifestPath.isEmpty() ? entry.path : QFileInfo(entry.manifestPath).absolutePath(),
            pg.schemaBackup);
        schema.sha256 = pg.schemaSha256;
        schema.sizeBytes = pg.schemaSizeBytes;
        items.append(schema);
        besides.append({pg.schemaSha256, pg.schemaBackup});
    }
    if (entry.layout != Layout::Lifeboat)
        return items;
    const QString dir = entry.path;
    const QString sumsPath = dir + u"/checksums.txt"_s;
    if (!QFileInfo::exists(sumsPath))
        return items;
    auto sums = Checksums::read(sumsPath);
    if (!sums)
        return items;
    for (const Checksums::Entry &e : std::as_const(sums->entries)) {
        const QString artifact = Manifest::resolveArtifact(dir, e.fileName);
        // Compared with the whole manifest: a restore of some items checks
        // those, not the others the checksums also name.
        const QList<ManifestItem> recorded = entry.manifest ? entry.manifest->items : QList<ManifestItem>();
        const bool agrees = std::any_of(recorded.cbegin(), recorded.cend(), [&](const ManifestItem &item) {
            return Manifest::resolveArtifact(dir, item.backup) == artifact && item.sha256 == e.sha256;
        });
        const bool besideAnItem = std::any_of(besides.cbegin(), besides.cend(), [&](const Checksums::Entry &b) {
            return Manifest::resolveArtifact(dir, b.fileName) == artifact && b.sha256 == e.sha256;
        });
        if (agrees || besideAnItem)
            continue;
        BackupItem extra;
        extra.name = u"checksums.txt: "_s + e.fileName;
        extra.type = ItemType::File;
        extra.artifact = artifact;
        extra.sha256 = e.sha256;
        items.append(extra);
    }
    return items;
}

} // namespace

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return u"pass"_s;
    case CheckStatus::Fail:
        return u"fail"_s;
    case CheckStatus::Skip:
        return u"skip"_s;
    }
    return {};
}

bool ItemVerification::ok() const
{
    return std::none_of(checks.cbegin(), checks.cend(),
                        [](const CheckResult &c) { return c.status == CheckStatus::Fail; });
}

bool VerifyReport::ok() const
{
    return !items.isEmpty()
           && std::all_of(items.cbegin(), items.cend(), [](const auto &i) { return i.ok(); });
}

QJsonObject VerifyReport::toJson() const
{
    QJsonArray itemArray;
    for (const ItemVerification &item : items) {
        QJsonArray checks;
        for (const CheckResult &c : item.checks)
            checks.append(QJsonObject{{u"name"_s, c.name},
                                      {u"status"_s, checkStatusName(c.status)},
                                      {u"detail"_s, c.detail}});
        itemArray.append(QJsonObject{{u"name"_s, item.name},
                                     {u"type"_s, itemTypeName(item.type)},
                                     {u"artifact"_s, item.artifact},
                                     {u"ok"_s, item.ok()},
                                     {u"checks"_s, checks}});
    }
    return QJsonObject{{u"ok"_s, ok()},
                       {u"target"_s, target},
                       {u"layout"_s, layoutName(layout)},
                       {u"started_at"_s, startedAt.toString(Qt::ISODate)},
                       {u"duration_ms"_s, durationMs},
                       {u"items"_s, itemArray}};
}

namespace {

// The bytes checking these items reports: each artifact hashed, and its content.
qint64 bytesToCheck(const QList<BackupItem> &items)
{
    qint64 total = 0;
    for (const BackupItem &item : items) {
        const QFileInfo artifact(item.artifact);
        total += (artifact.isFile() ? artifact.size() : 0) + contentBytes(item);
    }
    return total;
}

// Verifies an entry's items (itemsToCheck), whose totals the caller has
// added to control's.
Result<VerifyReport> verifyItems(const BackupEntry &entry, const QList<BackupItem> &items,
                                 const VerifyOptions &options, JobControl &control)
{
    if (auto ok = Sha256::initialize(); !ok)
        return std::unexpected(ok.error());
    QElapsedTimer timer;
    timer.start();
    VerifyReport report;
    report.target = entry.path;
    report.layout = entry.layout;
    report.startedAt = QDateTime::currentDateTimeUtc();

    QList<ItemPlan> plans;
    for (const BackupItem &item : items)
        plans.append({item, options});
    control.setDescription(Tr::tr("Verifying %1").arg(QFileInfo(entry.path).fileName()));

    // Each item's hash and its content checks are independent tasks, so a
    // large database is hashed on one core while it is checked on another.
    QList<CheckResult> hashes(plans.size());
    QList<QList<CheckResult>> contents(plans.size());
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    for (qsizetype i = 0; i < plans.size(); ++i) {
        pool.start([&, i] {
            hashes[i] = hashCheck(plans[i], control);
            if (options.onChecks && !control.isCancelled())
                options.onChecks(plans[i].item.name, {hashes[i]});
        });
        pool.start([&, i] {
            contents[i] = contentChecks(plans[i], control);
            control.addFiles(1);
            if (options.onChecks && !control.isCancelled())
                options.onChecks(plans[i].item.name, contents[i]);
        });
    }
    pool.waitForDone();
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."), entry.path);

    // A manifest that cannot be read leaves nothing to check the items against.
    if (!entry.manifestProblem.isEmpty()) {
        ItemVerification manifest;
        manifest.name = QFileInfo(entry.manifestProblemPath).fileName();
        manifest.artifact = entry.manifestProblemPath;
        manifest.checks.append(failed(u"manifest_readable"_s,
                                      entry.manifestProblem + u' '
                                          + Tr::tr("What the backup holds cannot be checked against it: "
                                                   "restore from another backup.")));
        report.items.append(manifest);
    }
    for (qsizetype i = 0; i < plans.size(); ++i) {
        ItemVerification v;
        v.name = plans[i].item.name;
        v.type = plans[i].item.type;
        v.artifact = plans[i].item.artifact;
        v.checks.append(hashes[i]);
        v.checks.append(contents[i]);
        report.items.append(v);
    }
    report.durationMs = timer.elapsed();

    if (options.record) {
        int passed = 0, failedCount = 0, skippedCount = 0;
        for (const ItemVerification &v : std::as_const(report.items)) {
            for (const CheckResult &c : v.checks) {
                passed += c.status == CheckStatus::Pass;
                failedCount += c.status == CheckStatus::Fail;
                skippedCount += c.status == CheckStatus::Skip;
            }
        }
        auto recorded = Journal().record(QJsonObject{
            {u"operation"_s, u"verify"_s},
            {u"target"_s, report.target},
            {u"layout"_s, layoutName(report.layout)},
            {u"ok"_s, report.ok()},
            {u"outcome"_s, report.ok() ? u"passed"_s : u"failed"_s},
            {u"checks"_s, QJsonObject{{u"pass"_s, passed}, {u"fail"_s, failedCount},
                                      {u"skip"_s, skippedCount}}},
            {u"quick"_s, options.quick},
            {u"drill"_s, options.drill},
            {u"duration_ms"_s, report.durationMs},
        });
        if (!recorded)
            qCWarning(lcVerify) << recorded.error().message;
    }
    return report;
}

} // namespace

CheckResult Verifier::digestMatches(const BackupItem &item, const QString &digest)
{
    const QString name = u"hash_verification"_s;
    if (digest != item.sha256)
        return failed(name, Tr::tr("SHA-256 is %1, but %2 was recorded: the file changed or is "
                                   "damaged.")
                                .arg(digest, item.sha256));
    return pass(name, Tr::tr("SHA-256 matches (%1).").arg(item.sha256.left(16) + u'…'));
}

CheckResult Verifier::requiredTables(const BackupItem &item, const QStringList &requireTables,
                                     const Result<QStringList> &found)
{
    const QString name = u"schema_valid"_s;
    QStringList required = requireTables;
    if (required.isEmpty() && item.recorded && item.recorded->sqlite)
        required = item.recorded->sqlite->tables.keys();
    if (!found)
        return failed(name, found.error().message);
    if (required.isEmpty())
        return skipped(name, Tr::tr("No required tables were given or recorded; "
                                    "%n table(s) found.", nullptr, int(found->size())));
    QStringList missing;
    for (const QString &t : std::as_const(required)) {
        if (!found->contains(t))
            missing.append(t);
    }
    return missing.isEmpty()
               ? pass(name, Tr::tr("All %n required table(s) are there.", nullptr, int(required.size())))
               : failed(name, Tr::tr("Missing table(s): %1.").arg(missing.join(u", "_s)));
}

CheckResult Verifier::schemaVersion(const BackupItem &item, const Result<QString> &found)
{
    const QString name = u"schema_version"_s;
    QString recorded = item.recorded && item.recorded->sqlite ? item.recorded->sqlite->schemaVersion
                                                              : QString();
    if (recorded.isEmpty())
        recorded = item.namedVersion; // from the copy's name, as pre-migration backups carry it
    if (!found)
        return failed(name, found.error().message);
    if (!recorded.isEmpty() && *found != recorded)
        return failed(name, Tr::tr("Schema version %1, but %2 was recorded.")
                                .arg(found->isEmpty() ? u"-"_s : *found, recorded));
    if (!recorded.isEmpty())
        return pass(name, Tr::tr("Schema version %1, as recorded.").arg(recorded));
    if (!found->isEmpty())
        return pass(name, Tr::tr("Schema version %1 (none was recorded to compare).").arg(*found));
    return skipped(name, Tr::tr("The database carries no schema version."));
}

Result<VerifyReport> Verifier::verify(const BackupEntry &entry, const VerifyOptions &options,
                                      JobControl &control)
{
    const QList<BackupItem> items = itemsToCheck(entry);
    control.addTotals(bytesToCheck(items), int(items.size()));
    return verifyItems(entry, items, options, control);
}

Result<QList<VerifyReport>> Verifier::verifyPath(const QString &path, const VerifyOptions &options,
                                                 JobControl &control, FolderScan *scan)
{
    QList<BackupEntry> entries;
    auto one = BackupDiscovery::describe(path);
    if (one) {
        entries.append(*one);
    } else if (one.error().code == ErrorCode::Unsupported && QFileInfo(path).isDir()) {
        FolderScan folder{true, {}};
        auto found = BackupDiscovery::scan({path}, &control, &folder.unreadable);
        if (scan)
            *scan = folder;
        if (!found)
            return std::unexpected(found.error());
        entries = *found;
        if (options.newestOnly && entries.size() > 1)
            entries.resize(1); // the scan is newest first
        if (entries.isEmpty())
            return fail(ErrorCode::NotFound,
                        Tr::tr("No backups were found in \"%1\".").arg(path), path);
    } else {
        return std::unexpected(one.error());
    }
    // The whole folder's work counted first, so that its progress only grows.
    QList<QList<BackupItem>> items;
    for (const BackupEntry &entry : std::as_const(entries)) {
        items.append(itemsToCheck(entry));
        control.addTotals(bytesToCheck(items.constLast()), int(items.constLast().size()));
    }
    QList<VerifyReport> reports;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto report = verifyItems(entries.at(i), items.at(i), options, control);
        if (!report)
            return std::unexpected(report.error());
        reports.append(*report);
    }
    return reports;
}

} // namespace lifeboat
