#include "grafana/GrafanaClient.h"

#include "grafana/GrafanaDecoders.h"
#include "net/HttpCall.h"
#include "net/ReplyChecks.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {

QString userPath(qint64 userId, const char *suffix = "")
{
    return QStringLiteral("/api/admin/users/%1%2").arg(QString::number(userId), QLatin1String(suffix));
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300 && status != 206; // 206 = encryption "partial": a failure
}

} // namespace

GrafanaClient::GrafanaClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    Q_ASSERT(nam);
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<GrafanaConnectionTest>();
}

QByteArray GrafanaClient::fingerprint(const GrafanaConnection &connection)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(connection.url.adjusted(QUrl::StripTrailingSlash).toEncoded());
    for (const QString &part : {connection.user, connection.password}) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(part.toUtf8());
    }
    return hash.result();
}

void GrafanaClient::setConnection(const GrafanaConnection &connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    // Only credentials Grafana has not refused may be sent: switching profiles back and forth must not
    // replay a wrong password toward the lockout.
    m_authFailed = m_rejected.contains(fingerprint(connection));
    ++m_generation;
    m_queued.clear();
    m_testCallers = 0;
    const QSet<Operation> running = std::exchange(m_running, {});
    for (Operation op : running)
        emit runningChanged(op, false);
}

void GrafanaClient::setTimeouts(int normalMs, int longMs)
{
    m_timeoutMs = normalMs;
    m_longTimeoutMs = longMs;
}

void GrafanaClient::clearAuthFailure()
{
    m_authFailed = false;
    m_rejected.remove(fingerprint(m_connection));
}

void GrafanaClient::rememberAuthFailure()
{
    const bool first = !m_authFailed;
    m_authFailed = true;
    m_rejected.insert(fingerprint(m_connection));
    if (first)
        emit credentialsRejected();
}

void GrafanaClient::sendQueued(Operation op)
{
    if (m_running.contains(op)) // a result handler already started the same operation anew
        return;
    auto it = m_queued.find(op);
    if (it == m_queued.end())
        return;
    const std::function<void()> next = it->takeFirst();
    if (it->isEmpty())
        m_queued.erase(it);
    next();
}

QString GrafanaClient::operationPath(Operation op)
{
    switch (op) {
    case Operation::ReloadDashboards: return QStringLiteral("/api/admin/provisioning/dashboards/reload");
    case Operation::ReloadDatasources: return QStringLiteral("/api/admin/provisioning/datasources/reload");
    case Operation::ReloadPlugins: return QStringLiteral("/api/admin/provisioning/plugins/reload");
    case Operation::ReloadAccessControl: return QStringLiteral("/api/admin/provisioning/access-control/reload");
    case Operation::ReloadAlerting: return QStringLiteral("/api/admin/provisioning/alerting/reload");
    case Operation::ReloadLdap: return QStringLiteral("/api/admin/ldap/reload");
    case Operation::RotateDataKeys: return QStringLiteral("/api/admin/encryption/rotate-data-keys");
    case Operation::ReencryptDataKeys: return QStringLiteral("/api/admin/encryption/reencrypt-data-keys");
    case Operation::ReencryptSecrets: return QStringLiteral("/api/admin/encryption/reencrypt-secrets");
    case Operation::RollbackSecrets: return QStringLiteral("/api/admin/encryption/rollback-secrets");
    case Operation::ReloadNotifications: return QStringLiteral("/api/admin/provisioning/notifications/reload");
    default: return {};
    }
}

std::optional<GrafanaFeature> GrafanaClient::requiredFeature(Operation op)
{
    switch (op) {
    case Operation::RotateDataKeys: return GrafanaFeature::RotateDataKeys;
    case Operation::ReencryptDataKeys: return GrafanaFeature::ReencryptDataKeys;
    case Operation::ReencryptSecrets: return GrafanaFeature::ReencryptSecrets;
    case Operation::RollbackSecrets: return GrafanaFeature::RollbackSecrets;
    case Operation::ReloadAlerting: return GrafanaFeature::ReloadAlerting;
    case Operation::ReloadNotifications: return GrafanaFeature::ReloadNotifications;
    default: return std::nullopt;
    }
}

bool GrafanaClient::refuseUnavailable(Operation op, qint64 userId)
{
    const std::optional<GrafanaFeature> feature = requiredFeature(op);
    if (!feature || GrafanaFeatures::has(*feature, m_version))
        return false;
    const ApiError e = GrafanaFeatures::notAvailable(m_version);
    QTimer::singleShot(0, this, [this, op, userId, e] { fail(op, userId, e); });
    return true;
}

