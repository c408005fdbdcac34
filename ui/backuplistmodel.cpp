// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuplistmodel.h"

#include "journal.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

QString kindText(const BackupEntry &entry)
{
    if (entry.origin == "pre_restore"_L1)
        return BackupListModel::tr("Pre-restore snapshot");
    if (entry.origin == "pre_migration"_L1)
        return BackupListModel::tr("Pre-migration backup");
    if (entry.origin == "manual"_L1)
        return BackupListModel::tr("Manual copy");
    if (entry.origin == "current_copy"_L1)
        return BackupListModel::tr("Copy before restore");
    switch (entry.layout) {
    case Layout::Lifeboat:
        return BackupListModel::tr("Lifeboat set");
    case Layout::ManifestV1:
        return BackupListModel::tr("Manifest (v1)");
    case Layout::Checksums:
        return BackupListModel::tr("Folder with checksums");
    case Layout::Loose:
        break;
    }
    for (const BackupItem &item : entry.items) {
        if (item.gzip)
            return BackupListModel::tr("Compressed copy");
    }
    return BackupListModel::tr("Copy");
}

void BackupListModel::setEntries(QList<BackupEntry> entries, QHash<QString, Verification> verifications)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_verifications = std::move(verifications);
    endResetModel();
}

void BackupListModel::setVerification(const QString &path, Verification verification)
{
    m_verifications.insert(path, verification);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == path)
            Q_EMIT dataChanged(index(row, Verified), index(row, Verified));
    }
}

std::optional<Verification> BackupListModel::verification(const QString &path) const
{
    const auto it = m_verifications.constFind(path);
    return it == m_verifications.cend() ? std::nullopt : std::optional(*it);
}

void BackupListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const BackupEntry *BackupListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    const BackupEntry *e = entry(index.row());
    if (!e)
        return {};
    QString schema;
    for (const BackupItem &item : e->items) {
        if (!item.schemaVersion.isEmpty()) {
            schema = item.schemaVersion;
            break;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Created:
            return e->createdAt;
        case Size:
            return e->totalSize();
        case Schema: {
            // By version, not text: 1.9.0 before 1.10.0.
            qsizetype suffix = 0;
            const QVersionNumber version = QVersionNumber::fromString(schema, &suffix);
            QStringList parts;
            for (int segment : version.segments())
                parts.append(u"%1"_s.arg(segment, 10, 10, QChar(u'0')));
            return parts.join(u'.') + schema.mid(suffix);
        }
        case Verified: {
            // Never checked, then failed, then verified; within each, by when.
            const auto v = verification(e->path);
            return v ? u"%1 %2"_s.arg(v->ok ? 2 : 1).arg(v->when.toUTC().toString(Qt::ISODate)) : u"0"_s;
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Created:
            return QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat);
        case Kind:
            return kindText(*e);
        case Name:
            return e->name;
        case Size:
            return sizeText(e->totalSize());
        case Schema:
            return schema;
        case Verified: {
            const auto v = verification(e->path);
            if (!v)
                return tr("Never checked");
            const QString when = QLocale().toString(v->when.toLocalTime(), QLocale::ShortFormat);
            return v->ok ? tr("Verified %1").arg(when) : tr("Failed %1").arg(when);
        }
        case Location:
            return e->path;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Verified) {
        const auto v = verification(e->path);
        if (v)
            return QApplication::style()->standardIcon(v->ok ? QStyle::SP_DialogApplyButton
                                                             : QStyle::SP_MessageBoxCritical);
    }
    if (role == Qt::DecorationRole && index.column() == Kind) {
        const bool folder = e->layout != Layout::Loose;
        return QApplication::style()->standardIcon(folder ? QStyle::SP_DirIcon
                                                          : QStyle::SP_FileIcon);
    }
    if (role == Qt::ToolTipRole)
        return e->problems.isEmpty() ? e->path : e->path + u'\n' + e->problems.join(u'\n');
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString itemTypeText(ItemType type)
{
    switch (type) {
    case ItemType::Database:
        return BackupListModel::tr("database");
    case ItemType::Assets:
        return BackupListModel::tr("assets");
    case ItemType::File:
        return BackupListModel::tr("file");
    case ItemType::Postgres:
        return BackupListModel::tr("PostgreSQL database");
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Schema:
        return tr("Schema");
    case Verified:
        return tr("Verification");
    case Location:
        return tr("Location");
    }
    return {};
}

} // namespace lifeboat::ui
