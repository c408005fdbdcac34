// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSettings;

namespace lifeboat::ui {

// Lifeboat's settings. A language chosen here applies at once, without a
// restart, and is remembered.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(QSettings *settings, QWidget *parent = nullptr);

    // Selects a language by code ("" for the system's) as the user would.
    void chooseLanguage(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QSettings *m_settings;
    QComboBox *m_language;
    QLabel *m_languageLabel;
};

// Loads the translations once at start-up: the language stored in the
// settings (chosen in Settings), else the system's.
void installStoredLanguage(QSettings *settings);

} // namespace lifeboat::ui
