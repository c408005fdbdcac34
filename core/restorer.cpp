// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorer.h"

#include "archiveextractor.h"
#include "artifactwriter.h"
#include "fileops.h"
#include "jobcontrol.h"
#include "journal.h"
#include "restorerecovery.h"
#include "sha256.h"
#include "smokecheck.h"
#include "sqlitebackup.h"
#include "sqlitedatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <fcntl.h>
#include <future>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRestore, "lifeboat.core.restore", QtWarningMsg)

namespace lifeboat {

namespace {

bool isDatabase(const RestoreTarget &t)
{
    return t.item.type == ItemType::Database;
}

bool isFolder(const RestoreTarget &t)
{
    return t.item.type == ItemType::Assets;
}

bool isPostgres(const RestoreTarget &t)
{
    return t.item.type == ItemType::Postgres;
}

// A dump's pre-restore snapshot goes beside the backup it is restored from,
// where it is listed with the backups; never into a set's folder (a dump
// named inside one), where it would pass for an item of that set.
QDir dumpSnapshotFolder(const BackupEntry &entry)
{
    QDir beside = QFileInfo(entry.path).absoluteDir();
    if (entry.layout == Layout::Loose
        && (beside.exists(u"manifest.json"_s) || beside.exists(u"checksums.txt"_s)))
        beside.cdUp();
    return beside;
}

QString postgresSnapshotPathFor(const BackupEntry &entry, const QString &database,
                                const QString &ts)
{
    return dumpSnapshotFolder(entry).absoluteFilePath(database + u".pre_restore."_s + ts + u".pgdump"_s);
}

// The database a dump goes back into: --dsn-env/--service, else the server the
// manifest recorded; --to names another database than the recorded one.
Result<PostgresConnection> postgresTargetFor(const BackupItem &item, const RestoreOptions &options)
{
    const std::optional<PostgresInfo> recorded =
        item.recorded ? item.recorded->postgres : std::optional<PostgresInfo>();
    auto connection = PostgresConnection::givenOrRecorded(options.dsnEnv, options.service, recorded);
    if (!connection)
        return connection;
    QString database = options.to;
    if (database.contains(u'/'))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("\"%1\" is a path; a PostgreSQL dump is restored into a database: give "
                           "its name.")
                        .arg(database));
    if (database.isEmpty() && recorded)
        database = recorded->database;
    if (database.isEmpty())
        database = connection->database();
    if (database.isEmpty())
        database = item.name;
    return connection->withDatabase(database);
}

// A session connected to a database, shown like a process holding a file open.
HoldingProcess holderOf(const PostgresSession &session, const QString &database)
{
    return {session.pid,
            Tr::tr("%1 (%2 from %3)")
                .arg(session.application.isEmpty() ? u"?"_s : session.application, session.user,
                     session.client),
            database};
}

QString snapshotPathFor(const QString &target, const QString &ts, bool folder)
{
    const QFileInfo info(target);
    if (folder || info.suffix().isEmpty())
        return target + u".pre_restore."_s + ts;
    return info.absolutePath() + u'/' + info.completeBaseName() + u".pre_restore."_s + ts + u'.'
           + info.suffix();
}

QString stagingPathFor(const QString &target, const QString &ts)
{
    const QFileInfo info(target);
    return info.absolutePath() + u"/."_s + info.fileName() + u".lifeboat-staging-"_s + ts;
}

// Files and links (a link to a folder too), as the archiver counts them.
int folderFileCount(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        if (info.isSymLink() || !info.isDir())
            ++count;
    }
    return count;
}

// A folder copied as it is (a folder snapshot being restored), links as
// links, each file with its mode and modification time.
Result<int> copyTree(const QString &from, const QString &to, JobControl &control)
{
    int files = 0;
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        const QFileInfo info = it.nextFileInfo();
        const QString target = to + u'/' + QDir(from).relativeFilePath(info.filePath());
        const QByteArray native = QFile::encodeName(target);
        if (info.isSymLink()) {
            if (::symlink(QFile::encodeName(info.readSymLink()).constData(), native.constData()) != 0)
                return std::unexpected(errorFromErrno(errno, target, FileAction::Create));
            ++files;
        } else if (info.isDir()) {
            if (::mkdir(native.constData(), 0700) != 0)
                return std::unexpected(errorFromErrno(errno, target, FileAction::Create));
            struct stat st{};
            if (::stat(QFile::encodeName(info.filePath()).constData(), &st) == 0)
                ::chmod(native.constData(), st.st_mode & 0777);
        } else {
            auto copied = copyFileSynced(info.filePath(), target, &control);
            if (!copied)
                return std::unexpected(copied.error());
            struct stat st{};
            if (::stat(QFile::encodeName(info.filePath()).constData(), &st) == 0) {
                ::chmod(native.constData(), st.st_mode & 0777);
                const struct timespec times[2] = {st.st_atim, st.st_mtim};
                ::utimensat(AT_FDCWD, native.constData(), times, 0);
            }
            ++files;
        }
    }
    return files;
}

qint64 currentSize(const QString &target)
{
    const QFileInfo info(target);
    if (info.isDir())
        return folderSize(target);
    qint64 size = info.size();
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        size += QFileInfo(target + suffix).size();
    return size;
}

// The nearest folder that exists on the way to path: where writability and
// free space are measured for a target that is not there yet.
QString existingAncestor(const QString &path)
{
    QString dir = QFileInfo(path).absolutePath();
    while (!QFileInfo(dir).isDir() && dir != "/"_L1)
        dir = QFileInfo(dir).absolutePath();
    return dir;
}

dev_t deviceOf(const QString &path)
{
    struct stat st{};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_dev;
}

