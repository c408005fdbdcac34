// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "backupjob.h"
#include "backupwriter.h"
#include "demoworkspace.h"
#include "historydialog.h"
#include "inspector.h"
#include "interruptedrestoredialog.h"
#include "prunedialog.h"
#include "restorewizard.h"
#include "scheduledialog.h"
#include "settingsdialog.h"
#include "statuspanel.h"
#include "verifyjob.h"
#include "versions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

namespace {

bool hasDump(const BackupEntry &entry)
{
    return std::ranges::any_of(entry.items, [](const BackupItem &i) { return i.type == ItemType::Postgres; });
}

// The server a dump is restored or drilled on: the one the backup recorded,
// else the one the profile's PostgreSQL source names.
void useProfileServer(const std::optional<Profile> &profile, const BackupEntry &entry, QString &dsnEnv,
                      QString &service)
{
    const bool recorded = std::ranges::any_of(entry.items, [](const BackupItem &i) {
        return i.recorded && i.recorded->postgres;
    });
    if (!profile || recorded)
        return;
    const auto source = std::ranges::find_if(profile->sources,
                                              [](const SourceSpec &s) { return s.type == ItemType::Postgres; });
    if (source != profile->sources.cend()) {
        dsnEnv = source->dsnEnv;
        service = source->service;
    }
}

// A lifeboat.json rather than a manifest: it names what to back up.
bool looksLikeProfile(const QString &path)
{
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > (1 << 20))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    return o.contains(u"sources"_s) && o.contains(u"destination"_s);
}

} // namespace

QSettings *createSettings(QObject *parent)
{
    if (qEnvironmentVariableIsSet("LIFEBOAT_HOME"))
        return new QSettings(lifeboatHome() + u"/settings.ini"_s, QSettings::IniFormat, parent);
    return new QSettings(u"lifeboat"_s, u"lifeboat"_s, parent);
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(createSettings(this))
    , m_dataSets(new QListWidget)
    , m_status(new StatusPanel)
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
    , m_inspector(new Inspector)
    , m_splitter(new QSplitter)
    , m_content(new QSplitter)
    , m_dataSetsLabel(new QLabel)
    , m_model(new BackupListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton)
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(u":/icons/lifeboat.svg"_s));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BackupListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BackupListModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The name takes what the other columns leave: no sideways scrolling.
    m_table->horizontalHeader()->setSectionResizeMode(BackupListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    // Column widths from a sample of rows: a folder of thousands of backups
    // must not hold the window up measuring every cell.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    // The location is in the details and the tooltip; the columns that tell
    // backups apart fit in the window at 1024 pixels without it.
    m_table->setColumnHidden(BackupListModel::Location, true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_filter->setClearButtonEnabled(true);
    auto *findFilter = new QAction(this);
    findFilter->setShortcut(QKeySequence::Find);
    connect(findFilter, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(findFilter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_filter);
    middleLayout->addWidget(m_table);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 0, 0, 0);
    leftLayout->addWidget(m_dataSetsLabel);
    leftLayout->addWidget(m_dataSets, 1);
    leftLayout->addWidget(m_status);

    m_content->addWidget(middle);
    m_content->addWidget(m_inspector);
    m_content->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_content);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();

    connect(m_dataSets, &QListWidget::currentRowChanged, this, &MainWindow::showDataSet);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::restoreSelected);
    m_progress->setMaximumWidth(240);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelJob);
    connect(&m_scan, &QFutureWatcherBase::finished, this, &MainWindow::scanned);

    retranslateUi();
    for (const QString &path : m_settings->value(u"dataSets"_s).toStringList())
        addDataSetItem(path);
    resize(1100, 700);
    m_splitter->setSizes({190, 910});
    restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(m_settings->value(u"window/splitter"_s).toByteArray());
    arrangeContent();
    if (m_dataSets->count() > 0)
        m_dataSets->setCurrentRow(0);
    updateActions();

    // A restore that a crash or a kill cut short is offered to be settled.
    connect(&m_interrupted, &QFutureWatcherBase::finished, this, &MainWindow::offerToSettleInterruptedRestores);
    checkInterruptedRestores();
}

