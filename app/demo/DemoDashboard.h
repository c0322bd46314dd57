#pragma once

// A local stand-in for a Nezha v0 dashboard: a QHttpServer on 127.0.0.1 serving /api/v1/server/list and
// /api/v1/server/details from a SimulatedFleet, with the real v0 quirks (nezha.md): raw-token auth that
// fails with HTTP 200 + {"code":403}, tag beats id, unparsable ids dropped, duplicates repeated, random
// order for the unfiltered endpoints, real display_index only in details without parameters, a Go-style
// Date header, an HTML 404 page for unknown routes. Fault modes (setFault) make it misbehave on demand.
// The same server also speaks Grafana's Admin API (GrafanaDemo: admin / admin-demo), so the demo shows a
// working admin pane. Used by `farsight --demo`, farsight-demo-dashboard and the tests; main thread.

#include "demo/SimulatedFleet.h"

class GrafanaDemo;

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
    };
    Q_ENUM(Fault)

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
    int requestCount() const { return m_requests; } // API requests seen, for tests

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

    SimulatedFleet m_fleet;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<DemoTcpServer> m_tcp;
    GrafanaDemo *m_grafana = nullptr; // child of m_http
    QString m_token;
    quint16 m_port = 0;
    Fault m_fault = Fault::None;
    int m_slowDelayMs = 15000;
    qint64 m_hugeBytes = 33 * 1024 * 1024;
    int m_requests = 0;
    mutable quint64 m_orderCounter = 0;
};
