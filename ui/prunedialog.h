// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retention.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lifeboat::ui {

/*
 * Prune, previewed: every backup of a folder with keep or remove and the rule
 * that decided, for a policy taken from the profile, a runbook preset or the
 * numbers given; removes only after asking, each removal in the journal.
 */
class PruneDialog : public QDialog
{
    Q_OBJECT
public:
    // profileRetention: the data set's own policy, when it has one.
    PruneDialog(const QString &folder, const RetentionSpec &profileRetention, QWidget *parent = nullptr);
    ~PruneDialog() override;

    const QList<PruneDecision> &decisions() const { return m_decisions; }
    QTreeWidget *table() const { return m_table; }
    // Removes what the preview shows as removed, without asking (the button asks first).
    void removeDecided();

Q_SIGNALS:
    void previewReady();
    // Backups were removed; the list they came from is out of date.
    void pruned(int removed);

private:
    struct Scan
    {
        Result<QList<BackupEntry>> entries;
        QHash<QString, bool> verified;
    };
    RetentionPolicy policy() const;
    void policyChosen();
    void decide();
    void confirmRemoval();
    void rescan();

    QString m_folder;
    RetentionSpec m_profileRetention;
    QComboBox *m_preset;
    QSpinBox *m_keepLast;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QSpinBox *m_monthly;
    QSpinBox *m_preMigration;
    QTreeWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_remove;
    QFutureWatcher<Scan> m_scan;
    QFutureWatcher<QStringList> m_removal;
    QList<BackupEntry> m_entries;
    QHash<QString, bool> m_verified;
    QList<PruneDecision> m_decisions;
};

} // namespace lifeboat::ui