void MainWindow::checkInterruptedRestores()
{
    if (m_interrupted.isRunning())
        return;
    m_settleAction->setEnabled(false);
    m_interrupted.setFuture(QtConcurrent::run([] { return RestoreRecovery::pending(); }));
}

void MainWindow::offerToSettleInterruptedRestores()
{
    const QList<InterruptedRestore> pending = m_interrupted.result();
    m_interruptedCount = pending.size();
    if (!pending.isEmpty()) {
        auto *dialog = new InterruptedRestoreDialog(pending.constFirst(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &InterruptedRestoreDialog::settled, this, [this](bool ok) {
            statusBar()->showMessage(ok ? tr("The interrupted restore is settled.")
                                        : tr("The interrupted restore is not settled yet."));
            showDataSet();
            if (ok)
                checkInterruptedRestores(); // the next one, if another waits
        });
        dialog->open();
    }
    updateActions();
    Q_EMIT interruptedRestoresChecked(int(pending.size()));
}

MainWindow::~MainWindow()
{
    delete m_job; // cancels it and waits, before anything it reports to is gone
    m_scan.waitForFinished();
    m_interrupted.waitForFinished();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openFolderAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseFolder);
    m_openFolderAction->setShortcut(QKeySequence::Open);
    m_openFileAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseFile);
    m_openFileAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_openDemoAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDemo);
    m_refreshAction = m_fileMenu->addAction(QString(), this, &MainWindow::showDataSet);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_removeAction = m_fileMenu->addAction(QString(), this, &MainWindow::removeDataSet);
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_dataSetMenu = menuBar()->addMenu(QString());
    m_backUpAction = m_dataSetMenu->addAction(QString(), this, &MainWindow::backUpNow);
    m_backUpAction->setShortcut(Qt::CTRL | Qt::Key_B);
    m_backUpAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_pruneAction = m_dataSetMenu->addAction(QString(), this, &MainWindow::pruneDataSet);
    m_scheduleAction = m_dataSetMenu->addAction(QString(), this, &MainWindow::showSchedule);
    m_dataSetMenu->addSeparator();
    m_historyAction = m_dataSetMenu->addAction(QString(), this, &MainWindow::showHistory);
    m_historyAction->setShortcut(Qt::CTRL | Qt::Key_H);

    m_backupMenu = menuBar()->addMenu(QString());
    m_verifyAction = m_backupMenu->addAction(QString(), this, &MainWindow::verifySelected);
    m_verifyAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_verifyAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_drillAction = m_backupMenu->addAction(QString(), this, &MainWindow::drillSelected);
    m_drillAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_restoreAction = m_backupMenu->addAction(QString(), this, &MainWindow::restoreSelected);
    m_restoreAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_restoreAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_backupMenu->addSeparator();
    m_settleAction = m_backupMenu->addAction(QString(), this, &MainWindow::checkInterruptedRestores);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"actions"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_backUpAction);
    m_toolBar->addAction(m_verifyAction);
    m_toolBar->addAction(m_restoreAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Lifeboat"));
    m_dataSetsLabel->setText(tr("Data &sets"));
    m_dataSetsLabel->setBuddy(m_dataSets);
    m_filter->setPlaceholderText(tr("Filter backups"));
    // For screen readers: what each list is.
    m_filter->setAccessibleName(tr("Filter backups"));
    m_table->setAccessibleName(tr("Backups"));
    m_cancel->setText(tr("Cancel"));
    m_fileMenu->setTitle(tr("&File"));
    m_openFolderAction->setText(tr("&Open Folder…"));
    m_openFolderAction->setStatusTip(tr("Add a folder of backups as a data set"));
    m_openFileAction->setText(tr("Open &File…"));
    m_openFileAction->setStatusTip(
        tr("Add a profile (lifeboat.json), a manifest, a checksums file or a database copy"));
    m_openDemoAction->setText(tr("Open the &Demo Workspace"));
    m_openDemoAction->setStatusTip(tr("Sample data with backups in every runbook's layout, one of them damaged"));
    m_refreshAction->setText(tr("&Refresh"));
    m_removeAction->setText(tr("Re&move Data Set"));
    m_removeAction->setStatusTip(tr("Forget the data set; its backups stay where they are"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_dataSetMenu->setTitle(tr("&Data Set"));
    m_backUpAction->setText(tr("Back &Up Now"));
    m_backUpAction->setStatusTip(tr("Back the data set up as its profile describes"));
    m_pruneAction->setText(tr("&Prune…"));
    m_pruneAction->setStatusTip(tr("Preview which backups a retention policy keeps, then remove the rest"));
    m_scheduleAction->setText(tr("&Schedule…"));
    m_scheduleAction->setStatusTip(tr("A systemd timer or crontab line that backs up and verifies every day"));
    m_historyAction->setText(tr("&History"));
    m_historyAction->setStatusTip(tr("Every backup, verification, restore and prune Lifeboat recorded"));
    m_backupMenu->setTitle(tr("&Backup"));
    m_verifyAction->setText(tr("&Verify"));
    m_verifyAction->setStatusTip(tr("Check that the selected backup would restore, changing nothing"));
    m_drillAction->setText(tr("Verify with Restore &Drill"));
    m_drillAction->setStatusTip(tr("Also restore each PostgreSQL dump into a scratch database on its server, "
                                   "then drop that database"));
    m_restoreAction->setText(tr("&Restore…"));
    m_restoreAction->setStatusTip(tr("Put the selected backup back, saving what is there first"));
    m_settleAction->setText(tr("Settle an &Interrupted Restore…"));
    m_settleAction->setStatusTip(tr("Finish or undo a restore that stopped halfway, when Lifeboat or the "
                                    "computer stopped"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Lifeboat"));
    m_toolBar->setWindowTitle(tr("Actions"));
    updateActions();
    if (!m_scan.isRunning())
        showCount();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const bool entry = selectedEntry() != nullptr;
    const bool dataSet = !currentDataSet().isEmpty();
    m_backUpAction->setEnabled(m_profile.has_value() && !m_job);
    m_backUpAction->setToolTip(m_profile ? tr("Back up %1 now").arg(m_profile->name)
                                         : tr("Open a data set's lifeboat.json to back it up from here"));
    m_verifyAction->setEnabled(entry && !m_job);
    m_drillAction->setEnabled(entry && !m_job && hasDump(*selectedEntry()));
    // Not while a backup or a verification runs: a restore or prune could
    // replace or remove what it reads.
    m_restoreAction->setEnabled(entry && !m_job);
    m_settleAction->setEnabled(m_interruptedCount > 0 && !m_interrupted.isRunning());
    m_pruneAction->setEnabled(!m_job && (m_profile.has_value() || (dataSet && m_dataSetIsFolder)));
    m_scheduleAction->setEnabled(m_profile.has_value());
    m_removeAction->setEnabled(dataSet);
    m_refreshAction->setEnabled(dataSet);
}

QString MainWindow::currentDataSet() const
{
    const QListWidgetItem *item = m_dataSets->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::openDemo()
{
    // Built on first use, which writes a few files: not on the GUI thread.
    statusBar()->showMessage(tr("Preparing the demo workspace…"));
    m_openDemoAction->setEnabled(false); // one build at a time
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_openDemoAction->setEnabled(true);
        const Result<QString> root = watcher->result();
        if (!root) {
            QMessageBox::warning(this, tr("Demo Workspace"), root.error().message);
            return;
        }
        openLocation(*root + u"/app/lifeboat.json"_s);
        openLocation(*root);
    });
    watcher->setFuture(QtConcurrent::run([] { return DemoWorkspace::ensure(); }));
}

void MainWindow::openLocation(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(abs)) {
        // Said where it cannot be missed, and not added: there is nothing to show.
        statusBar()->showMessage(tr("\"%1\" does not exist.").arg(abs));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Found"),
                                    tr("\"%1\" does not exist. Check the path, or open another folder of "
                                       "backups or lifeboat.json.").arg(abs),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    for (int i = 0; i < m_dataSets->count(); ++i) {
        if (m_dataSets->item(i)->data(Qt::UserRole).toString() == abs) {
            m_dataSets->setCurrentRow(i);
            return;
        }
    }
    addDataSetItem(abs);
    saveDataSets();
    m_dataSets->setCurrentRow(m_dataSets->count() - 1);
}

void MainWindow::addDataSetItem(const QString &path)
{
    // Names only: at start-up every remembered data set is listed, and asking
    // the file system about each, on a network mount that has gone away,
    // would hold the window up. Its scan tells whether it is a folder.
    const QFileInfo info(path);
    // A profile is named by its folder: "app", not "lifeboat.json".
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
    auto *item = new QListWidgetItem(json ? info.dir().dirName() + u'/' + info.fileName() : info.fileName(),
                                     m_dataSets);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
    setDataSetIcon(item, info.suffix().isEmpty());
}

void MainWindow::setDataSetIcon(QListWidgetItem *item, bool folder)
{
    item->setData(DataSetIsFolderRole, folder);
    item->setIcon(style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon));
}

MainWindow::Scan MainWindow::scanDataSet(const QString &path)
{
    Scan scan{std::nullopt, QList<BackupEntry>{}, QFileInfo(path).isDir(), {}, {}, path};
    if (looksLikeProfile(path)) {
        auto profile = Profile::load(path);
        if (!profile) {
            scan.entries = std::unexpected(profile.error());
            return scan;
        }
        scan.profile = *profile;
        // No backup yet: an empty list, not an error.
        if (QFileInfo(profile->destination).isDir())
            scan.entries = BackupDiscovery::scan({profile->destination});
    } else {
        scan.entries = BackupDiscovery::scan({path});
    }
    if (scan.entries) {
        // What the journal says about them, worked out here and not on the GUI thread.
        const QList<QJsonObject> journal = Journal().entries();
        scan.verified = Journal::verificationsIn(journal);
        scan.status = DataSetStatus::compute(*scan.entries, journal, scan.verified,
                                             scan.profile ? scan.profile->rpoHours : 0,
                                             scan.profile ? scan.profile->rtoHours : 0,
                                             QDateTime::currentDateTimeUtc());
    }
    return scan;
}

void MainWindow::refreshStatus()
{
    QList<BackupEntry> entries;
    for (int row = 0; row < m_model->rowCount(); ++row)
        entries.append(*m_model->entry(row));
    const double rpo = m_profile ? m_profile->rpoHours : 0;
    const double rto = m_profile ? m_profile->rtoHours : 0;
    auto *watcher = new QFutureWatcher<DataSetStatus>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, entries, path = currentDataSet()] {
        watcher->deleteLater();
        if (path == currentDataSet())
            m_status->setStatus(watcher->result(), entries);
    });
    watcher->setFuture(QtConcurrent::run([entries, rpo, rto] {
        const QList<QJsonObject> journal = Journal().entries();
        return DataSetStatus::compute(entries, journal, Journal::verificationsIn(journal), rpo, rto,
                                      QDateTime::currentDateTimeUtc());
    }));
}

