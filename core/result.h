// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once


#include <QCoreApplication>
#include <QString>

#include <expected>

namespace lifeboat {

// One translation context for everything core says to a person.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat)
};

// What went wrong, for callers to branch on. The CLI maps these to exit codes.
enum class ErrorCode {
    InvalidArgument,   // bad usage: a missing or contradictory option
    NotFound,          // a file or folder that should be there is not
    NotReadable,       // exists but cannot be opened or read
    NotWritable,       // cannot create or write a file or folder
    NotADatabase,      // a file expected to be SQLite is not
    Corrupt,           // damaged data: truncated, bad checksum, failed integrity check
    InvalidManifest,   // a manifest, checksums file or profile that cannot be understood
    DiskFull,          // the filesystem ran out of space
    Busy,              // another process holds a lock we need
    Unsupported,       // a layout, format or feature Lifeboat does not handle
    Cancelled,         // the user asked to stop
    ToolFailed,        // psql, pg_dump or pg_restore failed, or the server could not be reached
    Internal,          // a bug or a library failing in a way it should not
};

// An error as a value: a code, a translated message and the path concerned.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString path;
};

template<typename T>
using Result = std::expected<T, Error>;

// Shorthand for building the unexpected side of a Result.
inline std::unexpected<Error> fail(ErrorCode code, const QString &message, const QString &path = {})
{
    return std::unexpected(Error{code, message, path});
}

// Stable, untranslated name of a code, for --json output and logs.
QString errorCodeName(ErrorCode code);

} // namespace lifeboat
