// SPDX-License-Identifier: GPL-3.0-or-later
#include "checktitles.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

QString CheckTitles::of(const QString &id)
{
    if (id.startsWith("smoke:"_L1))
        return tr("Smoke check %1").arg(id.mid(6));
    // Built for each call: the language may have changed since.
    const QHash<QString, QString> titles{
        {u"manifest_readable"_s, tr("Manifest readable")},
        {u"hash_verification"_s, tr("SHA-256 matches")},
        {u"sqlite_open"_s, tr("Opens as SQLite")},
        {u"integrity_check"_s, tr("Integrity check")},
        {u"quick_check"_s, tr("Quick check")},
        {u"schema_valid"_s, tr("Required tables")},
        {u"required_tables"_s, tr("Required tables")},
        {u"schema_version"_s, tr("Schema version")},
        {u"extract_archive"_s, tr("Archive reads to the end")},
        {u"files_extracted"_s, tr("Files in the archive")},
        {u"json_valid"_s, tr("JSON readable")},
        {u"pgdump_readable"_s, tr("Dump readable")},
        {u"restore_drill"_s, tr("Restore drill")},
        {u"smoke_app"_s, tr("Application started for the checks")},
        {u"backup_verifies"_s, tr("Backup verifies")},
        {u"free_space"_s, tr("Free space")},
        {u"no_writers"_s, tr("Nothing holds it open")},
        {u"target_writable"_s, tr("Target writable")},
        {u"server_reachable"_s, tr("Server answers")},
        {u"pg_restore_version"_s, tr("pg_restore reads the dump")},
        {u"no_interrupted_restore"_s, tr("No interrupted restore")},
        {u"content_matches"_s, tr("Content matches the backup")},
        {u"files_restored"_s, tr("Files restored")},
        {u"row_counts"_s, tr("Row counts")},
        {u"rollback_integrity_check"_s, tr("Integrity check after rollback")},
        {u"rollback_row_counts"_s, tr("Row counts after rollback")},
    };
    return titles.value(id, id);
}

} // namespace lifeboat::ui
