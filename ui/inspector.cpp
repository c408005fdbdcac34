// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector.h"

#include "backuplistmodel.h"
#include "checktitles.h"
#include "tarstream.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

namespace {

// Where a backup's own description is: its manifest, else its checksums file.
QString readText(const QString &path, qint64 limit = 4 << 20)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(limit));
}

} // namespace

Inspector::Inspector(QWidget *parent)
    : QTabWidget(parent)
    , m_contents(new QTreeWidget)
    , m_files(new QTreeWidget)
    , m_manifest(new QPlainTextEdit)
    , m_filesNote(new QLabel)
{
    setDocumentMode(true);
    m_contents->setColumnCount(2);
    m_contents->setAlternatingRowColors(true);
    m_contents->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_contents, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTreeWidgetItem *row = m_contents->itemAt(pos);
        if (!row)
            return;
        QMenu menu;
        const QString value = row->data(1, Qt::UserRole).toString().isEmpty()
                                  ? row->text(1)
                                  : row->data(1, Qt::UserRole).toString();
        menu.addAction(tr("Copy Value"), this, [value] { QApplication::clipboard()->setText(value); });
        menu.exec(m_contents->viewport()->mapToGlobal(pos));
    });

    m_files->setColumnCount(2);
    m_files->setAlternatingRowColors(true);
    m_files->setUniformRowHeights(true);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_filesNote->setWordWrap(true);
    auto *filesPage = new QWidget;
    auto *filesLayout = new QVBoxLayout(filesPage);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_filesNote);
    filesLayout->addWidget(m_files);

    m_manifest->setReadOnly(true);
    m_manifest->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_manifest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    addTab(m_contents, {});
    addTab(filesPage, {});
    addTab(m_manifest, {});
    retranslateUi();

    // A new backup shown replaces the futures watched; with none shown, what
    // the last one's still brings is dropped.
    connect(&m_listing, &QFutureWatcherBase::finished, this, [this] {
        if (m_entry)
            showFiles(m_listing.result());
    });
    connect(&m_documents, &QFutureWatcherBase::finished, this, [this] {
        if (m_entry)
            showDocuments(m_documents.result());
    });
}

Inspector::~Inspector()
{
    if (m_stop)
        m_stop->store(true);
    m_listing.waitForFinished();
    m_documents.waitForFinished();
}

void Inspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void Inspector::retranslateUi()
{
    setTabText(Contents, tr("Contents"));
    setTabText(Files, tr("Files"));
    setTabText(Manifest, tr("Manifest"));
    m_contents->setHeaderLabels({tr("Property"), tr("Value")});
    m_files->setHeaderLabels({tr("Name"), tr("Size")});
    m_contents->setAccessibleName(tr("Contents"));
    m_files->setAccessibleName(tr("Files"));
    m_manifest->setAccessibleName(tr("Manifest"));
    if (!m_checksNode)
        showContents();
}

void Inspector::showEntry(const BackupEntry *entry)
{
    if (m_stop)
        m_stop->store(true);
    m_entry = entry ? std::optional(*entry) : std::nullopt;
    m_checksNode = nullptr;
    showContents();
    m_files->clear();
    m_manifest->clear();
    m_filesNote->clear();
    if (!entry)
        return;

    m_stop = std::make_shared<std::atomic_bool>(false);
    m_filesNote->setText(tr("Reading the files inside…"));
    m_listing.setFuture(QtConcurrent::run([items = entry->items, stop = m_stop] {
        return listFiles(items, *stop);
    }));
    m_documents.setFuture(QtConcurrent::run([manifest = entry->manifestPath, checksums = entry->checksumsPath] {
        return Documents{readText(manifest), readText(checksums)};
    }));
}

