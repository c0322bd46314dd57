#pragma once

// Who may see what on the v1/v2 demo dashboard: the demo users (admin and a member), login sessions with an
// opaque JWT, an expiry and the client IP they are bound to, v2 personal access tokens (nzp_ + 32 chars) with
// scopes and an optional server binding, the signed nz-csrf double-submit value, and the WAF that blocks an IP
// for max(3, strikes^4) s after its last strike (nezhahq/nezha v2.3.7 model/waf.go, jwt.go, api_token.go).
// Time comes from the injected clock (the simulated dashboard's), so tests expire tokens and lift blocks by
// moving the clock. Owned by DemoDashboard; main thread. Plain class: the routes (DemoNezhaV1, DemoStream)
// ask it questions and turn the answers into the real wire replies.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class DemoAuth
{
public:
    using Clock = std::function<qint64()>; // ms since the epoch

    static constexpr auto ScopeInventoryRead = "nezha:inventory:read";
    static constexpr auto ScopeServerRead = "nezha:server:read";

    enum class Role { Admin = 0, Member = 1 };
    struct User
    {
        quint64 id = 0;
        QString username;
        QString password;
        Role role = Role::Admin;
    };
    struct Pat
    {
        quint64 userId = 1;
        QStringList scopes;
        QList<quint64> serverIds; // empty = every server
        bool hasScope(const QString &scope) const;
    };
    struct Login
    {
        bool ok = false;
        QString token;
        qint64 expireMs = 0;
    };
    // What a JWT turned out to be: a user, or why not.
    enum class JwtState { Missing, Valid, Expired, Unknown, IpChanged };
    struct JwtCheck
    {
        JwtState state = JwtState::Missing;
        const User *user = nullptr;
    };

    explicit DemoAuth(Clock clock);

    static QString adminLogin();
    static QString adminPassword();
    static QString memberLogin();
    static QString memberPassword();
    const User *adminUser() const { return &m_users.first(); }

    void setJwtTtlSecs(int secs) { m_ttlSecs = qMax(1, secs); }
    int jwtTtlSecs() const { return m_ttlSecs; }

    // A failed login strikes `ip` (no strike for a missing username/password, like gin-jwt's bind error).
    Login login(const QString &username, const QString &password, const QString &ip);
    Login refresh(const QString &token); // a new token for a valid session; the old one stays until it expires
    JwtCheck checkJwt(const QString &token) const;
    void invalidateSessions(); // as if the client's IP had changed: every session stops matching

    QString createPat(const QStringList &scopes, const QList<quint64> &serverIds);
    const Pat *pat(const QString &token) const; // nullptr when unknown

    QByteArray newCsrf() const;
    bool csrfValid(const QByteArray &cookie) const;

    // WAF
    void strike(const QString &ip);
    void clearStrikes(const QString &ip);
    int strikes(const QString &ip) const;
    int totalStrikes() const;
    bool blocked(const QString &ip) const;
    static QByteArray blockPage(); // waf.html with {error} filled in

private:
    struct Session
    {
        const User *user = nullptr;
        qint64 expiresMs = 0;
        int ipEpoch = 0;
    };
    struct Strikes
    {
        int count = 0;
        qint64 lastMs = 0;
    };
    QString issue(const User *user);
    const User *findUser(const QString &username) const;

    Clock m_clock;
    QList<User> m_users;
    QHash<QString, Session> m_sessions;
    QHash<QString, Pat> m_pats;
    QHash<QString, Strikes> m_strikes;
    QByteArray m_secret;
    int m_ttlSecs = 3600;
    int m_ipEpoch = 0;
};
