#include "demo/grafana/GrafanaDemoStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int kMaxFailures = 5;
constexpr qint64 kLockWindowSecs = 5 * 60;

GrafanaDemoStore::Session session(qint64 id, const QString &ip, const QString &device, const QString &os,
                                  const QString &osVersion, const QString &browser, const QString &browserVersion,
                                  const QDateTime &created, const QDateTime &seen)
{
    GrafanaDemoStore::Session s;
    s.id = id;
    s.clientIp = ip;
    s.device = device;
    s.os = os;
    s.osVersion = osVersion;
    s.browser = browser;
    s.browserVersion = browserVersion;
    s.createdAt = created;
    s.seenAt = seen;
    return s;
}

} // namespace

GrafanaDemoReply GrafanaDemoReply::json(int status, const QJsonObject &object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

GrafanaDemoReply GrafanaDemoReply::message(int status, const QString &message, bool traced)
{
    QJsonObject o{{QStringLiteral("message"), message}};
    if (traced)
        o.insert(QStringLiteral("traceID"), QString());
    return json(status, o);
}

GrafanaDemoReply GrafanaDemoReply::text(int status, const QString &text)
{
    return {status, "text/plain; charset=utf-8", text.toUtf8()};
}

GrafanaDemoStore::GrafanaDemoStore(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    const QDateTime t = now().toUTC();
    const auto ago = [&t](int mins) { return t.addSecs(-60 * qint64(mins)); };
    const auto user = [&](const QString &login, const QString &email, const QString &name, const QString &pw,
                          bool admin, int seenMinsAgo) {
        User u;
        u.login = login;
        u.email = email;
        u.name = name;
        u.password = pw;
        u.isGrafanaAdmin = admin;
        u.lastSeenAt = seenMinsAgo < 0 ? t.addYears(-10) : ago(seenMinsAgo);
        return u;
    };
    User admin = user(QString::fromLatin1(AdminLogin), QStringLiteral("admin@localhost"), QString(),
                      QString::fromLatin1(AdminPassword), true, 1);
    admin.sessions = {session(0, QStringLiteral("10.20.4.17"), QStringLiteral("Other"), QStringLiteral("Linux"),
                              QString(), QStringLiteral("Firefox"), QStringLiteral("128.0"), ago(2880), ago(1))};
    addUser(admin);
    User dana = user(QStringLiteral("dortiz"), QStringLiteral("dana.ortiz@example.org"), QStringLiteral("Dana Ortiz"),
                     QStringLiteral("dana-demo"), false, 180);
    dana.sessions = {session(0, QStringLiteral("10.20.4.31"), QStringLiteral("Other"), QStringLiteral("Windows"),
                             QStringLiteral("10"), QStringLiteral("Chrome"), QStringLiteral("126.0"), ago(4320),
                             ago(180)),
                     session(0, QStringLiteral("192.0.2.55"), QStringLiteral("iPhone"), QStringLiteral("iOS"),
                             QStringLiteral("17.5"), QStringLiteral("Mobile Safari"), QStringLiteral("17.5"),
                             ago(1500), ago(600))};
    addUser(dana);
    User mei = user(QStringLiteral("mchen"), QStringLiteral("mei.chen@example.org"), QStringLiteral("Mei Chen"),
                    QStringLiteral("mei-demo"), true, 45);
    mei.sessions = {session(0, QStringLiteral("10.20.7.2"), QStringLiteral("Other"), QStringLiteral("Mac OS X"),
                            QStringLiteral("14.5"), QStringLiteral("Safari"), QStringLiteral("17.5"), ago(300),
                            ago(45))};
    addUser(mei);
    addUser(user(QString::fromLatin1(ViewerLogin), QStringLiteral("viewer@example.org"), QStringLiteral("NOC Viewer"),
                 QString::fromLatin1(ViewerPassword), false, 30));
    addUser(user(QStringLiteral("nhire"), QStringLiteral("nhire@example.org"), QStringLiteral("New Hire"),
                 QStringLiteral("nhire-demo"), false, -1));
}

void GrafanaDemoStore::addUser(User user)
{
    user.id = m_nextUserId++;
    const QByteArray seed = QByteArray::number(user.id) + user.login.toUtf8();
    user.uid = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(14));
    for (Session &s : user.sessions)
        s.id = m_nextSessionId++;
    m_users.append(user);
}

