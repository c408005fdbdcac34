// SPDX-License-Identifier: GPL-3.0-or-later
// checksums.txt as sha256sum writes it: any bytes give entries or an error,
// and what is parsed writes back to text that parses to the same entries.
#include "checksums.h"

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = u"/nonexistent-lifeboat-fuzz/checksums.txt"_s;
    auto sums = lifeboat::Checksums::parse(bytes, path);
    if (!sums)
        return 0;
    for (const lifeboat::Checksums::Entry &e : std::as_const(sums->entries)) {
        if (e.sha256.size() != 64 || e.fileName.isEmpty() || sums->sha256Of(e.fileName).isEmpty())
            __builtin_trap();
    }
    auto again = lifeboat::Checksums::parse(sums->toText(), path);
    if (!again || again->entries.size() != sums->entries.size())
        __builtin_trap();
    return 0;
}
