// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksums.h"

#include <QFile>
#include <QRegularExpression>

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

// sha256sum's escaping of awkward names: a line whose name holds a
// backslash, a newline or a carriage return starts with a backslash, and
// those characters are written as \\, \n and \r.
bool needsEscaping(const QByteArray &name)
{
    return name.contains('\\') || name.contains('\n') || name.contains('\r');
}

QByteArray escaped(const QByteArray &name)
{
    QByteArray out;
    for (char c : name) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out;
}

std::optional<QByteArray> unescaped(QByteArrayView name)
{
    QByteArray out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) != '\\') {
            out += name.at(i);
            continue;
        }
        if (++i == name.size())
            return std::nullopt;
        switch (name.at(i)) {
        case '\\':
            out += '\\';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        default:
            return std::nullopt;
        }
    }
    return out;
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
    for (const Entry &e : entries) {
        const QByteArray name = e.fileName.toUtf8();
        text += needsEscaping(name) ? '\\' + e.sha256.toLatin1() + "  " + escaped(name)
                                    : e.sha256.toLatin1() + "  " + name;
        text += '\n';
    }
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
        const bool escapedName = line.startsWith('\\');
        if (escapedName)
            line.remove(0, 1);
        // "<hash>  <name>" (text mode), "<hash> *<name>" (binary mode) or,
        // as `sha256sum --tag` writes it, "SHA256 (<name>) = <hash>".
        QByteArrayView hash;
        QByteArrayView rawField;
        const QByteArrayView tail = QByteArrayView(line).last(std::min<qsizetype>(64, line.size()));
        if (line.startsWith("SHA256 (") && line.size() >= 77 && isHex64(tail)
            && QByteArrayView(line).sliced(line.size() - 68, 4) == ") = ") {
            hash = tail;
            rawField = QByteArrayView(line).sliced(8, line.size() - 76);
        } else if (static const QRegularExpression tag(u"^([A-Z0-9-]+) \\(.*\\) = [0-9A-Fa-f]+$"_s);
                   !line.startsWith("SHA256 (") && tag.match(QString::fromLatin1(line)).hasMatch()) {
            return fail(ErrorCode::InvalidManifest,
                        Tr::tr("Line %1 of \"%2\" holds a %3 checksum; Lifeboat checks SHA-256 only.")
                            .arg(i + 1)
                            .arg(path, QString::fromLatin1(line.first(line.indexOf(' ')))),
                        path);
        } else {
            hash = QByteArrayView(line).first(std::min<qsizetype>(64, line.size()));
            if (!isHex64(hash) || line.size() < 67 || line.at(64) != ' '
                || (line.at(65) != ' ' && line.at(65) != '*'))
                return fail(ErrorCode::InvalidManifest,
                            Tr::tr("Line %1 of \"%2\" is not \"<sha256>  <file name>\".")
                                .arg(i + 1)
                                .arg(path),
                            path);
            rawField = QByteArrayView(line).sliced(66);
        }
        const std::optional<QByteArray> rawName = escapedName ? unescaped(rawField)
                                                              : std::optional(rawField.toByteArray());
        if (!rawName)
            return fail(ErrorCode::InvalidManifest,
                        Tr::tr("Line %1 of \"%2\" has a file name with a bad escape.")
                            .arg(i + 1)
                            .arg(path),
                        path);
        const QString name = QString::fromUtf8(*rawName);
        if (name.isEmpty())
            return fail(ErrorCode::InvalidManifest,
                        Tr::tr("Line %1 of \"%2\" names no file.").arg(i + 1).arg(path), path);
        sums.entries.append({QString::fromLatin1(hash).toLower(), name});
    }
    return sums;
}

} // namespace lifeboat