// A table's newest row: by a time column if it has one, else its integer key.
QString newestRow(SqliteDatabase &db, const QString &table)
{
    auto columns = db.query(u"SELECT name, type, pk FROM pragma_table_info(?)"_s, {table});
    if (!columns)
        return {};
    static const QRegularExpression timeName(u"(^|_)(created|updated|modified|time|timestamp|date|at)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString timeColumn;
    QString keyColumn;
    for (const QVariantList &c : std::as_const(*columns)) {
        const QString name = c.value(0).toString();
        const QString type = c.value(1).toString().toUpper();
        if (timeColumn.isEmpty() && (timeName.match(name).hasMatch() || type.contains("DATE"_L1)
                                     || type.contains("TIME"_L1)))
            timeColumn = name;
        if (keyColumn.isEmpty() && c.value(2).toInt() == 1 && type.contains("INT"_L1))
            keyColumn = name;
    }
    const QString column = !timeColumn.isEmpty() ? timeColumn : keyColumn;
    if (column.isEmpty())
        return {};
    auto newest = db.value(u"SELECT max(%1) FROM %2"_s.arg(SqliteDatabase::quoteIdentifier(column),
                                                           SqliteDatabase::quoteIdentifier(table)));
    if (!newest || !newest->isValid())
        return {};
    return column + u' ' + newest->toString();
}

struct Described
{
    QString version;
    QMap<QString, qint64> rows;
    QMap<QString, QString> newest;
};

Result<Described> describeDatabase(const QString &path, SqliteDatabase::Mode mode,
                                   JobControl &control)
{
    auto db = SqliteDatabase::open(path, mode);
    if (!db)
        return std::unexpected(db.error());
    db->setCancelCheck([&control] { return control.isCancelled(); });
    Described d;
    auto version = db->schemaVersion();
    d.version = version ? *version : QString();
    auto tables = db->tables();
    if (!tables)
        return std::unexpected(tables.error());
    for (const QString &t : std::as_const(*tables)) {
        auto rows = db->rowCount(t);
        d.rows.insert(t, rows ? *rows : -1);
        d.newest.insert(t, newestRow(*db, t));
    }
    return d;
}

CheckResult passed(const QString &name, const QString &detail)
{
    return {name, CheckStatus::Pass, detail};
}

CheckResult failedCheck(const QString &name, const QString &detail)
{
    return {name, CheckStatus::Fail, detail};
}

// Whether a snapshot is kept by moving the current data aside rather than
// by copying it: the exchange in swapFileIn and swapFolderIn takes neither
// time nor room. A process that still has the file open (--force-writers)
// would go on writing into a moved file, so a file then gets a copy.
bool snapshotByMove(const RestoreTarget &t, const RestoreOptions &options)
{
    return !t.snapshot.isEmpty() && !isPostgres(t) && (isFolder(t) || !options.forceWriters);
}

// Puts staging in target's place, and what was there at keep, or removes it
// when keep is empty. Where the filesystem can, the two are exchanged in one
// rename. Elsewhere a file is linked at keep and then replaced in one
// rename; a folder (or a file that cannot be linked) is moved aside first,
// and a crash between the two renames leaves the old data at keep, where
// recovery finds it. Returns where the old data is now: keep, the staging
// path should keep be taken after the exchange, or nowhere.
Result<QString> exchangeIn(const QString &staging, const QString &target, const QString &keep,
                           const QByteArray &what)
{
    const QByteArray s = QFile::encodeName(staging);
    const QByteArray t = QFile::encodeName(target);
    const QByteArray k = QFile::encodeName(keep);
    // Tests take the other ways here with LIFEBOAT_NO_EXCHANGE: "link" as on
    // a filesystem that cannot exchange (NFS, FAT), "rename" as on one that
    // can neither exchange nor link.
    static const QByteArray pretend = qgetenv("LIFEBOAT_NO_EXCHANGE");
    const int exchangeError = !pretend.isEmpty() ? EINVAL
                              : ::renameat2(AT_FDCWD, s.constData(), AT_FDCWD, t.constData(), RENAME_EXCHANGE) == 0
                                  ? 0
                                  : errno;
    QString old;
    if (exchangeError == 0) {
        faultPoint(what + "-exchanged");
        old = staging;
        if (!keep.isEmpty()
            && ::renameat2(AT_FDCWD, s.constData(), AT_FDCWD, k.constData(), RENAME_NOREPLACE) == 0)
            old = keep;
    } else if (exchangeError != EINVAL && exchangeError != ENOSYS) {
        return std::unexpected(errorFromErrno(exchangeError, target, FileAction::Rename));
    } else if (!keep.isEmpty() && !QFileInfo(target).isDir() && pretend != "rename"
               && ::link(t.constData(), k.constData()) == 0) {
        // This filesystem cannot exchange: the old file keeps a second name, and the new one replaces it.
        faultPoint(what + "-linked");
        if (::rename(s.constData(), t.constData()) != 0) {
            const int err = errno;
            ::unlink(k.constData());
            return std::unexpected(errorFromErrno(err, target, FileAction::Rename));
        }
        old = keep;
    } else {
        // Nor link: the old data aside, then the new in.
        old = keep.isEmpty() ? staging + u".old"_s : keep;
        if (::rename(t.constData(), QFile::encodeName(old).constData()) != 0)
            return std::unexpected(errorFromErrno(errno, target, FileAction::Rename));
        faultPoint(what + "-moved-aside");
        if (::rename(s.constData(), t.constData()) != 0) {
            const int err = errno;
            if (::rename(QFile::encodeName(old).constData(), t.constData()) != 0)
                return fail(ErrorCode::Internal,
                            Tr::tr("\"%1\" could not be put back; it is at \"%2\".").arg(target, old),
                            target);
            return std::unexpected(errorFromErrno(err, target, FileAction::Rename));
        }
    }
    if (keep.isEmpty() && removePath(old))
        old.clear();
    // Swapped: whatever the directory's fsync says.
    if (auto synced = syncPath(QFileInfo(target).absolutePath()); !synced)
        qCWarning(lcRestore) << synced.error().message;
    return old;
}

// Puts a staged file in the target's place, in one rename or exchange (see
// exchangeIn), and returns where the old file went. For a database the old
// one is first checkpointed whole into its main file, and its -wal, -shm and
// -journal removed, so no stale log can ever be applied to the new file, and
// the old file alone is a whole snapshot.
Result<QString> swapFileIn(const QString &staging, const QString &target, bool database,
                           const QString &keep)
{
    const QByteArray t = QFile::encodeName(target);
    struct stat st{};
    const bool exists = ::stat(t.constData(), &st) == 0;
    if (exists) {
        // The target keeps its owner and mode.
        const QByteArray s = QFile::encodeName(staging);
        ::chmod(s.constData(), st.st_mode & 07777);
        if (::chown(s.constData(), st.st_uid, st.st_gid) != 0 && errno != EPERM)
            return std::unexpected(errorFromErrno(errno, staging, FileAction::Write));
        if (database) {
            // The old data must be whole in the main file before its log goes:
            // a crash between here and the rename then leaves the old data.
            const bool hasLog = QFileInfo(target + u"-wal"_s).size() > 0;
            auto old = SqliteDatabase::open(target, SqliteDatabase::Mode::ReadWrite);
            if (!old && hasLog)
                return fail(ErrorCode::Busy,
                            Tr::tr("The current \"%1\" cannot be opened to fold its -wal in: %2")
                                .arg(target, old.error().message),
                            target);
            if (old) {
                auto mode = old->value(u"PRAGMA journal_mode"_s);
                if (mode && mode->toString().compare("wal"_L1, Qt::CaseInsensitive) == 0) {
                    auto done = old->query(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
                    if (!done || done->value(0).value(0).toInt() != 0)
                        return fail(ErrorCode::Busy,
                                    Tr::tr("The -wal of \"%1\" could not be folded into it: another "
                                           "process is using the database.")
                                        .arg(target),
                                    target);
                }
            }
        }
    }
    if (database) {
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (::unlink(QFile::encodeName(target + suffix).constData()) != 0 && errno != ENOENT)
                return std::unexpected(errorFromErrno(errno, target + suffix, FileAction::Remove));
        }
        faultPoint("logs-removed");
    }
    if (exists && !keep.isEmpty()) {
        auto old = exchangeIn(staging, target, keep, "file"_ba);
        // A snapshot is private, as a backup's artifacts are (a link is left as it is).
        if (old && !old->isEmpty())
            ::fchmodat(AT_FDCWD, QFile::encodeName(*old).constData(), 0600, AT_SYMLINK_NOFOLLOW);
        return old;
    }
    if (::rename(QFile::encodeName(staging).constData(), t.constData()) != 0)
        return std::unexpected(errorFromErrno(errno, target, FileAction::Rename));
    // Renamed: the swap has happened whatever the directory's fsync says.
    if (auto synced = syncPath(QFileInfo(target).absolutePath()); !synced)
        qCWarning(lcRestore) << synced.error().message;
    return QString();
}

// Puts a staged folder in the target's place (see exchangeIn) and returns
// where the old one went.
Result<QString> swapFolderIn(const QString &staging, const QString &target, const QString &keep)
{
    const QByteArray s = QFile::encodeName(staging);
    const QByteArray t = QFile::encodeName(target);
    struct stat st{};
    if (::stat(t.constData(), &st) != 0) {
        if (::rename(s.constData(), t.constData()) != 0)
            return std::unexpected(errorFromErrno(errno, target, FileAction::Rename));
        if (auto synced = syncPath(QFileInfo(target).absolutePath()); !synced)
            return std::unexpected(synced.error());
        return QString();
    }
    ::chmod(s.constData(), st.st_mode & 07777);
    return exchangeIn(staging, target, keep, "folder"_ba);
}

class Run
{
public:
    Run(const RestorePlan &plan, const RestoreOptions &options, JobControl &control)
        : m_plan(plan)
        , m_options(options)
        , m_control(control)
    {
    }

    ~Run()
    {
        for (const QString &s : std::as_const(m_staged)) {
            if (QFileInfo(s).isDir())
                QDir(s).removeRecursively();
            else
                QFile::remove(s);
        }
    }

    Result<RestoreReport> go()
    {
        QElapsedTimer timer;
        timer.start();
        for (const RestoreTarget &t : m_plan.targets)
            m_report.items.append({t.item.name, t.target, u"unchanged"_s});
        m_control.restart();
        m_control.addTotals(bytesToWork(), 0);

        recordStart();
        if (auto ok = takeSnapshots(); !ok)
            return finish(ok.error(), timer);
        qCDebug(lcRestore) << "snapshots taken at" << timer.elapsed() << "ms";
        faultPoint("snapshots-taken");
        if (auto ok = stage(); !ok)
            return finish(ok.error(), timer);
        qCDebug(lcRestore) << "staged at" << timer.elapsed() << "ms";
        faultPoint("staged");
        if (auto ok = stillNobodyHoldsThem(); !ok) {
            if (ok.error().code == ErrorCode::Busy)
                m_report.refusal = Refusal::WritersActive; // as the plan refuses it
            return finish(ok.error(), timer);
        }
        for (qsizetype i = 0; i < m_plan.targets.size(); ++i) {
            if (m_control.isCancelled()) {
                rollBack(Tr::tr("Cancelled."));
                return finish(std::nullopt, timer);
            }
            if (auto ok = swapIn(i); !ok) {
                rollBack(ok.error().message);
                return finish(std::nullopt, timer);
            }
            m_report.items[i].status = u"restored"_s;
            faultPoint("swapped");
        }
        qCDebug(lcRestore) << "swapped at" << timer.elapsed() << "ms";
        checkResult();
        qCDebug(lcRestore) << "checked at" << timer.elapsed() << "ms";
        const bool allPassed = std::none_of(m_report.checks.cbegin(), m_report.checks.cend(),
                                            [](const CheckResult &c) { return c.status == CheckStatus::Fail; });
        if (!allPassed) {
            QStringList failedNames;
            for (const CheckResult &c : std::as_const(m_report.checks)) {
                if (c.status == CheckStatus::Fail)
                    failedNames.append(c.name);
            }
            rollBack(Tr::tr("Post-restore checks failed: %1.").arg(failedNames.join(u", "_s)));
            return finish(std::nullopt, timer);
        }
        m_report.outcome = RestoreReport::Outcome::Restored;
        m_report.message = Tr::tr("Restored %n item(s); every check passed.", nullptr,
                                  int(m_plan.targets.size()));
        return finish(std::nullopt, timer);
    }

private:
    // The bytes the run reports as it goes, for a progress bar: each copy,
    // extraction or decompression, each database's integrity_check and the
    // hash of one the preflight left to its staged copy, a dump hashed again
    // before pg_restore reads it, and a file's snapshot copied first. (A
    // database's snapshot copy adds its own.)
    qint64 bytesToWork() const
    {
        qint64 total = 0;
        for (const RestoreTarget &t : m_plan.targets) {
            if (isPostgres(t)) {
                total += std::max<qint64>(0, QFileInfo(t.item.artifact).size());
                continue;
            }
            total += t.restoredBytes;
            if (isDatabase(t))
                total += t.restoredBytes * (t.checkedWhenStaging ? 2 : 1);
            else if (!isFolder(t) && !t.snapshot.isEmpty() && !snapshotByMove(t, m_options))
                total += t.currentBytes;
        }
        return total;
    }

    Result<RestoreReport> finish(std::optional<Error> error, const QElapsedTimer &timer)
    {
        if (error) {
            // Nothing was replaced: the copies of the untouched data are not
            // snapshots of anything (nor the log a byte-for-byte one kept).
            for (const QString &s : std::as_const(m_report.snapshots)) {
                QFile::remove(s);
                QFile::remove(s + u"-wal"_s);
            }
            m_report.snapshots.clear();
            m_report.outcome = m_report.refusal == Refusal::None ? RestoreReport::Outcome::Failed
                                                                 : RestoreReport::Outcome::Refused;
            if (m_report.refusal != Refusal::None) {
                for (RestoreReport::ItemOutcome &i : m_report.items)
                    i.status = u"refused"_s; // as a refusal by the plan lists them
            }
            m_report.message = error->code == ErrorCode::Cancelled
                                   ? Tr::tr("Cancelled before anything was replaced; the data is as "
                                            "it was.")
                                   : Tr::tr("%1 Nothing was replaced; the data is as it was.")
                                         .arg(error->message);
        }
        m_report.durationMs = timer.elapsed();
        record();
        if (error && error->code == ErrorCode::Cancelled)
            return std::unexpected(*error);
        return m_report;
    }

    // Before anything changes, what a later run needs to finish or undo this
    // restore should the process die: see RestoreRecovery.
    void recordStart()
    {
        m_id = m_plan.timestamp + u'-' + QString::number(::getpid());
        QJsonArray targets;
        for (const RestoreTarget &t : m_plan.targets) {
            // A dump goes in through one transaction: killed, the database is
            // old or new by itself, and there is no file here to settle.
            if (t.item.type == ItemType::Postgres)
                continue;
            targets.append(QJsonObject{{u"name"_s, t.item.name},
                                       {u"type"_s, itemTypeName(t.item.type)},
                                       {u"target"_s, t.target},
                                       {u"existed"_s, t.targetExists},
                                       {u"identity"_s, fileIdentity(t.target)},
                                       {u"snapshot"_s, t.snapshot},
                                       {u"staging"_s, stagingPathFor(t.target, m_plan.timestamp)}});
        }
        if (targets.isEmpty())
            return;
        auto ok = Journal().record(QJsonObject{
            {u"operation"_s, u"restore_started"_s},
            {u"restore_id"_s, m_id},
            {u"pid"_s, qint64(::getpid())},
            {u"target"_s, m_plan.entry.path},
            {u"layout"_s, layoutName(m_plan.entry.layout)},
            {u"targets"_s, targets},
            {u"profile"_s, m_options.profile},
        });
        if (!ok)
            qCWarning(lcRestore) << ok.error().message;
    }

    void record()
    {
        QJsonArray targets;
        for (const RestoreReport::ItemOutcome &i : std::as_const(m_report.items))
            targets.append(QJsonObject{{u"name"_s, i.name}, {u"target"_s, i.target}, {u"status"_s, i.status}});
        QJsonArray checks;
        for (const CheckResult &c : std::as_const(m_report.checks))
            checks.append(QJsonObject{{u"name"_s, c.name}, {u"status"_s, checkStatusName(c.status)}});
        auto ok = Journal().record(QJsonObject{
            {u"operation"_s, m_report.outcome == RestoreReport::Outcome::RolledBack ? u"rollback"_s
                                                                                     : u"restore"_s},
            {u"restore_id"_s, m_id},
            {u"target"_s, m_plan.entry.path},
            {u"layout"_s, layoutName(m_plan.entry.layout)},
            {u"targets"_s, targets},
            {u"snapshots"_s, QJsonArray::fromStringList(m_report.snapshots)},
            {u"checks"_s, checks},
            {u"ok"_s, m_report.outcome == RestoreReport::Outcome::Restored},
            {u"outcome"_s, m_report.outcomeName()},
            {u"message"_s, m_report.message},
            {u"duration_ms"_s, m_report.durationMs},
        });
        if (!ok)
            qCWarning(lcRestore) << ok.error().message;
    }

    // The plan asked who holds the targets; a user may have taken minutes to
    // confirm since. Asked again, just before anything is replaced.
    Result<void> stillNobodyHoldsThem()
    {
        if (m_options.forceWriters)
            return {};
        QStringList files;
        QStringList folders;
        for (const RestoreTarget &t : m_plan.targets) {
            if (isPostgres(t)) {
                const PostgresClient client(*t.postgres, &m_control);
                auto sessions = client.otherSessions(t.postgres->database());
                if (!sessions)
                    return std::unexpected(sessions.error());
                QStringList who;
                for (const PostgresSession &s : std::as_const(*sessions)) {
                    const HoldingProcess p = holderOf(s, t.postgres->database());
                    who.append(Tr::tr("%1 (pid %2) has %3 open").arg(p.command).arg(p.pid).arg(p.file));
                }
                if (!who.isEmpty())
                    return fail(ErrorCode::Busy, Tr::tr("Stop these first, or use --force-writers: %1.")
                                                     .arg(who.join(u"; "_s)));
                continue;
            }
            if (isFolder(t)) {
                folders.append(t.target);
                continue;
            }
            files.append(t.target);
            for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
                files.append(t.target + suffix);
        }
        const QList<HoldingProcess> holders = processesHolding(files, folders);
        if (holders.isEmpty())
            return {};
        QStringList who;
        for (const HoldingProcess &p : holders)
            who.append(Tr::tr("%1 (pid %2) has %3 open").arg(p.command).arg(p.pid).arg(p.file));
        return fail(ErrorCode::Busy, Tr::tr("Stop these first, or use --force-writers: %1.").arg(who.join(u"; "_s)));
    }

    // A damaged database is the commonest reason to restore: its snapshot
    // keeps it as it was, damage and all, and the restore goes on. Only a
    // snapshot that is worse than the database it copies stops it.
    Result<void> snapshotDatabase(const RestoreTarget &t)
    {
        const QString name = QFileInfo(t.target).fileName();
        auto copy = SqliteBackup::copyAndCheck(t.target, t.snapshot, {}, m_control);
        if (!copy) {
            if (copy.error().code == ErrorCode::Cancelled)
                return std::unexpected(copy.error());
            // SQLite cannot read it page by page: the files as they are, byte for byte.
            for (const QString &suffix : {QString(), u"-wal"_s}) {
                const qint64 size = QFileInfo(t.target + suffix).size();
                if (!suffix.isEmpty() && size <= 0)
                    continue;
                m_control.addTotals(std::max<qint64>(0, size), 0);
                if (auto raw = copyFileSynced(t.target + suffix, t.snapshot + suffix, &m_control); !raw)
                    return std::unexpected(raw.error());
            }
            m_report.warnings.append(Tr::tr("%1 could not be read as a database (%2); its snapshot is a "
                                            "byte-for-byte copy.")
                                         .arg(name, copy.error().message));
            return {};
        }
        if (copy->info.integrity == "ok"_L1)
            return {};
        // Damaged in the copy, or already in the database? Only the first stops the restore.
        const std::optional<QString> damage = damageIn(t.target);
        if (!damage) {
            QFile::remove(t.snapshot);
            return fail(ErrorCode::Corrupt,
                        Tr::tr("The snapshot \"%1\" does not check out: %2").arg(t.snapshot, copy->info.integrity),
                        t.snapshot);
        }
        m_report.warnings.append(Tr::tr("The current %1 was already damaged (%2); its snapshot keeps it "
                                        "as it was.")
                                     .arg(name, *damage));
        return {};
    }

    Result<void> takeSnapshots()
    {
        for (const RestoreTarget &t : m_plan.targets) {
            if (t.snapshot.isEmpty() || snapshotByMove(t, m_options))
                continue; // kept by moving it aside during the swap
            m_control.setDescription(Tr::tr("Saving the current %1")
                                         .arg(isPostgres(t) ? t.postgres->database()
                                                            : QFileInfo(t.target).fileName()));
            if (isPostgres(t)) {
                const PostgresClient client(*t.postgres, &m_control);
                auto dumped = client.dumpTo(t.postgres->database(), t.snapshot);
                auto readable = dumped ? PostgresClient::list(t.snapshot, &m_control)
                                       : Result<DumpContents>(std::unexpected(dumped.error()));
                if (!readable) {
                    QFile::remove(t.snapshot);
                    if (readable.error().code == ErrorCode::Cancelled)
                        return std::unexpected(readable.error());
                    return fail(ErrorCode::ToolFailed,
                                Tr::tr("The snapshot \"%1\" does not check out: %2")
                                    .arg(t.snapshot, readable.error().message),
                                t.snapshot);
                }
                if (auto counts = client.rowCounts(t.postgres->database()))
                    m_snapshotCounts.insert(t.target, *counts);
            } else if (isDatabase(t)) {
                if (auto ok = snapshotDatabase(t); !ok)
                    return ok;
            } else {
                auto written = copyFileSynced(t.target, t.snapshot, &m_control);
                if (!written)
                    return std::unexpected(written.error());
                auto reread = Sha256::ofFile(t.snapshot);
                if (!reread || *reread != *written) {
                    QFile::remove(t.snapshot);
                    return fail(ErrorCode::Corrupt,
                                Tr::tr("The snapshot \"%1\" does not match what was copied.").arg(t.snapshot),
                                t.snapshot);
                }
            }
            m_report.snapshots.append(t.snapshot);
        }
        return {};
    }

    Result<void> stage()
    {
        for (const RestoreTarget &t : m_plan.targets) {
            if (m_control.isCancelled())
                return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
            if (isPostgres(t)) {
                // pg_restore reads the dump where it is; it must still be what was verified.
                auto hash = Sha256::ofFile(t.item.artifact, &m_control);
                if (!hash)
                    return std::unexpected(hash.error());
                if (!t.item.sha256.isEmpty() && *hash != t.item.sha256)
                    return refuse(changedSinceVerified(t), t.item.artifact);
                continue;
            }
            const QString staging = stagingPathFor(t.target, m_plan.timestamp);
            QDir().mkpath(QFileInfo(t.target).absolutePath());
            m_control.setDescription(Tr::tr("Preparing %1").arg(QFileInfo(t.target).fileName()));
            m_staged.append(staging);
            if (isFolder(t)) {
                if (auto ok = makePrivateDir(staging); !ok)
                    return ok;
                if (QFileInfo(t.item.artifact).isDir()) {
                    // A folder snapshot: its tree, copied.
                    auto copied = copyTree(t.item.artifact, staging, m_control);
                    if (!copied)
                        return std::unexpected(copied.error());
                    m_expectedFiles.insert(t.target, *copied);
                    continue;
                }
                auto extracted = ArchiveExtractor::extract(t.item.artifact, staging, m_control);
                if (!extracted)
                    return refusedIfDamaged(extracted.error(), u"extract_archive"_s, t);
                // Its budget may be the tar stream's size (a loose .tar.gz records no
                // other): the headers and padding read past count as done too.
                m_control.addBytes(std::max<qint64>(0, t.restoredBytes - extracted->bytes));
                m_expectedFiles.insert(t.target, extracted->files);
                continue;
            }
            // The current database is checked on another core while the backup is copied.
            std::future<std::optional<QString>> damage;
            if (isDatabase(t) && t.targetExists && snapshotByMove(t, m_options))
                damage = std::async(std::launch::async, [this, &t] { return damageIn(t.target); });
            if (t.item.gzip) {
                if (auto ok = gunzipFile(t.item.artifact, staging, m_control); !ok)
                    return refusedIfDamaged(ok.error(), u"sqlite_open"_s, t);
            } else if (t.checkedWhenStaging
                       || (!t.item.sha256.isEmpty() && !t.artifactStamp.isEmpty()
                           && contentStamp(t.item.artifact) == t.artifactStamp)) {
                // The preflight hashed this very file, and it has not been
                // written since, or the staged copy is hashed as it is
                // checked: the kernel copies it, unread by us. A database's
                // copy reaches the disk while it is checked.
                if (auto ok = copyFileUnhashed(t.item.artifact, staging, &m_control,
                                               isDatabase(t) ? ArtifactWriter::Sync::Deferred
                                                             : ArtifactWriter::Sync::Now);
                    !ok)
                    return refusedIfDamaged(ok.error(), u"hash_verification"_s, t);
                if (!t.checkedWhenStaging && contentStamp(t.item.artifact) != t.artifactStamp)
                    return refuse(changedSinceVerified(t), t.item.artifact);
                m_expectedHash.insert(t.target, t.item.sha256);
            } else {
                auto written = copyFileSynced(t.item.artifact, staging, &m_control);
                if (!written)
                    return std::unexpected(written.error());
                if (!t.item.sha256.isEmpty() && *written != t.item.sha256)
                    return refuse(changedSinceVerified(t), t.item.artifact);
                m_expectedHash.insert(t.target, *written);
            }
            if (isDatabase(t)) {
                if (auto ok = checkStaged(t, staging, damage); !ok)
                    return ok;
            }
        }
        return {};
    }

    // The staged copy is the very file the swap puts in place: its
    // integrity_check runs here, before anything is replaced, and what it
    // holds is noted to compare with the target once swapped. When the swap
    // keeps the current database as the snapshot, what quick_check found in
    // it (current) is said, if it was already damaged.
    Result<void> checkStaged(const RestoreTarget &t, const QString &staging,
                             std::future<std::optional<QString>> &current)
    {
        const QString name = QFileInfo(t.target).fileName();
        m_control.setDescription(Tr::tr("Checking %1").arg(name));
        // It must be on the disk before it replaces anything; it gets there
        // on another core while SQLite reads it back from the page cache.
        auto synced = std::async(std::launch::async, [&staging] { return syncPath(staging); });
        // A database the preflight left to the staging is hashed here, on
        // another core while it is checked: this copy is what must match.
        std::future<Result<QString>> hashed;
        if (t.checkedWhenStaging)
            hashed = std::async(std::launch::async, [this, &staging] { return Sha256::ofFile(staging, &m_control); });
        const CheckResult integrity = integrityOf(staging, name, SqliteDatabase::Mode::Immutable, &m_control);
        auto expected = describeDatabase(staging, SqliteDatabase::Mode::Immutable, m_control);
        if (current.valid()) {
            if (const std::optional<QString> damage = current.get())
                m_damage.insert(t.target, *damage); // said once the snapshot holds it
        }
        const Result<QString> hash = hashed.valid() ? hashed.get() : Result<QString>();
        if (m_control.isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        if (auto ok = synced.get(); !ok)
            return ok;
        if (!hash)
            return std::unexpected(hash.error());
        if (t.checkedWhenStaging) {
            const CheckResult digest = Verifier::digestMatches(t.item, *hash);
            if (digest.status == CheckStatus::Fail)
                return refuse(digest, t.item.artifact);
            m_backupChecks[t.target].append(digest);
        }
        if (integrity.status != CheckStatus::Pass)
            return refuse(integrity, t.item.artifact,
                          Tr::tr("The backup's copy of %1 does not pass integrity_check: %2")
                              .arg(name, integrity.detail));
        if (!expected)
            return std::unexpected(expected.error());
        if (t.checkedWhenStaging) {
            // What the preflight would have asked of the backup's tables and schema version.
            for (const CheckResult &c : {Verifier::requiredTables(t.item, m_options.requireTables,
                                                                  QStringList(expected->rows.keys())),
                                         Verifier::schemaVersion(t.item, expected->version)}) {
                if (c.status == CheckStatus::Fail)
                    return refuse(c, t.item.artifact);
            }
        }
        m_backupChecks[t.target].append(integrity);
        m_expected.insert(t.target, *expected);
        return {};
    }

    static CheckResult changedSinceVerified(const RestoreTarget &t)
    {
        return failedCheck(u"hash_verification"_s,
                           Tr::tr("\"%1\" changed since it was verified.").arg(t.item.artifact));
    }

    // Staging met damage in the backup (an archive or a gzip copy that will
    // not unpack, a copy that changed as it was read): refused, as a failed
    // check is. Any other error (a full disk, say) is a failure.
    Result<void> refusedIfDamaged(const Error &error, const QString &check, const RestoreTarget &t)
    {
        if (error.code != ErrorCode::Corrupt)
            return std::unexpected(error);
        return refuse(failedCheck(check, error.message), t.item.artifact);
    }

    // The backup failed a check before anything was replaced: the restore
    // is refused, as the preflight refuses it.
    Result<void> refuse(const CheckResult &check, const QString &artifact, const QString &message = {})
    {
        m_report.checks.append(check);
        m_report.refusal = Refusal::DoesNotVerify;
        return fail(ErrorCode::Corrupt,
                    message.isEmpty() ? Tr::tr("The backup does not verify: %1").arg(check.detail) : message,
                    artifact);
    }

    // What quick_check finds wrong with a database in use; nothing when it
    // is sound, or cannot be read for another reason than damage (busy, say).
    // Read with its -wal, if it has one, and left as it is.
    std::optional<QString> damageIn(const QString &path)
    {
        auto damage = [](const Error &e) {
            return e.code == ErrorCode::Corrupt || e.code == ErrorCode::NotADatabase ? std::optional(e.message)
                                                                                     : std::nullopt;
        };
        const bool hasLog = QFileInfo(path + u"-wal"_s).size() > 0;
        auto db = SqliteDatabase::open(path, hasLog ? SqliteDatabase::Mode::ReadOnly
                                                    : SqliteDatabase::Mode::Immutable);
        if (!db)
            return damage(db.error());
        db->setCancelCheck([this] { return m_control.isCancelled(); });
        auto findings = db->integrityCheck(true);
        if (!findings)
            return damage(findings.error());
        if (*findings == QStringList{u"ok"_s})
            return std::nullopt;
        return findings->mid(0, 2).join(u' ').simplified();
    }

    Result<void> swapIn(qsizetype i)
    {
        const RestoreTarget &t = m_plan.targets.at(i);
        if (isPostgres(t))
            return restorePostgres(i);
        const QString staging = stagingPathFor(t.target, m_plan.timestamp);
        m_control.setDescription(Tr::tr("Replacing %1").arg(QFileInfo(t.target).fileName()));
        const QString keep = snapshotByMove(t, m_options) ? t.snapshot : QString();
        auto old = isFolder(t) ? swapFolderIn(staging, t.target, keep)
                               : swapFileIn(staging, t.target, isDatabase(t), keep);
        if (!old)
            return std::unexpected(old.error());
        m_staged.removeAll(staging);
        m_swapped.append(i);
        if (old->isEmpty())
            return {};
        m_moved.insert(t.target, *old);
        m_report.snapshots.append(*old);
        const QString name = QFileInfo(t.target).fileName();
        if (*old != keep)
            m_report.warnings.append(Tr::tr("\"%1\" was taken meanwhile; the %2 that was there is kept at \"%3\".")
                                         .arg(keep, name, *old));
        if (m_damage.contains(t.target))
            m_report.warnings.append(Tr::tr("The current %1 was already damaged (%2); its snapshot keeps it "
                                            "as it was.")
                                         .arg(name, m_damage.value(t.target)));
        return {};
    }

    // pg_restore into the target in one transaction: a failure leaves it as it was.
    Result<void> restorePostgres(qsizetype i)
    {
        const RestoreTarget &t = m_plan.targets.at(i);
        const QString database = t.postgres->database();
        m_control.setDescription(Tr::tr("Restoring %1").arg(database));
        const PostgresClient client(*t.postgres, &m_control);
        if (!t.targetExists) {
            if (auto made = client.createDatabase(database); !made)
                return made;
        }
        auto restored = client.restore(t.item.artifact, database);
        if (!restored) {
            if (!t.targetExists)
                (void)PostgresClient(*t.postgres).dropDatabase(database);
            return std::unexpected(restored.error());
        }
        m_report.warnings.append(restored->warnings);
        m_swapped.append(i);
        return {};
    }

    CheckResult postgresRowCounts(const RestoreTarget &t, const QString &name)
    {
        const QString database = t.postgres->database();
        auto counts = PostgresClient(*t.postgres, &m_control).rowCounts(database);
        if (!counts)
            return failedCheck(name, counts.error().message);
        const std::optional<PostgresInfo> recorded =
            t.item.recorded ? t.item.recorded->postgres : std::optional<PostgresInfo>();
        const QMap<QString, qint64> expected = name == "rollback_row_counts"_L1
                                                   ? m_snapshotCounts.value(t.target)
                                                   : recorded ? recorded->tables
                                                              : QMap<QString, qint64>();
        if (expected.isEmpty())
            return {name, CheckStatus::Skip,
                    Tr::tr("%1: %n table(s); no row counts were recorded to compare.", nullptr,
                           int(counts->size()))
                        .arg(database)};
        const QStringList differences = rowCountDifferences(expected, *counts);
        if (!differences.isEmpty())
            return failedCheck(name, database + u": "_s + differences.join(u"; "_s));
        return passed(name, Tr::tr("%1: %n table(s) with the recorded row counts.", nullptr,
                                   int(expected.size()))
                                .arg(database));
    }

    void checkResult()
    {
        for (const RestoreTarget &t : m_plan.targets) {
            const QString label = QFileInfo(t.target).fileName();
            if (isPostgres(t)) {
                m_report.checks.append(postgresRowCounts(t, u"row_counts"_s));
            } else if (isDatabase(t)) {
                m_report.checks.append(m_backupChecks.value(t.target));
                // Read-write, so that closing leaves no -wal or -shm behind.
                const Described expected = m_expected.value(t.target);
                auto actual = describeDatabase(t.target, SqliteDatabase::Mode::ReadWrite, m_control);
                if (!actual) {
                    m_report.checks.append(failedCheck(u"content_matches"_s, actual.error().message));
                } else if (actual->rows != expected.rows || actual->version != expected.version) {
                    m_report.checks.append(failedCheck(
                        u"content_matches"_s, Tr::tr("%1 does not hold what the backup holds.").arg(label)));
                } else {
                    m_report.checks.append(passed(
                        u"content_matches"_s,
                        Tr::tr("%1: %n table(s) with the backup's row counts", nullptr, int(actual->rows.size()))
                                .arg(label)
                            + (actual->version.isEmpty() ? QString()
                                                         : u", "_s + Tr::tr("schema %1").arg(actual->version))
                            + u'.'));
                }
                if (actual) {
                    CheckResult tables = Verifier::requiredTables(t.item, m_options.requireTables,
                                                                  QStringList(actual->rows.keys()));
                    tables.detail = label + u": "_s + tables.detail;
                    if (tables.status != CheckStatus::Skip)
                        m_report.checks.append(tables);
                }
            } else if (isFolder(t)) {
                const int files = folderFileCount(t.target);
                const int expected = m_expectedFiles.value(t.target);
                m_report.checks.append(files == expected
                                           ? passed(u"files_restored"_s, Tr::tr("%1: %n file(s).", nullptr, files).arg(label))
                                           : failedCheck(u"files_restored"_s, Tr::tr("%1 holds %2 files; the archive %3.")
                                                                                 .arg(label).arg(files).arg(expected)));
            } else {
                auto hash = Sha256::ofFile(t.target);
                const bool same = hash && *hash == m_expectedHash.value(t.target);
                m_report.checks.append(same ? passed(u"hash_verification"_s, Tr::tr("%1 matches the backup.").arg(label))
                                            : failedCheck(u"hash_verification"_s, Tr::tr("%1 does not match the backup.").arg(label)));
            }
        }
        const RestoreTarget *firstDatabase = nullptr;
        for (const RestoreTarget &t : m_plan.targets) {
            if ((isDatabase(t) || isPostgres(t)) && !firstDatabase)
                firstDatabase = &t;
        }
        // The application, when the checks need it up, runs only while they do.
        SmokeAppRun app;
        if (m_options.smokeApp && !m_options.smokeChecks.isEmpty()) {
            m_control.setDescription(Tr::tr("Starting %1").arg(m_options.smokeApp->command.join(u' ')));
            const CheckResult started = app.start(*m_options.smokeApp, [this] { return m_control.isCancelled(); });
            m_report.checks.append(started);
            if (started.status != CheckStatus::Pass)
                return;
        }
        for (const SmokeCheck &check : m_options.smokeChecks) {
            const auto named = std::ranges::find_if(m_plan.targets, [&check](const RestoreTarget &t) {
                return (isDatabase(t) && check.isFor(t.item.name, QFileInfo(t.target).completeBaseName()))
                       || (isPostgres(t) && check.isFor(t.item.name, t.postgres->database()));
            });
            const RestoreTarget *database = named != m_plan.targets.cend() ? &*named : firstDatabase;
            m_report.checks.append(database && isPostgres(*database)
                                       ? runSmokeCheck(check, *database->postgres)
                                       : runSmokeCheck(check, database ? database->target : QString()));
        }
    }

    // Read-write by default, so that closing leaves no -wal or -shm behind.
    // With progress, the check's reading of the file counts in it.
    CheckResult integrityOf(const QString &path, const QString &label,
                            SqliteDatabase::Mode mode = SqliteDatabase::Mode::ReadWrite,
                            JobControl *progress = nullptr)
    {
        auto db = SqliteDatabase::open(path, mode);
        if (!db) {
            if (progress)
                progress->addBytes(QFileInfo(path).size());
            return failedCheck(u"integrity_check"_s, db.error().message);
        }
        db->setCancelCheck([this] { return m_control.isCancelled(); });
        auto findings = db->integrityCheck(false, progress);
        if (findings && *findings == QStringList{u"ok"_s})
            return passed(u"integrity_check"_s, Tr::tr("%1: ok.").arg(label));
        return failedCheck(u"integrity_check"_s,
                           label + u": "_s + (findings ? findings->join(u"; "_s) : findings.error().message));
    }

    // Puts every swapped target back as its snapshot has it.
    void rollBack(const QString &why)
    {
        faultPoint("rolling-back");
        m_report.outcome = RestoreReport::Outcome::RolledBack;
        QStringList problems;
        for (auto it = m_swapped.crbegin(); it != m_swapped.crend(); ++it) {
            const RestoreTarget &t = m_plan.targets.at(*it);
            m_report.items[*it].status = u"rolled_back"_s;
            Result<void> ok;
            if (isPostgres(t)) {
                // Without the job's control: a cancelled restore is still rolled back.
                const PostgresClient client(*t.postgres);
                if (!t.targetExists) {
                    ok = client.dropDatabase(t.postgres->database());
                } else if (t.snapshot.isEmpty()) {
                    problems.append(Tr::tr("%1 had no snapshot to go back to.").arg(t.target));
                    m_report.items[*it].status = u"failed"_s;
                    continue;
                } else if (auto back = client.restore(t.snapshot, t.postgres->database()); !back) {
                    ok = std::unexpected(back.error());
                } else {
                    m_report.checks.append(postgresRowCounts(t, u"rollback_row_counts"_s));
                }
            } else if (!t.targetExists) {
                // Nothing was there before: take the restored data away again.
                if (QFileInfo(t.target).isDir())
                    QDir(t.target).removeRecursively();
                else
                    QFile::remove(t.target);
            } else if (t.snapshot.isEmpty()) {
                problems.append(Tr::tr("%1 had no snapshot to go back to.").arg(t.target));
                m_report.items[*it].status = u"failed"_s;
            } else if (isFolder(t)) {
                auto back = swapFolderIn(m_moved.value(t.target, t.snapshot), t.target, {});
                ok = back ? Result<void>() : Result<void>(std::unexpected(back.error()));
                if (back)
                    m_report.snapshots.removeAll(m_moved.value(t.target, t.snapshot));
            } else if (m_moved.contains(t.target)) {
                // The old file itself goes back in its place: no copy, no room needed.
                auto back = swapFileIn(m_moved.value(t.target), t.target, isDatabase(t), {});
                ok = back ? Result<void>() : Result<void>(std::unexpected(back.error()));
                if (back)
                    m_report.snapshots.removeAll(m_moved.value(t.target));
            } else {
                // A copy goes back in: the snapshot stays.
                const QString staging = stagingPathFor(t.target, m_plan.timestamp) + u".rollback"_s;
                auto back = copyFileUnhashed(t.snapshot, staging)
                                .and_then([&] { return swapFileIn(staging, t.target, isDatabase(t), {}); });
                ok = back ? Result<void>() : Result<void>(std::unexpected(back.error()));
                QFile::remove(staging);
            }
            if (!ok) {
                problems.append(ok.error().message);
                m_report.items[*it].status = u"failed"_s;
                continue;
            }
            if (isDatabase(t) && t.targetExists) {
                CheckResult check = integrityOf(t.target, QFileInfo(t.target).fileName());
                check.name = u"rollback_integrity_check"_s;
                if (check.status == CheckStatus::Pass)
                    check.detail = Tr::tr("%1 is back as it was.").arg(t.target);
                m_report.checks.append(check);
            }
        }
        if (problems.isEmpty()) {
            m_report.message = Tr::tr("%1 The restore was rolled back: the data is as it was.").arg(why);
        } else {
            m_report.outcome = RestoreReport::Outcome::Failed;
            m_report.message = Tr::tr("%1 Rolling back failed too: %2 The snapshots are: %3.")
                                   .arg(why, problems.join(u' '), m_report.snapshots.join(u", "_s));
        }
    }

    const RestorePlan &m_plan;
    const RestoreOptions &m_options;
    JobControl &m_control;
    RestoreReport m_report;
    QString m_id; // ties the journal's start and end entries of this restore together
    QStringList m_staged;
    QList<qsizetype> m_swapped;
    QMap<QString, Described> m_expected;
    QMap<QString, QList<CheckResult>> m_backupChecks; // of each staged database, before the swap
    QMap<QString, QString> m_damage; // what quick_check found in a current database
    QMap<QString, QString> m_expectedHash;
    QMap<QString, int> m_expectedFiles;
    QMap<QString, QString> m_moved; // where a swapped target's old data is now
    QMap<QString, QMap<QString, qint64>> m_snapshotCounts; // a database's rows when it was saved
};

// What restoring an SQLite database would throw away and bring back.
std::optional<DatabaseDifference> sqliteDifference(const RestoreTarget &t, JobControl &control)
{
    QTemporaryDir scratch;
    QString backupDb = t.item.artifact;
    if (t.item.gzip) {
        backupDb = scratch.filePath(u"backup.db"_s);
        control.addTotals(t.restoredBytes, 0); // what the decompression reports
        if (!gunzipFile(t.item.artifact, backupDb, control))
            return std::nullopt;
    }
    // Without a -wal there is nothing but the file to see: open it
    // immutable, so that planning creates no -wal or -shm beside it.
    const bool hasLog = QFileInfo(t.target + u"-wal"_s).size() > 0;
    auto current = describeDatabase(t.target,
                                    hasLog ? SqliteDatabase::Mode::ReadOnly
                                           : SqliteDatabase::Mode::Immutable,
                                    control);
    auto backup = describeDatabase(backupDb, SqliteDatabase::Mode::Immutable, control);
    if (!current || !backup)
        return std::nullopt;
    DatabaseDifference d;
    d.item = t.item.name;
    d.currentVersion = current->version;
    d.backupVersion = backup->version;
    QStringList names = current->rows.keys() + backup->rows.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString &n : std::as_const(names)) {
        if (!current->rows.contains(n))
            d.onlyInBackup.append(n);
        else if (!backup->rows.contains(n))
            d.onlyCurrent.append(n);
        d.tables.append({n, current->rows.value(n, -1), backup->rows.value(n, -1),
                         current->newest.value(n), backup->newest.value(n)});
    }
    return d;
}

// A dump set's schema.sql (backup_postgres.sh writes it beside the dump):
// for reading and diffing, restored with the dump, never as a file of its own.
bool isDumpSchema(const BackupItem &item)
{
    return item.type == ItemType::File && item.restoresTo.isEmpty()
           && QFileInfo(item.artifact).fileName() == "schema.sql"_L1;
}

// Where an item goes: --to, its recorded source, or what its name says.
Result<QString> targetFor(const BackupItem &item, const RestoreOptions &options, bool several)
{
    if (!options.to.isEmpty()) {
        const QString to = QDir::cleanPath(QFileInfo(options.to).absoluteFilePath());
        const QString base = Restorer::baseNameFor(item);
        // An existing folder is restored into, as `tar -xzf … -C data/` does,
        // unless it is the folder itself: a folder of another name is never
        // taken for the one to replace.
        const bool into = QFileInfo(to).isDir()
                          && (item.type != ItemType::Assets || QFileInfo(to).fileName() != base);
        if (several || into)
            return to + u'/' + base;
        return to;
    }
    if (!item.restoresTo.isEmpty())
        return QDir::cleanPath(item.restoresTo);
    if (const QString path = Restorer::sourcePathFor(item, options); !path.isEmpty())
        return QDir::cleanPath(path);
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("This backup does not say where \"%1\" came from: give --to PATH, or --profile "
                       "with a source of that name.").arg(item.name));
}

} // namespace