void Inspector::showContents()
{
    m_contents->clear();
    if (!m_entry)
        return;
    const BackupEntry &e = *m_entry;
    auto *top = new QTreeWidgetItem(m_contents, {tr("Backup"), kindText(e)});
    addRow(top, tr("Location"), e.path);
    addRow(top, tr("Created"), QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat));
    if (!e.label.isEmpty())
        addRow(top, tr("Label"), e.label);
    if (e.manifest && !e.manifest->environment.isEmpty())
        addRow(top, tr("Environment"), e.manifest->environment);
    if (e.manifest && !e.manifest->host.isEmpty())
        addRow(top, tr("Host"), e.manifest->host);
    for (const QString &p : e.problems)
        addRow(top, tr("Problem"), p);
    for (const BackupItem &item : e.items) {
        auto *node = new QTreeWidgetItem(m_contents, {item.name, itemTypeText(item.type)});
        addRow(node, tr("Artifact"), item.artifact);
        if (item.sizeBytes >= 0)
            addRow(node, tr("Size"), sizeText(item.sizeBytes));
        if (!item.sha256.isEmpty())
            addHashRow(node, item.sha256);
        if (!item.schemaVersion.isEmpty())
            addRow(node, tr("Schema version"), item.schemaVersion);
        if (!item.source.isEmpty())
            addRow(node, tr("Source"), item.source);
        if (!item.restoresTo.isEmpty())
            addRow(node, tr("Restores to"), item.restoresTo);
        if (item.recorded && item.recorded->sqlite) {
            const auto &tables = item.recorded->sqlite->tables;
            for (auto it = tables.cbegin(); it != tables.cend(); ++it)
                addRow(node, tr("Table %1").arg(it.key()), tr("%Ln row(s)", nullptr, int(it.value())));
        }
        if (item.recorded && item.recorded->fileCount >= 0)
            addRow(node, tr("Files"), QLocale().toString(item.recorded->fileCount));
    }
    m_contents->expandAll();
    m_contents->resizeColumnToContents(0);
}

QTreeWidgetItem *Inspector::addRow(QTreeWidgetItem *parent, const QString &key, const QString &value)
{
    auto *row = new QTreeWidgetItem(parent, {key, value});
    row->setToolTip(1, value);
    return row;
}

