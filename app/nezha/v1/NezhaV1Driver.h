#pragma once

// DashboardDriver for Nezha v1 and v2 dashboards (v2 = v1 plus personal access tokens, CSRF on refresh and
// TSDB metrics). Live data comes from the WebSocket /api/v1/ws/server (V1Stream); when the upgrade is refused
// but HTTP works, it polls GET /api/v1/server instead, stamped with the Date header as the dashboard clock.
// Credentials live in V1Session (login/JWT/renewal or a PAT); V1GuestGuard keeps a guest-downgraded view out of
// the fleet; server groups (GET /api/v1/server-group, on connect and every groupsIntervalMs) are applied to each
// snapshot; a logged-in admin also learns the dashboard's version (identified()). Frames and replies are decoded on the global thread pool (only the newest waiting frame is kept);
// the GUI thread receives finished snapshots. Created by NezhaAutoDriver (or tests) on the main thread; the
// QNetworkAccessManager is injected and not owned.
//
// fetchDetails(): in stream mode the answer is the next frame (or a Timeout after the silence limit); frames
// also arrive unasked as detailsReceived. In polling mode it is one GET. fetchServerList(): one GET /server.

#include "nezha/DashboardDriver.h"
#include "net/HttpCall.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class V1Api;
class V1GuestGuard;
class V1Metrics;
class V1Session;
class V1Stream;

class NezhaV1Driver : public DashboardDriver
{
    Q_OBJECT
public:
    explicit NezhaV1Driver(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~NezhaV1Driver() override;

    void setConnection(const DashboardConnection &connection) override;
    void setDashboardInfo(const DashboardInfo &info); // from the probe: V1 or V2 (refresh verb, metrics)
    void setRequestTimeoutMs(int ms) override;

    bool fetchServerList(const QString &tag = {}) override;
    bool fetchDetails(const DetailsQuery &query = DetailsQuery::all()) override;
    bool busy(Endpoint endpoint) const override;
    void cancelAll() override;
    DashboardInfo info() const override { return m_info; }
    bool isStreaming() const override;
    bool fetchMetrics(quint64 serverId, const QString &metric, const QString &period) override;

    bool isPolling() const { return m_polling; }
    V1Session *session() const { return m_session; }
    V1Stream *stream() const { return m_stream; }
    void setGroupsIntervalMs(int ms) { m_groupsTimer.setInterval(ms); }
    void setStreamRetryMs(int ms) { m_streamRetry.setInterval(ms); } // polling -> try the stream again

private:
    void start();                 // session ready -> stream (or poll), groups
    void onSessionFailed(const ApiError &error);
    void onFrame(const QString &frame, qint64 receivedAtMs);
    void decodeFrame(const QString &frame, qint64 receivedAtMs);
    void onUpgradeFailed(const ApiError &error);
    void onTokenRejected();
    void deliver(const FleetSnapshot &snapshot);
    void failDetails(const ApiError &error);
    void poll(bool fallbackProbe);
    void fetchGroups();
    void fetchVersion();
    void requestList(const QString &tag);
    void failList(const ApiError &error, const QString &tag);

    QNetworkAccessManager *m_nam;
    V1Session *m_session;
    V1Stream *m_stream;
    V1GuestGuard *m_guard;
    V1Api *m_api;
    V1Metrics *m_metrics;
    DashboardConnection m_connection;
    DashboardInfo m_info;
    int m_timeoutMs = 10000;
    QList<ServerGroup> m_groups;
    DetailsQuery m_query;
    bool m_pendingDetails = false;
    bool m_pendingList = false; // fetchServerList() waits for a login (ready() or failed() answers it)
    bool m_listRelogged = false; // the list was refused once and a re-login was tried for it
    QString m_listTag;
    bool m_polling = false;
    bool m_started = false;
    bool m_versionAsked = false;
    bool m_streamAfterGroups = false; // a PAT: open the stream once /server-group accepted it
    bool m_restartOnReady = false; // a re-login after a guest view: reopen the stream with the new token
    QString m_waitingFrame; // the newest frame that arrived while another was decoding
    qint64 m_waitingFrameAtMs = 0;
    QPointer<QFutureWatcher<FleetDecodeResult>> m_frameDecode;
    QPointer<QFutureWatcher<FleetDecodeResult>> m_pollDecode;
    QPointer<QFutureWatcher<FleetDecodeResult>> m_listDecode;
    QPointer<HttpCall> m_pollCall;
    QPointer<HttpCall> m_listCall;
    QPointer<HttpCall> m_groupsCall;
    QTimer m_groupsTimer;
    QTimer m_streamRetry;
    QTimer m_detailsDeadline;
};
