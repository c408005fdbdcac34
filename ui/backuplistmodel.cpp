// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuplistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

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

void BackupListModel::setEntries(QList<BackupEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
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
            return QLocale().formattedDataSize(e->totalSize(), 1,
                                               QLocale::DataSizeIecFormat);
        case Schema:
            return schema;
        case Location:
            return e->path;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Kind) {
        const bool folder = e->layout != Layout::Loose;
        return QApplication::style()->standardIcon(folder ? QStyle::SP_DirIcon
                                                          : QStyle::SP_FileIcon);
    }
    if (role == Qt::ToolTipRole && !e->problems.isEmpty())
        return e->problems.join(u'\n');
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
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
    case Location:
        return tr("Location");
    }
    return {};
}

} // namespace lifeboat::ui
