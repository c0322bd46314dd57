#include "demo/v1/DemoAuth.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// waf.html of nezhahq/nezha v2.3.7 (cmd/dashboard/controller/waf/waf.html), served with HTTP 403.
constexpr char wafTemplate[] = R"(<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Blocked</title>
    <style>
        body {
            display: flex;
            justify-content: center;
            align-items: center;
            height: 90vh;
            font-weight: bolder;
            font-family: 'Courier New', Courier, monospace;
        }
        main {
            text-align: center;
        }
        .emoji {
            font-size: 200px;
        }
        p.secondary {
            font-size: 12px;
            color: #888;
        }

        @media (prefers-color-scheme: dark) {
            body {
                background-color: #111;
                color: #007C41
            }
        }
    </style>
</head>

<body>
    <main>
        <div class="emoji">🤡</div>
        <h1>Blocked</h1>
        <p>{error}</p>
        <p class="secondary">nezha WAF</p>
    </main>
</body>

</html>)";

} // namespace

bool DemoAuth::Pat::hasScope(const QString &scope) const
{
    return scopes.contains(scope) || scopes.contains(QStringLiteral("nezha:*"));
}

DemoAuth::DemoAuth(Clock clock) : m_clock(std::move(clock)), m_secret(randomBytes(32))
{
    m_users = {{1, adminLogin(), adminPassword(), Role::Admin}, {2, memberLogin(), memberPassword(), Role::Member}};
}

QString DemoAuth::adminLogin() { return QStringLiteral("admin"); }
QString DemoAuth::adminPassword() { return QStringLiteral("admin-demo-nezha"); }
QString DemoAuth::memberLogin() { return QStringLiteral("member"); }
QString DemoAuth::memberPassword() { return QStringLiteral("member-demo-nezha"); }

const DemoAuth::User *DemoAuth::findUser(const QString &username) const
{
    for (const User &u : m_users) {
        if (u.username == username)
            return &u;
    }
    return nullptr;
}

QString DemoAuth::issue(const User *user)
{
    // Shaped like an HS256 JWT but opaque: clients must never decode it (nezha.md 5.6.1).
    const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.")
                          + QString::fromLatin1(base64Url(randomBytes(48)) + '.' + base64Url(randomBytes(32)));
    m_sessions.insert(token, Session{user, m_clock() + qint64(m_ttlSecs) * 1000, m_ipEpoch});
    return token;
}

DemoAuth::Login DemoAuth::login(const QString &username, const QString &password, const QString &ip)
{
    if (username.isEmpty() || password.isEmpty())
        return {};
    const User *user = findUser(username);
    if (!user || user->password != password) {
        strike(ip);
        return {};
    }
    clearStrikes(ip);
    const QString token = issue(user);
    return {true, token, m_sessions.value(token).expiresMs};
}

DemoAuth::Login DemoAuth::refresh(const QString &token)
{
    const JwtCheck check = checkJwt(token);
    if (check.state != JwtState::Valid)
        return {};
    const QString fresh = issue(check.user);
    return {true, fresh, m_sessions.value(fresh).expiresMs};
}

DemoAuth::JwtCheck DemoAuth::checkJwt(const QString &token) const
{
    if (token.isEmpty())
        return {};
    const auto it = m_sessions.constFind(token);
    if (it == m_sessions.constEnd())
        return {JwtState::Unknown, nullptr};
    if (m_clock() > it->expiresMs)
        return {JwtState::Expired, nullptr};
    if (it->ipEpoch != m_ipEpoch)
        return {JwtState::IpChanged, nullptr};
    return {JwtState::Valid, it->user};
}

void DemoAuth::invalidateSessions()
{
    ++m_ipEpoch;
}

QString DemoAuth::createPat(const QStringList &scopes, const QList<quint64> &serverIds)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString token = QStringLiteral("nzp_");
    for (int i = 0; i < 32; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    m_pats.insert(token, Pat{1, scopes, serverIds});
    return token;
}

const DemoAuth::Pat *DemoAuth::pat(const QString &token) const
{
    const auto it = m_pats.constFind(token);
    return it == m_pats.constEnd() ? nullptr : &*it;
}

QByteArray DemoAuth::newCsrf() const
{
    const QByteArray nonce = base64Url(randomBytes(24));
    return nonce + '.' + QMessageAuthenticationCode::hash(nonce, m_secret, QCryptographicHash::Sha256).toHex();
}

bool DemoAuth::csrfValid(const QByteArray &cookie) const
{
    const qsizetype dot = cookie.indexOf('.');
    if (dot <= 0)
        return false;
    const QByteArray nonce = cookie.left(dot);
    return cookie.mid(dot + 1) == QMessageAuthenticationCode::hash(nonce, m_secret, QCryptographicHash::Sha256).toHex();
}

void DemoAuth::strike(const QString &ip)
{
    Strikes &s = m_strikes[ip];
    ++s.count;
    s.lastMs = m_clock();
}

void DemoAuth::clearStrikes(const QString &ip)
{
    m_strikes.remove(ip);
}

int DemoAuth::strikes(const QString &ip) const
{
    return m_strikes.value(ip).count;
}

int DemoAuth::totalStrikes() const
{
    int total = 0;
    for (const Strikes &s : m_strikes)
        total += s.count;
    return total;
}

bool DemoAuth::blocked(const QString &ip) const
{
    const auto it = m_strikes.constFind(ip);
    if (it == m_strikes.constEnd() || it->count == 0)
        return false;
    // model/waf.go powAdd: blocked until last strike + max(strikes^4, 3) seconds.
    const double power = double(it->count) * it->count * it->count * it->count;
    const qint64 blockSecs = power > 1e12 ? qint64(1e12) : qMax<qint64>(3, qint64(power));
    return m_clock() < it->lastMs + blockSecs * 1000;
}

QByteArray DemoAuth::blockPage()
{
    return QByteArray(wafTemplate).replace("{error}", "you were blocked by nezha WAF");
}
