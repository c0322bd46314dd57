#pragma once

// DashboardDriver for a Nezha v0 dashboard (v0.15 .. v0.20): GET /api/v1/server/list?tag= and
// /api/v1/server/details?id=1,2 | ?tag=, raw token in Authorization (no "Bearer"). Reads status and body
// through HttpCall, turns HTTP-level surprises (500 with an empty body, an HTML 404 page, a non-JSON 200)
// into clear errors, hands JSON to the pure decoders in models/ (which map the in-body code 403 to Auth),
// and stamps the snapshot with the dashboard's clock from the Date header. Main thread; the
// QNetworkAccessManager is injected and not owned. Decoding runs on the global thread pool (a 1,000-server
// reply costs ~10 ms, 10,000 servers ~150 ms), so the GUI thread only receives the finished snapshot; an
// endpoint stays busy until its decode is done, and cancelAll() discards decodes in flight.

#include "nezha/DashboardDriver.h"
#include "NezhaV0Codec.h"
#include "net/HttpCall.h"

#include <QFutureWatcher>
#include <QPointer>

class QNetworkAccessManager;

class NezhaV0Driver : public DashboardDriver
{
    Q_OBJECT
public:
    explicit NezhaV0Driver(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setConnection(const DashboardConnection &connection) override;
    void setRequestTimeoutMs(int ms) override { m_timeoutMs = ms; }
    int requestTimeoutMs() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBytes = bytes; }

    bool fetchServerList(const QString &tag = {}) override;
    bool fetchDetails(const DetailsQuery &query = DetailsQuery::all()) override;
    bool busy(Endpoint endpoint) const override;
    void cancelAll() override;

    // The request URL for a query (exposed for tests and the command line's diagnostics).
    QUrl listUrl(const QString &tag) const;
    QUrl detailsUrl(const DetailsQuery &query) const;

private:
    HttpCall *send(const QUrl &url);
    void onFinished(Endpoint endpoint, const HttpResult &result, bool realDisplayIndex);
    void onDecoded(Endpoint endpoint, FleetDecodeResult decoded, const HttpResult &result);
    // HTTP-level checks before decoding; returns an error when the reply cannot be a v0 API answer.
    ApiError checkReply(const HttpResult &result, const QUrl &url) const;

    QNetworkAccessManager *m_nam;
    DashboardConnection m_connection;
    int m_timeoutMs = 10000;
    qint64 m_maxBytes = HttpCall::DefaultMaxBytes;
    QPointer<HttpCall> m_list;
    QPointer<HttpCall> m_details;
    QPointer<QFutureWatcher<FleetDecodeResult>> m_listDecode;
    QPointer<QFutureWatcher<FleetDecodeResult>> m_detailsDecode;
};
