// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonObject>

class QComboBox;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace lifeboat::ui {

/*
 * The journal as a history: every backup, verification, restore, rollback,
 * prune and guard with its time, outcome and duration, filtered by operation
 * and by text; the selected one told in full below, then as the journal keeps it.
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(QWidget *parent = nullptr);
    ~HistoryDialog() override;

    QTreeWidget *table() const { return m_table; }
    void setFilter(const QString &operation, const QString &text);
    QTextBrowser *record() const { return m_record; }

Q_SIGNALS:
    void loaded();

private:
    void applyFilter();
    void showRecord();

    QComboBox *m_operation;
    QLineEdit *m_text;
    QTreeWidget *m_table;
    QTextBrowser *m_record;
    QFutureWatcher<QList<QJsonObject>> m_load;
    QList<QJsonObject> m_entries;
};

// A journal operation ("backup", "verify", …) in the UI's language.
QString operationText(const QString &operation);

} // namespace lifeboat::ui
