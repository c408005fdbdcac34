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
 * archive holds one folder at its top ("assets/...", with or without an entry
 * of its own), its content is what lands in the destination; "./" is the
 * destination itself. KArchiveDirectory::copyTo is not used: it moves
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
