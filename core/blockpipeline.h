// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lifeboat {

/*
 * Hands blocks of bytes to a function running on a thread of its own, so
 * that producing a stream and consuming it (hashing, compressing) each take
 * a core. Buffers come back for reuse once consumed, and at most a few are
 * in flight: memory stays at a few MiB however long the stream.
 */
class BlockPipeline
{
public:
    static constexpr qsizetype BlockSize = 1 << 20;

    explicit BlockPipeline(std::function<void(QByteArrayView)> consume, int buffersInFlight = 8);
    ~BlockPipeline(); // waits for every block handed over
    BlockPipeline(const BlockPipeline &) = delete;
    BlockPipeline &operator=(const BlockPipeline &) = delete;

    // An empty buffer with room for a block; waits while too many are in flight.
    QByteArray takeBuffer();
    // Hands a block to the consumer; its buffer comes back through takeBuffer().
    void push(QByteArray block);
    // Waits until every block handed over has been consumed.
    void drain();

private:
    void work();

    std::function<void(QByteArrayView)> m_consume;
    const int m_buffersInFlight;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    std::vector<QByteArray> m_free;
    int m_allocated = 0;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace lifeboat
