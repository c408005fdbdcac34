// SPDX-License-Identifier: GPL-3.0-or-later
#include "loosename.h"

#include "manifest.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

// Timestamps as the runbooks write them: YYYYMMDD_HHMMSS, YYYYMMDDHHMM[SS],
// YYYYMMDDTHHMMSSZ, YYYY-MM-DD… (see timestampPattern).
const QString Ts = timestampPattern();

// A name's time is the runbooks' `date`: local, unless it ends in Z.
QDateTime timeOf(const QString &text)
{
    return parseTimestampName(text, NameClock::Local);
}
const auto DbExt = uR"((db|sqlite|sqlite3))"_s;

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(u'^' + pattern + u'$');
}

} // namespace

QString LooseName::schemeName() const
{
    switch (scheme) {
    case Scheme::PreMigration:
        return u"pre_migration"_s;
    case Scheme::PreRestore:
        return u"pre_restore"_s;
    case Scheme::Manual:
        return u"manual"_s;
    case Scheme::CurrentCopy:
        return u"current_copy"_s;
    case Scheme::Timestamped:
        return u"timestamped"_s;
    }
    return {};
}

std::optional<LooseName> LooseName::parse(const QString &fileName)
{
    static const QRegularExpression preMigration =
        anchored(u"(.+)\\.backup\\.(.+)\\."_s + Ts + u"\\."_s + DbExt);
    static const QRegularExpression preRestoreExt =
        anchored(u"(.+)\\.pre_restore\\."_s + Ts + u"\\.([^.]+)"_s);
    static const QRegularExpression preRestoreSuffix = anchored(u"(.+)\\.pre_restore\\."_s + Ts);
    static const QRegularExpression preRestorePlain = anchored(u"(.+)\\.pre-restore"_s);
    static const QRegularExpression manual =
        anchored(u"(.+)\\.manual\\."_s + Ts + u"\\."_s + DbExt);
    static const QRegularExpression current = anchored(u"(.+)\\."_s + DbExt + u"\\.current"_s);
    static const QRegularExpression dbOfManifest = anchored(u"(.+)_db_"_s + Ts + u"\\.sqlite"_s);
    static const QRegularExpression timestamped =
        anchored(u"(.+?)[_-]"_s + Ts + u"\\."_s + DbExt + u"(\\.gz)?"_s);
    static const QRegularExpression archive =
        anchored(u"(.+?)[_-]"_s + Ts + u"\\.(tar|tar\\.gz|tgz|tar\\.zst)"_s);

    LooseName n;
    QRegularExpressionMatch m;
    if ((m = preMigration.match(fileName)).hasMatch()) {
        n.scheme = Scheme::PreMigration;
        n.stem = m.captured(1);
        n.version = m.captured(2);
        n.time = timeOf(m.captured(3));
        n.originalName = n.stem + u'.' + m.captured(4);
        n.besideOriginal = true;
    } else if ((m = preRestoreExt.match(fileName)).hasMatch()) {
        n.scheme = Scheme::PreRestore;
        n.stem = m.captured(1);
        n.time = timeOf(m.captured(2));
        n.originalName = n.stem + u'.' + m.captured(3);
        n.besideOriginal = true;
    } else if ((m = preRestoreSuffix.match(fileName)).hasMatch()) {
        n.scheme = Scheme::PreRestore;
        n.originalName = m.captured(1);
        n.stem = n.originalName.section(u'.', 0, 0);
        n.time = timeOf(m.captured(2));
        n.besideOriginal = true;
    } else if ((m = preRestorePlain.match(fileName)).hasMatch()) {
        n.scheme = Scheme::PreRestore;
        n.originalName = m.captured(1);
        n.stem = n.originalName.section(u'.', 0, 0);
        n.besideOriginal = true;
    } else if ((m = manual.match(fileName)).hasMatch()) {
        n.scheme = Scheme::Manual;
        n.stem = m.captured(1);
        n.time = timeOf(m.captured(2));
        n.originalName = n.stem + u'.' + m.captured(3);
        n.besideOriginal = true;
    } else if ((m = current.match(fileName)).hasMatch()) {
        n.scheme = Scheme::CurrentCopy;
        n.stem = m.captured(1);
        n.originalName = n.stem + u'.' + m.captured(2);
        n.besideOriginal = true;
    } else if ((m = dbOfManifest.match(fileName)).hasMatch()) {
        n.stem = m.captured(1);
        n.time = timeOf(m.captured(2));
        n.originalName = n.stem + u".db"_s;
    } else if ((m = timestamped.match(fileName)).hasMatch()) {
        n.stem = m.captured(1);
        n.time = timeOf(m.captured(2));
        n.originalName = n.stem + u'.' + m.captured(3);
        n.gzip = !m.captured(4).isEmpty();
    } else if ((m = archive.match(fileName)).hasMatch()) {
        n.stem = m.captured(1);
        n.time = timeOf(m.captured(2));
        n.archive = true;
        n.gzip = m.captured(3).endsWith(u'z');
        // lrl_assets_<ts>.tar.gz holds the folder "assets".
        n.originalName = n.stem.section(u'_', -1);
    } else {
        return std::nullopt;
    }
    if (n.stem.isEmpty() || n.originalName.isEmpty())
        return std::nullopt;
    // A name that looks timestamped but whose date is impossible is no backup.
    static const QRegularExpression hasTs(Ts);
    if (!n.time.isValid() && n.scheme != Scheme::CurrentCopy
        && hasTs.match(fileName).hasMatch() && !preRestorePlain.match(fileName).hasMatch())
        return std::nullopt;
    return n;
}

} // namespace lifeboat
