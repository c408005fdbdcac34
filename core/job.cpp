// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace lifeboat {

Job::Job(QObject *parent)
    : QObject(parent)
    , m_control([this](const Progress &p) {
        QMetaObject::invokeMethod(this, [this, p] { Q_EMIT progressChanged(p); },
                                  Qt::QueuedConnection);
    })
{
    qRegisterMetaType<lifeboat::Progress>();
}

Job::~Job()
{
    // The worker uses this object; it must be done before we go.
    m_control.cancel();
    m_future.waitForFinished();
}

void Job::start()
{
    if (m_running)
        return;
    m_running = true;
    m_future = QtConcurrent::run([work = makeWork(), control = &m_control] { work(*control); });
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        // The last progress goes out before finished(), not queued after it.
        Q_EMIT progressChanged(m_control.progress());
        Q_EMIT finished();
    });
    watcher->setFuture(m_future);
}

void Job::cancel()
{
    m_control.cancel();
}

} // namespace lifeboat
