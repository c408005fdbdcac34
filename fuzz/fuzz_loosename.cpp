// SPDX-License-Identifier: GPL-3.0-or-later
// The names of loose backup copies: any name is understood or not, and what
// is understood is a name the schemes describe.
#include "loosename.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = lifeboat::LooseName::parse(name);
    if (!parsed)
        return 0;
    if (parsed->stem.isEmpty() || parsed->schemeName().isEmpty())
        __builtin_trap();
    return 0;
}
