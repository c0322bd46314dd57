#include "grafana/GrafanaDecoders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "JsonBudget.h"
#include "grafana/GrafanaJson.h"

using namespace GrafanaJson;

namespace {

GrafanaUser userFromHit(const QJsonObject &o, const QString &path, ApiError &error)
{
    GrafanaUser u;
    readInt(o, "id", u.id, path, error);
    readString(o, "uid", u.uid, path, error);
    readString(o, "name", u.name, path, error);
    readString(o, "login", u.login, path, error);
    readString(o, "email", u.email, path, error);
    readBool(o, "isAdmin", u.isGrafanaAdmin, path, error);
    readBool(o, "isDisabled", u.isDisabled, path, error);
    readDate(o, "lastSeenAt", u.lastSeenAt, path, error);
    readString(o, "lastSeenAtAge", u.lastSeenAtAge, path, error);
    readStringList(o, "authLabels", u.authLabels, path, error);
    if (!o.contains(QLatin1String("id")) && !error.isError())
        error = ApiError::parse(path + QLatin1String("id"), trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "missing")));
    return u;
}

QList<GrafanaUser> usersFromArray(const QJsonArray &a, const QString &prefix, ApiError &error)
{
    QList<GrafanaUser> users;
    users.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && !error.isError(); ++i) {
        const QString path = QStringLiteral("%1[%2].").arg(prefix).arg(i);
        if (!a.at(i).isObject()) {
            error = wrongType(path.chopped(1));
            break;
        }
        users.append(userFromHit(a.at(i).toObject(), path, error));
    }
    return users;
}

} // namespace

GrafanaDecoded<GrafanaSettings> decodeGrafanaSettings(QByteArrayView body)
{
    GrafanaDecoded<GrafanaSettings> r;
    const QJsonObject root = parseObject(body, r.error);
    for (auto s = root.begin(); s != root.end() && r.ok(); ++s) {
        if (!s.value().isObject()) {
            r.error = wrongType(s.key());
            break;
        }
        QMap<QString, QString> &section = r.value.sections[s.key()];
        const QJsonObject keys = s.value().toObject();
        for (auto k = keys.begin(); k != keys.end(); ++k) {
            // Always strings in practice; tolerate numbers/bools from a proxy by showing their JSON text.
            const QJsonValue v = k.value();
            if (v.isString())
                section.insert(k.key(), v.toString());
            else if (v.isDouble())
                section.insert(k.key(), QString::number(v.toDouble()));
            else if (v.isBool())
                section.insert(k.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (v.isNull())
                section.insert(k.key(), QString());
            else {
                r.error = wrongType(s.key() + QLatin1Char('.') + k.key());
                break;
            }
        }
    }
    return r;
}

GrafanaDecoded<GrafanaStats> decodeGrafanaStats(QByteArrayView body)
{
    GrafanaDecoded<GrafanaStats> r;
    const QJsonObject root = parseObject(body, r.error);
    if (!r.ok())
        return r;
    const QStringList known = GrafanaStats::knownKeys();
    for (const QString &key : known) {
        const QJsonValue v = root.value(key);
        qint64 count = 0;
        if (readWhole(v, &count))
            r.value.fields.append({key, count});
        else if (!v.isUndefined() && !v.isNull()) {
            r.error = wrongType(key);
            return r;
        }
    }
    // Fields added by newer servers: keep the whole numbers, sorted (QJsonObject iterates sorted).
    for (auto it = root.begin(); it != root.end(); ++it) {
        qint64 count = 0;
        if (!known.contains(it.key()) && readWhole(it.value(), &count))
            r.value.fields.append({capText(it.key(), 200), count});
    }
    return r;
}

GrafanaDecoded<GrafanaUsageReport> decodeGrafanaUsageReport(QByteArrayView body)
{
    GrafanaDecoded<GrafanaUsageReport> r;
    const QJsonObject root = parseObject(body, r.error);
    if (!r.ok())
        return r;
    GrafanaUsageReport &u = r.value;
    readString(root, "version", u.version, {}, r.error);
    readString(root, "os", u.os, {}, r.error);
    readString(root, "arch", u.arch, {}, r.error);
    readString(root, "edition", u.edition, {}, r.error);
    readString(root, "packaging", u.packaging, {}, r.error);
    readString(root, "usageStatsId", u.usageStatsId, {}, r.error);
    readBool(root, "hasValidLicense", u.hasValidLicense, {}, r.error);
    const QJsonValue metrics = root.value(QLatin1String("metrics"));
    if (metrics.isObject()) {
        const QJsonObject m = metrics.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (it.value().isDouble())
                u.metrics.insert(it.key(), it.value().toDouble());
        }
    } else if (!metrics.isUndefined() && !metrics.isNull() && r.ok()) {
        r.error = wrongType(QStringLiteral("metrics"));
    }
    return r;
}

