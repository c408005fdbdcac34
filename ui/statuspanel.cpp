// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspanel.h"

#include "backuplistmodel.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

QString ageText(double hours)
{
    if (hours < 1)
        return StatusPanel::tr("%n minute(s)", nullptr, std::max(1, int(hours * 60)));
    if (hours < 48)
        return StatusPanel::tr("%n hour(s)", nullptr, int(hours));
    return StatusPanel::tr("%n day(s)", nullptr, int(hours / 24));
}

void SizeChart::setPoints(QList<std::pair<QDateTime, qint64>> points)
{
    std::ranges::sort(points, {}, &std::pair<QDateTime, qint64>::first);
    m_points = std::move(points);
    update();
}

QSize SizeChart::sizeHint() const
{
    return {200, 110};
}

QSize SizeChart::minimumSizeHint() const
{
    return {120, 80};
}

void SizeChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QRect area = rect().adjusted(1, fm.height() + 2, -1, -fm.height() - 4);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_points.isEmpty() || area.width() < 10)
        return;

    const qint64 top = std::ranges::max(m_points, {}, &std::pair<QDateTime, qint64>::second).second;
    const QDateTime first = m_points.constFirst().first;
    const QDateTime last = m_points.constLast().first;
    const double span = std::max<qint64>(1, first.secsTo(last));
    const double barWidth = std::clamp(double(area.width()) / double(m_points.size()) * 0.6, 2.0, 14.0);
    const QColor bar = palette().color(QPalette::Highlight);
    for (const auto &[when, bytes] : m_points) {
        const double x = m_points.size() == 1
                             ? area.center().x()
                             : area.left() + barWidth / 2
                                   + (area.width() - barWidth) * double(first.secsTo(when)) / span;
        const double h = top > 0 ? double(area.height()) * double(bytes) / double(top) : 0;
        p.fillRect(QRectF(x - barWidth / 2, area.bottom() - h, barWidth, h), bar);
    }
    // The scale: the largest size at the top, the first and last days below;
    // their times of day when every backup is from one day.
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               sizeText(top));
    const QRect dates(0, height() - fm.height() - 1, width(), fm.height());
    const auto [from, to] = axisLabels(first, last);
    p.drawText(dates, Qt::AlignLeft | Qt::AlignVCenter, from);
    if (m_points.size() > 1)
        p.drawText(dates, Qt::AlignRight | Qt::AlignVCenter, to);
}

std::pair<QString, QString> SizeChart::axisLabels(const QDateTime &first, const QDateTime &last)
{
    const QLocale locale;
    const QDateTime from = first.toLocalTime();
    const QDateTime to = last.toLocalTime();
    if (from.date() != to.date())
        return {locale.toString(from.date(), QLocale::ShortFormat), locale.toString(to.date(), QLocale::ShortFormat)};
    return {locale.toString(from, QLocale::ShortFormat), locale.toString(to.time(), QLocale::ShortFormat)};
}

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_rpo(new QLabel)
    , m_drill(new QLabel)
    , m_restore(new QLabel)
    , m_chartTitle(new QLabel)
    , m_chart(new SizeChart)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_rpo->setObjectName(u"rpo"_s);
    m_rpo->setAutoFillBackground(true);
    for (QLabel *l : {m_rpo, m_drill, m_restore})
        l->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_rpo);
    layout->addWidget(m_drill);
    layout->addWidget(m_restore);
    layout->addWidget(m_chartTitle);
    layout->addWidget(m_chart);
    retranslateUi();
}

void StatusPanel::setStatus(const DataSetStatus &status, const QList<BackupEntry> &entries)
{
    m_status = status;
    m_empty = false;
    QList<std::pair<QDateTime, qint64>> points;
    for (const BackupEntry &e : entries)
        points.append({e.createdAt, e.totalSize()});
    m_chart->setPoints(std::move(points));
    retranslateUi();
}

void StatusPanel::clear()
{
    m_status = {};
    m_empty = true;
    m_chart->setPoints({});
    retranslateUi();
}

QString StatusPanel::rpoText() const
{
    return m_rpo->text();
}

void StatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusPanel::retranslateUi()
{
    m_title->setText(tr("Status"));
    m_chartTitle->setText(tr("Backup sizes over time"));
    m_chart->setAccessibleName(tr("Backup sizes over time"));
    const QLocale locale;
    const DataSetStatus &s = m_status;

    QString rpo;
    if (m_empty)
        rpo = tr("Choose a data set.");
    else if (!s.newestVerified)
        rpo = tr("No backup has verified yet.");
    else
        rpo = tr("Last good backup %1 ago.").arg(ageText(s.ageHours));
    if (s.rpo != DataSetStatus::Rpo::None)
        rpo += u' ' + (s.rpo == DataSetStatus::Rpo::Breached ? tr("RPO of %1 breached.")
                       : s.rpo == DataSetStatus::Rpo::Near   ? tr("RPO of %1 met, due soon.")
                                                             : tr("RPO of %1 met."))
                          .arg(ageText(s.rpoHours));
    else if (!m_empty)
        rpo += u' ' + tr("No RPO target: a profile sets one with \"rpo_hours\".");
    m_rpo->setText(rpo);
    // Green, amber, red; the text says it too, for whoever cannot tell colours apart.
    QPalette palette = this->palette();
    const QColor colour = s.rpo == DataSetStatus::Rpo::Met      ? QColor(0xc8, 0xe6, 0xc9)
                          : s.rpo == DataSetStatus::Rpo::Near     ? QColor(0xff, 0xe0, 0xb2)
                          : s.rpo == DataSetStatus::Rpo::Breached ? QColor(0xff, 0xcd, 0xd2)
                                                                  : palette.color(QPalette::Window);
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, s.rpo == DataSetStatus::Rpo::None
                                               ? this->palette().color(QPalette::WindowText)
                                               : QColor(Qt::black));
    m_rpo->setPalette(palette);
    // A margin inside the colour; without one, in line with the labels below.
    m_rpo->setMargin(s.rpo == DataSetStatus::Rpo::None ? 0 : 4);

    if (s.lastDrill) {
        const QDateTime when = QDateTime::fromString(s.lastDrill->value(u"time"_s).toString(), Qt::ISODateWithMs);
        const QString at = locale.toString(when.toLocalTime(), QLocale::ShortFormat);
        m_drill->setText(s.lastDrill->value(u"ok"_s).toBool() ? tr("Last restore drill: %1, passed.").arg(at)
                                                              : tr("Last restore drill: %1, FAILED.").arg(at));
    } else {
        m_drill->setText(m_empty ? QString() : tr("No restore drill yet: verify a backup."));
    }
    if (s.lastRestore) {
        const QString took = tr("%n second(s)", nullptr, int(s.restoreSeconds + 0.5));
        m_restore->setText(s.rtoHours <= 0 ? tr("Last restore took %1.").arg(took)
                           : s.rtoMet()    ? tr("Last restore took %1, within the RTO of %2.")
                                                 .arg(took, ageText(s.rtoHours))
                                           : tr("Last restore took %1, over the RTO of %2.")
                                                 .arg(took, ageText(s.rtoHours)));
    } else {
        m_restore->setText(m_empty ? QString() : tr("No restore from these backups yet."));
    }
    m_chartTitle->setVisible(!m_empty);
    m_chart->setVisible(!m_empty);
}

} // namespace lifeboat::ui