GrafanaDemoStore::User *GrafanaDemoStore::find(const QString &id)
{
    for (User &u : m_users) {
        if (QString::number(u.id) == id || (m_major >= 12 && u.uid == id)) // UIDs in paths: 11.4+
            return &u;
    }
    return nullptr;
}

const GrafanaDemoStore::User *GrafanaDemoStore::find(const QString &id) const
{
    return const_cast<GrafanaDemoStore *>(this)->find(id);
}

void GrafanaDemoStore::setVersion(int major)
{
    if (isSupportedVersion(major))
        m_major = major;
}

QString GrafanaDemoStore::versionText() const
{
    switch (m_major) {
    case 8: return QStringLiteral("8.5.15");
    case 9: return QStringLiteral("9.5.2");
    case 10: return QStringLiteral("10.4.3");
    case 12: return QStringLiteral("12.1.0");
    default: return QStringLiteral("11.3.1");
    }
}

// A wrong password, and any password for a locked login (§4, §5.1.4): 8.x/9.x E2, 10.x/11.x E4 with
// "extra":null, 12.x without "extra"; from 10.0 a locked login says messageId login-attempt.blocked.
GrafanaDemoReply GrafanaDemoStore::invalidCredentials(bool locked) const
{
    const QString message = QStringLiteral("Invalid username or password");
    if (m_major < 10)
        return GrafanaDemoReply::message(401, message, true);
    QJsonObject o{{QStringLiteral("message"), message},
                  {QStringLiteral("messageId"),
                   locked ? QStringLiteral("login-attempt.blocked") : QStringLiteral("password-auth.failed")},
                  {QStringLiteral("statusCode"), 401},
                  {QStringLiteral("traceID"), QString()}};
    if (m_major < 12)
        o.insert(QStringLiteral("extra"), QJsonValue::Null);
    return GrafanaDemoReply::json(401, o);
}

qint64 GrafanaDemoStore::authenticate(const QByteArray &header, GrafanaDemoReply *unauthorized)
{
    const QByteArray prefix = "basic ";
    if (!header.toLower().startsWith(prefix) && m_major < 10) {
        *unauthorized = GrafanaDemoReply::message(401, QStringLiteral("Unauthorized"));
        return 0;
    }
    if (!header.toLower().startsWith(prefix)) {
        *unauthorized = GrafanaDemoReply::json(401, {{QStringLiteral("extra"), QJsonValue::Null},
                                                     {QStringLiteral("message"), QStringLiteral("Unauthorized")},
                                                     {QStringLiteral("messageId"), QStringLiteral("auth.unauthorized")},
                                                     {QStringLiteral("statusCode"), 401},
                                                     {QStringLiteral("traceID"), QString()}});
        return 0;
    }
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(header.mid(prefix.size()).trimmed()));
    const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
    const QString login = decoded.left(colon).toLower();
    const QString password = colon < 0 ? QString() : decoded.mid(colon + 1);
    *unauthorized = invalidCredentials(false);
    User *user = nullptr;
    for (User &u : m_users) {
        if (u.login == login || u.email == login)
            user = &u;
    }
    if (!user)
        return 0;
    QList<QDateTime> &failures = m_failedLogins[user->login];
    const QDateTime t = now();
    failures.removeIf([&t](const QDateTime &at) { return at.secsTo(t) >= kLockWindowSecs; });
    if (failures.size() >= kMaxFailures) {
        *unauthorized = invalidCredentials(true); // same message as a wrong password; 10+ says why in messageId
        return 0;
    }
    if (user->password != password) {
        failures.append(t);
        return 0;
    }
    user->lastSeenAt = t.toUTC();
    return user->id;
}

bool GrafanaDemoStore::isGrafanaAdmin(qint64 userId) const
{
    const User *u = find(QString::number(userId));
    return u && u->isGrafanaAdmin;
}

GrafanaDemoReply GrafanaDemoStore::rbacDenied(const QString &action) const
{
    if (!hasRbac())
        return permissionDenied();
    return GrafanaDemoReply::json(
        403, {{QStringLiteral("accessErrorId"), QStringLiteral("ACE%1").arg(qHash(action) % 10000000000ULL, 10, 10,
                                                                               QLatin1Char('0'))},
              {QStringLiteral("message"), QStringLiteral("You'll need additional permissions to perform this action. "
                                                         "Permissions needed: %1").arg(action)},
              {QStringLiteral("title"), QStringLiteral("Access denied")}});
}

