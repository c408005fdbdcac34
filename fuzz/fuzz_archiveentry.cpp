// SPDX-License-Identifier: GPL-3.0-or-later
// Tar archives read entry by entry, each header through ArchiveEntryCheck:
// any bytes give entries or a damage error, and an entry the check lets
// through can never be written outside the folder it is extracted into.
#include "tarstream.h"

#include <QBuffer>
#include <QDir>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

bool staysInside(const lifeboat::TarEntry &entry)
{
    if (entry.path.startsWith(u'/') || entry.path.split(u'/').contains(u".."_s))
        return false;
    switch (entry.type) {
    case lifeboat::TarEntry::Type::File:
    case lifeboat::TarEntry::Type::Directory:
        return true;
    case lifeboat::TarEntry::Type::Symlink:
    case lifeboat::TarEntry::Type::Hardlink:
        return !entry.linkTarget.isEmpty() && !entry.linkTarget.startsWith(u'/');
    default:
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    lifeboat::TarStreamReader reader(&buffer, u"fuzz.tar"_s);
    lifeboat::ArchiveEntryCheck check;
    qint64 total = 0;
    for (;;) {
        auto entry = reader.next([&total](QByteArrayView chunk) {
            total += chunk.size();
            return true;
        });
        if (!entry || !*entry)
            break;
        if (check.check(**entry).isEmpty() && !staysInside(**entry))
            __builtin_trap();
    }
    if (total > qint64(size))
        __builtin_trap(); // no entry claims more data than the archive holds
    return 0;
}
