// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobcontrol.h"
#include "restorerecovery.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lifeboat::ui {

/*
 * Offered at start-up when a restore never ended (Lifeboat was killed, the
 * machine went down): what it was restoring and where, and the choice to
 * finish it (restore the backup again) or undo it (put back the snapshots).
 * Every target is whole either way; the choice settles the restore in the
 * background and records it in the journal.
 */
class InterruptedRestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InterruptedRestoreDialog(InterruptedRestore restore, QWidget *parent = nullptr);
    ~InterruptedRestoreDialog() override;

    void settle(RestoreRecovery::Action action);
    // Esc and the window's close button wait while the restore is settled.
    void reject() override;
    // Valid once settled() has been emitted.
    const Result<RestoreReport> &result() const { return *m_result; }

Q_SIGNALS:
    void settled(bool ok);

private:
    InterruptedRestore m_restore;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_finish;
    QPushButton *m_undo;
    QPushButton *m_later;
    std::shared_ptr<JobControl> m_control;
    std::shared_ptr<Result<RestoreReport>> m_result;
    QFutureWatcher<void> m_work;
};

} // namespace lifeboat::ui
