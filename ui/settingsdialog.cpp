// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lifeboat::ui {

void installStoredLanguage(QSettings *settings)
{
    const QString code = settings->value(u"language"_s).toString();
    if (code.isEmpty())
        installTranslations(*qApp);
    else
        switchLanguage(*qApp, code);
}

SettingsDialog::SettingsDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox)
    , m_languageLabel(new QLabel)
{
    m_language->addItem({}, QString());
    for (const Language &l : availableLanguages())
        m_language->addItem(l.name, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->value(u"language"_s).toString())));
    m_languageLabel->setBuddy(m_language);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(380);
    retranslateUi();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        m_settings->setValue(u"language"_s, code);
        switchLanguage(*qApp, code);
    });
}

void SettingsDialog::chooseLanguage(const QString &code)
{
    m_language->setCurrentIndex(m_language->findData(code));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("The system's language"));
}

} // namespace lifeboat::ui
