// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lifeboat {

// A process that has a file open, as a restore's preflight names it.
struct HoldingProcess
{
    qint64 pid = 0;
    QString command; // its command line
    QString file;    // what it holds open
};

/*
 * Which other processes hold the given files open, or any file below the
 * given folders, found through /proc. Processes of other users are visible
 * only to root; this process itself is never listed.
 */
QList<HoldingProcess> processesHolding(const QStringList &files, const QStringList &folders = {});

// One process with every file it holds.
struct ProcessHolding
{
    qint64 pid = 0;
    QString command;
    QStringList files;
};

// Each process once, in the order first listed, with its files in order.
QList<ProcessHolding> byProcess(const QList<HoldingProcess> &holding);

} // namespace lifeboat
