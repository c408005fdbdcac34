// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupdiscovery.h"
#include "verifier.h"

#include <QFutureWatcher>
#include <QTabWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace lifeboat::ui {

/*
 * One backup, inside out: its items (kind, source, artifact, size, SHA-256
 * with a copy button, tables with row counts, schema version) and the checks
 * of a running verification; the files inside its archives and folders as a
 * tree with sizes; and its manifest as formatted JSON. What is read from disk
 * is read in the background, and reading stops when another backup is shown.
 */
class Inspector : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { Contents, Files, Manifest };

    explicit Inspector(QWidget *parent = nullptr);
    ~Inspector() override;

    void showEntry(const BackupEntry *entry);
    QString shownPath() const { return m_entry ? m_entry->path : QString(); }

    // A verification of the shown backup: a node that fills in as checks complete.
    void beginVerification();
    void addChecks(const QString &item, const QList<CheckResult> &checks);
    void endVerification(const QString &verdict);

    QTreeWidget *contentsTree() const { return m_contents; }
    QTreeWidget *filesTree() const { return m_files; }
    QPlainTextEdit *manifestView() const { return m_manifest; }

Q_SIGNALS:
    // The files inside the shown backup have been read (or could not be).
    void filesShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FileRow
    {
        QString item;
        QString path;
        qint64 size = 0;
        bool folder = false;
        bool link = false;
    };
    struct Listing
    {
        QList<FileRow> rows;
        QStringList problems;
    };
    struct Documents
    {
        QString manifest;
        QString checksums;
    };

    void retranslateUi();
    void showContents();
    void showFiles(const Listing &listing);
    void showDocuments(const Documents &documents);
    QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &key, const QString &value);
    void addHashRow(QTreeWidgetItem *parent, const QString &hash);
    static Listing listFiles(const QList<BackupItem> &items, const std::atomic_bool &stop);

    QTreeWidget *m_contents;
    QTreeWidget *m_files;
    QPlainTextEdit *m_manifest;
    QLabel *m_filesNote;
    std::optional<BackupEntry> m_entry;
    QTreeWidgetItem *m_checksNode = nullptr;
    QFutureWatcher<Listing> m_listing;
    QFutureWatcher<Documents> m_documents;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace lifeboat::ui
