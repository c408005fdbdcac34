// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "backupdiscovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lifeboat {

Result<QString> expandVariables(const QString &text, const QProcessEnvironment &env)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'$' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 2);
            if (close < 0)
                return fail(ErrorCode::InvalidManifest,
                            Tr::tr("\"%1\" has a \"${\" without its \"}\".").arg(text));
            const QString inner = text.mid(i + 2, close - i - 2);
            const qsizetype dash = inner.indexOf(":-"_L1);
            const QString var = dash >= 0 ? inner.left(dash) : inner;
            if (var.isEmpty())
                return fail(ErrorCode::InvalidManifest,
                            Tr::tr("\"%1\" names an empty variable.").arg(text));
            const QString value = env.value(var);
            if (!value.isEmpty())
                out += value;
            else if (dash >= 0)
                out += inner.mid(dash + 2);
            else
                return fail(ErrorCode::InvalidManifest,
                            Tr::tr("The environment variable %1 is not set; set it or write "
                                   "${%1:-default}.")
                                .arg(var));
            i = close + 1;
        } else {
            out += text.at(i++);
        }
    }
    return out;
}

Result<Profile> Profile::load(const QString &path, const QProcessEnvironment &env)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, Tr::tr("The profile \"%1\" does not exist.").arg(path),
                    path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotReadable,
                    Tr::tr("Could not read the profile \"%1\": %2").arg(path, file.errorString()),
                    path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidManifest,
                    Tr::tr("The profile \"%1\" is not valid JSON: %2 at offset %3.")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset),
                    path);
    if (!doc.isObject())
        return fail(ErrorCode::InvalidManifest,
                    Tr::tr("The profile \"%1\" must hold one JSON object.").arg(path), path);
    return fromJson(doc.object(), QFileInfo(path).absoluteFilePath(), env);
}

namespace {

// Reads typed keys of one JSON object, remembering the first mistake.
class Reader
{
public:
    Reader(const QJsonObject &object, QString prefix, QString file)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_file(std::move(file))
    {
    }

    QString key(const QString &k) const { return m_prefix.isEmpty() ? k : m_prefix + u'.' + k; }

    bool string(const QString &k, QString &out, bool required = false)
    {
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                setError(k, Tr::tr("is required"));
            return !required;
        }
        if (!v.isString())
            return setError(k, Tr::tr("must be text"));
        out = v.toString();
        return true;
    }

    bool number(const QString &k, double &out)
    {
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble() || v.toDouble() < 0)
            return setError(k, Tr::tr("must be a number of at least 0"));
        out = v.toDouble();
        return true;
    }

    bool integer(const QString &k, int &out)
    {
        double d = out;
        if (!number(k, d))
            return false;
        if (d != std::floor(d) || d > 100000)
            return setError(k, Tr::tr("must be a whole number"));
        out = int(d);
        return true;
    }

    bool strings(const QString &k, QStringList &out)
    {
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return setError(k, Tr::tr("must be a list of texts"));
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return setError(k, Tr::tr("must be a list of texts"));
            out.append(item.toString());
        }
        return true;
    }

    // problem: what the value does wrong, as "must be text".
    bool setError(const QString &k, const QString &problem)
    {
        return setErrorText(
            Tr::tr("In the profile \"%1\", \"%2\" %3.").arg(m_file, key(k), problem));
    }

    // An error of the value's own, a whole sentence.
    bool setErrorIn(const QString &k, const Error &error)
    {
        return setErrorText(
            Tr::tr("In the profile \"%1\", at \"%2\": %3").arg(m_file, key(k), error.message));
    }

    std::optional<Error> m_error;

private:
    bool setErrorText(const QString &message)
    {
        if (!m_error)
            m_error = Error{ErrorCode::InvalidManifest, message, m_file};
        return false;
    }

    QJsonObject m_object;
    QString m_prefix;
    QString m_file;
};

// A URL of a smoke check: ${VAR} expanded, and on this machine only.
bool localUrl(Reader &reader, const QString &key, QString &url, const QProcessEnvironment &env)
{
    auto expanded = expandVariables(url, env);
    if (!expanded)
        return reader.setErrorIn(key, expanded.error());
    url = *expanded;
    const QString host = QUrl(url).host();
    if (host != "localhost"_L1 && host != "127.0.0.1"_L1 && host != "::1"_L1)
        return reader.setError(key, Tr::tr("must point at localhost or 127.0.0.1"));
    return true;
}

} // namespace

