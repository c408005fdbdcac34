// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorewizard.h"

#include "backuplistmodel.h"
#include "checktitles.h"

#include <QApplication>
#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

namespace {

QIcon statusIcon(CheckStatus status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case CheckStatus::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckStatus::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckStatus::Skip:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return RestoreWizard::tr("Passed");
    case CheckStatus::Fail:
        return RestoreWizard::tr("Failed");
    case CheckStatus::Skip:
        break;
    }
    return RestoreWizard::tr("Skipped");
}

void fillChecks(QTreeWidget *tree, const QList<CheckResult> &checks)
{
    tree->clear();
    for (const CheckResult &c : checks) {
        auto *row = new QTreeWidgetItem(tree, {CheckTitles::of(c.name), statusText(c.status), c.detail});
        row->setData(0, Qt::UserRole, c.name);
        row->setToolTip(0, c.name);
        row->setIcon(1, statusIcon(c.status));
        row->setToolTip(2, c.detail);
    }
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
}

QTreeWidget *checkTree()
{
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels({RestoreWizard::tr("Check"), RestoreWizard::tr("Result"),
                           RestoreWizard::tr("Detail")});
    tree->setRootIsDecorated(false);
    tree->setWordWrap(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

class ChooseBackupPage : public QWizardPage
{
public:
    explicit ChooseBackupPage(QTableView *table)
        : m_table(table)
    {
        setTitle(RestoreWizard::tr("Choose the backup"));
        setSubTitle(RestoreWizard::tr("The data will be put back as this backup holds it."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(table);
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return m_table->currentIndex().isValid(); }

private:
    QTableView *m_table;
};

// A dump goes back into a database on a server, not into a folder.
bool restoresDumps(const BackupEntry *e)
{
    return e && !e->items.isEmpty()
           && std::ranges::all_of(e->items, [](const BackupItem &i) { return i.type == ItemType::Postgres; });
}

class ChooseTargetPage : public QWizardPage
{
public:
    ChooseTargetPage(RestoreWizard *wizard, QButtonGroup *where, QLabel *original, QLineEdit *other,
                     QLineEdit *dsnEnv, std::function<const BackupEntry *()> selected)
        : m_where(where)
        , m_original(original)
        , m_other(other)
        , m_dsnEnv(dsnEnv)
        , m_selected(std::move(selected))
    {
        m_options = wizard->m_baseOptions;
        setTitle(RestoreWizard::tr("Choose where it goes"));
        setSubTitle(RestoreWizard::tr("Put it back where it came from, or restore to another "
                                      "folder first to look at it there."));
        auto *originalButton = new QRadioButton(RestoreWizard::tr("The original place"));
        auto *otherButton = new QRadioButton;
        m_otherButton = otherButton;
        where->addButton(originalButton, 0);
        where->addButton(otherButton, 1);
        original->setWordWrap(true);
        original->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *browse = new QPushButton(RestoreWizard::tr("Browse…"));
        m_browse = browse;
        connect(browse, &QPushButton::clicked, wizard, [this, wizard] {
            const QString dir = QFileDialog::getExistingDirectory(wizard, RestoreWizard::tr("Restore into"));
            if (!dir.isEmpty()) {
                m_other->setText(dir);
                m_where->button(1)->setChecked(true);
            }
        });
        auto *otherRow = new QHBoxLayout;
        otherRow->addWidget(otherButton);
        otherRow->addWidget(other, 1);
        otherRow->addWidget(browse);
        // A dump's server: the variable holding its DSN, when the backup
        // does not record one (a loose dump) or another server is meant.
        m_serverLabel = new QLabel(RestoreWizard::tr("The server's DSN is in the environment variable:"));
        dsnEnv->setPlaceholderText(RestoreWizard::tr("as the backup records (for example DATABASE_URL)"));
        auto *serverRow = new QHBoxLayout;
        serverRow->addWidget(m_serverLabel);
        serverRow->addWidget(dsnEnv, 1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(originalButton);
        layout->addWidget(original);
        layout->addLayout(otherRow);
        layout->addLayout(serverRow);
        layout->addStretch();
        connect(where, &QButtonGroup::idClicked, this, &QWizardPage::completeChanged);
        connect(other, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        // Typing a folder chooses it: what is restored must go where the page shows.
        connect(other, &QLineEdit::textEdited, this, [this] {
            m_where->button(1)->setChecked(true);
            Q_EMIT completeChanged();
        });
    }

    void initializePage() override
    {
        const BackupEntry *e = m_selected();
        QStringList lines;
        bool known = e != nullptr;
        if (e) {
            for (const BackupItem &item : e->items) {
                // Where the backup says, else where the open profile's source of that name lives.
                const QString where = !item.restoresTo.isEmpty() ? item.restoresTo
                                                                  : Restorer::sourcePathFor(item, m_options);
                known = known && !where.isEmpty();
                lines.append(u"%1 → %2"_s.arg(item.name, where.isEmpty() ? RestoreWizard::tr("unknown") : where));
            }
        }
        const bool dumps = restoresDumps(e);
        m_otherButton->setText(dumps ? RestoreWizard::tr("Another database:") : RestoreWizard::tr("Another folder:"));
        m_other->setPlaceholderText(dumps ? RestoreWizard::tr("The name of a database on the server")
                                          : RestoreWizard::tr("A folder to restore into"));
        m_browse->setVisible(!dumps);
        m_serverLabel->setVisible(dumps);
        m_dsnEnv->setVisible(dumps);
        m_original->setText(lines.join(u'\n'));
        m_where->button(0)->setEnabled(known);
        m_where->button(known ? 0 : 1)->setChecked(true);
        if (!known)
            m_original->setText(m_original->text() + u"\n\n"_s
                                + (dumps ? RestoreWizard::tr("This dump does not record its server: name a "
                                                             "database and the variable holding the "
                                                             "server's DSN.")
                                         : RestoreWizard::tr("This backup does not record where everything "
                                                             "came from: choose a folder.")));
    }

    bool isComplete() const override
    {
        return m_where->checkedId() == 0 || !m_other->text().trimmed().isEmpty();
    }

private:
    QButtonGroup *m_where;
    QLabel *m_original;
    QLineEdit *m_other;
    QLineEdit *m_dsnEnv;
    QRadioButton *m_otherButton = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_serverLabel = nullptr;
    std::function<const BackupEntry *()> m_selected;
    RestoreOptions m_options;
};

class PreflightPage : public QWizardPage
{
public:
    explicit PreflightPage(RestoreWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(RestoreWizard::tr("Preflight"));
        setSubTitle(RestoreWizard::tr("Lifeboat checks the backup, the room on the disk and that "
                                      "nothing holds the data open. Nothing changes yet."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wizard->m_preflight);
        auto *row = new QHBoxLayout;
        wizard->m_preflightVerdict->setWordWrap(true);
        row->addWidget(wizard->m_preflightVerdict, 1);
        row->addWidget(wizard->m_retry);
        layout->addLayout(row);
        connect(wizard->m_retry, &QPushButton::clicked, wizard, &RestoreWizard::startPlan);
        connect(wizard, &RestoreWizard::planReady, this, &QWizardPage::completeChanged);
    }
    void initializePage() override { m_wizard->startPlan(); }
    bool isComplete() const override
    {
        return !m_wizard->m_planning && m_wizard->m_plan && m_wizard->m_plan->refusal == Refusal::None;
    }

private:
    RestoreWizard *m_wizard;
};

class ReviewPage : public QWizardPage
{
public:
    explicit ReviewPage(RestoreWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(RestoreWizard::tr("Review"));
        setSubTitle(RestoreWizard::tr("What the restore replaces, and where what is there now is kept."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, RestoreWizard::tr("Restore"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wizard->m_difference, 1);
        wizard->m_snapshots->setWordWrap(true);
        wizard->m_snapshots->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(wizard->m_snapshots);
        layout->addWidget(wizard->m_confirm);
        connect(wizard->m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        QTreeWidget *tree = m_wizard->m_difference;
        tree->clear();
        const RestorePlan &plan = *m_wizard->m_plan;
        for (const RestoreTarget &t : plan.targets) {
            auto *item = new QTreeWidgetItem(
                tree, {(t.targetExists ? RestoreWizard::tr("%1 replaces %2")
                                       : RestoreWizard::tr("%1 is created as %2"))
                           .arg(t.item.name, t.target)});
            item->setFirstColumnSpanned(true);
            for (const DatabaseDifference &d : plan.differences) {
                if (d.item != t.item.name)
                    continue;
                if (d.currentVersion != d.backupVersion) {
                    // Another schema: the application may need migrating again afterwards.
                    auto *version = new QTreeWidgetItem(item, {RestoreWizard::tr("Schema version"),
                                                               d.currentVersion, d.backupVersion});
                    version->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
                }
                for (const TableDifference &td : d.tables) {
                    auto rows = [](qint64 n) {
                        return n < 0 ? RestoreWizard::tr("(no table)")
                                     : RestoreWizard::tr("%Ln row(s)", nullptr, int(n));
                    };
                    auto *row = new QTreeWidgetItem(item, {td.table, rows(td.currentRows), rows(td.backupRows)});
                    if (td.currentRows != td.backupRows)
                        row->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
                    if (!td.currentNewest.isEmpty() || !td.backupNewest.isEmpty())
                        row->setToolTip(0, RestoreWizard::tr("Newest now: %1\nNewest in the backup: %2")
                                               .arg(td.currentNewest, td.backupNewest));
                }
            }
        }
        tree->expandAll();
        tree->resizeColumnToContents(0);
        QStringList snapshots;
        for (const RestoreTarget &t : plan.targets) {
            if (!t.snapshot.isEmpty())
                snapshots.append(t.snapshot);
        }
        m_wizard->m_snapshots->setText(
            snapshots.isEmpty() ? RestoreWizard::tr("Nothing is there yet, so nothing needs saving.")
                                : RestoreWizard::tr("What is there now is kept, as it is, at:\n%1")
                                      .arg(snapshots.join(u'\n')));
        m_wizard->m_confirm->setChecked(false);
    }

    bool isComplete() const override { return m_wizard->m_confirm->isChecked(); }

private:
    RestoreWizard *m_wizard;
};

class RunPage : public QWizardPage
{
public:
    explicit RunPage(RestoreWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(RestoreWizard::tr("Restoring"));
        setSubTitle(RestoreWizard::tr("If anything fails, the snapshot is put back by itself."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wizard->m_progress);
        layout->addWidget(wizard->m_log, 1);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(wizard->m_cancel);
        layout->addLayout(row);
        connect(wizard->m_cancel, &QPushButton::clicked, wizard, &RestoreWizard::cancelRun);
        connect(wizard, &RestoreWizard::restoreFinished, this, &QWizardPage::completeChanged);
    }
    void initializePage() override { m_wizard->startRun(); }
    bool isComplete() const override { return !m_wizard->m_running && m_wizard->m_report.has_value(); }

private:
    RestoreWizard *m_wizard;
};

class OutcomePage : public QWizardPage
{
public:
    explicit OutcomePage(RestoreWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(RestoreWizard::tr("Result"));
        setSubTitle(RestoreWizard::tr("The checks after the restore, and what to do next."));
        setFinalPage(true);
        auto *layout = new QVBoxLayout(this);
        wizard->m_outcome->setWordWrap(true);
        wizard->m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(wizard->m_outcome);
        layout->addWidget(wizard->m_checks, 1);
        auto *row = new QHBoxLayout;
        row->addWidget(wizard->m_openFolder);
        row->addWidget(wizard->m_undo);
        row->addStretch();
        layout->addLayout(row);
        connect(wizard->m_openFolder, &QPushButton::clicked, wizard, [wizard] {
            if (!wizard->m_plan || wizard->m_plan->targets.isEmpty())
                return;
            // A database on a server has no folder: its snapshot's is shown instead.
            const RestoreTarget &first = wizard->m_plan->targets.constFirst();
            const QString place = first.item.type == ItemType::Postgres ? first.snapshot : first.target;
            if (!place.isEmpty())
                QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(place).absolutePath()));
        });
    }

    void initializePage() override
    {
        const auto &report = *m_wizard->m_report;
        if (!report) {
            m_wizard->m_outcome->setText(report.error().message);
            m_wizard->m_checks->clear();
            m_wizard->m_undo->setEnabled(false);
            return;
        }
        QString headline;
        switch (report->outcome) {
        case RestoreReport::Outcome::Restored:
            headline = RestoreWizard::tr("Restored.");
            break;
        case RestoreReport::Outcome::RolledBack:
            headline = RestoreWizard::tr("Rolled back.");
            break;
        case RestoreReport::Outcome::Failed:
            headline = RestoreWizard::tr("Failed.");
            break;
        case RestoreReport::Outcome::Refused:
            headline = RestoreWizard::tr("Refused.");
            break;
        }
        QString text = u"<b>"_s + headline.toHtmlEscaped() + u"</b><br>"_s + report->message.toHtmlEscaped();
        // pg_restore's warnings: worth reading, not failures.
        for (const QString &warning : report->warnings)
            text += u"<br>"_s + RestoreWizard::tr("Warning: %1").arg(warning).toHtmlEscaped();
        if (report->outcome == RestoreReport::Outcome::Restored && !report->snapshots.isEmpty()) {
            text += u"<br><br>"_s + RestoreWizard::tr("What was there before is kept at:").toHtmlEscaped();
            for (const QString &snapshot : report->snapshots)
                text += u"<br>"_s + snapshot.toHtmlEscaped();
        }
        m_wizard->m_outcome->setText(text);
        m_wizard->m_undo->setText(report->snapshots.size() > 1
                                      ? RestoreWizard::tr("&Undo: restore the %1 snapshots").arg(report->snapshots.size())
                                      : RestoreWizard::tr("&Undo: restore the snapshot"));
        const bool dumps = m_wizard->m_plan && !m_wizard->m_plan->targets.isEmpty()
                           && m_wizard->m_plan->targets.constFirst().item.type == ItemType::Postgres;
        m_wizard->m_openFolder->setText(dumps ? RestoreWizard::tr("Open the snapshot's folder")
                                              : RestoreWizard::tr("Open the target folder"));
        m_wizard->m_openFolder->setEnabled(!dumps || !report->snapshots.isEmpty());
        fillChecks(m_wizard->m_checks, report->checks);
        m_wizard->m_undo->setEnabled(report->outcome == RestoreReport::Outcome::Restored
                                     && !report->snapshots.isEmpty());
    }

private:
    RestoreWizard *m_wizard;
};

RestoreWizard::RestoreWizard(QList<BackupEntry> backups, const QString &selected,
                             RestoreOptions options, QHash<QString, Verification> verifications, QWidget *parent)
    : QWizard(parent)
    , m_backups(std::move(backups))
    , m_baseOptions(std::move(options))
    , m_backupTable(new QTableView)
    , m_where(new QButtonGroup(this))
    , m_otherPlace(new QLineEdit)
    , m_dsnEnv(new QLineEdit)
    , m_originalPlaces(new QLabel)
    , m_preflight(checkTree())
    , m_preflightVerdict(new QLabel)
    , m_retry(new QPushButton(tr("Retry")))
    , m_difference(new QTreeWidget)
    , m_snapshots(new QLabel)
    , m_confirm(new QCheckBox(tr("I understand that the data above is replaced.")))
    , m_progress(new QProgressBar)
    , m_log(new QPlainTextEdit)
    , m_cancel(new QPushButton(tr("Cancel restore")))
    , m_outcome(new QLabel)
    , m_checks(checkTree())
    , m_openFolder(new QPushButton(tr("Open the target folder")))
    , m_undo(new QPushButton(tr("&Undo: restore the snapshot")))
{
    setWindowTitle(tr("Restore"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(820, 600);

    // The backups as the main window lists them, with what verified.
    auto *model = new BackupListModel(this);
    model->setEntries(m_backups, std::move(verifications));
    m_backupTable->setModel(model);
    m_backupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backupTable->setWordWrap(false);
    m_backupTable->verticalHeader()->hide();
    m_backupTable->horizontalHeader()->setStretchLastSection(true);
    m_backupTable->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_backupTable->setTextElideMode(Qt::ElideMiddle);
    m_backupTable->resizeColumnsToContents();
    m_backupTable->setColumnWidth(BackupListModel::Location, 200);
    for (qsizetype row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).path == selected)
            m_backupTable->setCurrentIndex(model->index(int(row), 0));
    }
    m_difference->setHeaderLabels({tr("Item or table"), tr("Now"), tr("In the backup")});
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_dsnEnv->setText(m_baseOptions.dsnEnv);

    auto selectedEntry = [this]() -> const BackupEntry * {
        const int row = selectedRow();
        return row >= 0 ? &m_backups.at(row) : nullptr;
    };
    setPage(ChooseBackup, new ChooseBackupPage(m_backupTable));
    setPage(ChooseTarget, new ChooseTargetPage(this, m_where, m_originalPlaces, m_otherPlace, m_dsnEnv, selectedEntry));
    setPage(Preflight, new PreflightPage(this));
    setPage(Review, new ReviewPage(this));
    setPage(Running, new RunPage(this));
    setPage(Outcome, new OutcomePage(this));
    connect(m_undo, &QPushButton::clicked, this, [this] {
        // Undoing is restoring every snapshot: a new restore from each.
        if (!m_report || !*m_report || (*m_report)->snapshots.isEmpty())
            return;
        QList<BackupEntry> snapshots;
        for (const QString &path : std::as_const((*m_report)->snapshots)) {
            auto snapshot = BackupDiscovery::describe(path);
            if (!snapshot) {
                m_outcome->setText(snapshot.error().message.toHtmlEscaped());
                return;
            }
            snapshots.append(*snapshot);
        }
        // The same server as this restore's, for a dump's snapshot.
        RestoreOptions undoOptions = m_baseOptions;
        undoOptions.dsnEnv = this->options().dsnEnv;
        m_undoRequested = true;
        Q_EMIT undoRequested(snapshots, undoOptions);
        accept();
    });
}

void RestoreWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    // Opened on a backup the user chose: its target comes first, and Back
    // still leads to the list to choose another.
    if (!m_shownOnce && currentId() == ChooseBackup && selectedRow() >= 0)
        next();
    m_shownOnce = true;
}

void RestoreWizard::reject()
{
    // A restore that runs is stopped with its own Cancel, which rolls back
    // and says so; closing the window must not stop it unseen.
    if (m_running) {
        m_log->appendPlainText(tr("The restore is running: press Cancel restore to stop it."));
        return;
    }
    QWizard::reject();
}

RestoreWizard::~RestoreWizard()
{
    if (m_control)
        m_control->cancel();
    m_work.waitForFinished();
}

int RestoreWizard::selectedRow() const
{
    const int row = m_backupTable->currentIndex().row();
    return row >= 0 && row < m_backups.size() ? row : -1;
}

QString RestoreWizard::backupPath() const
{
    const int row = selectedRow();
    return row >= 0 ? m_backups.at(row).path : QString();
}

RestoreOptions RestoreWizard::options() const
{
    RestoreOptions o = m_baseOptions;
    if (!m_dsnEnv->text().trimmed().isEmpty())
        o.dsnEnv = m_dsnEnv->text().trimmed();
    if (m_where->checkedId() != 1)
        return o;
    o.to = m_otherPlace->text().trimmed();
    const int row = selectedRow();
    if (row >= 0 && restoresDumps(&m_backups.at(row)))
        return o; // a database's name, not a path
    // Into the chosen folder, one item under its own name too, as the
    // restore names several.
    if (row >= 0 && m_backups.at(row).items.size() == 1)
        o.to = QDir(o.to).filePath(Restorer::baseNameFor(m_backups.at(row).items.constFirst()));
    return o;
}

// What a plan was made for: the backup and where it goes.
QString RestoreWizard::planKey() const
{
    const RestoreOptions o = options();
    return QStringList{backupPath(), o.to, o.dsnEnv, o.service}.join(u'\n');
}

void RestoreWizard::startPlan()
{
    if (m_planning) {
        // The choices changed while the plan was being made (Back, then
        // Next again): that plan is for another target. It is cancelled and
        // made again once it has stopped.
        m_replan = true;
        m_control->cancel();
        return;
    }
    m_planning = true;
    m_plannedFor = planKey();
    m_plan.reset();
    m_retry->setEnabled(false);
    m_preflight->clear();
    m_preflightVerdict->setText(tr("Checking…"));
    Q_EMIT planReady(); // the page is not complete while planning
    m_control = std::make_shared<JobControl>();
    auto result = std::make_shared<std::optional<Result<RestorePlan>>>();
    m_work.disconnect(this);
    connect(&m_work, &QFutureWatcherBase::finished, this, [this, result] {
        m_planning = false;
        if (std::exchange(m_replan, false)) {
            QMetaObject::invokeMethod(this, &RestoreWizard::startPlan, Qt::QueuedConnection);
            return;
        }
        m_retry->setEnabled(true);
        if (!result->has_value() || !**result) {
            m_planError = result->has_value() ? (**result).error() : Error{};
            m_preflightVerdict->setText(m_planError->message);
        } else {
            m_plan = ***result;
            fillChecks(m_preflight, m_plan->preflight);
            // One row per process, with every file it holds.
            for (const ProcessHolding &p : byProcess(m_plan->processes)) {
                QStringList names;
                for (const QString &file : p.files)
                    names.append(QFileInfo(file).fileName());
                auto *row = new QTreeWidgetItem(m_preflight, {tr("process %1").arg(p.pid), tr("holds it open"),
                                                              p.command + u" — "_s + names.join(u", "_s)});
                row->setIcon(1, statusIcon(CheckStatus::Fail));
            }
            m_preflight->resizeColumnToContents(0);
            m_preflight->resizeColumnToContents(1);
            m_preflightVerdict->setText(
                m_plan->refusal == Refusal::None ? tr("Everything is ready. Nothing has changed yet.")
                // The CLI's way round it (--force-writers) is not offered here.
                : m_plan->refusal == Refusal::WritersActive
                    ? tr("Other programs have the data open. Quit the programs listed above, then press Retry.")
                    : m_plan->refusalMessage + u"\n"_s + tr("Fix this, then press Retry."));
        }
        Q_EMIT planReady();
    }, Qt::SingleShotConnection);
    m_work.setFuture(QtConcurrent::run(
        [path = backupPath(), options = options(), control = m_control, result] {
            result->emplace(Restorer::plan(path, options, *control));
        }));
}

void RestoreWizard::startRun()
{
    if (m_running || !m_plan)
        return;
    if (m_plannedFor != planKey()) {
        // Never the case through the pages; checked all the same, since this is the one step that changes data.
        m_report = Result<RestoreReport>(fail(ErrorCode::Internal,
                                              tr("The choices changed after the preflight: nothing was "
                                                 "restored. Go back and run the preflight again.")));
        m_log->appendPlainText(m_report->error().message);
        Q_EMIT restoreFinished();
        return;
    }
    m_running = true;
    m_report.reset();
    m_log->clear();
    // Past the commit page there is nothing to cancel but the run itself,
    // with its own button that rolls back; the wizard's would only close it.
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton});
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    auto lastDescription = std::make_shared<QString>();
    m_control = std::make_shared<JobControl>(
        [this, lastDescription](const Progress &p) {
            QMetaObject::invokeMethod(this, [this, p, lastDescription] {
                if (p.bytesTotal > 0) {
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(int(1000.0 * p.fraction()));
                }
                if (p.description != *lastDescription) {
                    *lastDescription = p.description;
                    m_log->appendPlainText(QTime::currentTime().toString(u"HH:mm:ss "_s) + p.description);
                }
            }, Qt::QueuedConnection);
        },
        100);
    auto result = std::make_shared<std::optional<Result<RestoreReport>>>();
    m_work.disconnect(this);
    connect(&m_work, &QFutureWatcherBase::finished, this, [this, result] {
        m_running = false;
        m_cancel->setEnabled(false);
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        m_report = result->has_value() ? **result : Result<RestoreReport>(fail(ErrorCode::Internal, {}));
        m_log->appendPlainText(*m_report ? (*m_report)->message : m_report->error().message);
        Q_EMIT restoreFinished();
    }, Qt::SingleShotConnection);
    m_work.setFuture(QtConcurrent::run(
        [plan = *m_plan, options = options(), control = m_control, result] {
            result->emplace(Restorer::run(plan, options, *control));
        }));
}

void RestoreWizard::cancelRun()
{
    if (m_control)
        m_control->cancel();
    m_log->appendPlainText(tr("Cancelling…"));
}

} // namespace lifeboat::ui
