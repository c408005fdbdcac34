// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "backuplistmodel.h"
#include "restorewizard.h"
#include "demoworkspace.h"
#include "versions.h"


#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFontDatabase>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

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
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
    , m_details(new QTreeWidget)
    , m_splitter(new QSplitter)
    , m_model(new BackupListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setWindowTitle(tr("Lifeboat"));
    setAcceptDrops(true);

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
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The location is in the details and the tooltip; the columns that tell
    // backups apart fit in the window at 1024 pixels without it.
    m_table->setColumnHidden(BackupListModel::Location, true);
    m_table->setWordWrap(false);
    m_filter->setPlaceholderText(tr("Filter backups"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_details->setHeaderLabels({tr("Property"), tr("Value")});
    m_details->setAlternatingRowColors(true);

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_filter);
    middleLayout->addWidget(m_table);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Data sets")));
    leftLayout->addWidget(m_dataSets);

    m_splitter->addWidget(left);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    setCentralWidget(m_splitter);

    createActions();

    connect(m_dataSets, &QListWidget::currentRowChanged, this, &MainWindow::showDataSet);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDetails);
    m_progress->setMaximumWidth(240);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_verifyJob)
            m_verifyJob->cancel();
    });

    connect(&m_scan, &QFutureWatcherBase::finished, this, [this] {
        const Scan scan = m_scan.result();
        const auto &result = scan.entries;
        if (!result) {
            m_model->setEntries({});
            statusBar()->showMessage(result.error().message);
        } else {
            m_model->setEntries(*result, scan.verifications);
            m_table->resizeColumnsToContents();
            // Room for the sort indicator and the style's margins.
            for (int c = 0; c < BackupListModel::Location; ++c)
                m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
            statusBar()->showMessage(tr("%n backup(s)", nullptr, int(result->size())));
            if (m_proxy->rowCount() > 0)
                m_table->selectRow(0);
        }
        Q_EMIT backupsShown();
    });

    for (const QString &folder : m_settings->value(u"dataSets"_s).toStringList())
        addDataSetItem(folder);
    resize(1100, 700);
    m_splitter->setSizes({150, 520, 354});
    restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(m_settings->value(u"window/splitter"_s).toByteArray());
    if (m_dataSets->count() > 0)
        m_dataSets->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    if (m_verifyJob)
        m_verifyJob->cancel();
    m_scan.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::showDataSet);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("Re&move Data Set"), this, &MainWindow::removeDataSet);
    QMenu *backup = menuBar()->addMenu(tr("&Backup"));
    m_verifyAction = backup->addAction(tr("&Verify"), this, &MainWindow::verifySelected);
    m_verifyAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_verifyAction->setStatusTip(tr("Check that the selected backup would restore, changing nothing"));
    m_restoreAction = backup->addAction(tr("&Restore…"), this, &MainWindow::restoreSelected);
    m_restoreAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_restoreAction->setStatusTip(tr("Put the selected backup back, saving what is there first"));
    QToolBar *tools = addToolBar(tr("Actions"));
    tools->setObjectName(u"actions"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_verifyAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_restoreAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    tools->addAction(m_verifyAction);
    tools->addAction(m_restoreAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lifeboat"), this, &MainWindow::about);
}

void MainWindow::openLocation(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
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
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_dataSets);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
    item->setIcon(style()->standardIcon(QFileInfo(path).isDir() ? QStyle::SP_DirIcon
                                                                 : QStyle::SP_FileIcon));
}

void MainWindow::showDataSet()
{
    const QListWidgetItem *item = m_dataSets->currentItem();
    m_details->clear();
    if (!item) {
        m_model->setEntries({});
        return;
    }
    const QString folder = item->data(Qt::UserRole).toString();
    statusBar()->showMessage(tr("Searching %1…").arg(folder));
    m_scan.setFuture(QtConcurrent::run([folder] {
        return Scan{BackupDiscovery::scan({folder}), BackupListModel::verificationsFromJournal()};
    }));
}

const BackupEntry *MainWindow::selectedEntry() const
{
    return m_model->entry(m_proxy->mapToSource(m_table->currentIndex()).row());
}

void MainWindow::verifySelected()
{
    const BackupEntry *e = selectedEntry();
    if (!e || m_verifyJob)
        return;
    m_verifying = e->path;
    showDetails();
    m_checksNode = new QTreeWidgetItem(m_details, {tr("Verification"), tr("running…")});
    m_checksNode->setExpanded(true);
    VerifyOptions options;
    options.onChecks = [this](const QString &item, const QList<CheckResult> &checks) {
        QMetaObject::invokeMethod(this, [this, item, checks] { showCheck(item, checks); },
                                  Qt::QueuedConnection);
    };
    m_verifyJob = new VerifyJob(*e, options, this);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_verifyAction->setEnabled(false);
    connect(m_verifyJob, &Job::progressChanged, this, [this](const Progress &p) {
        if (p.bytesTotal > 0)
            m_progress->setValue(int(1000.0 * double(p.bytesDone) / double(p.bytesTotal)));
        statusBar()->showMessage(p.description);
    });
    connect(m_verifyJob, &Job::finished, this, [this] {
        const auto &result = m_verifyJob->result();
        bool ok = false;
        if (result) {
            ok = result->ok();
            m_model->setVerification(m_verifying, {ok, QDateTime::currentDateTimeUtc()});
            statusBar()->showMessage(ok ? tr("The backup verified: it would restore.")
                                        : tr("The backup failed verification; see the failed checks."));
        } else {
            statusBar()->showMessage(result.error().message);
        }
        if (m_checksNode && selectedEntry() && selectedEntry()->path == m_verifying)
            m_checksNode->setText(1, result ? (ok ? tr("passed") : tr("failed")) : tr("cancelled"));
        m_progress->hide();
        m_cancel->hide();
        m_verifyAction->setEnabled(true);
        m_verifyJob->deleteLater();
        m_verifyJob = nullptr;
        Q_EMIT verificationFinished(ok);
    });
    m_verifyJob->start();
}

