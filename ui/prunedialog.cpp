// SPDX-License-Identifier: GPL-3.0-or-later
#include "prunedialog.h"


#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

namespace {
enum Preset { ProfilePolicy, LocalDev, SharedStaging, Custom };
}

PruneDialog::PruneDialog(const QString &folder, const RetentionSpec &profileRetention, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_profileRetention(profileRetention)
    , m_preset(new QComboBox)
    , m_keepLast(new QSpinBox)
    , m_daily(new QSpinBox)
    , m_weekly(new QSpinBox)
    , m_monthly(new QSpinBox)
    , m_preMigration(new QSpinBox)
    , m_table(new QTreeWidget)
    , m_summary(new QLabel)
    , m_remove(new QPushButton)
{
    setWindowTitle(tr("Prune Backups"));
    m_preset->addItem(tr("The data set's own policy"), ProfilePolicy);
    m_preset->addItem(tr("Local development: daily for 14 days, weekly for 8 weeks"), LocalDev);
    m_preset->addItem(tr("Shared staging: daily for 30 days, monthly for 6 months"), SharedStaging);
    m_preset->addItem(tr("Custom"), Custom);
    if (profileRetention.isEmpty())
        m_preset->removeItem(ProfilePolicy);
    m_preMigration->setSpecialValueText(tr("always"));
    for (QSpinBox *box : {m_keepLast, m_daily, m_weekly, m_monthly, m_preMigration}) {
        box->setRange(0, 999);
        connect(box, &QSpinBox::valueChanged, this, &PruneDialog::decide);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Policy:"), m_preset);
    auto *numbers = new QHBoxLayout;
    for (auto [label, box] : {std::pair{tr("Newest"), m_keepLast}, std::pair{tr("Days"), m_daily},
                              std::pair{tr("Weeks"), m_weekly}, std::pair{tr("Months"), m_monthly}}) {
        numbers->addWidget(new QLabel(label));
        numbers->addWidget(box);
    }
    numbers->addStretch();
    form->addRow(tr("Keep:"), numbers);
    auto *preMigration = new QHBoxLayout;
    preMigration->addWidget(m_preMigration);
    preMigration->addWidget(new QLabel(tr("days (runbook 002 removes them after 30)")));
    preMigration->addStretch();
    form->addRow(tr("Pre-migration backups, for:"), preMigration);

    m_table->setHeaderLabels({tr("Created"), tr("Backup"), tr("Decision"), tr("Rule")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_remove->setEnabled(false);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &PruneDialog::confirmRemoval);

    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(tr("Each data set is pruned on its own. Nothing of it is pruned while its "
                                  "newest backup has not verified; its newest verified backup and "
                                  "pre-restore snapshots are always kept, pre-migration backups for as "
                                  "long as said below."));
    explain->setWordWrap(true);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    m_summary->setWordWrap(true); // an error names a folder, which may be long
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &PruneDialog::policyChosen);
    connect(&m_scan, &QFutureWatcherBase::finished, this, [this] {
        const Scan scan = m_scan.result();
        if (!scan.entries) {
            m_summary->setText(scan.entries.error().message);
            return;
        }
        m_entries = *scan.entries;
        m_verified = scan.verified;
        decide();
    });
    connect(&m_removal, &QFutureWatcherBase::finished, this, [this] {
        const QStringList failures = m_removal.result();
        const int removed = int(std::ranges::count_if(m_decisions, [](const PruneDecision &d) { return !d.keep; }))
                            - int(failures.size());
        if (!failures.isEmpty())
            QMessageBox::warning(this, windowTitle(), failures.join(u'\n'));
        Q_EMIT pruned(removed);
        rescan();
    });
    rescan();
    policyChosen();
}

PruneDialog::~PruneDialog()
{
    m_scan.waitForFinished();
    m_removal.waitForFinished();
}

RetentionPolicy PruneDialog::policy() const
{
    return {m_keepLast->value(), m_daily->value(), m_weekly->value(), m_monthly->value(), m_preMigration->value()};
}

void PruneDialog::policyChosen()
{
    const int preset = m_preset->currentData().toInt();
    RetentionPolicy p;
    if (preset == ProfilePolicy)
        p = RetentionPolicy::fromSpec(m_profileRetention);
    else if (preset == LocalDev)
        p = *RetentionPolicy::preset(u"local-dev"_s);
    else if (preset == SharedStaging)
        p = *RetentionPolicy::preset(u"shared-staging"_s);
    else
        p = policy();
    for (auto [box, value] : {std::pair{m_keepLast, p.keepLast}, std::pair{m_daily, p.daily},
                              std::pair{m_weekly, p.weekly}, std::pair{m_monthly, p.monthly},
                              std::pair{m_preMigration, p.preMigrationDays}}) {
        const QSignalBlocker block(box);
        box->setValue(value);
        box->setEnabled(preset == Custom);
    }
    decide();
}

void PruneDialog::rescan()
{
    m_remove->setEnabled(false);
    m_summary->setText(tr("Searching %1…").arg(m_folder));
    m_scan.setFuture(QtConcurrent::run([folder = m_folder] {
        return Scan{BackupDiscovery::scan({folder}), Retention::verificationsFromJournal()};
    }));
}

void PruneDialog::decide()
{
    if (m_scan.isRunning() || m_removal.isRunning())
        return;
    const RetentionPolicy p = policy();
    m_decisions = p.isEmpty() ? QList<PruneDecision>{}
                              : Retention::decide(m_entries, p, m_verified, QDateTime::currentDateTimeUtc());
    m_table->clear();
    int removing = 0;
    const QLocale locale;
    for (const PruneDecision &d : std::as_const(m_decisions)) {
        auto *row = new QTreeWidgetItem(m_table, {locale.toString(d.entry.createdAt.toLocalTime(), QLocale::ShortFormat),
                                                  QFileInfo(d.entry.path).fileName(),
                                                  d.keep ? tr("keep") : tr("remove"), d.rule});
        row->setToolTip(1, d.entry.path);
        row->setToolTip(3, d.rule);
        row->setIcon(2, style()->standardIcon(d.keep ? QStyle::SP_DialogApplyButton : QStyle::SP_TrashIcon));
        if (!d.keep) {
            ++removing;
            QFont bold = row->font(2);
            bold.setBold(true);
            row->setFont(2, bold);
        }
    }
    for (int c = 0; c < 3; ++c)
        m_table->resizeColumnToContents(c);
    const int held = int(std::ranges::count_if(m_decisions, &PruneDecision::held));
    m_summary->setText(p.isEmpty() ? tr("Say what to keep: a preset or at least one number.")
                       : held      ? tr("%1 held back until the newest backup passes verification: verify it, or "
                                        "back up again if it failed.")
                                         .arg(tr("%n backup(s)", nullptr, held))
                                   : tr("%1 to keep, %2 to remove.")
                                         .arg(tr("%n backup(s)", nullptr, int(m_decisions.size()) - removing),
                                              tr("%n backup(s)", nullptr, removing)));
    m_remove->setText(tr("Remove %n Backup(s)…", nullptr, removing));
    m_remove->setEnabled(removing > 0);
    Q_EMIT previewReady();
}

void PruneDialog::confirmRemoval()
{
    const auto removing = std::ranges::count_if(m_decisions, [](const PruneDecision &d) { return !d.keep; });
    const auto answer = QMessageBox::question(
        this, tr("Remove Backups"),
        tr("Remove %n backup(s) for good? The rest are kept, and each removal is written to the journal.",
           nullptr, int(removing)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeDecided();
}

void PruneDialog::removeDecided()
{
    QList<PruneDecision> remove;
    for (const PruneDecision &d : std::as_const(m_decisions)) {
        if (!d.keep)
            remove.append(d);
    }
    m_remove->setEnabled(false);
    m_summary->setText(tr("Removing %n backup(s)…", nullptr, int(remove.size())));
    m_removal.setFuture(QtConcurrent::run([remove] {
        QStringList failures;
        for (const PruneDecision &d : remove) {
            if (auto ok = Retention::remove(d.entry, d.rule); !ok)
                failures.append(ok.error().message);
        }
        return failures;
    }));
}

} // namespace lifeboat::ui
