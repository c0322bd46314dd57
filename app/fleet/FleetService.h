#pragma once

// The poller of one Nezha dashboard. Owns the poll timer and the connection state; on each tick asks its
// DashboardDriver for details without parameters (the only request that carries the real display_index;
// tag filtering is the UI's job), then makes ONE call into FleetModel (apply) and HistoryStore (append).
// Failures keep the last data (model marked stale) and back off (doubling, capped at a few poll intervals and
// at most 30 s, so a restarted dashboard is seen again soon); retryNow() skips the wait when the network comes
// back (followNetworkReachability) or the window is shown again. A tick that finds the
// previous request still running counts as a failure (Timeout: the data goes stale and says why), except for
// a streaming driver, whose accepted call is answered by its next frame. A rejected credential stops polling
// until setConnection() brings different credentials (also while stopped: stop, setConnection, start polls).
// Created by the application wiring; main thread. The model and history are not owned; the driver is (setDriver reparents it).

#include "ApiError.h"
#include "ServerSnapshot.h"
#include "fleet/DashboardConnection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

#include "nezha/DashboardDriver.h" // QPointer<DashboardDriver> needs the complete type
class FleetModel;
class HistoryStore;
class QNetworkAccessManager;

class FleetService : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState {
        Idle,         // not started, stopped, or no usable connection
        Connecting,   // started, first answer pending
        Connected,    // the last poll succeeded
        Stale,        // unreachable or bad reply: the last data is kept and marked stale
        AuthRejected, // the dashboard refused the token; no polling until the credentials change
    };
    Q_ENUM(ConnectionState)

    using Clock = std::function<qint64()>; // ms since the epoch; the local clock (schedules, lastSuccess)

    static constexpr int DefaultBackoffCapMs = 30000; // and never more than BackoffIntervals poll intervals
    static constexpr int BackoffIntervals = 4;
    // The wait before the next poll after `failures` failures in a row: pollMs doubled per failure, capped at
    // min(BackoffIntervals x pollMs, capMs), never below pollMs.
    static int backoffIntervalMs(int pollMs, int failures, int capMs = DefaultBackoffCapMs);

    FleetService(FleetModel *model, HistoryStore *history, QObject *parent = nullptr);

    void setDriver(DashboardDriver *driver);         // takes ownership
    void useNezhaV0(QNetworkAccessManager *nam);     // convenience: setDriver(new NezhaV0Driver(nam))
    void useNezha(QNetworkAccessManager *nam);       // setDriver(new NezhaAutoDriver(nam)): v0, v1 or v2
    DashboardDriver *driver() const { return m_driver; }
    void setClock(Clock clock);                      // for tests; empty = the real clock
    void setBackoffCapMs(int ms) { m_backoffCapMs = ms; }

    void setConnection(const DashboardConnection &connection);
    DashboardConnection connection() const { return m_connection; }
    void start();
    void stop();
    void refreshNow(); // polls at once (ignored while AuthRejected or Idle)
    // Polls at once if the last poll failed (Stale) instead of waiting out the backoff: the network came back,
    // the window was shown again. Nothing while connected, connecting, stopped or rejected.
    void retryNow();
    // Retries at once whenever QNetworkInformation reports the network reachable again. Without a backend
    // (no NetworkManager, CI) it does nothing and returns false.
    bool followNetworkReachability();
    void setNetworkOnline(bool online); // what the reachability signal calls; public for tests
    void setPollInterval(int ms);
    void setOfflineThreshold(int secs);

    bool isRunning() const { return m_running; }
    ConnectionState state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime nextPollAt() const { return m_nextPollAt; } // invalid when nothing is scheduled
    int consecutiveFailures() const { return m_failures; }
    int currentIntervalMs() const; // the poll interval after backoff
    int requestTimeoutMs() const;  // shorter than the poll interval

signals:
    void stateChanged(FleetService::ConnectionState state);
    void snapshotApplied(const FleetSnapshot &snapshot);
    void pollFailed(const ApiError &error);
    void nextPollScheduled(const QDateTime &when);
    void dashboardChanged(); // another dashboard (URL) than before: per-server state elsewhere is void

private:
    enum class PollReason { Tick, Explicit }; // the timer, or start/setConnection/refreshNow
    void poll(PollReason reason = PollReason::Explicit);
    void onTickSkipped();
    void onDetails(const FleetSnapshot &snapshot);
    void onFailed(const ApiError &error);
    void scheduleNext();
    void setState(ConnectionState state);
    qint64 now() const;

    FleetModel *m_model;
    HistoryStore *m_history;
    QPointer<DashboardDriver> m_driver;
    DashboardConnection m_connection;
    QTimer m_timer;
    QElapsedTimer m_requestAge; // since the driver accepted the last details request
    Clock m_clock;
    ConnectionState m_state = ConnectionState::Idle;
    ApiError m_lastError;
    QDateTime m_lastSuccess;
    QDateTime m_nextPollAt;
    int m_failures = 0;
    int m_backoffCapMs = DefaultBackoffCapMs;
    bool m_running = false;
};