GrafanaDecoded<GrafanaUserPage> decodeGrafanaUserPage(QByteArrayView body)
{
    GrafanaDecoded<GrafanaUserPage> r;
    const QJsonObject root = parseObject(body, r.error);
    if (!r.ok())
        return r;
    readInt(root, "totalCount", r.value.totalCount, {}, r.error);
    readInt(root, "page", r.value.page, {}, r.error); // 4294967297 is an error, not page 1
    readInt(root, "perPage", r.value.perPage, {}, r.error);
    if (r.ok() && (r.value.totalCount < 0 || r.value.page < 1 || r.value.perPage < 0))
        r.error = ApiError::parse(r.value.totalCount < 0 ? QStringLiteral("totalCount")
                                      : r.value.page < 1 ? QStringLiteral("page") : QStringLiteral("perPage"),
                                  trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "number out of range")));
    const QJsonValue users = root.value(QLatin1String("users"));
    if (!users.isArray()) {
        if (r.ok())
            r.error = users.isUndefined()
                ? ApiError::parse(QStringLiteral("users"), trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "missing")))
                : wrongType(QStringLiteral("users"));
        return r;
    }
    r.value.users = usersFromArray(users.toArray(), QStringLiteral("users"), r.error);
    return r;
}

GrafanaDecoded<QList<GrafanaUser>> decodeGrafanaUserList(QByteArrayView body)
{
    GrafanaDecoded<QList<GrafanaUser>> r;
    const QJsonArray a = parseArray(body, r.error);
    if (r.ok())
        r.value = usersFromArray(a, QString(), r.error);
    return r;
}

GrafanaDecoded<GrafanaUserProfile> decodeGrafanaUserProfile(QByteArrayView body)
{
    GrafanaDecoded<GrafanaUserProfile> r;
    const QJsonObject o = parseObject(body, r.error);
    if (!r.ok())
        return r;
    GrafanaUserProfile &p = r.value;
    readInt(o, "id", p.id, {}, r.error);
    readString(o, "uid", p.uid, {}, r.error);
    readString(o, "login", p.login, {}, r.error);
    readString(o, "email", p.email, {}, r.error);
    readString(o, "name", p.name, {}, r.error);
    readInt(o, "orgId", p.orgId, {}, r.error);
    readBool(o, "isGrafanaAdmin", p.isGrafanaAdmin, {}, r.error);
    readBool(o, "isDisabled", p.isDisabled, {}, r.error);
    readBool(o, "isExternal", p.isExternal, {}, r.error);
    readStringList(o, "authLabels", p.authLabels, {}, r.error);
    if (r.ok() && !o.contains(QLatin1String("isGrafanaAdmin")))
        r.error = ApiError::parse(QStringLiteral("isGrafanaAdmin"),
                                  trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "missing")));
    return r;
}

GrafanaDecoded<QList<GrafanaAuthToken>> decodeGrafanaAuthTokens(QByteArrayView body)
{
    GrafanaDecoded<QList<GrafanaAuthToken>> r;
    const QJsonArray a = parseArray(body, r.error);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("[%1].").arg(i);
        if (!a.at(i).isObject()) {
            r.error = wrongType(path.chopped(1));
            break;
        }
        const QJsonObject o = a.at(i).toObject();
        GrafanaAuthToken t;
        readInt(o, "id", t.id, path, r.error);
        readBool(o, "isActive", t.isActive, path, r.error);
        readString(o, "clientIp", t.clientIp, path, r.error);
        readString(o, "device", t.device, path, r.error);
        readString(o, "os", t.os, path, r.error);
        readString(o, "osVersion", t.osVersion, path, r.error);
        readString(o, "browser", t.browser, path, r.error);
        readString(o, "browserVersion", t.browserVersion, path, r.error);
        readString(o, "authModule", t.authModule, path, r.error);
        readDate(o, "createdAt", t.createdAt, path, r.error);
        readDate(o, "seenAt", t.seenAt, path, r.error);
        r.value.append(t);
    }
    return r;
}

GrafanaDecoded<GrafanaHealth> decodeGrafanaHealth(QByteArrayView body)
{
    GrafanaDecoded<GrafanaHealth> r;
    const QJsonObject o = parseObject(body, r.error);
    if (!r.ok())
        return r;
    readString(o, "version", r.value.version, {}, r.error);
    readString(o, "commit", r.value.commit, {}, r.error);
    readString(o, "database", r.value.database, {}, r.error);
    // "database" is the one key every Grafana health answer has; without it this is not Grafana.
    if (r.ok() && !o.contains(QLatin1String("database")))
        r.error = ApiError::parse(QStringLiteral("database"), trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "missing")));
    return r;
}

GrafanaDecoded<GrafanaCreatedUser> decodeGrafanaCreatedUser(QByteArrayView body)
{
    GrafanaDecoded<GrafanaCreatedUser> r;
    const QJsonObject o = parseObject(body, r.error);
    if (!r.ok())
        return r;
    readInt(o, "id", r.value.id, {}, r.error);
    readString(o, "uid", r.value.uid, {}, r.error);
    readString(o, "message", r.value.message, {}, r.error);
    if (r.ok() && !o.contains(QLatin1String("id")))
        r.error = ApiError::parse(QStringLiteral("id"), trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "missing")));
    return r;
}

