// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QTimeEdit;

namespace lifeboat::ui {

// The systemd timer or crontab line that backs a data set up every day and
// verifies the new backup, to copy into the system's scheduler.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScheduleDialog(Profile profile, QWidget *parent = nullptr);

    QString text() const;
    void setKind(int index);

private:
    void update();

    Profile m_profile;
    QComboBox *m_kind;
    QTimeEdit *m_at;
    QPlainTextEdit *m_text;
};

} // namespace lifeboat::ui
