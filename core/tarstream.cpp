// SPDX-License-Identifier: GPL-3.0-or-later
#include "tarstream.h"

#include <KCompressionDevice>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

constexpr int Block = 512;

// A numeric header field: octal text, or GNU base-256 for large values.
std::optional<qint64> parseNumber(const char *field, int length)
{
    const auto *u = reinterpret_cast<const unsigned char *>(field);
    if (u[0] & 0x80) {
        qint64 value = u[0] & 0x3f;
        for (int i = 1; i < length; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return std::nullopt;
            value = (value << 8) | u[i];
        }
        return value;
    }
    qint64 value = 0;
    int i = 0;
    while (i < length && (field[i] == ' ' || field[i] == '\0'))
        ++i;
    bool any = false;
    for (; i < length && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value > (std::numeric_limits<qint64>::max() >> 3))
            return std::nullopt;
        value = value * 8 + (field[i] - '0');
        any = true;
    }
    for (; i < length; ++i) {
        if (field[i] != ' ' && field[i] != '\0')
            return std::nullopt;
    }
    return any ? value : 0;
}

QByteArray cString(const char *field, int length)
{
    return QByteArray(field, qstrnlen(field, length));
}

bool headerChecksumOk(const char *h)
{
    const auto stored = parseNumber(h + 148, 8);
    if (!stored)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < Block; ++i) {
        const bool inField = i >= 148 && i < 156;
        unsignedSum += inField ? ' ' : static_cast<unsigned char>(h[i]);
        signedSum += inField ? ' ' : static_cast<signed char>(h[i]);
    }
    return *stored == unsignedSum || *stored == signedSum;
}

// The records of a pax extended header: "<len> key=value\n".
QMap<QByteArray, QByteArray> parsePax(const QByteArray &data)
{
    QMap<QByteArray, QByteArray> records;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype space = data.indexOf(' ', pos);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype length = data.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= 0 || pos + length > data.size())
            break;
        const QByteArray record = data.mid(space + 1, pos + length - space - 2);
        const qsizetype eq = record.indexOf('=');
        if (eq > 0)
            records.insert(record.left(eq), record.mid(eq + 1));
        pos += length;
    }
    return records;
}

} // namespace

TarStreamReader::TarStreamReader(QIODevice *device, const QString &displayPath)
    : m_device(device)
    , m_path(displayPath)
{
}

Error TarStreamReader::damaged(const QString &why) const
{
    return {ErrorCode::Corrupt, Tr::tr("The archive \"%1\" is damaged at byte %2: %3")
                                    .arg(m_path)
                                    .arg(m_offset)
                                    .arg(why),
            m_path};
}

Result<bool> TarStreamReader::readBlock(char *block)
{
    qint64 got = 0;
    while (got < Block) {
        const qint64 n = m_device->read(block + got, Block - got);
        if (n < 0)
            return std::unexpected(damaged(m_device->errorString().isEmpty()
                                               ? Tr::tr("the data cannot be decompressed")
                                               : m_device->errorString()));
        if (n == 0)
            break;
        got += n;
    }
    m_offset += got;
    if (got == 0)
        return false;
    if (got < Block)
        return std::unexpected(damaged(Tr::tr("it ends in the middle of a header (truncated)")));
    return true;
}

Result<QByteArray> TarStreamReader::readData(qint64 size, const DataSink &onData, bool keep)
{
    QByteArray kept;
    const qint64 padded = (size + Block - 1) / Block * Block;
    if (m_buffer.isEmpty())
        m_buffer.resize(64 * 1024);
    qint64 remaining = padded;
    qint64 payload = size;
    while (remaining > 0) {
        const qint64 n = m_device->read(m_buffer.data(), std::min<qint64>(m_buffer.size(), remaining));
        if (n < 0)
            return std::unexpected(damaged(m_device->errorString().isEmpty()
                                               ? Tr::tr("the data cannot be decompressed")
                                               : m_device->errorString()));
        if (n == 0)
            return std::unexpected(damaged(Tr::tr("it ends in the middle of an entry (truncated)")));
        m_offset += n;
        remaining -= n;
        const qint64 useful = std::min(n, payload);
        if (useful > 0) {
            const QByteArrayView chunk(m_buffer.constData(), useful);
            if (keep)
                kept.append(chunk.toByteArray());
            if (onData && !onData(chunk))
                return std::unexpected(Error{ErrorCode::Cancelled, Tr::tr("Cancelled."), m_path});
            payload -= useful;
        }
    }
    return kept;
}

