#pragma once

// Client for Grafana's Admin API: one method per operation, one HTTP request each (through HttpCall),
// Basic auth, JSON Content-Type/Accept, and exactly one result signal per call: a typed *Received /
// actionSucceeded, or requestFailed(op, ApiError) with status + server message whatever the body shape.
// One request per operation at a time: a call made while the same operation runs is queued and sent when
// that one has answered (in call order; refused locally if a 401 came meanwhile). testConnection() instead
// joins the test in flight: every caller gets its own connectionTested() with the same result. The one
// exception to "one signal per call": setConnection() with a different connection drops what is running
// or queued for the old one, silently.
// A 401 is never retried: after one, every call is refused locally (Auth error, no request sent) for those
// credentials, also after switching to other ones and back, until setConnection() brings credentials
// Grafana has not rejected (url, user or password differ) or clearAuthFailure() — Grafana locks a login
// after 5 failures in 5 minutes.
// The server's version comes from /api/health (testConnection() or fetchHealth()); a call the version lacks
// (encryption on 8.x, alerting reload before 9.1, notifications reload on 11+) is refused locally with
// GrafanaFeatures::notAvailable(), as is an Enterprise-only call OSS answered 404 "Not found".
// Used by ui/admin/AdminPane, the profile dialog (testConnection) and `farsight grafana` (app/cli/grafana).
// GUI/main thread; the QNAM is injected. Health and connection test live in GrafanaClientHealth.cpp.

#include "grafana/GrafanaConnection.h"
#include "grafana/GrafanaTypes.h"
#include "grafana/GrafanaVersion.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

class QNetworkAccessManager;
struct HttpResult;

class GrafanaClient : public QObject
{
    Q_OBJECT
public:
    enum class Operation {
        TestConnection,
        Settings,
        UpdateSettings,
        Stats,
        UsageReport,
        SearchUsers,
        CreateUser,
        ChangePassword,
        SetGrafanaAdmin,
        DeleteUser,
        AuthTokens,
        RevokeAuthToken,
        LogoutUser,
        ReloadDashboards,
        ReloadDatasources,
        ReloadPlugins,
        ReloadAccessControl,
        ReloadAlerting,
        ReloadLdap,
        RotateDataKeys,
        ReencryptDataKeys,
        ReencryptSecrets,
        RollbackSecrets,
        ReloadNotifications, // legacy alert notifiers, Grafana <= 10
        Health,
        CurrentUser,
    };
    Q_ENUM(Operation)

    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr int LongTimeoutMs = 180000; // provisioning reloads and encryption are synchronous

    explicit GrafanaClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // The same connection again is a no-op (a remembered 401 stays, calls in flight stay valid).
    void setConnection(const GrafanaConnection &connection);
    GrafanaConnection connection() const { return m_connection; }
    void setTimeouts(int normalMs, int longMs);
    bool authFailed() const { return m_authFailed; }
    void clearAuthFailure(); // the user chose to try again with the same credentials
    bool isRunning(Operation op) const { return m_running.contains(op); }
    // The version /api/health reported last (unknown before, or when the server hides it).
    GrafanaVersion serverVersion() const { return m_version; }
    void setServerVersion(const GrafanaVersion &version) { m_version = version; }
    // The feature a server action needs, if any (std::nullopt: every version has it).
    static std::optional<GrafanaFeature> requiredFeature(Operation op);

    // GET /api/health then GET /api/user -> connectionTested(). Runs even after a 401 (explicit user action).
    void testConnection();
    // GET /api/health alone, without credentials (never counts towards the lockout) -> healthReceived().
    void fetchHealth();
    void fetchCurrentUser(); // GET /api/user -> currentUserReceived() (whoami)

    void fetchSettings();
    void updateSettings(const GrafanaSettingsUpdate &update); // Enterprise only; OSS answers 404
    void fetchStats();
    void fetchUsageReport();
    void searchUsers(const QString &query, int page, int perPage);
    void createUser(const GrafanaNewUser &user);
    void changePassword(qint64 userId, const QString &password);
    void setGrafanaAdmin(qint64 userId, bool isGrafanaAdmin);
    void deleteUser(qint64 userId);
    void fetchAuthTokens(qint64 userId);
    void revokeAuthToken(qint64 userId, qint64 authTokenId);
    void logoutUser(qint64 userId);
    // ReloadDashboards, ReloadDatasources, ReloadPlugins, ReloadAccessControl, ReloadAlerting, ReloadLdap,
    // RotateDataKeys, ReencryptDataKeys, ReencryptSecrets, RollbackSecrets.
    // ReloadNotifications.
    void runServerAction(Operation op);

    static QString operationPath(Operation op); // the API path of a server action, for display/tests

signals:
    void connectionTested(const GrafanaConnectionTest &result);
    void healthReceived(const GrafanaHealth &health, int httpStatus); // 200, or 503 with "database":"failing"
    void currentUserReceived(const GrafanaUserProfile &profile);
    void settingsReceived(const GrafanaSettings &settings);
    void statsReceived(const GrafanaStats &stats);
    void usageReportReceived(const GrafanaUsageReport &report, const QByteArray &json);
    void usersReceived(const GrafanaUserPage &page, const QString &query);
    void userCreated(const GrafanaCreatedUser &created, const GrafanaNewUser &form);
    void authTokensReceived(qint64 userId, const QList<GrafanaAuthToken> &tokens);
    // A mutation or server action succeeded; message is the server's text ("" for a 204).
    void actionSucceeded(GrafanaClient::Operation op, qint64 userId, const QString &message, int httpStatus);
    void requestFailed(GrafanaClient::Operation op, qint64 userId, const ApiError &error);
    void credentialsRejected(); // first 401: the pane stops and warns about the lockout
    void runningChanged(GrafanaClient::Operation op, bool running);

private:
    using Handler = std::function<void(const HttpResult &)>;
    QNetworkRequest request(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    void send(Operation op, qint64 userId, const QByteArray &verb, const QString &path, const QByteArray &body,
              Handler onSuccess, const QList<std::pair<QString, QString>> &query = {}, int timeoutMs = 0);
    void sendAction(Operation op, qint64 userId, const QByteArray &verb, const QString &path,
                    const QByteArray &body = {});
    void fail(Operation op, qint64 userId, const ApiError &error);
    void sendQueued(Operation op);
    void rememberAuthFailure();
    static QByteArray fingerprint(const GrafanaConnection &connection);
    void finishTest(const GrafanaConnectionTest &result);
    void onHealthAnswered(const HttpResult &result);
    void onUserAnswered(const HttpResult &result, const QString &version);
    bool refuseUnavailable(Operation op, qint64 userId);
    template <typename T>
    bool decoded(Operation op, qint64 userId, const GrafanaDecoded<T> &d, int status);

    QNetworkAccessManager *m_nam;
    GrafanaConnection m_connection;
    QSet<Operation> m_running;
    QHash<Operation, QList<std::function<void()>>> m_queued; // calls made while their operation ran
    int m_testCallers = 0;                                   // testConnection() calls the running test answers
    QSet<QByteArray> m_rejected; // fingerprints of credentials Grafana answered 401 to (no plain passwords)
    int m_timeoutMs = DefaultTimeoutMs;
    int m_longTimeoutMs = LongTimeoutMs;
    bool m_authFailed = false;
    GrafanaVersion m_version;
    quint64 m_generation = 0; // bumped by setConnection: answers for an older connection are dropped
};
