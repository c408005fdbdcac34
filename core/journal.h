// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lifeboat {

// The newest verdict of a verification on one backup.
struct Verification
{
    bool ok = false;
    QDateTime when; // UTC
};

/*
 * What Lifeboat did, one JSON object per line in journal.jsonl under
 * Lifeboat's home folder: every backup, verify and restore with its time,
 * host, operator, target and outcome. Appends are atomic lines under an
 * exclusive lock, so several processes may record at once.
 */
class Journal
{
public:
    explicit Journal(const QString &path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    // Adds time, host, operator and tool version to the entry and appends it.
    [[nodiscard]] Result<void> record(QJsonObject entry);
    // The newest entries first, at most limit (0: all); unreadable lines are
    // skipped, and so, unread, are lines without mustContain when it is given:
    // every command looks for interrupted restores, and a journal grows.
    QList<QJsonObject> entries(int limit = 0, QByteArrayView mustContain = {}) const;
    // The newest entry of an operation on a target (a set, manifest or file).
    std::optional<QJsonObject> last(const QString &operation, const QString &target) const;
    // The newest verification of every target it names.
    QHash<QString, Verification> verifications() const;
    static QHash<QString, Verification> verificationsIn(const QList<QJsonObject> &newestFirst);
    // An entry as a Markdown list a person reads, in the user's language:
    // what runbook 001 asks a session log to keep (where from and to, the
    // environment, the schema versions, the integrity result, who).
    static QString describe(const QJsonObject &entry);

private:
    QString m_path;
};

} // namespace lifeboat
