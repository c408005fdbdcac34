// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace lifeboat {

class JobControl;

// fsyncs a file or folder, so a rename or a new file survives a crash.
[[nodiscard]] Result<void> syncPath(const QString &path);
// A new folder only its owner can enter (0700), whatever the umask.
[[nodiscard]] Result<void> makePrivateDir(const QString &path);
// Copies a file to a new path, streaming and fsyncing; returns the SHA-256
// of what was written. The copy is removed if anything fails.
[[nodiscard]] Result<QString> copyFileSynced(const QString &from, const QString &to,
                                             JobControl *control = nullptr);
// Decompresses a gzip file to a new path, streaming; removed on failure.
[[nodiscard]] Result<void> gunzipFile(const QString &from, const QString &to, JobControl &control);
// Bytes free for an unprivileged writer on the filesystem holding path.
qint64 freeBytes(const QString &path);
// Which file or folder is at a path ("device:inode", empty when nothing is):
// tells whether a path still holds what it held, whatever was renamed since.
QString fileIdentity(const QString &path);
// Tests kill the process at a named point (the environment variable
// LIFEBOAT_FAULT) to prove that a crash there loses nothing.
void faultPoint(const char *name);

} // namespace lifeboat
