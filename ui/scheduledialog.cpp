// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledialog.h"

#include "schedule.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextOption>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

ScheduleDialog::ScheduleDialog(Profile profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_kind(new QComboBox)
    , m_at(new QTimeEdit(QTime(2, 0)))
    , m_text(new QPlainTextEdit)
{
    setWindowTitle(tr("Schedule Backups of %1").arg(m_profile.name));
    m_kind->addItem(tr("systemd user timer"), int(Schedule::Kind::Systemd));
    m_kind->addItem(tr("crontab line"), int(Schedule::Kind::Cron));
    m_at->setDisplayFormat(u"HH:mm"_s);
    m_text->setReadOnly(true);
    // A crontab line cannot be broken, only shown wrapped; Copy takes it whole.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout;
    form->addRow(tr("Scheduler:"), m_kind);
    form->addRow(tr("Every day at:"), m_at);
    auto *explain = new QLabel(tr("Lifeboat backs the data set up at this time and then verifies the new "
                                  "backup. Copy this into your scheduler:"));
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleDialog::update);
    connect(m_at, &QTimeEdit::timeChanged, this, &ScheduleDialog::update);
    update();
}

QString ScheduleDialog::text() const
{
    return m_text->toPlainText();
}

void ScheduleDialog::setKind(int index)
{
    m_kind->setCurrentIndex(index);
}

void ScheduleDialog::update()
{
    // The scheduler runs the lifeboat-cli installed beside this program.
    const QString beside = QApplication::applicationDirPath() + u"/lifeboat-cli"_s;
    const QString cli = QFileInfo(beside).isExecutable() ? beside : u"lifeboat-cli"_s;
    m_text->setPlainText(Schedule::text(m_profile, Schedule::Kind(m_kind->currentData().toInt()),
                                        m_at->time(), cli));
}

} // namespace lifeboat::ui