QString Restorer::baseNameFor(const BackupItem &item)
{
    const QString recordedSource = item.recorded ? item.recorded->source : QString();
    return QFileInfo(!item.source.isEmpty()          ? item.source
                     : !item.restoresTo.isEmpty()    ? item.restoresTo
                     : !recordedSource.isEmpty()     ? recordedSource
                     : !item.originalName.isEmpty()  ? item.originalName
                     : item.type == ItemType::Assets ? item.name // its archive's name is not the folder's
                                                     : item.artifact)
        .fileName();
}

QString Restorer::sourcePathFor(const BackupItem &item, const RestoreOptions &options)
{
    // A database goes over a database, a folder over a folder: never a JSONL
    // store over the database of the same name.
    for (const QString &name : {item.name, QFileInfo(item.artifact).completeBaseName()}) {
        if (const QString path = options.sourcePaths.value(Profile::sourceKey(item.type, name)); !path.isEmpty())
            return path;
    }
    return {};
}

QString refusalName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::WritersActive:
        return u"writers_active"_s;
    case Refusal::NoSpace:
        return u"no_space"_s;
    case Refusal::DoesNotVerify:
        return u"does_not_verify"_s;
    case Refusal::NotWritable:
        return u"not_writable"_s;
    case Refusal::ServerUnreachable:
        return u"server_unreachable"_s;
    case Refusal::InterruptedRestore:
        return u"interrupted_restore"_s;
    }
    return {};
}