void Inspector::addHashRow(QTreeWidgetItem *parent, const QString &hash)
{
    auto *row = new QTreeWidgetItem(parent, {tr("SHA-256")});
    row->setData(1, Qt::UserRole, hash);
    row->setToolTip(1, hash);
    auto *cell = new QWidget;
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *copy = new QToolButton;
    copy->setAutoRaise(true);
    copy->setIcon(QIcon::fromTheme(u"edit-copy"_s, style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    copy->setToolTip(tr("Copy the SHA-256"));
    copy->setAccessibleName(tr("Copy the SHA-256"));
    copy->setObjectName(u"copyHash"_s);
    connect(copy, &QToolButton::clicked, this, [hash] { QApplication::clipboard()->setText(hash); });
    auto *label = new QLabel(hash);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(copy);
    layout->addWidget(label, 1);
    m_contents->setItemWidget(row, 1, cell);
}

void Inspector::beginVerification()
{
    showContents();
    m_checksNode = new QTreeWidgetItem(m_contents, {tr("Verification"), tr("running…")});
    m_checksNode->setExpanded(true);
    setCurrentIndex(Contents);
    m_contents->scrollToItem(m_checksNode);
}

void Inspector::addChecks(const QString &item, const QList<CheckResult> &checks)
{
    if (!m_checksNode)
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
        auto *row = new QTreeWidgetItem(parent, {CheckTitles::of(c.name), mark + u" — "_s + c.detail});
        row->setData(0, Qt::UserRole, c.name);
        row->setToolTip(0, c.name);
        row->setToolTip(1, c.detail);
        row->setIcon(0, style()->standardIcon(c.status == CheckStatus::Pass   ? QStyle::SP_DialogApplyButton
                                              : c.status == CheckStatus::Fail ? QStyle::SP_MessageBoxCritical
                                                                               : QStyle::SP_MessageBoxInformation));
    }
    m_contents->resizeColumnToContents(0);
    m_contents->scrollToItem(parent->child(parent->childCount() - 1));
}

void Inspector::endVerification(const QString &verdict)
{
    if (m_checksNode)
        m_checksNode->setText(1, verdict);
}

Inspector::Listing Inspector::listFiles(const QList<BackupItem> &items, const std::atomic_bool &stop)
{
    Listing listing;
    for (const BackupItem &item : items) {
        const QFileInfo info(item.artifact);
        if (info.isDir()) {
            QDirIterator it(item.artifact, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                               | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext() && !stop) {
                const QFileInfo f = it.nextFileInfo();
                listing.rows.append({item.name, QDir(item.artifact).relativeFilePath(f.filePath()),
                                     f.isSymLink() || f.isDir() ? 0 : f.size(), f.isDir() && !f.isSymLink(),
                                     f.isSymLink()});
            }
            continue;
        }
        // A database or file is one file of the backup; an archive, the files it holds.
        if (item.type != ItemType::Assets) {
            if (info.isFile())
                listing.rows.append({item.name, info.fileName(), info.size(), false, false});
            continue;
        }
        auto device = openArchiveStream(item.artifact);
        if (!device) {
            listing.problems.append(device.error().message);
            continue;
        }
        TarStreamReader reader(device->get(), item.artifact);
        while (!stop) {
            auto entry = reader.next();
            if (!entry) {
                listing.problems.append(entry.error().message);
                break;
            }
            if (!*entry)
                break;
            const TarEntry &t = **entry;
            QString path = t.path;
            while (path.endsWith(u'/'))
                path.chop(1);
            listing.rows.append({item.name, path, t.size, t.type == TarEntry::Type::Directory,
                                 t.type == TarEntry::Type::Symlink || t.type == TarEntry::Type::Hardlink});
        }
    }
    return listing;
}

void Inspector::showFiles(const Listing &listing)
{
    m_files->clear();
    m_files->setUpdatesEnabled(false);
    // One node per item, then per folder; a folder's size is what it holds.
    QHash<QString, QTreeWidgetItem *> nodes;
    auto nodeFor = [&](const QString &item, const QString &folder, auto &self) -> QTreeWidgetItem * {
        const QString key = item + u'\n' + folder;
        if (QTreeWidgetItem *n = nodes.value(key))
            return n;
        QTreeWidgetItem *n = nullptr;
        if (folder.isEmpty()) {
            n = new QTreeWidgetItem(m_files, {item});
            n->setIcon(0, style()->standardIcon(QStyle::SP_DriveHDIcon));
        } else {
            const qsizetype slash = folder.lastIndexOf(u'/');
            n = new QTreeWidgetItem(self(item, slash < 0 ? QString() : folder.left(slash), self),
                                    {folder.mid(slash + 1)});
            n->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
        }
        n->setData(1, Qt::UserRole, qint64(0));
        nodes.insert(key, n);
        return n;
    };
    for (const FileRow &row : listing.rows) {
        if (row.folder) {
            nodeFor(row.item, row.path, nodeFor);
            continue;
        }
        const qsizetype slash = row.path.lastIndexOf(u'/');
        QTreeWidgetItem *parent = nodeFor(row.item, slash < 0 ? QString() : row.path.left(slash), nodeFor);
        auto *leaf = new QTreeWidgetItem(parent, {row.path.mid(slash + 1), sizeText(row.size)});
        leaf->setIcon(0, style()->standardIcon(row.link ? QStyle::SP_FileLinkIcon : QStyle::SP_FileIcon));
        leaf->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (QTreeWidgetItem *n = parent; n; n = n->parent())
            n->setData(1, Qt::UserRole, n->data(1, Qt::UserRole).toLongLong() + row.size);
    }
    for (QTreeWidgetItem *n : std::as_const(nodes)) {
        n->setText(1, sizeText(n->data(1, Qt::UserRole).toLongLong()));
        n->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int i = 0; i < m_files->topLevelItemCount(); ++i)
        m_files->topLevelItem(i)->setExpanded(true);
    m_files->setUpdatesEnabled(true);

    const qsizetype files = std::ranges::count_if(listing.rows, [](const FileRow &r) { return !r.folder; });
    QStringList note;
    if (listing.rows.isEmpty() && listing.problems.isEmpty())
        note << tr("None of the backup's files is where it says.");
    else if (!listing.rows.isEmpty())
        note << tr("%n file(s), read from the backup without extracting it.", nullptr, int(files));
    note << listing.problems;
    m_filesNote->setText(note.join(u'\n'));
    Q_EMIT filesShown();
}

void Inspector::showDocuments(const Documents &documents)
{
    QString text;
    if (!documents.manifest.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(documents.manifest.toUtf8());
        text = doc.isNull() ? documents.manifest : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }
    if (!documents.checksums.isEmpty()) {
        if (!text.isEmpty())
            text += u'\n';
        text += u"# "_s + QFileInfo(m_entry->checksumsPath).fileName() + u'\n' + documents.checksums;
    }
    if (text.isEmpty() && m_entry) {
        // A copy known by its name: what Lifeboat read from it instead.
        text = u"// "_s + tr("No manifest: Lifeboat recognised this backup by its name and contents.")
               + u"\n"_s + QString::fromUtf8(QJsonDocument(m_entry->toJson()).toJson(QJsonDocument::Indented));
    }
    m_manifest->setPlainText(text);
}

} // namespace lifeboat::ui
