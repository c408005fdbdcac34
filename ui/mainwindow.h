// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLineEdit;
class QListWidget;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeWidget;

namespace lifeboat::ui {

class BackupListModel;

/*
 * Data sets on the left, their backups in the middle, the selected backup's
 * details on the right. Folders are searched in the background; the window
 * never waits on the disk.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a folder (or backup file) as a data set and selects it.
    void openLocation(const QString &path);
    BackupListModel *backupModel() const { return m_model; }

Q_SIGNALS:
    // Emitted when the backups of the selected data set are shown.
    void backupsShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void addDataSetItem(const QString &path);
    void showDataSet();
    void showDetails();
    void chooseFolder();
    void removeDataSet();
    void saveDataSets();
    void about();

    QSettings *m_settings;
    QListWidget *m_dataSets;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTreeWidget *m_details;
    QSplitter *m_splitter;
    BackupListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFutureWatcher<Result<QList<BackupEntry>>> m_scan;
};

// Settings live under $LIFEBOAT_HOME when it is set, so tests and the demo
// leave the user's own settings alone.
QSettings *createSettings(QObject *parent);

} // namespace lifeboat::ui
