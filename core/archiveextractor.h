// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace lifeboat {

class JobControl;

/*
 * Extracts a tar archive into a new, empty folder, safely: every entry passes
 * ArchiveEntryCheck first (an unsafe one stops the extraction), files are
 * created new and never through a link, links are made as links. When the
 * archive holds one folder at its top ("assets/..."), its content is what
 * lands in the destination. KArchiveDirectory::copyTo is not used: it moves
 * escaping entries to the root instead of refusing them and follows links.
 */
class ArchiveExtractor
{
public:
    struct Outcome
    {
        int files = 0;   // regular files and links
        qint64 bytes = 0;
    };
    [[nodiscard]] static Result<Outcome> extract(const QString &archive, const QString &destination,
                                                 JobControl &control);
};

} // namespace lifeboat
