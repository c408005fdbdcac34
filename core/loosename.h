// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace lifeboat {

/*
 * What the name of a loose backup copy says: the naming schemes of the
 * runbooks and of Lifeboat's own pre-restore snapshots.
 */
struct LooseName
{
    enum class Scheme {
        PreMigration, // story_registry.backup.1.0.0.20260112_130012.db
        PreRestore,   // x.pre_restore.<ts>.db, x.db.pre_restore.<ts>, x.db.pre-restore, assets.pre-restore
        Manual,       // x.manual.<ts>.db
        CurrentCopy,  // x.db.current
        Timestamped,  // x_<ts>.db, x_<ts>.db.gz, x-<YYYYMMDDHHMM>.db, x_db_<ts>.sqlite, x_assets_<ts>.tar.gz
    };

    Scheme scheme = Scheme::Timestamped;
    QString stem;          // the data set's name: "story_registry", "ice_cream_social"
    QString version;       // schema version carried in the name, if any
    QDateTime time;        // UTC; invalid when the name carries none
    QString originalName;  // the file or folder name it is a copy of
    bool besideOriginal = false; // the original lives in the same folder
    bool gzip = false;
    bool archive = false;  // a tar archive of a folder

    static std::optional<LooseName> parse(const QString &fileName);
    QString schemeName() const; // "pre_migration", "pre_restore", "manual", "current_copy", "timestamped"
};

} // namespace lifeboat