QString RestoreReport::outcomeName() const
{
    switch (outcome) {
    case Outcome::Restored:
        return u"restored"_s;
    case Outcome::RolledBack:
        return u"rolled_back"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Refused:
        return u"refused"_s;
    }
    return {};
}

QJsonObject RestorePlan::toJson() const
{
    QJsonArray items;
    for (const RestoreTarget &t : targets)
        items.append(QJsonObject{{u"name"_s, t.item.name},
                                 {u"type"_s, itemTypeName(t.item.type)},
                                 {u"artifact"_s, t.item.artifact},
                                 {u"target"_s, t.target},
                                 {u"target_exists"_s, t.targetExists},
                                 {u"snapshot"_s, t.snapshot.isEmpty() ? QJsonValue() : QJsonValue(t.snapshot)}});
    QJsonArray checks;
    for (const CheckResult &c : preflight)
        checks.append(QJsonObject{{u"name"_s, c.name}, {u"status"_s, checkStatusName(c.status)},
                                  {u"detail"_s, c.detail}});
    QJsonArray holders;
    for (const HoldingProcess &p : processes)
        holders.append(QJsonObject{{u"pid"_s, p.pid}, {u"command"_s, p.command}, {u"file"_s, p.file}});
    QJsonArray diffs;
    for (const DatabaseDifference &d : differences) {
        QJsonArray tables;
        for (const TableDifference &t : d.tables)
            tables.append(QJsonObject{{u"table"_s, t.table},
                                      {u"current_rows"_s, t.currentRows >= 0 ? QJsonValue(t.currentRows) : QJsonValue()},
                                      {u"backup_rows"_s, t.backupRows >= 0 ? QJsonValue(t.backupRows) : QJsonValue()},
                                      {u"current_newest"_s, t.currentNewest},
                                      {u"backup_newest"_s, t.backupNewest}});
        diffs.append(QJsonObject{{u"item"_s, d.item},
                                 {u"current_schema_version"_s, d.currentVersion},
                                 {u"backup_schema_version"_s, d.backupVersion},
                                 {u"tables_only_in_backup"_s, QJsonArray::fromStringList(d.onlyInBackup)},
                                 {u"tables_only_current"_s, QJsonArray::fromStringList(d.onlyCurrent)},
                                 {u"tables"_s, tables}});
    }
    QJsonObject o{{u"backup"_s, entry.path},
                  {u"layout"_s, layoutName(entry.layout)},
                  {u"items"_s, items},
                  {u"preflight"_s, checks},
                  {u"processes"_s, holders},
                  {u"differences"_s, diffs}};
    if (refusal != Refusal::None) {
        o.insert(u"refused"_s, refusalName(refusal));
        o.insert(u"message"_s, refusalMessage);
    }
    return o;
}