GrafanaDemoReply GrafanaDemoStore::permissionDenied()
{
    return GrafanaDemoReply::message(403, QStringLiteral("Permission denied"));
}

GrafanaDemoReply GrafanaDemoStore::health() const
{
    GrafanaDemoReply r;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("commit"), QStringLiteral("3f2a9c1d7e")},
                                       {QStringLiteral("database"), QStringLiteral("ok")},
                                       {QStringLiteral("version"), versionText()}})
                 .toJson(QJsonDocument::Indented);
    return r;
}

GrafanaDemoReply GrafanaDemoStore::settings() const
{
    const auto section = [](std::initializer_list<std::pair<const char *, const char *>> keys) {
        QJsonObject o;
        for (const auto &[k, v] : keys)
            o.insert(QLatin1String(k), QLatin1String(v));
        return o;
    };
    QJsonObject s;
    s.insert(QStringLiteral("DEFAULT"), section({{"app_mode", "production"}, {"instance_name", "grafana-demo"}}));
    s.insert(QStringLiteral("analytics"), section({{"check_for_updates", "true"}, {"reporting_enabled", "false"}}));
    s.insert(QStringLiteral("auth"), section({{"disable_login", "false"}, {"disable_login_form", "false"},
                                              {"login_maximum_lifetime_duration", "30d"}}));
    s.insert(QStringLiteral("auth.anonymous"), section({{"enabled", "false"}, {"org_role", "Viewer"}}));
    s.insert(QStringLiteral("auth.basic"), section({{"enabled", "true"}, {"password_policy", "false"}}));
    s.insert(QStringLiteral("auth.generic_oauth"),
             section({{"client_id", "grafana-desk"}, {"client_secret", "*********"}, {"enabled", "false"},
                      {"scopes", "openid email profile"}}));
    s.insert(QStringLiteral("database"),
             section({{"host", "db.internal:5432"}, {"name", "grafana"}, {"password", "*********"},
                      {"type", "postgres"}, {"url", "postgres://grafana:xxxxx@db.internal:5432/grafana"},
                      {"user", "grafana"}}));
    s.insert(QStringLiteral("log"), section({{"level", "info"}, {"mode", "console"}}));
    s.insert(QStringLiteral("paths"), section({{"data", "/var/lib/grafana"}, {"logs", "/var/log/grafana"},
                                               {"provisioning", "/etc/grafana/provisioning"}}));
    s.insert(QStringLiteral("security"), section({{"admin_password", "*********"}, {"admin_user", "admin"},
                                                  {"secret_key", "*********"}, {"cookie_secure", "true"}}));
    s.insert(QStringLiteral("server"), section({{"domain", "grafana.example.org"}, {"http_port", "3000"},
                                                {"protocol", "http"}, {"root_url", "%(protocol)s://%(domain)s/"}}));
    s.insert(QStringLiteral("smtp"), section({{"enabled", "false"}, {"host", "localhost:25"}, {"password", ""}}));
    return GrafanaDemoReply::json(200, s);
}

GrafanaDemoReply GrafanaDemoStore::stats() const
{
    qint64 admins = 0, sessions = 0, active = 0, daily = 0;
    const QDateTime t = now();
    for (const User &u : m_users) {
        admins += u.isGrafanaAdmin;
        sessions += u.sessions.size();
        active += u.lastSeenAt.secsTo(t) < 30 * 86400;
        daily += u.lastSeenAt.secsTo(t) < 86400;
    }
    const qint64 users = m_users.size();
    QJsonObject o{{QStringLiteral("orgs"), 2}, {QStringLiteral("dashboards"), 42}, {QStringLiteral("snapshots"), 3},
                  {QStringLiteral("tags"), 17}, {QStringLiteral("datasources"), 5}, {QStringLiteral("playlists"), 1},
                  {QStringLiteral("stars"), 12}, {QStringLiteral("alerts"), 23}, {QStringLiteral("users"), users},
                  {QStringLiteral("admins"), admins}, {QStringLiteral("editors"), 1},
                  {QStringLiteral("viewers"), users - admins - 1}, {QStringLiteral("activeUsers"), active},
                  {QStringLiteral("activeAdmins"), admins}, {QStringLiteral("activeEditors"), 1},
                  {QStringLiteral("activeViewers"), qMax<qint64>(0, active - admins - 1)},
                  {QStringLiteral("activeSessions"), sessions}, {QStringLiteral("dailyActiveUsers"), daily},
                  {QStringLiteral("dailyActiveAdmins"), admins}, {QStringLiteral("dailyActiveEditors"), 0},
                  {QStringLiteral("dailyActiveViewers"), qMax<qint64>(0, daily - admins)},
                  {QStringLiteral("dailyActiveSessions"), sessions}, {QStringLiteral("monthlyActiveUsers"), active},
                  {QStringLiteral("activeDevices"), 0}};
    if (m_major < 10) // 23 keys before 10.2 (§5.1.11); the demo's 10 is 10.4
        o.remove(QStringLiteral("activeDevices"));
    return GrafanaDemoReply::json(200, o);
}

