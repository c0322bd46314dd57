#pragma once

// A local stand-in for a Nezha v0 dashboard: a QHttpServer on 127.0.0.1 serving /api/v1/server/list and
// /api/v1/server/details from a SimulatedFleet, with the real v0 quirks (nezha.md): raw-token auth that
// fails with HTTP 200 + {"code":403}, tag beats id, unparsable ids dropped, duplicates repeated, random
// order for the unfiltered endpoints, real display_index only in details without parameters, a Go-style
// Date header, an HTML 404 page for unknown routes. Fault modes (setFault) make it misbehave on demand.
// The same server also speaks Grafana's Admin API (GrafanaDemo: admin / admin-demo), so the demo shows a
// working admin pane. With setGeneration(V1|V2) it speaks the v1/v2 API instead (login + JWT, PATs on v2,
// the WebSocket stream, server groups, TSDB metrics, WAF, CSRF): app/demo/v1/ holds that half (DemoNezhaV1
// routes, DemoAuth, DemoStream) and this class only dispatches to it and applies the same fault modes.
// Used by `farsight --demo`, farsight-demo-dashboard and the tests; main thread.

#include "demo/SimulatedFleet.h"

class GrafanaDemo;
class DemoAuth;
class DemoNezhaV1;
class DemoStream;
struct DemoAnswer;
struct DemoRequest;

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class DemoTcpServer;

class DemoDashboard : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        Slow,            // answer only after slowDelayMs()
        DropConnection,  // close the connection without answering
        ServerError,     // HTTP 500 with an empty body (a recovered Go panic)
        HtmlNotFound,    // the HTML 404 page, as if this were not a dashboard
        TruncatedJson,   // the real reply cut in the middle
        RejectToken,     // every token is rejected: HTTP 200 + code 403
        ErrorInBody,     // HTTP 200 with a non-zero code and a message
        HugeBody,        // a body larger than the clients' 32 MiB cap
        Trickle,         // headers at once, then the real body one byte per trickleIntervalMs()
    };
    Q_ENUM(Fault)
    enum class Generation { V0, V1, V2 }; // which Nezha API it speaks (nezha.md 1-3 or 5)
    Q_ENUM(Generation)

    explicit DemoDashboard(int serverCount = SimulatedFleet::DefaultCount, quint32 seed = 1,
                           QObject *parent = nullptr);
    ~DemoDashboard() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only
    QUrl url() const;              // http://127.0.0.1:<port>, empty before listen()
    quint16 port() const { return m_port; }
    QString token() const { return m_token; } // 32 chars [0-9A-Za-z], random unless set
    void setToken(const QString &token) { m_token = token; }
    QHttpServer *httpServer() const { return m_http.get(); }
    SimulatedFleet *fleet() { return &m_fleet; }
    GrafanaDemo *grafana() const { return m_grafana; }
    static QString grafanaUser();     // the demo's Grafana server admin login
    static QString grafanaPassword(); // its password (a published demo credential, not a secret)

    void setFault(Fault fault) { m_fault = fault; }
    Fault fault() const { return m_fault; }
    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }
    int slowDelayMs() const { return m_slowDelayMs; }
    void setHugeBodyBytes(qint64 bytes) { m_hugeBytes = bytes; }
    void setTrickleIntervalMs(int ms) { m_trickleMs = qMax(1, ms); }
    int trickleIntervalMs() const { return m_trickleMs; }
    int requestCount() const { return m_requests; } // API requests seen, for tests

    // ---- v1/v2 (no effect on v0) ----
    void setGeneration(Generation generation) { m_generation = generation; }
    Generation generation() const { return m_generation; }
    static QString generationName(Generation generation); // "v0", "v1", "v2"
    static bool parseGeneration(const QString &name, Generation *generation);
    static QString loginUser();     // the demo's published v1/v2 admin login (not a secret)
    static QString loginPassword(); // its password
    static QString memberUser();    // a non-admin login (sees no version in /setting)
    static QString memberPassword();
    void setJwtTtlSecs(int secs);   // login lifetime, default 3600
    int jwtTtlSecs() const;
    void setStreamIntervalMs(int ms); // WebSocket frame interval, default 2000
    int streamIntervalMs() const;
    void setTsdbEnabled(bool enabled) { m_tsdb = enabled; } // v2: off = metrics answer data_points []
    bool tsdbEnabled() const { return m_tsdb; }
    // A v2 personal access token ("nzp_" + 32 chars) with these scopes ("nezha:inventory:read",
    // "nezha:server:read", "nezha:*"), bound to serverIds when not empty.
    QString createPersonalAccessToken(const QStringList &scopes, const QList<quint64> &serverIds = {});
    void invalidateSessions(); // every JWT stops matching, as if the client's IP had changed
    int wafStrikes() const;    // strikes counted by the WAF (all client IPs)
    DemoAuth *auth() const { return m_auth.get(); }
    DemoStream *stream() const { return m_stream; }

    static QByteArray notFoundPage(); // the v0 HTML 404 page
    static QString faultName(Fault fault);                        // "slow", "drop", ...
    static bool parseFault(const QString &name, Fault *fault);    // inverse of faultName
    static QStringList faultNames();
    static QString generateToken();
    static QByteArray httpDate(qint64 msecsSinceEpoch); // "Mon, 02 Jan 2006 15:04:05 GMT"

signals:
    void requestServed(const QString &path);

private:
    void installRoutes();
    void handleApi(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool details);
    QByteArray listBody(const QString &tag) const;
    QByteArray detailsBody(const QString &tag, const QString &idParam) const;
    void reply(QHttpServerResponder &&responder, const QByteArray &body, const QByteArray &type, int status);
    void write(QHttpServerResponder &&responder, const DemoAnswer &answer);
    void trickle(QHttpServerResponder &&responder, const QByteArray &body, const QByteArray &type, int status,
                 QTcpSocket *socket);
    void handleV1(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool faultAnswer(const QHttpServerRequest &request, DemoAnswer *answer);

    SimulatedFleet m_fleet;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<DemoTcpServer> m_tcp;
    GrafanaDemo *m_grafana = nullptr; // child of m_http
    std::unique_ptr<DemoAuth> m_auth;
    std::unique_ptr<DemoNezhaV1> m_v1;
    DemoStream *m_stream = nullptr; // child
    Generation m_generation = Generation::V0;
    bool m_tsdb = true;
    QString m_token;
    quint16 m_port = 0;
    Fault m_fault = Fault::None;
    int m_slowDelayMs = 15000;
    qint64 m_hugeBytes = 33 * 1024 * 1024;
    int m_trickleMs = 1000;
    int m_requests = 0;
    mutable quint64 m_orderCounter = 0;
};
