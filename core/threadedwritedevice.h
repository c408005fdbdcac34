// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blockpipeline.h"

#include <QIODevice>

#include <atomic>

namespace lifeboat {

/*
 * Writes through to another device on a thread of its own: what is written
 * here is gathered into blocks that the thread writes on. Between KTar and a
 * compressor, the files are read and framed on one core while they are
 * compressed on another, as `tar --zstd` does with two processes.
 */
class ThreadedWriteDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit ThreadedWriteDevice(QIODevice *target, QObject *parent = nullptr);
    ~ThreadedWriteDevice() override;

    bool open(OpenMode mode) override;
    // Writes out what is gathered and waits for the thread; false if a write failed.
    bool finish();
    void close() override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override;

private:
    QIODevice *m_target;
    BlockPipeline m_pipeline;
    QByteArray m_buffer;
    std::atomic_bool m_failed = false;
};

} // namespace lifeboat
