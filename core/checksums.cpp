// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksums.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

constexpr qint64 MaxChecksumsBytes = 16 << 20;

bool isHex64(QByteArrayView text)
{
    if (text.size() != 64)
        return false;
    for (char c : text) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

} // namespace

QString Checksums::sha256Of(const QString &fileName) const
{
    for (const Entry &e : entries) {
        if (e.fileName == fileName)
            return e.sha256;
    }
    return {};
}

QByteArray Checksums::toText() const
{
    QByteArray text;
    for (const Entry &e : entries)
        text += e.sha256.toLatin1() + "  " + e.fileName.toUtf8() + '\n';
    return text;
}

Result<Checksums> Checksums::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, Tr::tr("\"%1\" does not exist.").arg(path), path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotReadable,
                    Tr::tr("Could not read \"%1\": %2").arg(path, file.errorString()), path);
    if (file.size() > MaxChecksumsBytes)
        return fail(ErrorCode::InvalidManifest,
                    Tr::tr("\"%1\" is too large to be a checksums file.").arg(path), path);
    return parse(file.readAll(), path);
}

Result<Checksums> Checksums::parse(const QByteArray &text, const QString &path)
{
    Checksums sums;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        // "<hash>  <name>" (text mode) or "<hash> *<name>" (binary mode).
        const QByteArrayView hash = QByteArrayView(line).first(std::min<qsizetype>(64, line.size()));
        if (!isHex64(hash) || line.size() < 67 || line.at(64) != ' '
            || (line.at(65) != ' ' && line.at(65) != '*'))
            return fail(ErrorCode::InvalidManifest,
                        Tr::tr("Line %1 of \"%2\" is not \"<sha256>  <file name>\".")
                            .arg(i + 1)
                            .arg(path),
                        path);
        const QString name = QString::fromUtf8(line.mid(66));
        if (name.isEmpty())
            return fail(ErrorCode::InvalidManifest,
                        Tr::tr("Line %1 of \"%2\" names no file.").arg(i + 1).arg(path), path);
        sums.entries.append({QString::fromLatin1(hash).toLower(), name});
    }
    return sums;
}

} // namespace lifeboat
