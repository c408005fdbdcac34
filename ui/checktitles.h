// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace lifeboat::ui {

/*
 * What the desktop app calls a check: core reports each by an id
 * ("hash_verification", "smoke:healthz"), as the CLI prints it and the guide
 * documents it; a window shows it in the user's language, with the id kept
 * in its tooltip and under Qt::UserRole.
 */
class CheckTitles
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ui::CheckTitles)
public:
    static QString of(const QString &id);
};

} // namespace lifeboat::ui
