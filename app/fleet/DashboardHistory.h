#pragma once

// The dashboard's own history (Nezha v2 with TSDB: GET /api/v1/server/:id/metrics) for the detail view's
// 1 day / 7 days / 30 days windows. load() asks the FleetService's driver for every metric of one server and
// one period, one request at a time (a dashboard answers each metric separately), and keeps the answers for
// a while so switching windows back and forth costs nothing. Tells whether the dashboard has such history at
// all: v0/v1 keep none; a v2 with TSDB off answers empty lists ("keeps no history"), which is not an error.
// Created by the GUI wiring next to FleetService; read by ServerDetailPanel. GUI thread.

#include "ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>

class DashboardDriver;
class FleetService;
namespace NezhaV1 {
struct MetricsResult;
}

class DashboardHistory : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Unsupported, // the dashboard keeps no history of its own (v0, v1, or not identified yet)
        Idle,        // nothing asked yet
        Loading,     // requests in flight; series() holds what has arrived
        Ready,       // every metric answered
        NoHistory,   // the dashboard answered, but has no history (TSDB off, or nothing recorded yet)
        Failed,      // a request failed: error() says why; series() keeps what arrived
    };
    Q_ENUM(Status)

    static constexpr int CacheSecs = 120;

    explicit DashboardHistory(FleetService *fleet, QObject *parent = nullptr);

    // The metric names the v2 API knows and the detail view draws.
    static QStringList metricNames();
    static QString periodFor(int windowSecs); // 86400 -> "1d", 604800 -> "7d", 2592000 -> "30d", else ""

    bool supported() const;                       // the driver identified a v2 dashboard
    void load(quint64 serverId, const QString &period); // no-op when the same answers are fresh
    void clear();                                 // another dashboard: forget everything
    Status status() const { return m_status; }
    ApiError error() const { return m_error; }
    quint64 serverId() const { return m_serverId; }
    QString period() const { return m_period; }
    // Points of one metric (x = ms since the epoch, y = raw value: percent, bytes, bytes/s, count, °C).
    QList<QPointF> series(const QString &metric) const { return m_series.value(metric); }

signals:
    void changed(); // status or series changed

private:
    void connectDriver();
    void requestNext();
    void onReceived(const NezhaV1::MetricsResult &metrics);
    void onFailed(quint64 serverId, const QString &metric, const QString &period, const ApiError &error);
    void setStatus(Status status);

    FleetService *m_fleet;
    QPointer<DashboardDriver> m_driver;
    quint64 m_serverId = 0;
    QString m_period;
    QStringList m_pending;      // metrics still to ask for
    QString m_inFlight;         // the metric asked for now
    QHash<QString, QList<QPointF>> m_series;
    QDateTime m_loadedAt;
    int m_empty = 0;            // metrics answered with no points
    Status m_status = Status::Idle;
    ApiError m_error;
};
