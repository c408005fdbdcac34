// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include "jobcontrol.h"

#include <QFile>
#include <QMutex>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace lifeboat {

namespace {

Result<void> loadQca()
{
    // Lives until the process exits: QCA must outlive every Hash object.
    static QCA::Initializer *qcaInitializer = nullptr;
    static QMutex mutex;
    static bool supported = false;
    QMutexLocker lock(&mutex);
    if (!qcaInitializer)
        qcaInitializer = new QCA::Initializer(QCA::Practical, 64);
    if (!supported)
        supported = QCA::isSupported("sha256");
    if (!supported)
        return fail(ErrorCode::Unsupported,
                    Tr::tr("SHA-256 is not available: install QCA's OpenSSL plugin "
                           "(Debian: libqca-qt6-plugins)."));
    return {};
}

} // namespace

struct Sha256::Private
{
    std::optional<QCA::Hash> hash;
};

Result<void> Sha256::initialize()
{
    return loadQca();
}

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    if (loadQca())
        d->hash.emplace(u"sha256"_s);
}

Sha256::~Sha256() = default;

void Sha256::update(QByteArrayView data)
{
    if (d->hash)
        d->hash->update(data.constData(), int(data.size()));
}

void Sha256::reset()
{
    if (d->hash)
        d->hash->clear();
}

QString Sha256::finalHex()
{
    if (!d->hash)
        return {};
    return QString::fromLatin1(d->hash->final().toByteArray().toHex());
}

Result<QString> Sha256::ofFile(const QString &path, JobControl *control)
{
    if (auto ok = initialize(); !ok)
        return std::unexpected(ok.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(file.error() == QFileDevice::OpenError && !file.exists() ? ErrorCode::NotFound
                                                                              : ErrorCode::NotReadable,
                    Tr::tr("Could not open \"%1\": %2").arg(path, file.errorString()), path);
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (control && control->isCancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("Cancelled."), path);
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(ErrorCode::NotReadable,
                        Tr::tr("Could not read \"%1\": %2").arg(path, file.errorString()), path);
        if (n == 0)
            break;
        hash.update(QByteArrayView(buffer.constData(), n));
        if (control)
            control->addBytes(n);
    }
    return hash.finalHex();
}

} // namespace lifeboat
