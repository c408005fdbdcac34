// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptedrestoredialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

InterruptedRestoreDialog::InterruptedRestoreDialog(InterruptedRestore restore, QWidget *parent)
    : QDialog(parent)
    , m_restore(std::move(restore))
    , m_text(new QLabel)
    , m_progress(new QProgressBar)
    , m_finish(new QPushButton(tr("&Finish the Restore")))
    , m_undo(new QPushButton(tr("&Undo the Restore")))
    , m_later(new QPushButton(tr("Decide &Later")))
{
    setWindowTitle(tr("A Restore Was Interrupted"));
    QStringList targets;
    bool snapshots = true;
    for (const InterruptedRestore::Target &t : std::as_const(m_restore.targets)) {
        const QString state = t.replaced() ? tr("replaced") : tr("not replaced yet");
        targets.append(u"<li>"_s + (t.name + u" → "_s + t.target + u" ("_s + state + u')').toHtmlEscaped()
                       + u"</li>"_s);
        snapshots = snapshots && (!t.existed || !t.snapshot.isEmpty());
    }
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setText(
        tr("<p>A restore from <b>%1</b>, started %2, did not finish: Lifeboat or the computer "
           "stopped while it ran.</p><ul>%3</ul><p>Each of these is whole, never a mix: either as it was "
           "before or as the backup has it. <b>Finish the Restore</b> restores the backup again; <b>Undo "
           "the Restore</b> puts back what was there before, from the snapshots taken first.</p>")
            .arg(m_restore.backup.toHtmlEscaped(),
                 QLocale().toString(m_restore.startedAt.toLocalTime(), QLocale::ShortFormat),
                 targets.join(QString())));
    m_undo->setEnabled(snapshots);
    if (!snapshots)
        m_undo->setToolTip(tr("This restore ran without snapshots: there is nothing to put back."));
    m_progress->setRange(0, 0);
    m_progress->hide();

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_finish, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_undo, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    // Offered unasked at start-up: Enter must not restore again.
    m_later->setDefault(true);
    m_later->setFocus();

    connect(m_finish, &QPushButton::clicked, this, [this] { settle(RestoreRecovery::Action::Finish); });
    connect(m_undo, &QPushButton::clicked, this, [this] { settle(RestoreRecovery::Action::Undo); });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_work, &QFutureWatcherBase::finished, this, [this] {
        m_progress->hide();
        const bool ok = *m_result && (*m_result)->outcome != RestoreReport::Outcome::Failed;
        m_text->setText(*m_result ? (*m_result)->message.toHtmlEscaped() : m_result->error().message.toHtmlEscaped());
        m_later->setText(tr("Close"));
        m_later->setEnabled(true);
        Q_EMIT settled(ok);
    });
}

InterruptedRestoreDialog::~InterruptedRestoreDialog()
{
    if (m_control)
        m_control->cancel();
    m_work.waitForFinished();
}

void InterruptedRestoreDialog::reject()
{
    if (m_work.isRunning())
        return;
    QDialog::reject();
}

void InterruptedRestoreDialog::settle(RestoreRecovery::Action action)
{
    if (m_work.isRunning())
        return;
    m_finish->setEnabled(false);
    m_undo->setEnabled(false);
    m_later->setEnabled(false);
    m_progress->show();
    m_control = std::make_shared<JobControl>();
    m_result = std::make_shared<Result<RestoreReport>>(std::unexpected(Error{}));
    m_work.setFuture(QtConcurrent::run([restore = m_restore, action, control = m_control, result = m_result] {
        *result = RestoreRecovery::settle(restore, action, *control);
    }));
}

} // namespace lifeboat::ui
