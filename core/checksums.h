// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace lifeboat {

// A checksums.txt as sha256sum writes and `sha256sum -c` reads it.
struct Checksums
{
    struct Entry
    {
        QString sha256;   // lowercase hex
        QString fileName; // relative to the checksums file's folder
    };
    QList<Entry> entries;

    QString sha256Of(const QString &fileName) const;
    QByteArray toText() const;

    [[nodiscard]] static Result<Checksums> read(const QString &path);
    [[nodiscard]] static Result<Checksums> parse(const QByteArray &text, const QString &path);
};

} // namespace lifeboat
