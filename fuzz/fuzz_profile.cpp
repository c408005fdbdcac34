// SPDX-License-Identifier: GPL-3.0-or-later
// lifeboat.json profiles: any bytes give a profile or an error, with ${VAR}
// expansion from a fixed environment.
#include "profile.h"

#include <QJsonDocument>

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QProcessEnvironment env;
    env.insert(u"HOME"_s, u"/home/fuzz"_s);
    env.insert(u"APP_DB"_s, u"data/app.db"_s);
    env.insert(u"EMPTY"_s, QString());
    (void)lifeboat::expandVariables(QString::fromUtf8(bytes), env);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    auto profile = lifeboat::Profile::fromJson(
        doc.object(), u"/nonexistent-lifeboat-fuzz/lifeboat.json"_s, env);
    if (!profile && profile.error().message.isEmpty())
        __builtin_trap(); // every refusal says why
    return 0;
}