Result<RestorePlan> Restorer::plan(const QString &backupPath, const RestoreOptions &options,
                                   JobControl &control)
{
    auto entry = BackupDiscovery::describe(backupPath);
    if (!entry)
        return std::unexpected(entry.error());
    if (!entry->manifestProblem.isEmpty())
        return fail(ErrorCode::InvalidManifest,
                    entry->manifestProblem + u' '
                        + Tr::tr("Nothing is restored from a backup whose manifest or checksums cannot be "
                                 "read: restore from another backup, or name one file in it to restore "
                                 "that file alone."),
                    entry->manifestProblemPath);
    RestorePlan plan;
    // Snapshot names carry the time; two restores in one second must not
    // collide (undoing a restore at once, say), so the next free second is used.
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    const bool hasDump = std::any_of(entry->items.cbegin(), entry->items.cend(),
                                     [](const BackupItem &item) { return item.type == ItemType::Postgres; });
    const QDir dumpSnapshots = dumpSnapshotFolder(*entry);
    auto nameTaken = [&](const QString &ts) {
        if (hasDump && !dumpSnapshots.entryList({u"*.pre_restore."_s + ts + u".pgdump"_s}, QDir::Files).isEmpty())
            return true;
        // --to names a file or folder, except for a dump, where it names a database.
        if (!hasDump && !options.to.isEmpty()
            && (QFileInfo::exists(snapshotPathFor(QFileInfo(options.to).absoluteFilePath(), ts, false))
                || QFileInfo::exists(snapshotPathFor(QFileInfo(options.to).absoluteFilePath(), ts, true))))
            return true;
        for (const BackupItem &item : std::as_const(entry->items)) {
            if (!item.restoresTo.isEmpty() && item.type != ItemType::Postgres
                && (QFileInfo::exists(snapshotPathFor(item.restoresTo, ts, false))
                    || QFileInfo::exists(snapshotPathFor(item.restoresTo, ts, true))))
                return true;
        }
        return false;
    };
    // Named as the runbooks name their snapshots: `date`, local time.
    while (nameTaken(timestampName(stamp, NameClock::Local)))
        stamp = stamp.addSecs(1);
    plan.timestamp = timestampName(stamp, NameClock::Local);

    // What and where.
    QList<BackupItem> chosen;
    for (const BackupItem &item : std::as_const(entry->items)) {
        if (options.items.isEmpty() ? !(hasDump && isDumpSchema(item))
                                    : options.items.contains(item.name)
                                          || options.items.contains(QFileInfo(item.artifact).fileName())
                                          || options.items.contains(QFileInfo(item.artifact).completeBaseName()))
            chosen.append(item);
    }
    if (chosen.isEmpty()) {
        QStringList names;
        for (const BackupItem &item : std::as_const(entry->items))
            names.append(item.name);
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("No item of this backup is called %1; it holds: %2.")
                        .arg(options.items.join(u", "_s), names.join(u", "_s)));
    }
    QMap<QString, QString> unreachable; // target -> why the server did not answer
    for (const BackupItem &item : std::as_const(chosen)) {
        if (item.type == ItemType::Postgres) {
            auto connection = postgresTargetFor(item, options);
            if (!connection)
                return std::unexpected(connection.error());
            RestoreTarget t;
            t.item = item;
            t.target = connection->displayName();
            t.postgres = *connection;
            control.setDescription(Tr::tr("Connecting to %1").arg(t.target));
            const PostgresClient client(*connection, &control);
            auto exists = client.databaseExists(connection->database());
            if (!exists && exists.error().code == ErrorCode::Cancelled)
                return std::unexpected(exists.error());
            if (!exists) {
                unreachable.insert(t.target, exists.error().message);
            } else {
                t.targetExists = *exists;
                if (t.targetExists && !options.noSnapshot)
                    t.snapshot = postgresSnapshotPathFor(*entry, connection->database(), plan.timestamp);
            }
            plan.targets.append(t);
            continue;
        }
        auto target = targetFor(item, options, chosen.size() > 1);
        if (!target)
            return std::unexpected(target.error());
        RestoreTarget t;
        t.item = item;
        t.target = *target;
        t.targetExists = QFileInfo::exists(t.target);
        if (t.targetExists && !options.noSnapshot)
            t.snapshot = snapshotPathFor(t.target, plan.timestamp, item.type == ItemType::Assets);
        t.currentBytes = t.targetExists ? currentSize(t.target) : 0;
        t.restoredBytes = item.unpackedSize();
        plan.targets.append(t);
    }
    // Two items never go to one place: the second would replace the first.
    QSet<QString> places;
    for (const RestoreTarget &t : std::as_const(plan.targets)) {
        if (places.contains(t.target))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Two items of this backup would go to %1; restore them one at a time with "
                               "--item and --to.").arg(t.target),
                        t.target);
        places.insert(t.target);
    }
    plan.entry = *entry;
    plan.entry.items = chosen;

    QElapsedTimer timer;
    timer.start();
    // Preflight: the backup verifies. A database whose staged copy will be
    // hashed and checked instead (checkWhenStaging) is left to that, unless
    // a snapshot must be copied (a dump's, or with --force-writers) before
    // anything is staged: a damaged backup is then found before that copy.
    QList<BackupItem> toVerify;
    QStringList leftToStaging;
    const bool snapshotsCopied = std::any_of(plan.targets.cbegin(), plan.targets.cend(), [&](const RestoreTarget &t) {
        return !t.snapshot.isEmpty() && !snapshotByMove(t, options);
    });
    for (RestoreTarget &t : plan.targets) {
        t.checkedWhenStaging = options.checkWhenStaging && !snapshotsCopied && isDatabase(t) && !t.item.gzip
                                && !t.item.sha256.isEmpty() && QFileInfo(t.item.artifact).isFile();
        if (t.checkedWhenStaging) {
            leftToStaging.append(t.item.name);
            continue;
        }
        toVerify.append(t.item);
        if (!isPostgres(t) && !isFolder(t))
            t.artifactStamp = contentStamp(t.item.artifact);
    }
    // Meanwhile, on another core: what restoring each SQLite database would change.
    auto sqliteDifferences = std::async(std::launch::async, [&plan, &control] {
        QMap<qsizetype, DatabaseDifference> found;
        for (qsizetype i = 0; i < plan.targets.size(); ++i) {
            const RestoreTarget &t = plan.targets.at(i);
            if (!isDatabase(t) || !t.targetExists || control.isCancelled())
                continue;
            if (auto d = sqliteDifference(t, control))
                found.insert(i, *d);
        }
        return found;
    });
    // Each failed check of these items, as "item: check — detail".
    const auto backupProblems = [&plan, &options, &control](const QList<BackupItem> &items) -> Result<QStringList> {
        control.setDescription(Tr::tr("Checking the backup"));
        BackupEntry entry = plan.entry;
        entry.items = items;
        VerifyOptions verifyOptions;
        verifyOptions.quick = true;
        verifyOptions.record = false;
        verifyOptions.requireTables = options.requireTables;
        auto verified = Verifier::verify(entry, verifyOptions, control);
        if (!verified)
            return std::unexpected(verified.error());
        QStringList problems;
        for (const ItemVerification &v : std::as_const(verified->items)) {
            for (const CheckResult &c : v.checks) {
                if (c.status == CheckStatus::Fail)
                    problems.append(v.name + u": "_s + c.name + u" — "_s + c.detail);
            }
        }
        return problems;
    };
    const auto refuseIfDamaged = [&plan](const QStringList &problems) {
        if (!problems.isEmpty()) {
            plan.refusal = Refusal::DoesNotVerify;
            plan.refusalMessage = Tr::tr("The backup does not verify: %1").arg(problems.join(u"; "_s));
        }
    };
    auto verifyProblems = backupProblems(toVerify);
    if (!verifyProblems)
        return std::unexpected(verifyProblems.error());
    if (!verifyProblems->isEmpty())
        plan.preflight.append(failedCheck(u"backup_verifies"_s, verifyProblems->join(u"; "_s)));
    else if (leftToStaging.isEmpty())
        plan.preflight.append(passed(u"backup_verifies"_s, Tr::tr("Every checksum and check passed.")));
    else
        plan.preflight.append({u"backup_verifies"_s, CheckStatus::Skip,
                               (toVerify.isEmpty() ? QString()
                                                   : Tr::tr("Every other checksum and check passed.") + u' ')
                                   + Tr::tr("%1: hashed and checked in its staged copy, before anything "
                                            "is replaced.")
                                         .arg(leftToStaging.join(u", "_s))});
    const qsizetype backupVerifies = plan.preflight.size() - 1;
    refuseIfDamaged(*verifyProblems);

    // The targets can be written.
    QStringList unwritable;
    for (const RestoreTarget &t : std::as_const(plan.targets)) {
        if (isPostgres(t)) {
            // The server decides what may be written; the snapshot's folder must take it.
            const QString dir = QFileInfo(t.snapshot).absolutePath();
            if (!t.snapshot.isEmpty() && !QFileInfo(dir).isWritable())
                unwritable.append(dir);
            continue;
        }
        // The swap renames in the target's folder: that folder is the one to name.
        const QString dir = existingAncestor(t.target);
        if (!QFileInfo(dir).isWritable())
            unwritable.append(dir);
        else if (t.targetExists && !isFolder(t) && !QFileInfo(t.target).isWritable())
            unwritable.append(t.target);
    }
    plan.preflight.append(unwritable.isEmpty()
                              ? passed(u"target_writable"_s, Tr::tr("Every target can be written."))
                              : failedCheck(u"target_writable"_s, Tr::tr("Not writable: %1.").arg(unwritable.join(u", "_s))));
    if (!unwritable.isEmpty() && plan.refusal == Refusal::None) {
        plan.refusal = Refusal::NotWritable;
        plan.refusalMessage = Tr::tr("You may not write to %1; restore elsewhere with --to, or fix "
                                     "the permissions.")
                                  .arg(unwritable.join(u", "_s));
    }

    // There is room for the snapshots and the restored data.
    QMap<dev_t, qint64> needed;
    QMap<dev_t, QString> where;
    for (const RestoreTarget &t : std::as_const(plan.targets)) {
        if (isPostgres(t))
            continue; // the server's disk is not ours to measure; a full disk here fails the snapshot
        const QString dir = existingAncestor(t.target);
        const dev_t dev = deviceOf(dir);
        // A gzip trailer counts modulo 4 GiB: room is never reckoned below four times the copy.
        const qint64 restored = t.item.gzip ? std::max(t.restoredBytes, 4 * std::max<qint64>(0, t.item.sizeBytes))
                                            : t.restoredBytes;
        needed[dev] += restored + (t.snapshot.isEmpty() || snapshotByMove(t, options) ? 0 : t.currentBytes);
        where[dev] = dir;
    }
    QStringList short_;
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        const qint64 free = freeBytes(where.value(it.key()));
        const qint64 want = it.value() + it.value() / 50 + (1 << 20);
        if (free >= 0 && free < want)
            short_.append(Tr::tr("%1 needs %2 bytes but has %3 free").arg(where.value(it.key())).arg(want).arg(free));
    }
    plan.preflight.append(short_.isEmpty()
                              ? passed(u"free_space"_s, Tr::tr("There is room for the snapshots and the restored data."))
                              : failedCheck(u"free_space"_s, short_.join(u"; "_s)));
    if (!short_.isEmpty() && plan.refusal == Refusal::None) {
        plan.refusal = Refusal::NoSpace;
        plan.refusalMessage = Tr::tr("Not enough free space: %1. Free some space and try again.")
                                  .arg(short_.join(u"; "_s));
    }

    // PostgreSQL: the server answers, and this pg_restore reads the dump's format.
    QList<HoldingProcess> sessions;
    for (const RestoreTarget &t : std::as_const(plan.targets)) {
        if (!isPostgres(t))
            continue;
        const QString database = t.postgres->database();
        if (unreachable.contains(t.target)) {
            plan.preflight.append(failedCheck(u"server_reachable"_s, unreachable.value(t.target)));
            if (plan.refusal == Refusal::None) {
                plan.refusal = Refusal::ServerUnreachable;
                plan.refusalMessage = unreachable.value(t.target);
            }
        } else {
            plan.preflight.append(passed(u"server_reachable"_s,
                                         t.targetExists
                                             ? Tr::tr("%1 answers; the database exists.").arg(t.target)
                                             : Tr::tr("%1 answers; the database does not exist yet "
                                                      "and will be created.")
                                                   .arg(t.target)));
            auto connected = t.targetExists
                                 ? PostgresClient(*t.postgres, &control).otherSessions(database)
                                 : Result<QList<PostgresSession>>();
            if (!connected)
                return std::unexpected(connected.error());
            for (const PostgresSession &session : std::as_const(*connected))
                sessions.append(holderOf(session, database));
        }
        auto pgRestore = PostgresClient::toolVersion(u"pg_restore"_s);
        auto contents = PostgresClient::list(t.item.artifact, &control);
        if (!pgRestore || !contents) {
            const QString why = !pgRestore ? pgRestore.error().message : contents.error().message;
            plan.preflight.append(failedCheck(u"pg_restore_version"_s, why));
            if (plan.refusal == Refusal::None) {
                plan.refusal = Refusal::DoesNotVerify;
                plan.refusalMessage = why;
            }
        } else {
            plan.preflight.append(passed(u"pg_restore_version"_s,
                                         Tr::tr("pg_restore %1 reads the dump's archive version %2 "
                                                "(made by pg_dump %3).")
                                             .arg(*pgRestore, contents->dumpVersion,
                                                  contents->pgDumpVersion)));
        }
    }

    // Nobody holds a target open, and nobody else is connected to a target database.
    QStringList files;
    QStringList folders;
    for (const RestoreTarget &t : std::as_const(plan.targets)) {
        if (isPostgres(t))
            continue;
        if (isFolder(t)) {
            folders.append(t.target);
        } else {
            files.append(t.target);
            for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
                files.append(t.target + suffix);
        }
    }
    plan.processes = processesHolding(files, folders) + sessions;
    if (plan.processes.isEmpty()) {
        plan.preflight.append(passed(u"no_writers"_s, Tr::tr("No other process has a target open.")));
    } else {
        // Each process once, with every target file it holds (a database's -wal and -shm too).
        QStringList who;
        for (const ProcessHolding &p : byProcess(plan.processes))
            who.append(Tr::tr("%1 (pid %2) has %3 open").arg(p.command).arg(p.pid).arg(p.files.join(u", "_s)));
        if (options.forceWriters) {
            plan.preflight.append({u"no_writers"_s, CheckStatus::Skip,
                                   Tr::tr("Going ahead with --force-writers although %1.").arg(who.join(u"; "_s))});
        } else {
            plan.preflight.append(failedCheck(u"no_writers"_s, who.join(u"; "_s)));
            if (plan.refusal == Refusal::None) {
                plan.refusal = Refusal::WritersActive;
                plan.refusalMessage = Tr::tr("Stop these first, or use --force-writers: %1.")
                                          .arg(who.join(u"; "_s));
            }
        }
    }

    // No earlier restore over the same targets was cut short and left
    // unsettled: this one would take its half-done state for the data to
    // keep, and its staged copies would stay beside the targets.
    if (!options.settlingInterrupted) {
        const auto restoresHere = [&plan](const InterruptedRestore::Target &old) {
            return std::ranges::any_of(plan.targets,
                                       [&old](const RestoreTarget &t) { return t.target == old.target; });
        };
        QStringList unsettled;
        for (const InterruptedRestore &r : RestoreRecovery::pending()) {
            const QString started = r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
            if (std::ranges::any_of(r.targets, restoresHere))
                unsettled.append(Tr::tr("from %1, started %2").arg(r.backup, started));
        }
        if (unsettled.isEmpty()) {
            plan.preflight.append(
                passed(u"no_interrupted_restore"_s,
                       Tr::tr("No earlier restore of these targets waits to be settled.")));
        } else {
            const QString why = Tr::tr("An earlier restore of these targets was interrupted and is not "
                                       "settled (%1). Run \"lifeboat-cli recover --finish\" or \"recover "
                                       "--undo\" first, or in the desktop app Backup › Settle an "
                                       "Interrupted Restore.")
                                    .arg(unsettled.join(u"; "_s));
            plan.preflight.append(failedCheck(u"no_interrupted_restore"_s, why));
            if (plan.refusal == Refusal::None) {
                plan.refusal = Refusal::InterruptedRestore;
                plan.refusalMessage = why;
            }
        }
    }

    // A restore refused for another reason still checks what it left to
    // the staging, so that nobody stops an application or frees space for a
    // backup that would then be refused as damaged.
    if (plan.refusal != Refusal::None && !leftToStaging.isEmpty()) {
        QList<BackupItem> left;
        for (RestoreTarget &t : plan.targets) {
            if (t.checkedWhenStaging)
                left.append(t.item);
            t.checkedWhenStaging = false;
        }
        auto problems = backupProblems(left);
        if (!problems)
            return std::unexpected(problems.error());
        *verifyProblems += *problems;
        plan.preflight[backupVerifies] = verifyProblems->isEmpty()
                                             ? passed(u"backup_verifies"_s, Tr::tr("Every checksum and check passed."))
                                             : failedCheck(u"backup_verifies"_s, verifyProblems->join(u"; "_s));
        refuseIfDamaged(*verifyProblems);
    }

    qCDebug(lcRestore) << "preflight done at" << timer.elapsed() << "ms";
    // What the restore would throw away.
    const QMap<qsizetype, DatabaseDifference> sqlite = sqliteDifferences.get();
    for (qsizetype i = 0; i < plan.targets.size(); ++i) {
        const RestoreTarget &t = plan.targets.at(i);
        if (isPostgres(t) && t.targetExists && !unreachable.contains(t.target)) {
            auto current = PostgresClient(*t.postgres, &control).rowCounts(t.postgres->database());
            if (!current)
                continue;
            const QMap<QString, qint64> backup = t.item.recorded && t.item.recorded->postgres
                                                     ? t.item.recorded->postgres->tables
                                                     : QMap<QString, qint64>();
            DatabaseDifference d;
            d.item = t.item.name;
            QStringList names = current->keys() + backup.keys();
            names.removeDuplicates();
            names.sort();
            for (const QString &n : std::as_const(names)) {
                if (!current->contains(n))
                    d.onlyInBackup.append(n);
                else if (!backup.isEmpty() && !backup.contains(n))
                    d.onlyCurrent.append(n);
                d.tables.append({n, current->value(n, -1), backup.value(n, -1), {}, {}});
            }
            plan.differences.append(d);
            continue;
        }
        if (const auto d = sqlite.constFind(i); d != sqlite.cend())
            plan.differences.append(*d);
    }
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."));
    qCDebug(lcRestore) << "planned at" << timer.elapsed() << "ms";
    return plan;
}

Result<RestoreReport> Restorer::run(const RestorePlan &plan, const RestoreOptions &options,
                                    JobControl &control)
{
    if (plan.refusal != Refusal::None)
        return fail(ErrorCode::Busy, plan.refusalMessage);
    if (auto ok = Sha256::initialize(); !ok)
        return std::unexpected(ok.error());
    Run run(plan, options, control);
    return run.go();
}

} // namespace lifeboat
