// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"
#include "backuplistmodel.h"
#include "verifyjob.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidgetItem;
class QListWidget;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeWidget;

namespace lifeboat::ui {

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

    // Verifies the selected backup in the background.
    void verifySelected();
    // Opens the restore wizard on the selected backup.
    void restoreSelected();

Q_SIGNALS:
    // Emitted when the backups of the selected data set are shown.
    void backupsShown();
    // Emitted when a verification started from the window has finished.
    void verificationFinished(bool ok);

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
    void showCheck(const QString &item, const QList<CheckResult> &checks);
    const BackupEntry *selectedEntry() const;

    QSettings *m_settings;
    QListWidget *m_dataSets;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTreeWidget *m_details;
    QSplitter *m_splitter;
    BackupListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    struct Scan
    {
        Result<QList<BackupEntry>> entries;
        QHash<QString, BackupListModel::Verification> verifications;
    };
    QFutureWatcher<Scan> m_scan;
    QAction *m_verifyAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    VerifyJob *m_verifyJob = nullptr;
    QTreeWidgetItem *m_checksNode = nullptr;
    QString m_verifying; // the backup being verified
};

// Settings live under $LIFEBOAT_HOME when it is set, so tests and the demo
// leave the user's own settings alone.
QSettings *createSettings(QObject *parent);

} // namespace lifeboat::ui
