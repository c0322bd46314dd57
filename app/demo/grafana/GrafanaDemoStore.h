#pragma once

// The in-memory Grafana of the demo dashboard: a few users with passwords, Grafana Admin flags and
// sessions, plus settings/stats/usage data, and one Grafana release's answers (status + exact body) for every
// Admin API operation, errors included (grafana-admin.md §5/§5.1): setVersion(8|9|10|11|12) picks 8.5.15, 9.5.2,
// 10.4.3, 11.3.1 (default) or 12.1.0, with that release's stats keys, 401/403 bodies, routes and fields
// (tests/fixtures/grafana/README.md). No HTTP here: GrafanaDemo maps requests to
// these calls, tests may drive it directly. Brute-force lockout as in Grafana: 5 wrong passwords for a
// login within 5 minutes lock it (even the right password then gets 401). GUI/server thread only.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

struct GrafanaDemoReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;

    static GrafanaDemoReply json(int status, const QJsonObject &object);
    static GrafanaDemoReply message(int status, const QString &message, bool traced = false);
    static GrafanaDemoReply text(int status, const QString &text);
};

class GrafanaDemoStore
{
public:
    static constexpr const char *AdminLogin = "admin";
    static constexpr const char *AdminPassword = "admin-demo";
    static constexpr const char *ViewerLogin = "viewer"; // a valid login without Grafana Admin
    static constexpr const char *ViewerPassword = "viewer-demo";

    struct Session
    {
        qint64 id = 0;
        QString clientIp, device, os, osVersion, browser, browserVersion, authModule;
        QDateTime createdAt, seenAt;
    };
    struct User
    {
        qint64 id = 0;
        QString uid, login, email, name, password;
        bool isGrafanaAdmin = false;
        QDateTime lastSeenAt;
        QList<Session> sessions;
    };

    using Clock = std::function<QDateTime()>;
    explicit GrafanaDemoStore(Clock clock = {});

    static constexpr int DefaultVersion = 11;
    static bool isSupportedVersion(int major) { return major >= 8 && major <= 12; }
    void setVersion(int major); // 8..12; anything else is ignored
    int versionMajor() const { return m_major; }
    QString versionText() const; // "11.3.1"
    bool hasRbac() const { return m_major >= 9; } // 8.x OSS: every admin route is reqGrafanaAdmin (E6 403)

    // Authentication: 0 and a 401 reply when the Basic header is missing, wrong or the login is locked.
    qint64 authenticate(const QByteArray &authorizationHeader, GrafanaDemoReply *unauthorized);
    bool isGrafanaAdmin(qint64 userId) const;
    GrafanaDemoReply rbacDenied(const QString &action) const; // E5, or E6 on 8.x
    static GrafanaDemoReply permissionDenied();

    GrafanaDemoReply health() const;
    GrafanaDemoReply currentUser(qint64 callerId) const;
    GrafanaDemoReply settings() const;
    GrafanaDemoReply stats() const;
    GrafanaDemoReply usageReport() const;
    GrafanaDemoReply searchUsers(const QString &query, int page, int perPage) const;
    GrafanaDemoReply createUser(const QByteArray &body);
    GrafanaDemoReply changePassword(const QString &id, const QByteArray &body);
    GrafanaDemoReply setPermissions(const QString &id, const QByteArray &body);
    GrafanaDemoReply deleteUser(const QString &id);
    GrafanaDemoReply authTokens(const QString &id) const;
    GrafanaDemoReply revokeAuthToken(const QString &id, const QByteArray &body);
    GrafanaDemoReply logoutUser(const QString &id, qint64 callerId);
    GrafanaDemoReply reloadProvisioning(const QString &type) const;
    GrafanaDemoReply reloadLdap() const;
    GrafanaDemoReply encryption(const QString &action) const;

    const QList<User> &users() const { return m_users; }

private:
    User *find(const QString &id);
    const User *find(const QString &id) const;
    void addUser(User user);
    QDateTime now() const { return m_clock(); }

    GrafanaDemoReply invalidCredentials(bool locked) const;

    Clock m_clock;
    int m_major = DefaultVersion;
    QList<User> m_users;
    qint64 m_nextUserId = 1;
    qint64 m_nextSessionId = 5000;
    QHash<QString, QList<QDateTime>> m_failedLogins; // login -> failure times (lower-case login)
};
