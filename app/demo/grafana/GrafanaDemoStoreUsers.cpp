// GrafanaDemoStore, part two: the user, password, permission and session operations (split for size).

#include "demo/grafana/GrafanaDemoStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue field(const QJsonObject &o, const QString &key)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool parseBody(const QByteArray &body, QJsonObject &out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    out = doc.object();
    return true;
}

GrafanaDemoReply badRequestData()
{
    return GrafanaDemoReply::message(400, QStringLiteral("bad request data"), true);
}

GrafanaDemoReply tooShort(int major)
{
    if (major < 10) // 8.x/9.x: a plain message (§5 "create-user validation msgs")
        return GrafanaDemoReply::message(400, QStringLiteral("New password is too short"));
    return GrafanaDemoReply::json(400, {{QStringLiteral("message"), QStringLiteral("New password is too short")},
                                        {QStringLiteral("messageId"),
                                         QStringLiteral("password.password-policy-too-short")},
                                        {QStringLiteral("statusCode"), 400},
                                        {QStringLiteral("traceID"), QString()}});
}

QString iso(const QDateTime &dt)
{
    return dt.toString(Qt::ISODate);
}

QString age(const QDateTime &from, const QDateTime &to)
{
    // Grafana's humanised form: "1 minute", "3 hours", "10 years".
    const qint64 s = from.secsTo(to);
    const auto unit = [](qint64 n, const char *one) {
        return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(one)).arg(n == 1 ? QString() : QStringLiteral("s"));
    };
    if (s < 3600)
        return unit(qMax<qint64>(1, s / 60), "minute");
    if (s < 86400)
        return unit(s / 3600, "hour");
    if (s < 365 * 86400)
        return unit(s / 86400, "day");
    return unit(s / (365 * 86400), "year");
}

} // namespace

GrafanaDemoReply GrafanaDemoStore::currentUser(qint64 callerId) const
{
    const User *u = find(QString::number(callerId));
    if (!u)
        return GrafanaDemoReply::message(404, QStringLiteral("user not found"));
    QJsonObject o{{QStringLiteral("id"), u->id},
                                        {QStringLiteral("email"), u->email}, {QStringLiteral("name"), u->name},
                                        {QStringLiteral("login"), u->login}, {QStringLiteral("theme"), QString()},
                                        {QStringLiteral("orgId"), 1},
                                        {QStringLiteral("isGrafanaAdmin"), u->isGrafanaAdmin},
                                        {QStringLiteral("isDisabled"), false}, {QStringLiteral("isExternal"), false},
                                        {QStringLiteral("authLabels"), QJsonArray()},
                                        {QStringLiteral("avatarUrl"), QStringLiteral("/avatar/%1").arg(u->uid)}};
    if (versionMajor() >= 9) // user UIDs exist from 9.x; 8.x's /api/user has none
        o.insert(QStringLiteral("uid"), u->uid);
    return GrafanaDemoReply::json(200, o);
}

GrafanaDemoReply GrafanaDemoStore::searchUsers(const QString &query, int page, int perPage) const
{
    if (perPage <= 0)
        perPage = 1000;
    if (page < 1)
        page = 1;
    QList<const User *> hits;
    for (const User &u : m_users) {
        if (query.isEmpty() || u.login.contains(query, Qt::CaseInsensitive)
            || u.email.contains(query, Qt::CaseInsensitive) || u.name.contains(query, Qt::CaseInsensitive))
            hits.append(&u);
    }
    std::sort(hits.begin(), hits.end(), [](const User *a, const User *b) { return a->login < b->login; });
    const bool uids = versionMajor() >= 12; // 11.4+; the demo's 11 is 11.3
    QJsonArray users;
    const QDateTime t = now();
    for (qsizetype i = qsizetype(page - 1) * perPage; i < hits.size() && users.size() < perPage; ++i) {
        const User *u = hits.at(i);
        QJsonObject hit{{QStringLiteral("id"), u->id},
                                 {QStringLiteral("name"), u->name}, {QStringLiteral("login"), u->login},
                                 {QStringLiteral("email"), u->email},
                                 {QStringLiteral("avatarUrl"), QStringLiteral("/avatar/%1").arg(u->uid)},
                                 {QStringLiteral("isAdmin"), u->isGrafanaAdmin}, {QStringLiteral("isDisabled"), false},
                                 {QStringLiteral("lastSeenAt"), iso(u->lastSeenAt)},
                                 {QStringLiteral("lastSeenAtAge"), age(u->lastSeenAt, t)},
                                 {QStringLiteral("authLabels"), QJsonArray()}};
        if (uids) // 11.4+
            hit.insert(QStringLiteral("uid"), u->uid);
        users.append(hit);
    }
    return GrafanaDemoReply::json(200, {{QStringLiteral("totalCount"), qint64(hits.size())},
                                        {QStringLiteral("users"), users}, {QStringLiteral("page"), page},
                                        {QStringLiteral("perPage"), perPage}});
}