void MainWindow::showDataSet()
{
    const QString path = currentDataSet();
    m_inspector->showEntry(nullptr);
    if (path.isEmpty()) {
        m_messageAfterScan.clear();
        m_profile.reset();
        m_model->setEntries({});
        m_status->clear();
        updateActions();
        return;
    }
    statusBar()->showMessage(tr("Searching %1…").arg(path));
    m_scan.setFuture(QtConcurrent::run(&MainWindow::scanDataSet, path));
}

void MainWindow::scanned()
{
    const Scan scan = m_scan.result();
    m_profile = scan.profile;
    m_dataSetIsFolder = scan.folder;
    if (QListWidgetItem *item = m_dataSets->currentItem(); item && item->data(Qt::UserRole).toString() == scan.path)
        setDataSetIcon(item, scan.folder);
    const auto &result = scan.entries;
    m_scanProblem.clear();
    if (!result) {
        m_model->setEntries({});
        m_status->clear();
        m_scanProblem = result.error().message;
    } else {
        m_model->setEntries(*result, scan.verified);
        m_status->setStatus(scan.status, *result);
        m_table->resizeColumnsToContents();
        // Room for the sort indicator and the style's margins.
        for (int c = 0; c < BackupListModel::Location; ++c) {
            if (c != BackupListModel::Name)
                m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
        }
        int row = 0;
        if (!m_selectAfterScan.isEmpty()) {
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                if (m_model->entry(m_proxy->mapToSource(m_proxy->index(r, 0)).row())->path == m_selectAfterScan)
                    row = r;
            }
            m_selectAfterScan.clear();
        }
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(row);
    }
    showCount();
    if (const QString said = std::exchange(m_messageAfterScan, {}); !said.isEmpty() && m_scanProblem.isEmpty())
        statusBar()->showMessage(said);
    updateActions();
    Q_EMIT backupsShown();
}