GrafanaDemoReply GrafanaDemoStore::usageReport() const
{
    const QJsonObject metrics{{QStringLiteral("stats.users.count"), qint64(m_users.size())},
                              {QStringLiteral("stats.dashboards.count"), 42},
                              {QStringLiteral("stats.datasources.count"), 5},
                              {QStringLiteral("stats.ds.prometheus.count"), 2},
                              {QStringLiteral("stats.alert_rules.count"), 23},
                              {QStringLiteral("stats.auth_enabled.basic_auth.count"), 1}};
    return GrafanaDemoReply::json(200, {{QStringLiteral("version"), versionText().replace(QLatin1Char('.'), QLatin1Char('_'))},
                                        {QStringLiteral("metrics"), metrics},
                                        {QStringLiteral("os"), QStringLiteral("linux")},
                                        {QStringLiteral("arch"), QStringLiteral("amd64")},
                                        {QStringLiteral("edition"), QStringLiteral("oss")},
                                        {QStringLiteral("hasValidLicense"), false},
                                        {QStringLiteral("packaging"), QStringLiteral("deb")},
                                        {QStringLiteral("usageStatsId"),
                                         QStringLiteral("5f0c7a2e-1b1d-4c0e-9a7b-2f4d8e6c3a10")}});
}

GrafanaDemoReply GrafanaDemoStore::reloadProvisioning(const QString &type) const
{
    if (type == QLatin1String("dashboards"))
        return GrafanaDemoReply::message(200, QStringLiteral("Dashboards config reloaded"));
    if (type == QLatin1String("datasources"))
        return GrafanaDemoReply::message(200, QStringLiteral("Datasources config reloaded"));
    if (type == QLatin1String("plugins"))
        return GrafanaDemoReply::message(200, QStringLiteral("Plugins config reloaded"));
    if (type == QLatin1String("notifications") && m_major <= 10) // legacy alerting, gone in 11 (§5.1.9)
        return GrafanaDemoReply::message(200, QStringLiteral("Notifications config reloaded"));
    if (type == QLatin1String("alerting") && m_major >= 9) // 9.1+
        return GrafanaDemoReply::message(200, QStringLiteral("Alerting config reloaded"));
    return GrafanaDemoReply::message(404, QStringLiteral("Not found")); // access-control: Enterprise only
}

GrafanaDemoReply GrafanaDemoStore::reloadLdap() const
{
    return GrafanaDemoReply::message(400, QStringLiteral("LDAP is not enabled")); // [auth.ldap] enabled = false
}

GrafanaDemoReply GrafanaDemoStore::encryption(const QString &action) const
{
    if (m_major < 9) // 8.5.15 OSS has no encryption routes (§5.1.1)
        return GrafanaDemoReply::message(404, QStringLiteral("Not found"));
    if (action == QLatin1String("rotate-data-keys"))
        return {204, QByteArray(), QByteArray()};
    if (action == QLatin1String("reencrypt-data-keys"))
        return GrafanaDemoReply::text(200, QStringLiteral("Data encryption keys re-encrypted successfully"));
    if (action == QLatin1String("reencrypt-secrets"))
        return GrafanaDemoReply::text(200, QStringLiteral("Secrets re-encrypted successfully"));
    if (action == QLatin1String("rollback-secrets")) // the demo shows Grafana's "partial" answer here
        return GrafanaDemoReply::message(206, QStringLiteral("Something unexpected happened - please inspect "
                                                             "Grafana server log for details"));
    return GrafanaDemoReply::message(404, QStringLiteral("Not found"));
}
