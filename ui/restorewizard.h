// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"
#include "jobcontrol.h"
#include "journal.h"
#include "restorer.h"

#include <QFutureWatcher>
#include <QWizard>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lifeboat::ui {

/*
 * The guided restore: choose the backup, choose where it goes, see the
 * preflight (with Retry), review what changes and confirm, watch it run, see
 * the result with the post-restore checks, and undo from there. Every step
 * that touches the disk runs in the background through core's Restorer.
 */
class RestoreWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { ChooseBackup, ChooseTarget, Preflight, Review, Running, Outcome };

    // verifications: what the journal says of each backup, shown beside it.
    RestoreWizard(QList<BackupEntry> backups, const QString &selected, RestoreOptions options,
                  QHash<QString, Verification> verifications = {}, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    // The options the pages have chosen so far.
    RestoreOptions options() const;
    QString backupPath() const;
    const std::optional<RestorePlan> &plan() const { return m_plan; }
    const std::optional<Result<RestoreReport>> &report() const { return m_report; }

    bool undoWasRequested() const { return m_undoRequested; }

    // Esc and the window's close button wait while a restore runs.
    void reject() override;

Q_SIGNALS:
    void planReady();
    void restoreFinished();
    // Undo was pressed: restore each of these snapshots, with these options.
    void undoRequested(const QList<BackupEntry> &snapshots, const RestoreOptions &options);

protected:
    void showEvent(QShowEvent *event) override;

private:
    friend class ChooseTargetPage;
    friend class PreflightPage;
    friend class ReviewPage;
    friend class RunPage;
    friend class OutcomePage;

    void startPlan();
    void startRun();
    void cancelRun();
    QString planKey() const;

    QList<BackupEntry> m_backups;
    RestoreOptions m_baseOptions;
    std::optional<RestorePlan> m_plan;
    std::optional<Error> m_planError;
    std::optional<Result<RestoreReport>> m_report;
    std::shared_ptr<JobControl> m_control;
    QFutureWatcher<void> m_work;
    bool m_planning = false;
    bool m_replan = false;     // the choices changed while planning
    QString m_plannedFor;      // planKey() of the plan being made or made
    bool m_running = false;
    bool m_undoRequested = false;
    bool m_shownOnce = false;

    int selectedRow() const;

    QTableView *m_backupTable = nullptr;
    QButtonGroup *m_where = nullptr;
    QLineEdit *m_otherPlace = nullptr;
    QLineEdit *m_dsnEnv = nullptr;
    QLabel *m_originalPlaces = nullptr;
    QTreeWidget *m_preflight = nullptr;
    QLabel *m_preflightVerdict = nullptr;
    QPushButton *m_retry = nullptr;
    QTreeWidget *m_difference = nullptr;
    QLabel *m_snapshots = nullptr;
    QCheckBox *m_confirm = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_outcome = nullptr;
    QTreeWidget *m_checks = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace lifeboat::ui
