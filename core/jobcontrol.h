// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>

#include <algorithm>
#include <atomic>
#include <functional>

namespace lifeboat {

// How far a piece of long work has come.
struct Progress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; // 0 when unknown
    int filesDone = 0;
    int filesTotal = 0;
    QString description; // one line on the current step, translated

    // How much of bytesTotal is done, from 0 to 1, never past it should an
    // estimated total fall short; -1 while the total is unknown.
    double fraction() const
    {
        return bytesTotal > 0 ? std::clamp(double(bytesDone) / double(bytesTotal), 0.0, 1.0) : -1.0;
    }
};

/*
 * The shared state of one piece of long work: the cancel flag the worker polls
 * and the progress it reports. Thread-safe: a worker thread reports while the
 * GUI or a signal handler cancels. Observers get at most one call every
 * interval, so a hot loop may report as often as it likes.
 */
class JobControl
{
public:
    using Observer = std::function<void(const Progress &)>;

    JobControl() = default;
    explicit JobControl(Observer observer, int intervalMs = 100);

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    void setDescription(const QString &description);
    void addTotals(qint64 bytes, int files);
    // The whole job's bytes, known before its steps begin: the steps' own
    // addTotals then count files only, so that the bar does not fall back
    // each time the next step adds its bytes.
    void setBytesTotal(qint64 bytes);
    void addBytes(qint64 bytes);
    void addFiles(int files);
    // Starts the counts and totals over, for the next stage of the same work
    // (a restore after its plan); a cancel stands.
    void restart();
    // Reports now, whatever the interval: at the end of a step.
    void flush();

    Progress progress() const;

private:
    void maybeNotify(bool force);

    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    Progress m_progress;
    bool m_bytesTotalSet = false;
    Observer m_observer;
    int m_intervalMs = 100;
    qint64 m_lastNotifyMs = -1;
};

} // namespace lifeboat