Result<Profile> Profile::fromJson(const QJsonObject &o, const QString &path,
                                  const QProcessEnvironment &env)
{
    Profile p;
    p.path = path;
    const QDir base = QFileInfo(path).absoluteDir();
    Reader r(o, {}, path);

    // Expands variables and makes a path absolute against the profile's folder.
    auto resolvePath = [&](Reader &reader, const QString &k, const QString &raw,
                           QString &out) -> bool {
        auto expanded = expandVariables(raw, env);
        if (!expanded)
            return reader.setErrorIn(k, expanded.error());
        out = QDir::cleanPath(base.absoluteFilePath(*expanded));
        return true;
    };

    QString compression = u"zstd"_s;
    QString destination;
    if (!r.string(u"name"_s, p.name, true) || !r.string(u"environment"_s, p.environment)
        || !r.string(u"destination"_s, destination) || !r.string(u"compression"_s, compression)
        || !r.string(u"version_query"_s, p.versionQuery)
        || !r.strings(u"required_tables"_s, p.requiredTables)
        || !r.number(u"rpo_hours"_s, p.rpoHours) || !r.number(u"rto_hours"_s, p.rtoHours))
        return std::unexpected(*r.m_error);
    if (!destination.isEmpty() && !resolvePath(r, u"destination"_s, destination, p.destination))
        return std::unexpected(*r.m_error);
    const auto c = compressionFromName(compression);
    if (!c) {
        r.setError(u"compression"_s, Tr::tr("must be gzip, zstd or none"));
        return std::unexpected(*r.m_error);
    }
    p.compression = *c;

    const QJsonValue sources = o.value(u"sources"_s);
    if (!sources.isArray() || sources.toArray().isEmpty()) {
        r.setError(u"sources"_s, Tr::tr("must list at least one source"));
        return std::unexpected(*r.m_error);
    }
    const QJsonArray sourceArray = sources.toArray();
    for (qsizetype i = 0; i < sourceArray.size(); ++i) {
        const QString prefix = u"sources[%1]"_s.arg(i);
        if (!sourceArray.at(i).isObject()) {
            r.setError(prefix, Tr::tr("must be an object"));
            return std::unexpected(*r.m_error);
        }
        Reader s(sourceArray.at(i).toObject(), prefix, path);
        SourceSpec spec;
        QString type;
        QString rawPath;
        QString rawGlob;
        if (!s.string(u"type"_s, type, true) || !s.string(u"name"_s, spec.name)
            || !s.string(u"path"_s, rawPath) || !s.string(u"glob"_s, rawGlob)
            || !s.string(u"version_query"_s, spec.versionQuery)
            || !s.strings(u"required_tables"_s, spec.requiredTables)
            || !s.string(u"dsn_env"_s, spec.dsnEnv) || !s.string(u"service"_s, spec.service)
            || !s.string(u"database"_s, spec.dbname))
            return std::unexpected(*s.m_error);
        if (type == "sqlite"_L1 || type == "database"_L1) {
            spec.type = ItemType::Database;
        } else if (type == "assets"_L1) {
            spec.type = ItemType::Assets;
        } else if (type == "files"_L1 || type == "file"_L1) {
            spec.type = ItemType::File;
        } else if (type == "postgres"_L1 || type == "postgresql"_L1) {
            spec.type = ItemType::Postgres;
        } else {
            s.setError(u"type"_s, Tr::tr("must be sqlite, assets, files or postgres"));
            return std::unexpected(*s.m_error);
        }
        if (spec.type == ItemType::Postgres) {
            if (spec.dsnEnv.isEmpty() == spec.service.isEmpty()) {
                s.setError(u"dsn_env"_s, Tr::tr("or \"service\" is required for a postgres source, "
                                                "and only one of them"));
                return std::unexpected(*s.m_error);
            }
        } else if (spec.type == ItemType::File) {
            const QString pattern = rawGlob.isEmpty() ? rawPath : rawGlob;
            if (pattern.isEmpty()) {
                s.setError(u"glob"_s, Tr::tr("is required for a files source"));
                return std::unexpected(*s.m_error);
            }
            if (!resolvePath(s, u"glob"_s, pattern, spec.glob))
                return std::unexpected(*s.m_error);
        } else {
            if (rawPath.isEmpty()) {
                s.setError(u"path"_s, Tr::tr("is required"));
                return std::unexpected(*s.m_error);
            }
            if (!resolvePath(s, u"path"_s, rawPath, spec.path))
                return std::unexpected(*s.m_error);
        }
        if (spec.versionQuery.isEmpty())
            spec.versionQuery = p.versionQuery;
        if (spec.requiredTables.isEmpty())
            spec.requiredTables = p.requiredTables;
        p.sources.append(spec);
    }

    const QJsonValue retention = o.value(u"retention"_s);
    if (!retention.isUndefined() && !retention.isNull()) {
        if (!retention.isObject()) {
            r.setError(u"retention"_s, Tr::tr("must be an object"));
            return std::unexpected(*r.m_error);
        }
        const QJsonObject ro = retention.toObject();
        Reader rr(ro, u"retention"_s, path);
        QString preset;
        if (!rr.string(u"preset"_s, preset))
            return std::unexpected(*rr.m_error);
        if (preset == "local-dev"_L1) {
            p.retention = {0, 14, 8, 0};
        } else if (preset == "shared-staging"_L1) {
            p.retention = {0, 30, 0, 6};
        } else if (!preset.isEmpty()) {
            rr.setError(u"preset"_s, Tr::tr("must be local-dev or shared-staging"));
            return std::unexpected(*rr.m_error);
        }
        if (!rr.integer(u"keep_last"_s, p.retention.keepLast)
            || !rr.integer(u"daily"_s, p.retention.daily)
            || !rr.integer(u"weekly"_s, p.retention.weekly)
            || !rr.integer(u"monthly"_s, p.retention.monthly)
            || !rr.integer(u"pre_migration_days"_s, p.retention.preMigrationDays))
            return std::unexpected(*rr.m_error);
    }

    const QJsonValue smoke = o.value(u"smoke_checks"_s);
    if (!smoke.isUndefined() && !smoke.isNull() && !smoke.isArray()) {
        r.setError(u"smoke_checks"_s, Tr::tr("must be a list"));
        return std::unexpected(*r.m_error);
    }
    const QJsonArray smokeArray = smoke.toArray();
    for (qsizetype i = 0; i < smokeArray.size(); ++i) {
        const QString prefix = u"smoke_checks[%1]"_s.arg(i);
        Reader s(smokeArray.at(i).toObject(), prefix, path);
        SmokeCheck check;
        QString kind;
        if (!smokeArray.at(i).isObject()) {
            r.setError(prefix, Tr::tr("must be an object"));
            return std::unexpected(*r.m_error);
        }
        if (!s.string(u"type"_s, kind, true) || !s.string(u"name"_s, check.name))
            return std::unexpected(*s.m_error);
        if (kind == "sql"_L1) {
            check.kind = SmokeCheck::Kind::Sql;
            if (!s.string(u"query"_s, check.query, true) || !s.string(u"expect"_s, check.expect)
                || !s.string(u"database"_s, check.database))
                return std::unexpected(*s.m_error);
        } else if (kind == "http"_L1) {
            check.kind = SmokeCheck::Kind::Http;
            if (!s.string(u"url"_s, check.url, true) || !s.integer(u"status"_s, check.status)
                || !s.string(u"header"_s, check.header))
                return std::unexpected(*s.m_error);
            if (!localUrl(s, u"url"_s, check.url, env))
                return std::unexpected(*s.m_error);
        } else if (kind == "command"_L1) {
            check.kind = SmokeCheck::Kind::Command;
            if (!s.strings(u"command"_s, check.command) || !s.integer(u"exit_code"_s, check.exitCode))
                return std::unexpected(*s.m_error);
            if (check.command.isEmpty()) {
                s.setError(u"command"_s, Tr::tr("must name a program and its arguments"));
                return std::unexpected(*s.m_error);
            }
            check.workingDirectory = QFileInfo(path).absolutePath();
        } else {
            s.setError(u"type"_s, Tr::tr("must be sql, http or command"));
            return std::unexpected(*s.m_error);
        }
        if (check.name.isEmpty())
            check.name = u"smoke_%1"_s.arg(i + 1);
        p.smokeChecks.append(check);
    }
    const QJsonValue app = o.value(u"smoke_app"_s);
    if (!app.isUndefined() && !app.isNull()) {
        Reader a(app.toObject(), u"smoke_app"_s, path);
        SmokeApp smokeApp;
        if (!app.isObject()) {
            r.setError(u"smoke_app"_s, Tr::tr("must be an object"));
            return std::unexpected(*r.m_error);
        }
        if (!a.strings(u"command"_s, smokeApp.command) || !a.string(u"ready_url"_s, smokeApp.readyUrl, true)
            || !a.integer(u"timeout_seconds"_s, smokeApp.timeoutSeconds)
            || !localUrl(a, u"ready_url"_s, smokeApp.readyUrl, env))
            return std::unexpected(*a.m_error);
        if (smokeApp.command.isEmpty()) {
            a.setError(u"command"_s, Tr::tr("must name a program and its arguments"));
            return std::unexpected(*a.m_error);
        }
        smokeApp.workingDirectory = QFileInfo(path).absolutePath();
        p.smokeApp = smokeApp;
    }
    return p;
}