GrafanaDemoReply GrafanaDemoStore::createUser(const QByteArray &body)
{
    QJsonObject o;
    if (!parseBody(body, o) || field(o, QStringLiteral("password")).toString().isEmpty())
        return badRequestData();
    const QString password = field(o, QStringLiteral("password")).toString();
    QString login = field(o, QStringLiteral("login")).toString();
    QString email = field(o, QStringLiteral("email")).toString();
    const qint64 orgId = field(o, QStringLiteral("orgId")).toInteger();
    if (login.isEmpty() && email.isEmpty())
        return GrafanaDemoReply::json(400, {{QStringLiteral("message"),
                                             QStringLiteral("Need to specify either username or email")},
                                            {QStringLiteral("messageId"),
                                             QStringLiteral("user.empty-username-and-email")},
                                            {QStringLiteral("statusCode"), 400},
                                            {QStringLiteral("traceID"), QString()}});
    if (password.size() < 4)
        return tooShort(versionMajor());
    if (orgId > 1)
        return GrafanaDemoReply::message(400, QStringLiteral("organization not found"));
    const QString sentLogin = login;
    const QString sentEmail = email;
    if (login.isEmpty())
        login = email;
    if (email.isEmpty())
        email = login;
    for (const User &u : m_users) {
        if (u.login.compare(login, Qt::CaseInsensitive) == 0 || u.email.compare(email, Qt::CaseInsensitive) == 0)
            return GrafanaDemoReply::message(
                412, QStringLiteral("User with email '%1' or username '%2' already exists").arg(sentEmail, sentLogin),
                true);
    }
    User u;
    u.login = login.toLower();
    u.email = email.toLower();
    u.name = field(o, QStringLiteral("name")).toString();
    u.password = password;
    u.lastSeenAt = now().toUTC().addYears(-10); // Grafana's "never seen"
    addUser(u);
    const User &added = m_users.last();
    QJsonObject answer{{QStringLiteral("id"), added.id}, {QStringLiteral("message"), QStringLiteral("User created")}};
    if (versionMajor() >= 12) // 11.4+; the demo's 11 is 11.3
        answer.insert(QStringLiteral("uid"), added.uid);
    return GrafanaDemoReply::json(200, answer);
}

GrafanaDemoReply GrafanaDemoStore::changePassword(const QString &id, const QByteArray &body)
{
    QJsonObject o;
    if (!parseBody(body, o) || field(o, QStringLiteral("password")).toString().isEmpty())
        return badRequestData();
    const QString password = field(o, QStringLiteral("password")).toString();
    if (password.size() < 4 && versionMajor() >= 12) // 12.x: the policy error surfaces as a 500 (§7.8)
        return GrafanaDemoReply::message(500, QStringLiteral("Failed to update user password"), true);
    if (password.size() < 4)
        return tooShort(versionMajor());
    User *u = find(id);
    if (!u) // current Grafana: a missing numeric id surfaces as a 500 here, not a 404
        return GrafanaDemoReply::message(500, QStringLiteral("Failed to update user password"), true);
    u->password = password;
    u->sessions.clear();            // current Grafana revokes every session of the user
    m_failedLogins.remove(u->login); // and resets the brute-force counter
    return GrafanaDemoReply::message(200, QStringLiteral("User password updated"));
}