Result<std::optional<TarEntry>> TarStreamReader::next(const DataSink &onData)
{
    auto header = nextHeader();
    if (!header || !*header)
        return header;
    if (auto data = readEntryData(onData); !data)
        return std::unexpected(data.error());
    return header;
}

Result<void> TarStreamReader::readEntryData(const DataSink &onData)
{
    const qint64 size = m_pendingSize;
    m_pendingSize = 0;
    // Only regular files carry data; for the rest a size is skipped over.
    auto data = readData(size, m_pendingIsFile ? onData : DataSink(), false);
    if (!data)
        return std::unexpected(data.error());
    return {};
}

Result<std::optional<TarEntry>> TarStreamReader::nextHeader()
{
    if (m_pendingSize > 0) {
        if (auto skipped = readEntryData(); !skipped)
            return std::unexpected(skipped.error());
    }
    QByteArray longName;
    QByteArray longLink;
    QMap<QByteArray, QByteArray> pax;
    char h[Block];
    for (;;) {
        auto got = readBlock(h);
        if (!got)
            return std::unexpected(got.error());
        if (!*got)
            return std::unexpected(damaged(m_offset == 0 ? Tr::tr("nothing in it can be read: its compressed "
                                                                  "data is cut short or damaged")
                                                         : Tr::tr("it ends without the end-of-archive marker "
                                                                  "(truncated)")));
        if (std::all_of(h, h + Block, [](char c) { return c == 0; }))
            return std::optional<TarEntry>(); // end of archive
        if (!headerChecksumOk(h))
            return std::unexpected(damaged(Tr::tr("a header's checksum does not match")));
        const auto size = parseNumber(h + 124, 12);
        if (!size || *size < 0)
            return std::unexpected(damaged(Tr::tr("a header gives an impossible size")));
        const char type = h[156];
        if (type == 'L' || type == 'K' || type == 'x' || type == 'g') {
            if (*size > (1 << 20))
                return std::unexpected(damaged(Tr::tr("an extended header is implausibly large")));
            auto data = readData(*size, {}, true);
            if (!data)
                return std::unexpected(data.error());
            if (type == 'L')
                longName = cString(data->constData(), int(data->size()));
            else if (type == 'K')
                longLink = cString(data->constData(), int(data->size()));
            else if (type == 'x')
                pax = parsePax(*data);
            continue;
        }

        TarEntry e;
        QByteArray name = cString(h, 100);
        if (std::memcmp(h + 257, "ustar", 5) == 0) {
            const QByteArray prefix = cString(h + 345, 155);
            if (!prefix.isEmpty())
                name = prefix + '/' + name;
        }
        if (!longName.isEmpty())
            name = longName;
        if (pax.contains("path"))
            name = pax.value("path");
        QByteArray link = cString(h + 157, 100);
        if (!longLink.isEmpty())
            link = longLink;
        if (pax.contains("linkpath"))
            link = pax.value("linkpath");
        e.rawPath = name;
        e.path = QString::fromUtf8(name);
        e.linkTarget = QString::fromUtf8(link);
        e.size = *size;
        if (pax.contains("size")) {
            bool ok = false;
            e.size = pax.value("size").toLongLong(&ok);
            if (!ok || e.size < 0)
                return std::unexpected(damaged(Tr::tr("a header gives an impossible size")));
        }
        e.mode = int(parseNumber(h + 100, 8).value_or(0) & 07777);
        e.mtime = parseNumber(h + 136, 12).value_or(0);
        switch (type) {
        case '0':
        case '\0':
        case '7':
            e.type = name.endsWith('/') ? TarEntry::Type::Directory : TarEntry::Type::File;
            break;
        case '1':
            e.type = TarEntry::Type::Hardlink;
            break;
        case '2':
            e.type = TarEntry::Type::Symlink;
            break;
        case '3':
        case '4':
            e.type = TarEntry::Type::Device;
            break;
        case '5':
            e.type = TarEntry::Type::Directory;
            break;
        case '6':
            e.type = TarEntry::Type::Fifo;
            break;
        default:
            e.type = TarEntry::Type::Other;
        }
        m_pendingSize = e.size;
        m_pendingIsFile = e.type == TarEntry::Type::File;
        return std::optional<TarEntry>(e);
    }
}