QHash<QString, QString> Profile::sourcePaths() const
{
    QHash<QString, QString> paths;
    for (const SourceSpec &source : sources) {
        if (source.type != ItemType::Database && source.type != ItemType::Assets)
            continue;
        const QFileInfo info(source.path);
        const QString name = !source.name.isEmpty() ? source.name
                             : source.type == ItemType::Assets ? info.fileName()
                                                               : info.completeBaseName();
        const QString key = sourceKey(source.type, name);
        paths.insert(key, paths.contains(key) ? QString() : source.path);
    }
    return paths;
}

QString Profile::sourceKey(ItemType type, const QString &name)
{
    return itemTypeName(type) + u':' + name;
}

QStringList Profile::requiredTablesFor(const BackupEntry &entry) const
{
    const auto isDatabase = [](const BackupItem &item) { return item.type == ItemType::Database; };
    if (std::ranges::count_if(entry.items, isDatabase) != 1)
        return {};
    const BackupItem &database = *std::ranges::find_if(entry.items, isDatabase);
    for (const SourceSpec &source : sources) {
        if (source.type != ItemType::Database)
            continue;
        const QString path = QDir::cleanPath(source.path);
        if (path == QDir::cleanPath(database.source) || path == QDir::cleanPath(database.restoresTo))
            return source.requiredTables;
    }
    return requiredTables;
}

} // namespace lifeboat