GrafanaDemoReply GrafanaDemoStore::setPermissions(const QString &id, const QByteArray &body)
{
    QJsonObject o;
    if (!parseBody(body, o))
        return badRequestData();
    const bool wantAdmin = field(o, QStringLiteral("isGrafanaAdmin")).toBool(); // omitted = false, as in Go
    User *u = find(id);
    if (!u)
        return GrafanaDemoReply::message(500, QStringLiteral("Failed to update user permissions"), true);
    if (u->isGrafanaAdmin && !wantAdmin) {
        const auto admins = std::count_if(m_users.cbegin(), m_users.cend(), [](const User &x) { return x.isGrafanaAdmin; });
        if (admins <= 1)
            return GrafanaDemoReply::message(400, QStringLiteral("cannot remove last grafana admin"));
    }
    u->isGrafanaAdmin = wantAdmin;
    return GrafanaDemoReply::message(200, QStringLiteral("User permissions updated"));
}

GrafanaDemoReply GrafanaDemoStore::deleteUser(const QString &id)
{
    const User *u = find(id);
    if (!u)
        return GrafanaDemoReply::message(404, QStringLiteral("user not found"));
    const qint64 userId = u->id;
    m_users.removeIf([userId](const User &x) { return x.id == userId; });
    return GrafanaDemoReply::message(200, QStringLiteral("User deleted"));
}

GrafanaDemoReply GrafanaDemoStore::authTokens(const QString &id) const
{
    const User *u = find(id);
    if (!u)
        return GrafanaDemoReply::message(404, QStringLiteral("User not found"), true);
    QJsonArray tokens;
    for (const Session &s : u->sessions) {
        QJsonObject token{{QStringLiteral("id"), s.id}, {QStringLiteral("isActive"), false},
                                  {QStringLiteral("clientIp"), s.clientIp}, {QStringLiteral("device"), s.device},
                                  {QStringLiteral("os"), s.os}, {QStringLiteral("osVersion"), s.osVersion},
                                  {QStringLiteral("browser"), s.browser},
                                  {QStringLiteral("browserVersion"), s.browserVersion},
                                  {QStringLiteral("createdAt"), iso(s.createdAt)},
                                  {QStringLiteral("seenAt"), iso(s.seenAt)}};
        if (versionMajor() >= 11) // 11.3+ (§5): the demo's 11 is 11.3.1
            token.insert(QStringLiteral("authModule"), s.authModule);
        tokens.append(token);
    }
    GrafanaDemoReply r;
    r.body = QJsonDocument(tokens).toJson(QJsonDocument::Compact);
    return r;
}

GrafanaDemoReply GrafanaDemoStore::revokeAuthToken(const QString &id, const QByteArray &body)
{
    QJsonObject o;
    if (!parseBody(body, o))
        return badRequestData();
    User *u = find(id);
    if (!u)
        return GrafanaDemoReply::message(404, QStringLiteral("User not found"), true);
    const qint64 tokenId = field(o, QStringLiteral("authTokenId")).toInteger();
    const qsizetype removed = u->sessions.removeIf([tokenId](const Session &s) { return s.id == tokenId; });
    if (removed == 0)
        return GrafanaDemoReply::message(404, QStringLiteral("User auth token not found"), true);
    return GrafanaDemoReply::message(200, QStringLiteral("User auth token revoked"));
}

GrafanaDemoReply GrafanaDemoStore::logoutUser(const QString &id, qint64 callerId)
{
    User *u = find(id);
    if (!u)
        return GrafanaDemoReply::message(404, QStringLiteral("User not found"), true);
    if (u->id == callerId)
        return GrafanaDemoReply::message(400, QStringLiteral("You cannot logout yourself"));
    u->sessions.clear();
    return GrafanaDemoReply::message(200, QStringLiteral("User logged out"));
}
