// SPDX-License-Identifier: GPL-3.0-or-later
// Manifests of both formats (Lifeboat's manifest.json, the runbooks'
// backup_manifest_<ts>.json): any bytes give a manifest or an error, and no
// artifact a manifest names ever resolves outside the manifest's folder.
#include "manifest.h"

#include <QJsonDocument>

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const QString dir = u"/nonexistent-lifeboat-fuzz/set"_s;
    auto manifest = lifeboat::Manifest::fromJson(doc.object(), dir + u"/manifest.json"_s);
    if (!manifest) {
        if (manifest.error().message.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    (void)manifest->toJson();
    for (const lifeboat::ManifestItem &item : std::as_const(manifest->items)) {
        const QString artifact = lifeboat::Manifest::resolveArtifact(dir, item.backup);
        if (!artifact.isEmpty() && !artifact.startsWith(dir + u'/'))
            __builtin_trap();
        (void)item.toJson();
    }
    return 0;
}
