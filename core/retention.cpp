// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lifeboat {

RetentionPolicy RetentionPolicy::fromSpec(const RetentionSpec &spec)
{
    return {spec.keepLast, spec.daily, spec.weekly, spec.monthly, spec.preMigrationDays};
}

std::optional<RetentionPolicy> RetentionPolicy::preset(const QString &name)
{
    if (name == "local-dev"_L1)
        return RetentionPolicy{0, 14, 8, 0};
    if (name == "shared-staging"_L1)
        return RetentionPolicy{0, 30, 0, 6};
    return std::nullopt;
}

Result<void> Retention::remove(const BackupEntry &entry, const QString &rule)
{
    QStringList paths{entry.path};
    if (entry.layout == Layout::ManifestV1) {
        for (const BackupItem &item : entry.items)
            paths.append(item.artifact);
    }
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink())
            continue;
        const bool removed = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively()
                                                               : QFile::remove(path);
        if (!removed)
            return fail(ErrorCode::NotWritable,
                        Tr::tr("Could not remove \"%1\": check that you may write to its folder.").arg(path),
                        path);
    }
    (void)Journal().record(QJsonObject{{u"operation"_s, u"prune"_s},
                                       {u"target"_s, entry.path},
                                       {u"created_at"_s, entry.createdAt.toString(Qt::ISODate)},
                                       {u"rule"_s, rule},
                                       {u"ok"_s, true},
                                       {u"outcome"_s, u"removed"_s}});
    return {};
}

QHash<QString, bool> Retention::verificationsFromJournal()
{
    QHash<QString, bool> verdicts;
    const auto found = Journal().verifications();
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        verdicts.insert(it.key(), it->ok);
    return verdicts;
}

bool Retention::isNamed(const BackupEntry &entry, const QStringList &names)
{
    return names.contains(entry.path) || names.contains(QFileInfo(entry.path).fileName());
}

