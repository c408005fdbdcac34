// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcontrol.h"

#include <QDateTime>

namespace lifeboat {

JobControl::JobControl(Observer observer, int intervalMs)
    : m_observer(std::move(observer))
    , m_intervalMs(intervalMs)
{
}

void JobControl::setDescription(const QString &description)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.description = description;
    }
    maybeNotify(true);
}

void JobControl::addTotals(qint64 bytes, int files)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_bytesTotalSet)
            m_progress.bytesTotal += bytes;
        m_progress.filesTotal += files;
    }
    maybeNotify(false);
}

void JobControl::setBytesTotal(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_progress.bytesTotal = bytes;
    m_bytesTotalSet = true;
}

void JobControl::addBytes(qint64 bytes)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.bytesDone += bytes;
    }
    maybeNotify(false);
}

void JobControl::restart()
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress = Progress();
        m_bytesTotalSet = false;
    }
    maybeNotify(true);
}

void JobControl::addFiles(int files)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress.filesDone += files;
    }
    maybeNotify(false);
}

void JobControl::flush()
{
    maybeNotify(true);
}

Progress JobControl::progress() const
{
    QMutexLocker lock(&m_mutex);
    return m_progress;
}

void JobControl::maybeNotify(bool force)
{
    if (!m_observer)
        return;
    Progress snapshot;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!force && m_lastNotifyMs >= 0 && now - m_lastNotifyMs < m_intervalMs)
            return;
        m_lastNotifyMs = now;
        snapshot = m_progress;
    }
    m_observer(snapshot);
}

} // namespace lifeboat
