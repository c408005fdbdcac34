// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backuplistmodel.h"
#include "datasetstatus.h"
#include "job.h"
#include "profile.h"
#include "restorerecovery.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolBar;

namespace lifeboat::ui {

class Inspector;
class RestoreWizard;
class StatusPanel;

/*
 * Data sets and their status on the left, their backups in the middle, the
 * selected backup inside out on the right. A data set is a folder of backups,
 * one backup file, or a profile (lifeboat.json), which can also be backed up
 * from here. Folders are searched and backups verified in the background;
 * the window never waits on the disk.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // On a data set's item: whether it is a folder, as its name suggests
    // until its scan has said.
    static constexpr int DataSetIsFolderRole = Qt::UserRole + 1;

    // Adds a folder, backup file or profile as a data set and selects it.
    void openLocation(const QString &path);
    BackupListModel *backupModel() const { return m_model; }
    Inspector *inspector() const { return m_inspector; }
    StatusPanel *statusPanel() const { return m_status; }
    // The selected data set's profile, when it is one.
    const std::optional<Profile> &profile() const { return m_profile; }
    bool isBusy() const { return m_job != nullptr; }

    // Verifies the selected backup in the background; drillSelected also
    // restores its PostgreSQL dumps into scratch databases.
    void verifySelected();
    void drillSelected();
    // Backs the selected data set (a profile) up in the background.
    void backUpNow();
    // Cancels the running verification or backup.
    void cancelJob();
    // Opens the restore wizard on the selected backup.
    void restoreSelected();
    // Looks for restores that never ended, in the background, and offers to
    // settle the newest: at start-up, again after one is settled, and on request.
    void checkInterruptedRestores();
    // Opens the dialogs of the Data Set and Tools menus.
    void pruneDataSet();
    void showHistory();
    void showSchedule();
    void showSettings();

Q_SIGNALS:
    // Emitted when the backups of the selected data set are shown.
    void backupsShown();
    // Emitted when a verification started from the window has finished.
    void verificationFinished(bool ok);
    // Emitted when a backup started from the window has finished.
    void backupFinished(bool ok);
    // Emitted when the window has looked for restores that never ended, and
    // offered to settle the newest one if there was one.
    void interruptedRestoresChecked(int count);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Scan
    {
        std::optional<Profile> profile;
        Result<QList<BackupEntry>> entries;
        bool folder = false;
        QHash<QString, Verification> verified;
        DataSetStatus status;
        QString path; // the data set scanned
    };
    static Scan scanDataSet(const QString &path);
    // The status panel again from the journal, after a verification: in the background.
    void refreshStatus();

    void createActions();
    void verify(bool drill);
    void offerToSettleInterruptedRestores();
    void arrangeContent();
    QString contentStateKey() const;
    void retranslateUi();
    void updateActions();
    void addDataSetItem(const QString &path);
    // Whether a data set is a folder (DataSetIsFolderRole), and its icon.
    void setDataSetIcon(QListWidgetItem *item, bool folder);
    void showDataSet();
    void openRestoreWizard(RestoreWizard *wizard);
    void undoRestore(QList<BackupEntry> snapshots, const RestoreOptions &options, int done = 0);
    void scanned();
    void showDetails();
    void chooseFolder();
    void chooseFile();
    void openDemo();
    void removeDataSet();
    void saveDataSets();
    void about();
    void runJob(Job *job, const QString &path);
    void jobFinished();
    void showCount();
    QString currentDataSet() const;
    const BackupEntry *selectedEntry() const;

    QSettings *m_settings;
    QListWidget *m_dataSets;
    StatusPanel *m_status;
    QLineEdit *m_filter;
    QTableView *m_table;
    Inspector *m_inspector;
    QSplitter *m_splitter;
    QSplitter *m_content; // the backups and the inspector: side by side, or one above the other
    bool m_contentArranged = false;
    QLabel *m_dataSetsLabel;
    BackupListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFutureWatcher<Scan> m_scan;
    QFutureWatcher<QList<InterruptedRestore>> m_interrupted;
    std::optional<Profile> m_profile;
    bool m_dataSetIsFolder = false;
    QString m_selectAfterScan; // a new backup to select once the list is shown
    QString m_messageAfterScan; // what a backup said, said again once the list is shown
    QString m_scanProblem;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_dataSetMenu = nullptr;
    QMenu *m_backupMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_openFileAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_pruneAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_drillAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_settleAction = nullptr;
    QAction *m_aboutAction = nullptr;
    qsizetype m_interruptedCount = 0; // as last found

    QProgressBar *m_progress;
    QPushButton *m_cancel;
    Job *m_job = nullptr;
    // This session's verifications, by backup: each item's checks as they came, and the verdict.
    QHash<QString, QList<std::pair<QString, QList<CheckResult>>>> m_checks;
    QHash<QString, QString> m_verdicts;
    QString m_jobPath; // the backup being verified, or the data set being backed up
};

// Settings live under $LIFEBOAT_HOME when it is set, so tests and the demo
// leave the user's own settings alone.
QSettings *createSettings(QObject *parent);

} // namespace lifeboat::ui
