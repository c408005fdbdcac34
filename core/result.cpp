// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

using namespace Qt::StringLiterals;

namespace lifeboat {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return u"invalid_argument"_s;
    case ErrorCode::NotFound:
        return u"not_found"_s;
    case ErrorCode::NotReadable:
        return u"not_readable"_s;
    case ErrorCode::NotWritable:
        return u"not_writable"_s;
    case ErrorCode::NotADatabase:
        return u"not_a_database"_s;
    case ErrorCode::Corrupt:
        return u"corrupt"_s;
    case ErrorCode::InvalidManifest:
        return u"invalid_manifest"_s;
    case ErrorCode::DiskFull:
        return u"disk_full"_s;
    case ErrorCode::Busy:
        return u"busy"_s;
    case ErrorCode::Unsupported:
        return u"unsupported"_s;
    case ErrorCode::Cancelled:
        return u"cancelled"_s;
    case ErrorCode::ToolFailed:
        return u"tool_failed"_s;
    case ErrorCode::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

} // namespace lifeboat
