#pragma once

// A small Nezha v1/v2 dashboard for driver tests, written from nezha.md section 5 (not from the production
// encoders, so the decoders meet hand-written wire shapes): /setting, /login (JWT with a TTL, nz-jwt and
// nz-csrf cookies), /refresh-token (GET on v1, POST + CSRF double-submit on v2), /profile, /server,
// /server-group, /server/:id/metrics, personal access tokens with scopes (401 invalid, 403 lacking scope),
// the WAF block page after rejected logins, and the WebSocket /api/v1/ws/server (a frame every frameIntervalMs;
// guests do not see hidden servers). Switches let a test drop or silence the stream, refuse upgrades and
// expire tokens. QHttpServer on 127.0.0.1, port 0. Main thread of the test.

#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <vector>

class FakeNezhaV1 : public QObject
{
    Q_OBJECT
public:
    enum class Generation { V1, V2 };
    struct Stream
    {
        std::unique_ptr<QWebSocket> socket;
        bool member = false; // authenticated on the upgrade
        QByteArray authorization;
        QByteArray origin;
    };

    explicit FakeNezhaV1(Generation generation, QObject *parent = nullptr);
    ~FakeNezhaV1() override;
    bool listen();
    QUrl url() const;

    // Knobs.
    Generation generation;
    bool tsdbEnabled = true;
    QString version = QStringLiteral("2.3.7");
    qint64 ttlMs = 3600 * 1000;
    bool wafEnabled = false;       // rejected logins block the client (as with web_real_ip_header set)
    bool silent = false;           // the stream stays open but sends nothing
    bool csrfRequired = true;      // v2 refresh checks X-CSRF-Token against the nz-csrf cookie
    bool v20 = false;              // a v2.0.x dashboard: refresh is still GET without CSRF
    bool failRefresh = false;      // refresh answers ApiErrorUnauthorized (e.g. IP rebound)
    int frameIntervalMs = 100;
    QHash<QByteArray, QStringList> pats; // "nzp_..." -> scopes (a PAT not listed is invalid -> 401)

    // Effects.
    void block() { wafEnabled = true; ++m_strikes; } // as after one rejected login
    void expireSessions();  // every JWT issued so far stops working (expired or IP rebound)
    void forgetCsrf() { m_csrf.clear(); } // every nz-csrf issued so far fails the signature check
    void dropStreams();     // abort every open WebSocket
    void pingStreams();     // server ping on every open WebSocket (pongs are counted)
    void setRefuseUpgrades(bool refuse); // the stream's upgrade is turned down (HTTP keeps working)

    // Observations.
    int logins = 0, rejectedLogins = 0, refreshes = 0, csrfRejections = 0, profileChecks = 0, serverPolls = 0;
    int groupFetches = 0, metricsFetches = 0, upgrades = 0, pongs = 0;
    QByteArray lastRefreshMethod;
    const std::vector<Stream> &streams() const { return m_streams; }

    static constexpr const char *User = "admin";
    static constexpr const char *Password = "secret";

private:
    using Response = QHttpServerResponse;
    void installRoutes();
    void installFleetRoutes();
    Response json(const QJsonObject &body, int status = 200) const;
    Response error(const QString &message, int status = 200) const;
    Response success(const QJsonValue &data) const;
    Response wafPage() const;
    bool blocked() const { return wafEnabled && m_strikes > 0; }
    enum class Caller { Guest, Member, BadPat };
    Caller caller(const QByteArray &authorization, const QString &scope, QString *missingScope = nullptr) const;
    Response login(const QHttpServerRequest &request);
    Response refresh(const QHttpServerRequest &request);
    Response metrics(quint64 id, const QHttpServerRequest &request);
    QJsonArray servers(bool member, bool stream) const;
    QString issue();
    void onWebSocket();
    void sendFrames();

    QHttpServer m_http;
    quint16 m_port = 0;
    QMetaObject::Connection m_wsConnection;
    QHash<QString, qint64> m_tokens; // JWT -> expiry (ms)
    QSet<QByteArray> m_csrf;
    int m_strikes = 0;
    int m_serial = 0;
    QTimer m_frames;
    std::vector<Stream> m_streams;
};
