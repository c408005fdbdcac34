// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydialog.h"

#include "journal.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHash>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

namespace {
const QStringList operations{u"backup"_s, u"verify"_s, u"restore"_s, u"rollback"_s, u"prune"_s, u"guard"_s};
}

QString operationText(const QString &operation)
{
    if (operation == "backup"_L1)
        return HistoryDialog::tr("Backup");
    if (operation == "verify"_L1)
        return HistoryDialog::tr("Verification");
    if (operation == "restore"_L1)
        return HistoryDialog::tr("Restore");
    if (operation == "rollback"_L1)
        return HistoryDialog::tr("Rollback");
    if (operation == "prune"_L1)
        return HistoryDialog::tr("Prune");
    if (operation == "guard"_L1)
        return HistoryDialog::tr("Pre-migration backup");
    return operation;
}

// How an operation ended, from the code the journal keeps; translated in
// the dialog's context, which the lookup below uses.
QString outcomeText(const QString &outcome)
{
    static const QHash<QString, const char *> texts{
        {u"written"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "written")},
        {u"written_damaged"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "written, a copy failed its check")},
        {u"passed"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "passed")},
        {u"failed"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "failed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "cancelled")},
        {u"restored"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "restored")},
        {u"rolled_back"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "rolled back")},
        {u"refused"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "refused")},
        {u"removed"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "removed")},
        {u"backed_up"_s, QT_TRANSLATE_NOOP("lifeboat::ui::HistoryDialog", "backed up")},
    };
    const char *text = texts.value(outcome);
    return text ? HistoryDialog::tr(text) : outcome;
}

HistoryDialog::HistoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_operation(new QComboBox)
    , m_text(new QLineEdit)
    , m_table(new QTreeWidget)
    , m_record(new QTextBrowser)
{
    setWindowTitle(tr("History"));
    m_operation->addItem(tr("All operations"), QString());
    for (const QString &op : operations)
        m_operation->addItem(operationText(op), op);
    m_text->setPlaceholderText(tr("Filter by target, outcome, operator or host"));
    m_text->setClearButtonEnabled(true);
    m_table->setHeaderLabels({tr("Time"), tr("Operation"), tr("Outcome"), tr("Duration"), tr("Target"),
                              tr("Operator"), tr("Host")});
    m_table->setRootIsDecorated(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a path's end names the backup
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_record->setOpenLinks(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_operation);
    filters->addWidget(m_text, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_record);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_operation, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &HistoryDialog::applyFilter);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showRecord);
    connect(&m_load, &QFutureWatcherBase::finished, this, [this] {
        m_entries = m_load.result();
        const QLocale locale;
        for (int i = 0; i < m_entries.size(); ++i) {
            const QJsonObject &e = m_entries.at(i);
            const QDateTime when = QDateTime::fromString(e.value(u"time"_s).toString(), Qt::ISODateWithMs);
            const double ms = e.value(u"duration_ms"_s).toDouble(-1);
            QString outcome = outcomeText(e.value(u"outcome"_s).toString());
            if (outcome.isEmpty() && e.contains(u"ok"_s))
                outcome = e.value(u"ok"_s).toBool() ? tr("passed") : tr("failed");
            auto *row = new QTreeWidgetItem(m_table, {
                locale.toString(when.toLocalTime(), QLocale::ShortFormat),
                operationText(e.value(u"operation"_s).toString()), outcome,
                ms < 0      ? QString()
                : ms < 1000 ? tr("%1 ms").arg(locale.toString(qRound64(ms)))
                            : tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1)),
                e.value(u"target"_s).toString(), e.value(u"operator"_s).toString(),
                e.value(u"host"_s).toString()});
            row->setData(0, Qt::UserRole, i);
            row->setToolTip(4, e.value(u"target"_s).toString());
        }
        for (int c = 0; c < 4; ++c)
            m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(4, 320);
        applyFilter();
        Q_EMIT loaded();
    });
    m_load.setFuture(QtConcurrent::run([] { return Journal().entries(); }));
}

HistoryDialog::~HistoryDialog()
{
    m_load.waitForFinished();
}

void HistoryDialog::setFilter(const QString &operation, const QString &text)
{
    m_operation->setCurrentIndex(std::max(0, m_operation->findData(operation)));
    m_text->setText(text);
}

void HistoryDialog::applyFilter()
{
    const QString op = m_operation->currentData().toString();
    const QString text = m_text->text();
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_table->topLevelItem(i);
        const QJsonObject &e = m_entries.at(row->data(0, Qt::UserRole).toInt());
        bool show = op.isEmpty() || e.value(u"operation"_s).toString() == op;
        if (show && !text.isEmpty()) {
            show = false;
            for (int c = 0; c < m_table->columnCount() && !show; ++c)
                show = row->text(c).contains(text, Qt::CaseInsensitive);
        }
        row->setHidden(!show);
    }
}

void HistoryDialog::showRecord()
{
    const QTreeWidgetItem *row = m_table->currentItem();
    if (!row) {
        m_record->clear();
        return;
    }
    // Told in the user's language first; then the record itself, for a
    // script or a bug report.
    const QJsonObject &e = m_entries.at(row->data(0, Qt::UserRole).toInt());
    const QString outcome = row->text(2);
    // What the journal holds is text, never markup: a "<b>" in a message is shown.
    m_record->document()->setMarkdown(
        u"**%1**%2 · %3\n\n"_s.arg(row->text(1), outcome.isEmpty() ? QString() : u" — "_s + outcome, row->text(0))
            + Journal::describe(e) + u"\n\n```\n"_s
            + QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Indented)) + u"```\n"_s,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

} // namespace lifeboat::ui