void MainWindow::showCount()
{
    if (currentDataSet().isEmpty())
        statusBar()->showMessage(tr("Open a folder of backups or a lifeboat.json, or drop one here; File › Open the Demo "
                                       "Workspace shows Lifeboat on sample data."));
    else if (!m_scanProblem.isEmpty())
        statusBar()->showMessage(m_scanProblem);
    else
        statusBar()->showMessage(tr("%n backup(s)", nullptr, m_model->rowCount()));
}

const BackupEntry *MainWindow::selectedEntry() const
{
    return m_model->entry(m_proxy->mapToSource(m_table->currentIndex()).row());
}

void MainWindow::runJob(Job *job, const QString &path)
{
    m_job = job;
    m_jobPath = path;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    updateActions();
    connect(job, &Job::progressChanged, this, [this](const Progress &p) {
        if (p.bytesTotal > 0)
            m_progress->setValue(int(1000.0 * p.fraction()));
        statusBar()->showMessage(p.description);
    });
    connect(job, &Job::finished, this, &MainWindow::jobFinished);
    job->start();
}

void MainWindow::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

void MainWindow::jobFinished()
{
    Job *job = m_job;
    m_job = nullptr;
    m_progress->hide();
    m_cancel->hide();
    job->deleteLater();
    if (auto *verify = qobject_cast<VerifyJob *>(job)) {
        const auto &result = verify->result();
        const bool ok = result && result->ok();
        if (result) {
            m_model->setVerification(m_jobPath, {ok, QDateTime::currentDateTimeUtc()});
            statusBar()->showMessage(ok ? tr("The backup verified: it would restore.")
                                        : tr("The backup failed verification; see the failed checks."));
        } else {
            statusBar()->showMessage(result.error().message);
        }
        const QString verdict = result ? (ok ? tr("passed") : tr("failed")) : tr("cancelled");
        m_verdicts.insert(m_jobPath, verdict);
        if (m_inspector->shownPath() == m_jobPath)
            m_inspector->endVerification(verdict);
        if (result)
            refreshStatus(); // the newest verified backup, and the last drill, may have changed
        updateActions();
        Q_EMIT verificationFinished(ok);
        return;
    }
    const auto &result = static_cast<BackupJob *>(job)->result();
    if (result) {
        QString message = result->integrityOk
                              ? tr("Backed up to %1.").arg(result->setPath)
                              : tr("Backed up to %1, but a database copy failed its quick check.")
                                    .arg(result->setPath);
        if (const auto removed = result->removedUnfinished.size())
            message += u' ' + tr("Removed %n unfinished backup(s) left by backups that were stopped.", nullptr,
                                     int(removed));
        statusBar()->showMessage(message);
        m_messageAfterScan = message; // the list is searched again: said again once it is shown
        m_selectAfterScan = result->setPath;
        showDataSet();
    } else {
        statusBar()->showMessage(result.error().message);
        if (result.error().code != ErrorCode::Cancelled)
            QMessageBox::warning(this, tr("Backup failed"), result.error().message);
    }
    updateActions();
    Q_EMIT backupFinished(result.has_value());
}

