// SPDX-License-Identifier: GPL-3.0-or-later
#include "guard.h"

#include "jobcontrol.h"
#include "journal.h"
#include "manifest.h"
#include "sqlitebackup.h"
#include "sqlitedatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lifeboat {

Result<PreMigrationGuard::Outcome> PreMigrationGuard::run(const QString &database,
                                                          const QString &expectedVersion,
                                                          const QString &versionQuery,
                                                          JobControl &control)
{
    Outcome outcome;
    if (!QFileInfo::exists(database))
        return outcome; // a new install: nothing to keep
    QElapsedTimer timer;
    timer.start();
    {
        auto db = SqliteDatabase::open(database, SqliteDatabase::Mode::ReadOnly);
        if (!db)
            return std::unexpected(db.error());
        auto version = db->schemaVersion(versionQuery);
        if (!version)
            return std::unexpected(version.error());
        outcome.currentVersion = *version;
    }
    if (outcome.currentVersion == expectedVersion) {
        outcome.action = Action::VersionsMatch;
        return outcome;
    }
    const QFileInfo info(database);
    const QString version = outcome.currentVersion.isEmpty() ? u"unknown"_s : outcome.currentVersion;
    // Two guards in one second (an application started twice) each keep
    // their copy, under the next free second, in the runbook's scheme.
    const auto nameAt = [&](const QDateTime &time) {
        return info.completeBaseName() + u".backup."_s + version + u'.' + timestampName(time, NameClock::Local)
               + u".db"_s;
    };
    QDateTime stamp = QDateTime::currentDateTime();
    while (QFileInfo::exists(info.absolutePath() + u'/' + nameAt(stamp)))
        stamp = stamp.addSecs(1);
    const QString name = nameAt(stamp);
    const QString dir = QFileInfo(database).path(); // relative stays relative, as the runbook logs it
    outcome.backupPath = dir == "."_L1 && !database.startsWith("./"_L1) ? name : dir + u'/' + name;
    auto copy = SqliteBackup::copy(info.absoluteFilePath(), info.absolutePath() + u'/' + name, control);
    if (!copy)
        return std::unexpected(copy.error());
    outcome.action = Action::BackedUp;
    (void)Journal().record(QJsonObject{
        {u"operation"_s, u"guard"_s},
        {u"target"_s, info.absolutePath() + u'/' + name},
        {u"source"_s, info.absoluteFilePath()},
        {u"schema_version"_s, outcome.currentVersion},
        {u"expected_version"_s, expectedVersion},
        {u"sha256"_s, copy->sha256},
        {u"ok"_s, true},
        {u"outcome"_s, u"backed_up"_s},
        {u"duration_ms"_s, timer.elapsed()},
    });
    return outcome;
}

} // namespace lifeboat
