// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sha256.h"

#include <QIODevice>

#include <atomic>
#include <cstdlib>
#include <memory>

namespace lifeboat {

class JobControl;
class BlockPipeline;

/*
 * A new file (never an existing one), created 0600, that hashes every byte on
 * its way to disk, so an artifact is hashed in the same pass that writes it:
 * on a second core, while the next block is being produced and written.
 * A QIODevice, so KArchive's compressors can write straight into it.
 * commit() flushes and fsyncs; a writer destroyed without commit() removes
 * its file, so a failure never leaves a half-written artifact behind.
 */
class ArtifactWriter : public QIODevice
{
    Q_OBJECT
public:
    // How much is written between two starts of writeback with Sync::Now:
    // commit's fsync then waits for the last few MiB, not the whole file.
    static constexpr qint64 WritebackChunk = 8 << 20;
    // Blocks waiting for the disk with Sync::Direct, a MiB each.
    static constexpr int DirectBuffersInFlight = 4;
    // What O_DIRECT asks of a write's buffer, offset and length, on any disk.
    static constexpr qsizetype DirectAlignment = 4096;

    enum class Sync {
        // Written back to the disk as it is written; commit() waits until
        // the artifact is on the disk.
        Now,
        // Written at the page cache's speed; the caller fsyncs it (syncPath)
        // before it publishes it, on another core while it checks it.
        Deferred,
        // Written straight to the disk, past the page cache (O_DIRECT where
        // the filesystem can), on a thread of its own while the next blocks
        // are hashed and produced: for an artifact nothing reads back soon,
        // such as an archive, which then neither waits for the page cache's
        // writeback nor pushes the user's files out of it. commit() waits
        // until it is on the disk.
        Direct,
    };
    explicit ArtifactWriter(const QString &path, JobControl *control = nullptr, Sync sync = Sync::Now);
    ~ArtifactWriter() override;

    [[nodiscard]] Result<void> create();
    [[nodiscard]] Result<void> append(QByteArrayView data);
    // Empties the file and the hash, to write the artifact again from the start.
    [[nodiscard]] Result<void> rewind();
    // Flushes, fsyncs (unless deferred) and closes; afterwards sha256() and
    // size() are final.
    [[nodiscard]] Result<void> commit();

    QString path() const { return m_path; }
    qint64 size() const override { return m_written; }
    QString sha256() const { return m_digest; }
    // The first error a write met, also when it came through QIODevice::write.
    std::optional<Error> lastError() const { return m_error; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override;

private:
    Result<void> flushBuffer();
    Result<void> writeOut(QByteArrayView data);
    void drain();
    void writeDirect(QByteArrayView block); // on the writing thread, with Sync::Direct
    void bypassCache(bool bypass);
    Result<void> directWriteResult();

    QString m_path;
    JobControl *m_control = nullptr;
    Sync m_sync = Sync::Now;
    int m_fd = -1;
    bool m_created = false;
    bool m_committed = false;
    QByteArray m_buffer;
    qint64 m_written = 0;
    qint64 m_fileSize = 0;   // bytes written to the file so far
    qint64 m_flushedTo = 0;  // up to where writeback has been started
    Sha256 m_hash;
    std::unique_ptr<char, void (*)(void *)> m_aligned{nullptr, std::free}; // what O_DIRECT writes from
    bool m_bypassing = false;                // the file is open with O_DIRECT
    // Tests take the fallbacks with LIFEBOAT_NO_DIRECT: "open" as on a
    // filesystem that refuses O_DIRECT outright, "write" as on one that takes
    // the flag and then refuses the first write.
    const QByteArray m_pretendNoDirect = qgetenv("LIFEBOAT_NO_DIRECT");
    std::atomic<int> m_directErrno{0};       // the first error a write on the writing thread met
    std::unique_ptr<BlockPipeline> m_writing; // writes to the disk, with Sync::Direct
    std::unique_ptr<BlockPipeline> m_hashing; // feeds m_hash on another core, and m_writing
    QString m_digest;
    std::optional<Error> m_error;
};

enum class FileAction { Create, Write, Read, Rename, Remove };

// Maps an errno from a file operation to an Error naming the path and the fix.
Error errorFromErrno(int err, const QString &path, FileAction action);

} // namespace lifeboat
