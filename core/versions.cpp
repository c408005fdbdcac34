// SPDX-License-Identifier: GPL-3.0-or-later
#include "versions.h"

#include "sqlitedatabase.h"

#include <QtCrypto>
#include <karchive_version.h>

using namespace Qt::StringLiterals;

namespace lifeboat {

QList<QPair<QString, QString>> libraryVersions()
{
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion())},
        {u"KArchive"_s, QStringLiteral(KARCHIVE_VERSION_STRING)},
        {u"QCA"_s, QString::fromLatin1(qcaVersionStr())},
        {u"SQLite"_s, SqliteDatabase::libraryVersion()},
    };
}

} // namespace lifeboat