QString decodeGrafanaMessage(QByteArrayView body)
{
    const QByteArray bytes = body.toByteArray().trimmed();
    if (bytes.isEmpty())
        return {};
    if (checkJsonBudget(bytes).isError())
        return capText(QString::fromUtf8(bytes.left(MaxTextLength * 4)));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject())
        return capText(doc.object().value(QLatin1String("message")).toString());
    return capText(QString::fromUtf8(bytes.left(MaxTextLength * 4)));
}

ApiError checkGrafanaMessageBody(QByteArrayView body)
{
    const QByteArray bytes = body.toByteArray().trimmed();
    if (bytes.startsWith('<'))
        return ApiError::parse({}, trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "the server sent an HTML page")));
    if (bytes.startsWith('{') || bytes.startsWith('[')) {
        ApiError error;
        parseJson(bytes, error);
        return error;
    }
    return {};
}

ApiError decodeGrafanaError(int httpStatus, QByteArrayView body)
{
    ApiError e;
    e.kind = httpStatus == 401 ? ApiError::Kind::Auth : ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    const QByteArray bytes = body.toByteArray().trimmed();
    QJsonParseError pe;
    QJsonDocument doc;
    if (!checkJsonBudget(bytes).isError())
        doc = QJsonDocument::fromJson(bytes, &pe);
    else
        pe.error = QJsonParseError::DocumentTooLarge;
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        e.detail = o.value(QLatin1String("message")).toString();
        if (e.detail.isEmpty())
            e.detail = o.value(QLatin1String("title")).toString();
        e.errorId = o.value(QLatin1String("accessErrorId")).toString();
        if (e.errorId.isEmpty())
            e.errorId = o.value(QLatin1String("messageId")).toString();
        qint64 statusCode = 0;
        if (readWhole(o.value(QLatin1String("statusCode")), &statusCode) && statusCode >= 0 && statusCode < 1000)
            e.apiCode = int(statusCode);
    } else if (pe.error == QJsonParseError::NoError && doc.isArray()) {
        // 8.x binding errors: [{"fieldNames":["Password"],"classification":"RequiredError","message":"Required"}]
        QStringList parts;
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject item = v.toObject();
            QStringList fields;
            for (const QJsonValue &f : item.value(QLatin1String("fieldNames")).toArray())
                fields.append(f.toString());
            const QString msg = item.value(QLatin1String("message")).toString();
            parts.append(fields.isEmpty() ? msg : QStringLiteral("%1: %2").arg(fields.join(QLatin1String(", ")), msg));
            if (e.errorId.isEmpty())
                e.errorId = item.value(QLatin1String("classification")).toString();
        }
        e.detail = trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "Validation failed: %1"))
                       .arg(capText(parts.join(QLatin1String("; "))));
    } else if (bytes.startsWith('<')) {
        e.detail = trText(QT_TRANSLATE_NOOP("GrafanaDecoders", "the server sent an HTML page"));
    } else {
        e.detail = QString::fromUtf8(bytes.left(MaxTextLength * 4)).simplified();
    }
    e.detail = capText(e.detail); // a 1 MiB message must not become a 1 M-character label
    e.errorId = capText(e.errorId, 100);
    return e;
}

QByteArray encodeGrafanaNewUser(const GrafanaNewUser &user)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), user.name);
    o.insert(QStringLiteral("email"), user.email);
    o.insert(QStringLiteral("login"), user.login);
    o.insert(QStringLiteral("password"), user.password);
    if (user.orgId > 0)
        o.insert(QStringLiteral("orgId"), user.orgId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeGrafanaSettingsUpdate(const GrafanaSettingsUpdate &update)
{
    QJsonObject o;
    if (!update.updates.isEmpty()) {
        QJsonObject updates;
        for (auto s = update.updates.begin(); s != update.updates.end(); ++s) {
            QJsonObject section;
            for (auto k = s.value().begin(); k != s.value().end(); ++k)
                section.insert(k.key(), k.value());
            updates.insert(s.key(), section);
        }
        o.insert(QStringLiteral("updates"), updates);
    }
    if (!update.removals.isEmpty()) {
        QJsonObject removals;
        for (auto s = update.removals.begin(); s != update.removals.end(); ++s)
            removals.insert(s.key(), QJsonArray::fromStringList(s.value()));
        o.insert(QStringLiteral("removals"), removals);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeGrafanaPassword(const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("password"), password}}).toJson(QJsonDocument::Compact);
}

QByteArray encodeGrafanaAdminFlag(bool isGrafanaAdmin)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("isGrafanaAdmin"), isGrafanaAdmin}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeGrafanaRevokeToken(qint64 authTokenId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("authTokenId"), authTokenId}}).toJson(QJsonDocument::Compact);
}
