// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"
#include "journal.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace lifeboat::ui {

// The backups of one data set, one row each.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Created, Kind, Name, Size, Schema, Verified, Location, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<BackupEntry> entries, QHash<QString, Verification> verifications = {});
    void setVerification(const QString &path, Verification verification);
    const BackupEntry *entry(int row) const;
    // The language changed: headers and cells are told to read again.
    void retranslate();
    std::optional<Verification> verification(const QString &path) const;
    const QHash<QString, Verification> &verifications() const { return m_verifications; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<BackupEntry> m_entries;
    QHash<QString, Verification> m_verifications;
};

// A translated, human name for a layout and origin: "Lifeboat set", "Pre-restore snapshot".
QString kindText(const BackupEntry &entry);
// A translated name for an item's type: "database", "assets".
QString itemTypeText(ItemType type);
// A size as people read it, in this locale: "24.3 KiB".
QString sizeText(qint64 bytes);

} // namespace lifeboat::ui
