// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetstatus.h"

#include <QWidget>

class QLabel;

namespace lifeboat::ui {

// The size of every backup of a data set over time, as bars.
class SizeChart : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // (when, bytes), in any order.
    void setPoints(QList<std::pair<QDateTime, qint64>> points);
    const QList<std::pair<QDateTime, qint64>> &points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The labels under the first and the last bar: their days, or, when
    // both fall on one day, that day with the first's time and the last's.
    static std::pair<QString, QString> axisLabels(const QDateTime &first, const QDateTime &last);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::pair<QDateTime, qint64>> m_points;
};

/*
 * How the selected data set stands: the age of its newest verified backup
 * against the RPO in green, amber or red, the last restore drill, the last
 * restore against the RTO, and a chart of backup sizes over time.
 */
class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void setStatus(const DataSetStatus &status, const QList<BackupEntry> &entries);
    void clear();

    // What the RPO line says and the colour it is shown in, for tests.
    QString rpoText() const;
    DataSetStatus::Rpo rpoState() const { return m_status.rpo; }
    SizeChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_rpo;
    QLabel *m_drill;
    QLabel *m_restore;
    QLabel *m_chartTitle;
    SizeChart *m_chart;
    DataSetStatus m_status;
    bool m_empty = true;
};

// "3 hours", "2 days": an age for a person, in the UI's language.
QString ageText(double hours);

} // namespace lifeboat::ui
