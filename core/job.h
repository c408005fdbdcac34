// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobcontrol.h"
#include "result.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace lifeboat {

/*
 * Long work off the calling thread, shaped like KDE's KJob: start(),
 * cancel(), progress in bytes and files with a one-line description, and
 * exactly one finished() after which the subclass's result() is set. The GUI
 * and the CLI drive the same jobs.
 */
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    Progress progress() const { return m_control.progress(); }

Q_SIGNALS:
    void progressChanged(const lifeboat::Progress &progress);
    void finished();

protected:
    // What runs in the worker thread. It must not touch the job object: a
    // job may be destroyed while it runs (the destructor cancels and waits),
    // so the work captures copies of its input and a shared slot for its result.
    using Work = std::function<void(JobControl &control)>;
    virtual Work makeWork() = 0;

private:
    JobControl m_control;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace lifeboat

Q_DECLARE_METATYPE(lifeboat::Progress)