void MainWindow::verifySelected()
{
    verify(false);
}

void MainWindow::drillSelected()
{
    verify(true);
}

void MainWindow::verify(bool drill)
{
    const BackupEntry *e = selectedEntry();
    if (!e || m_job || (drill && !hasDump(*e)))
        return;
    m_inspector->beginVerification();
    m_checks.insert(e->path, {});
    m_verdicts.remove(e->path);
    VerifyOptions options;
    options.drill = drill;
    if (m_profile)
        options.requireTables = m_profile->requiredTablesFor(*e); // as a restore from here will ask
    if (drill)
        useProfileServer(m_profile, *e, options.dsnEnv, options.service);
    options.onChecks = [this, path = e->path](const QString &item, const QList<CheckResult> &checks) {
        QMetaObject::invokeMethod(this, [this, path, item, checks] {
            m_checks[path].append({item, checks});
            if (m_inspector->shownPath() == path)
                m_inspector->addChecks(item, checks);
        }, Qt::QueuedConnection);
    };
    runJob(new VerifyJob(*e, options, this), e->path);
}

void MainWindow::backUpNow()
{
    if (!m_profile || m_job)
        return;
    statusBar()->showMessage(tr("Backing up %1…").arg(m_profile->name));
    runJob(new BackupJob(BackupRequest::fromProfile(*m_profile), this), currentDataSet());
}