QString ArchiveEntryCheck::check(const TarEntry &entry)
{
    QString path = entry.path;
    while (path.endsWith(u'/') && path.size() > 1)
        path.chop(1);
    if (path.isEmpty())
        return Tr::tr("an entry has an empty name");
    if (entry.rawPath.contains('\0') || QString::fromUtf8(entry.rawPath).toUtf8() != entry.rawPath)
        return Tr::tr("\"%1\" has a name that is not valid UTF-8").arg(entry.path);
    if (path.startsWith(u'/'))
        return Tr::tr("\"%1\" has an absolute path").arg(entry.path);
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(u".."_s))
        return Tr::tr("\"%1\" climbs out of the archive with \"..\"").arg(entry.path);
    const QString clean = QDir::cleanPath(path);
    for (const QString &link : std::as_const(m_links)) {
        if (clean.startsWith(link + u'/'))
            return Tr::tr("\"%1\" goes through the link \"%2\"").arg(entry.path, link);
    }
    if (m_seen.contains(clean) && entry.type != TarEntry::Type::Directory)
        return Tr::tr("\"%1\" appears twice").arg(entry.path);
    m_seen.insert(clean);
    switch (entry.type) {
    case TarEntry::Type::Symlink:
    case TarEntry::Type::Hardlink: {
        const QString target = entry.linkTarget;
        if (target.isEmpty())
            return Tr::tr("\"%1\" is a link to nothing").arg(entry.path);
        if (target.startsWith(u'/'))
            return Tr::tr("\"%1\" links to the absolute path \"%2\"").arg(entry.path, target);
        // A symlink's target is relative to its folder, a hard link's to the
        // root. Walk it a component at a time: climbing above the root, or
        // passing through another link (whose target may climb), is unsafe.
        QStringList at;
        if (entry.type == TarEntry::Type::Symlink) {
            at = clean.split(u'/', Qt::SkipEmptyParts);
            at.removeLast();
        }
        for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
            if (part == "."_L1)
                continue;
            if (part == ".."_L1) {
                if (at.isEmpty())
                    return Tr::tr("\"%1\" links to \"%2\", outside the archive")
                        .arg(entry.path, target);
                at.removeLast();
                continue;
            }
            at.append(part);
            const QString through = at.join(u'/');
            if (m_links.contains(through))
                return Tr::tr("\"%1\" links through the link \"%2\"").arg(entry.path, through);
        }
        // A link to the top of the archive leaves it once the archive's own
        // folder is stripped on extraction.
        if (at.isEmpty())
            return Tr::tr("\"%1\" links to the top of the archive").arg(entry.path);
        if (entry.type == TarEntry::Type::Symlink)
            m_links.append(clean);
        break;
    }
    case TarEntry::Type::Device:
        return Tr::tr("\"%1\" is a device file").arg(entry.path);
    case TarEntry::Type::Fifo:
        return Tr::tr("\"%1\" is a named pipe").arg(entry.path);
    case TarEntry::Type::Other:
        return Tr::tr("\"%1\" is of a kind Lifeboat does not restore").arg(entry.path);
    case TarEntry::Type::File:
    case TarEntry::Type::Directory:
        break;
    }
    return {};
}

Result<std::unique_ptr<QIODevice>> openArchiveStream(const QString &path)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(probe.exists() ? ErrorCode::NotReadable : ErrorCode::NotFound,
                    Tr::tr("Could not open \"%1\": %2").arg(path, probe.errorString()), path);
    const QByteArray magic = probe.read(6);
    probe.close();
    std::unique_ptr<QIODevice> device;
    if (magic.startsWith("\x1f\x8b"))
        device = std::make_unique<KCompressionDevice>(path, KCompressionDevice::GZip);
    else if (magic.startsWith("\x28\xb5\x2f\xfd"))
        device = std::make_unique<KCompressionDevice>(path, KCompressionDevice::Zstd);
    else if (magic.startsWith("\xfd" "7zXZ"))
        device = std::make_unique<KCompressionDevice>(path, KCompressionDevice::Xz);
    else if (magic.startsWith("BZh"))
        device = std::make_unique<KCompressionDevice>(path, KCompressionDevice::BZip2);
    else
        device = std::make_unique<QFile>(path);
    if (!device->open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotReadable,
                    Tr::tr("Could not open \"%1\": %2").arg(path, device->errorString()), path);
    return device;
}

} // namespace lifeboat