QList<PruneDecision> Retention::decide(QList<BackupEntry> entries, const RetentionPolicy &policy,
                                       const QHash<QString, bool> &verified, const QDateTime &now,
                                       const QStringList &named)
{
    // Newest first; of two in one second, the later name (app-<ts>-2 after app-<ts>).
    std::stable_sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    QList<PruneDecision> decisions;
    for (const BackupEntry &e : std::as_const(entries))
        decisions.append({e, false, {}});

    auto isNamed = [&named](const BackupEntry &e) { return Retention::isNamed(e, named); };
    // Copies kept for a reason of their own are not the policy's to prune:
    // they stay, unless asked for by name.
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        const BackupEntry &e = decisions[i].entry;
        if (e.origin == "backup"_L1 && policy.keepsBackups()) {
            candidates.append(i);
        } else if (e.origin == "backup"_L1) {
            decisions[i].keep = true;
            decisions[i].rule = Tr::tr("the policy says nothing of plain backups: kept");
        } else if (isNamed(e)) {
            decisions[i].rule = Tr::tr("named to be removed");
        } else if (e.origin == "pre_migration"_L1 && policy.preMigrationDays > 0) {
            // Runbook 002: find data/ -name "*.backup.*.db" -mtime +30 -delete
            const bool old = e.createdAt.isValid() && e.createdAt.daysTo(now) > policy.preMigrationDays;
            decisions[i].keep = !old;
            decisions[i].rule = old ? Tr::tr("pre-migration backup older than %n day(s)", nullptr, policy.preMigrationDays)
                                    : Tr::tr("pre-migration backup: kept for %n day(s)", nullptr, policy.preMigrationDays);
        } else {
            decisions[i].keep = true;
            decisions[i].rule = e.origin == "pre_restore"_L1 ? Tr::tr("pre-restore snapshot: kept unless named")
                                : e.origin == "pre_migration"_L1 ? Tr::tr("pre-migration backup: kept unless named")
                                                                  : Tr::tr("kept copy: kept unless named");
        }
    }

    auto keep = [&](qsizetype i, const QString &rule) {
        if (!decisions[i].keep) {
            decisions[i].keep = true;
            decisions[i].rule = rule;
        }
    };
    // The newest backup of each day, week and month still in its window.
    const QDate today = now.toLocalTime().date();
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    struct Windows
    {
        bool day = false, week = false, month = false;
    };
    const auto windowsOf = [&](const QDate &date) {
        const int monthsAgo = (today.year() - date.year()) * 12 + today.month() - date.month();
        return Windows{policy.daily > 0 && date.daysTo(today) < policy.daily,
                       policy.weekly > 0 && date.addDays(1 - date.dayOfWeek()).daysTo(thisWeek) / 7 < policy.weekly,
                       policy.monthly > 0 && monthsAgo < policy.monthly};
    };
    // Each data set is a series of its own: the daily backup of one never
    // stands for another's, nor does one's verification.
    const auto decideSeries = [&](const QList<qsizetype> &series) {
        for (qsizetype i : series) {
            if (verified.value(decisions[i].entry.path, false)) {
                keep(i, Tr::tr("the newest verified backup"));
                break;
            }
        }
        for (qsizetype n = 0; n < series.size() && n < policy.keepLast; ++n)
            keep(series[n], Tr::tr("one of the newest %n", nullptr, policy.keepLast));

        QSet<QDate> days;
        QSet<QPair<int, int>> weeks;
        QSet<QPair<int, int>> months;
        for (qsizetype i : series) {
            const QDate date = decisions[i].entry.createdAt.toLocalTime().date();
            const Windows in = windowsOf(date);
            if (in.day && !days.contains(date)) {
                days.insert(date);
                keep(i, Tr::tr("daily, for %n day(s)", nullptr, policy.daily));
            }
            int weekYear = 0;
            const int week = date.weekNumber(&weekYear);
            if (in.week && !weeks.contains({weekYear, week})) {
                weeks.insert({weekYear, week});
                keep(i, Tr::tr("weekly, for %n week(s)", nullptr, policy.weekly));
            }
            if (in.month && !months.contains({date.year(), date.month()})) {
                months.insert({date.year(), date.month()});
                keep(i, Tr::tr("monthly, for %n month(s)", nullptr, policy.monthly));
            }
        }
        // Why the others go: a newer one stands for their day, week or month, or
        // they are older than every window.
        for (qsizetype i : series) {
            if (decisions[i].keep)
                continue;
            const Windows in = windowsOf(decisions[i].entry.createdAt.toLocalTime().date());
            decisions[i].rule = in.day     ? Tr::tr("a newer backup of the same day is kept")
                                : in.week  ? Tr::tr("a newer backup of the same week is kept")
                                : in.month ? Tr::tr("a newer backup of the same month is kept")
                                           : Tr::tr("older than every rule of the policy keeps");
        }
        // Prune only after confirming a successful newer backup: what the policy
        // would remove stays, and says why.
        const BackupEntry &newest = decisions[series.constFirst()].entry;
        if (verified.value(newest.path, false))
            return;
        for (qsizetype i : series) {
            if (decisions[i].keep)
                continue;
            decisions[i].keep = true;
            decisions[i].held = true;
            decisions[i].rule = verified.contains(newest.path)
                                    ? Tr::tr("the newest backup failed verification: nothing is pruned")
                                    : Tr::tr("the newest backup has not been verified: nothing is pruned");
        }
    };
    QStringList order;
    QHash<QString, QList<qsizetype>> bySeries;
    for (qsizetype i : std::as_const(candidates)) {
        // Two folders' backups of one name are two data sets (prod/app-<ts>.db, staging/app-<ts>.db).
        const BackupEntry &e = decisions[i].entry;
        const QString series = QFileInfo(e.path).absolutePath() + u'\n' + e.series();
        if (!bySeries.contains(series))
            order.append(series);
        bySeries[series].append(i);
    }
    for (const QString &series : std::as_const(order))
        decideSeries(bySeries.value(series));
    return decisions;
}

} // namespace lifeboat