void MainWindow::restoreSelected()
{
    const BackupEntry *e = selectedEntry();
    if (!e || m_job)
        return;
    QList<BackupEntry> all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all.append(*m_model->entry(row));
    RestoreOptions options;
    if (m_profile) {
        options.smokeChecks = m_profile->smokeChecks;
        options.smokeApp = m_profile->smokeApp;
        options.sourcePaths = m_profile->sourcePaths();
        options.requireTables = m_profile->requiredTablesFor(*e);
        options.profile = m_profile->path;
    }
    useProfileServer(m_profile, *e, options.dsnEnv, options.service);
    openRestoreWizard(new RestoreWizard(all, e->path, options, m_model->verifications(), this));
}

void MainWindow::openRestoreWizard(RestoreWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, &MainWindow::showDataSet);
    connect(wizard, &RestoreWizard::undoRequested, this,
            [this](const QList<BackupEntry> &snapshots, const RestoreOptions &options) {
                undoRestore(snapshots, options);
            });
    wizard->open();
}

// Undoing a restore is restoring each of its snapshots, one wizard after
// another, each with its own preflight and review.
void MainWindow::undoRestore(QList<BackupEntry> snapshots, const RestoreOptions &options, int done)
{
    if (snapshots.isEmpty())
        return;
    const BackupEntry next = snapshots.takeFirst();
    auto *wizard = new RestoreWizard({next}, next.path, options, {}, this);
    const int total = done + 1 + int(snapshots.size());
    if (total > 1)
        wizard->setWindowTitle(tr("Undo the Restore (%1 of %2)").arg(done + 1).arg(total));
    else
        wizard->setWindowTitle(tr("Undo the Restore"));
    connect(wizard, &QWizard::finished, this, [this, wizard, snapshots, options, done] {
        const auto &report = wizard->report();
        const bool restored = report && *report && (*report)->outcome == RestoreReport::Outcome::Restored;
        if (wizard->undoWasRequested() || snapshots.isEmpty())
            return;
        if (restored) {
            undoRestore(snapshots, options, done + 1);
            return;
        }
        // Stopped halfway: what is left to put back is said, not forgotten.
        QStringList left;
        for (const BackupEntry &s : snapshots)
            left.append(s.path);
        QMessageBox::information(this, tr("Undo the Restore"),
                                 tr("The undo stopped before these snapshots were restored; restore each "
                                    "from the list to finish it:\n%1").arg(left.join(u'\n')));
    });
    openRestoreWizard(wizard);
}