QNetworkRequest GrafanaClient::request(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = ReplyChecks::joinPath(m_connection.url, path);
    // Encoded by hand: QUrlQuery leaves '+' and '&' ambiguous for a search text.
    QStringList pairs;
    for (const auto &[key, value] : query)
        pairs.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(pairs.isEmpty() ? QString() : pairs.join(QLatin1Char('&')));
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray credentials = (m_connection.user + QLatin1Char(':') + m_connection.password).toUtf8();
    req.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    return req;
}

void GrafanaClient::fail(Operation op, qint64 userId, const ApiError &error)
{
    emit requestFailed(op, userId, error);
}

void GrafanaClient::send(Operation op, qint64 userId, const QByteArray &verb, const QString &path,
                         const QByteArray &body, Handler onSuccess, const QList<std::pair<QString, QString>> &query,
                         int timeoutMs)
{
    if (m_running.contains(op)) { // one request per operation: this call goes out when that one has answered
        m_queued[op].append([=, this] { send(op, userId, verb, path, body, onSuccess, query, timeoutMs); });
        return;
    }
    if (!m_connection.isComplete() || m_authFailed) {
        ApiError e;
        if (m_authFailed) {
            e = ApiError::auth(tr("not sent: the last request was rejected and Grafana locks an account after "
                                  "5 failed sign-ins"), 401);
        } else {
            e.kind = ApiError::Kind::Network;
            e.detail = tr("no Grafana server is configured for this profile");
        }
        // Asynchronous like every other answer, so callers can rely on "the signal comes later".
        QTimer::singleShot(0, this, [this, op, userId, e] { fail(op, userId, e); });
        return;
    }
    m_running.insert(op);
    emit runningChanged(op, true);
    const quint64 generation = m_generation;
    HttpCall *call = HttpCall::start(m_nam, request(path, query), verb, body, timeoutMs > 0 ? timeoutMs : m_timeoutMs,
                                     HttpCall::DefaultMaxBytes, this);
    connect(call, &HttpCall::finished, this, [this, op, userId, generation, onSuccess](const HttpResult &r) {
        if (generation != m_generation)
            return; // answer for a connection that was replaced
        m_running.remove(op);
        emit runningChanged(op, false);
        if (!r.ok()) {
            fail(op, userId, r.error);
        } else if (r.status == 401) {
            rememberAuthFailure();
            fail(op, userId, decodeGrafanaError(r.status, r.body));
        } else if (!isSuccess(r.status)) {
            ApiError e = decodeGrafanaError(r.status, r.body);
            // Enterprise-only routes are not registered on OSS: the router's plain 404 "Not found".
            if ((op == Operation::UpdateSettings || op == Operation::ReloadAccessControl) && r.status == 404 &&
                e.detail.compare(QLatin1String("Not found"), Qt::CaseInsensitive) == 0)
                e = GrafanaFeatures::notAvailable(m_version, r.status);
            fail(op, userId, e);
        } else {
            onSuccess(r);
        }
        if (generation == m_generation) // a result handler may have switched the connection
            sendQueued(op);
    });
}

template <typename T>
bool GrafanaClient::decoded(Operation op, qint64 userId, const GrafanaDecoded<T> &d, int status)
{
    if (d.ok())
        return true;
    ApiError e = d.error;
    e.httpStatus = status;
    fail(op, userId, e);
    return false;
}

void GrafanaClient::sendAction(Operation op, qint64 userId, const QByteArray &verb, const QString &path,
                               const QByteArray &body)
{
    const bool slow = !operationPath(op).isEmpty();
    send(op, userId, verb, path, body,
         [this, op, userId](const HttpResult &r) {
             // {"message":...}, a plain-text sentence (encryption) or nothing at all (204); not an HTML page.
             ApiError broken = checkGrafanaMessageBody(r.body);
             if (broken.isError()) {
                 broken.httpStatus = r.status;
                 return fail(op, userId, broken);
             }
             emit actionSucceeded(op, userId, decodeGrafanaMessage(r.body), r.status);
         },
         {}, slow ? m_longTimeoutMs : 0);
}

void GrafanaClient::fetchSettings()
{
    send(Operation::Settings, 0, "GET", QStringLiteral("/api/admin/settings"), {}, [this](const HttpResult &r) {
        const auto d = decodeGrafanaSettings(r.body);
        if (decoded(Operation::Settings, 0, d, r.status))
            emit settingsReceived(d.value);
    });
}

