// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadedwritedevice.h"

namespace lifeboat {

ThreadedWriteDevice::ThreadedWriteDevice(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
    , m_pipeline([this](QByteArrayView block) {
        if (!m_failed && m_target->write(block.constData(), block.size()) != block.size())
            m_failed = true;
    })
{
}

ThreadedWriteDevice::~ThreadedWriteDevice()
{
    m_pipeline.drain();
}

bool ThreadedWriteDevice::open(OpenMode mode)
{
    if (!(mode & WriteOnly) || (mode & ReadOnly))
        return false;
    m_buffer = m_pipeline.takeBuffer();
    return QIODevice::open(WriteOnly | Unbuffered);
}

qint64 ThreadedWriteDevice::writeData(const char *data, qint64 len)
{
    if (m_failed) {
        setErrorString(m_target->errorString());
        return -1;
    }
    qint64 left = len;
    while (left > 0) {
        const qint64 n = std::min<qint64>(left, BlockPipeline::BlockSize - m_buffer.size());
        m_buffer.append(data, n);
        data += n;
        left -= n;
        if (m_buffer.size() == BlockPipeline::BlockSize)
            m_pipeline.push(std::exchange(m_buffer, m_pipeline.takeBuffer()));
    }
    return len;
}

bool ThreadedWriteDevice::finish()
{
    if (!m_buffer.isEmpty())
        m_pipeline.push(std::exchange(m_buffer, m_pipeline.takeBuffer()));
    m_pipeline.drain();
    if (m_failed)
        setErrorString(m_target->errorString());
    return !m_failed;
}

void ThreadedWriteDevice::close()
{
    finish();
    QIODevice::close();
}

} // namespace lifeboat
