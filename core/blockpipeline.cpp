// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockpipeline.h"

namespace lifeboat {

BlockPipeline::BlockPipeline(std::function<void(QByteArrayView)> consume, int buffersInFlight)
    : m_consume(std::move(consume))
    , m_buffersInFlight(buffersInFlight)
    , m_thread([this] { work(); })
{
}

BlockPipeline::~BlockPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

QByteArray BlockPipeline::takeBuffer()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty() || m_allocated < m_buffersInFlight; });
    if (m_free.empty()) {
        ++m_allocated;
        QByteArray buffer;
        buffer.reserve(BlockSize);
        return buffer;
    }
    QByteArray buffer = std::move(m_free.back());
    m_free.pop_back();
    buffer.resize(0); // keeps the capacity
    return buffer;
}

void BlockPipeline::push(QByteArray block)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(block));
    }
    m_changed.notify_all();
}

void BlockPipeline::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void BlockPipeline::work()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
        if (m_queue.empty())
            return; // stopping, and everything handed over is done
        QByteArray block = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        m_consume(block);
        lock.lock();
        m_busy = false;
        m_free.push_back(std::move(block));
        m_changed.notify_all();
    }
}

} // namespace lifeboat