void GrafanaClient::updateSettings(const GrafanaSettingsUpdate &update)
{
    sendAction(Operation::UpdateSettings, 0, "PUT", QStringLiteral("/api/admin/settings"),
               encodeGrafanaSettingsUpdate(update));
}

void GrafanaClient::fetchCurrentUser()
{
    send(Operation::CurrentUser, 0, "GET", QStringLiteral("/api/user"), {}, [this](const HttpResult &r) {
        const auto d = decodeGrafanaUserProfile(r.body);
        if (decoded(Operation::CurrentUser, 0, d, r.status))
            emit currentUserReceived(d.value);
    });
}

void GrafanaClient::fetchStats()
{
    send(Operation::Stats, 0, "GET", QStringLiteral("/api/admin/stats"), {}, [this](const HttpResult &r) {
        const auto d = decodeGrafanaStats(r.body);
        if (decoded(Operation::Stats, 0, d, r.status))
            emit statsReceived(d.value);
    });
}

void GrafanaClient::fetchUsageReport()
{
    send(Operation::UsageReport, 0, "GET", QStringLiteral("/api/admin/usage-report-preview"), {},
         [this](const HttpResult &r) {
             const auto d = decodeGrafanaUsageReport(r.body);
             if (decoded(Operation::UsageReport, 0, d, r.status))
                 emit usageReportReceived(d.value, r.body);
         });
}

void GrafanaClient::searchUsers(const QString &query, int page, int perPage)
{
    const QList<std::pair<QString, QString>> params = {{QStringLiteral("query"), query},
                                                       {QStringLiteral("page"), QString::number(qMax(1, page))},
                                                       {QStringLiteral("perpage"), QString::number(qMax(1, perPage))}};
    send(Operation::SearchUsers, 0, "GET", QStringLiteral("/api/users/search"), {},
         [this, query](const HttpResult &r) {
             const auto d = decodeGrafanaUserPage(r.body);
             if (decoded(Operation::SearchUsers, 0, d, r.status))
                 emit usersReceived(d.value, query);
         },
         params);
}

void GrafanaClient::createUser(const GrafanaNewUser &user)
{
    send(Operation::CreateUser, 0, "POST", QStringLiteral("/api/admin/users"), encodeGrafanaNewUser(user),
         [this, user](const HttpResult &r) {
             const auto d = decodeGrafanaCreatedUser(r.body);
             if (decoded(Operation::CreateUser, 0, d, r.status))
                 emit userCreated(d.value, user);
         });
}

void GrafanaClient::changePassword(qint64 userId, const QString &password)
{
    sendAction(Operation::ChangePassword, userId, "PUT", userPath(userId, "/password"), encodeGrafanaPassword(password));
}

void GrafanaClient::setGrafanaAdmin(qint64 userId, bool isGrafanaAdmin)
{
    sendAction(Operation::SetGrafanaAdmin, userId, "PUT", userPath(userId, "/permissions"),
               encodeGrafanaAdminFlag(isGrafanaAdmin));
}

void GrafanaClient::deleteUser(qint64 userId)
{
    sendAction(Operation::DeleteUser, userId, "DELETE", userPath(userId));
}

void GrafanaClient::fetchAuthTokens(qint64 userId)
{
    send(Operation::AuthTokens, userId, "GET", userPath(userId, "/auth-tokens"), {},
         [this, userId](const HttpResult &r) {
             const auto d = decodeGrafanaAuthTokens(r.body);
             if (decoded(Operation::AuthTokens, userId, d, r.status))
                 emit authTokensReceived(userId, d.value);
         });
}

void GrafanaClient::revokeAuthToken(qint64 userId, qint64 authTokenId)
{
    sendAction(Operation::RevokeAuthToken, userId, "POST", userPath(userId, "/revoke-auth-token"),
               encodeGrafanaRevokeToken(authTokenId));
}

void GrafanaClient::logoutUser(qint64 userId)
{
    sendAction(Operation::LogoutUser, userId, "POST", userPath(userId, "/logout"));
}

void GrafanaClient::runServerAction(Operation op)
{
    const QString path = operationPath(op);
    Q_ASSERT_X(!path.isEmpty(), "GrafanaClient::runServerAction", "not a server action");
    if (path.isEmpty() || refuseUnavailable(op, 0))
        return;
    sendAction(op, 0, "POST", path);
}