void MainWindow::pruneDataSet()
{
    if (m_job)
        return;
    const QString folder = m_profile ? m_profile->destination : currentDataSet();
    auto *dialog = new PruneDialog(folder, m_profile ? m_profile->retention : RetentionSpec{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PruneDialog::pruned, this, &MainWindow::showDataSet);
    dialog->open();
}

void MainWindow::showHistory()
{
    auto *dialog = new HistoryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSchedule()
{
    if (!m_profile)
        return;
    auto *dialog = new ScheduleDialog(*m_profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showDetails()
{
    const BackupEntry *e = selectedEntry();
    m_inspector->showEntry(e);
    // Its last verification in this session, finished or under way: which
    // check failed stays to be read after looking at another backup.
    if (e && m_checks.contains(e->path)) {
        m_inspector->beginVerification();
        for (const auto &[item, checks] : std::as_const(m_checks[e->path]))
            m_inspector->addChecks(item, checks);
        if (m_verdicts.contains(e->path))
            m_inspector->endVerification(m_verdicts.value(e->path));
    }
    updateActions();
}

void MainWindow::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of backups"));
    if (!dir.isEmpty())
        openLocation(dir);
}

void MainWindow::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a profile, manifest, checksums file or database copy"), QString(),
        tr("Lifeboat files (*.json *.txt *.sha256 *.db *.sqlite *.sqlite3 *.gz *.pgdump);;All files (*)"));
    if (!file.isEmpty())
        openLocation(file);
}

void MainWindow::removeDataSet()
{
    delete m_dataSets->takeItem(m_dataSets->currentRow());
    saveDataSets();
    showDataSet();
}

void MainWindow::saveDataSets()
{
    QStringList paths;
    for (int i = 0; i < m_dataSets->count(); ++i)
        paths.append(m_dataSets->item(i)->data(Qt::UserRole).toString());
    m_settings->setValue(u"dataSets"_s, paths);
}

void MainWindow::about()
{
    QStringList versions;
    for (const auto &[library, version] : libraryVersions())
        versions.append(library + u' ' + version);
    QMessageBox::about(this, tr("About Lifeboat"),
                       tr("<h3>Lifeboat %1</h3><p>Backups, restore drills and guided restores "
                          "for the local data of applications under development.</p>"
                          "<p>%2</p>")
                           .arg(QStringLiteral(LIFEBOAT_VERSION), versions.join(u", "_s)));
}

// The table needs about 750 pixels to show every column, the inspector 380:
// side by side when the window is that wide, the inspector below otherwise.
void MainWindow::arrangeContent()
{
    const Qt::Orientation wanted = width() >= 1280 ? Qt::Horizontal : Qt::Vertical;
    if (m_contentArranged && m_content->orientation() == wanted)
        return;
    if (m_contentArranged)
        m_settings->setValue(contentStateKey(), m_content->saveState());
    m_content->setOrientation(wanted);
    m_contentArranged = true;
    if (!m_content->restoreState(m_settings->value(contentStateKey()).toByteArray()))
        m_content->setSizes(wanted == Qt::Horizontal ? QList<int>{750, 420} : QList<int>{300, 320});
}

QString MainWindow::contentStateKey() const
{
    return m_content->orientation() == Qt::Horizontal ? u"window/content-side-by-side"_s
                                                      : u"window/content-stacked"_s;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    arrangeContent();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_job) {
        const bool backingUp = qobject_cast<VerifyJob *>(m_job) == nullptr;
        const auto answer = QMessageBox::question(
            this, backingUp ? tr("A Backup Is Running") : tr("A Verification Is Running"),
            backingUp ? tr("Quitting stops the backup; what it has written so far is removed. Quit anyway?")
                      : tr("Quitting stops the verification. Quit anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/splitter"_s, m_splitter->saveState());
    m_settings->setValue(contentStateKey(), m_content->saveState());
    m_settings->setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openLocation(url.toLocalFile());
    }
}

} // namespace lifeboat::ui