void MainWindow::showCheck(const QString &item, const QList<CheckResult> &checks)
{
    if (!m_checksNode || !selectedEntry() || selectedEntry()->path != m_verifying)
        return;
    // Verification › item › one row per check, PASS or FAIL as each completes.
    QTreeWidgetItem *parent = nullptr;
    for (int i = 0; i < m_checksNode->childCount(); ++i) {
        if (m_checksNode->child(i)->text(0) == item)
            parent = m_checksNode->child(i);
    }
    if (!parent) {
        parent = new QTreeWidgetItem(m_checksNode, {item});
        parent->setExpanded(true);
    }
    for (const CheckResult &c : checks) {
        const QString mark = c.status == CheckStatus::Pass   ? tr("PASS")
                             : c.status == CheckStatus::Fail ? tr("FAIL")
                                                             : tr("SKIP");
        auto *row = new QTreeWidgetItem(parent, {c.name, mark + u" — "_s + c.detail});
        row->setToolTip(1, c.detail);
        row->setIcon(0, style()->standardIcon(c.status == CheckStatus::Pass   ? QStyle::SP_DialogApplyButton
                                              : c.status == CheckStatus::Fail ? QStyle::SP_MessageBoxCritical
                                                                               : QStyle::SP_MessageBoxInformation));
    }
    m_details->resizeColumnToContents(0);
}

void MainWindow::restoreSelected()
{
    const BackupEntry *e = selectedEntry();
    if (!e)
        return;
    QList<BackupEntry> all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all.append(*m_model->entry(row));
    auto *wizard = new RestoreWizard(all, e->path, {}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, &MainWindow::showDataSet);
    wizard->open();
}

void MainWindow::showDetails()
{
    m_details->clear();
    m_checksNode = nullptr;
    const BackupEntry *e = selectedEntry();
    if (!e)
        return;
    auto add = [](QTreeWidgetItem *parent, const QString &key, const QString &value) {
        auto *row = new QTreeWidgetItem(parent, {key, value});
        row->setToolTip(1, value);
        return row;
    };
    auto *top = new QTreeWidgetItem(m_details, {tr("Backup"), kindText(*e)});
    add(top, tr("Location"), e->path);
    add(top, tr("Created"), QLocale().toString(e->createdAt.toLocalTime(), QLocale::LongFormat));
    if (!e->label.isEmpty())
        add(top, tr("Label"), e->label);
    for (const QString &p : e->problems)
        add(top, tr("Problem"), p);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const BackupItem &item : e->items) {
        auto *node = new QTreeWidgetItem(m_details, {item.name, itemTypeName(item.type)});
        add(node, tr("Artifact"), item.artifact);
        add(node, tr("Size"),
            QLocale().formattedDataSize(item.sizeBytes, 1, QLocale::DataSizeIecFormat));
        if (!item.sha256.isEmpty())
            add(node, tr("SHA-256"), item.sha256)->setFont(1, mono);
        if (!item.schemaVersion.isEmpty())
            add(node, tr("Schema version"), item.schemaVersion);
        if (!item.source.isEmpty())
            add(node, tr("Source"), item.source);
        if (!item.restoresTo.isEmpty())
            add(node, tr("Restores to"), item.restoresTo);
        if (item.recorded && item.recorded->sqlite) {
            const auto &tables = item.recorded->sqlite->tables;
            for (auto it = tables.cbegin(); it != tables.cend(); ++it)
                add(node, tr("Table %1").arg(it.key()), tr("%n row(s)", nullptr, int(it.value())));
        }
        if (item.recorded && item.recorded->fileCount >= 0)
            add(node, tr("Files"), QLocale().toString(item.recorded->fileCount));
    }
    m_details->expandAll();
    m_details->resizeColumnToContents(0);
}

void MainWindow::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of backups"));
    if (!dir.isEmpty())
        openLocation(dir);
}

void MainWindow::removeDataSet()
{
    delete m_dataSets->takeItem(m_dataSets->currentRow());
    saveDataSets();
}

void MainWindow::saveDataSets()
{
    QStringList folders;
    for (int i = 0; i < m_dataSets->count(); ++i)
        folders.append(m_dataSets->item(i)->data(Qt::UserRole).toString());
    m_settings->setValue(u"dataSets"_s, folders);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/splitter"_s, m_splitter->saveState());
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
