// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace lifeboat {

class JobControl;

/*
 * Incremental SHA-256 through QCA's OpenSSL provider, several times faster
 * than QCryptographicHash. QCA is initialised once per process, on first use.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(QByteArrayView data);
    // Starts over, as if nothing had been hashed.
    void reset();
    // Lowercase hex digest; the object is spent afterwards.
    QString finalHex();

    // Hashes a whole file in one streaming pass, reporting bytes to control.
    [[nodiscard]] static Result<QString> ofFile(const QString &path, JobControl *control = nullptr);

    // Makes sure QCA and its sha256 provider are loaded. Cheap after the first
    // call; call it early off the GUI thread to take the start-up cost there.
    [[nodiscard]] static Result<void> initialize();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lifeboat
