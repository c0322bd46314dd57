#pragma once

// The seam between a dashboard's wire protocol and the rest of Farsight. One driver per API generation
// (NezhaV0Driver today; v1/v2 later) turns requests into FleetSnapshot values or ApiError values, so that
// FleetService, the models and the UI never know which generation they talk to. Owned by FleetService or
// the command line; lives on the thread of its QNetworkAccessManager (the main thread).
// Contract: at most one request in flight per endpoint (a call while busy is skipped and returns false);
// every accepted call ends in exactly one of the received/failed signals, unless cancelAll() is called.

#include "ApiError.h"
#include "DashboardInfo.h"
#include "ServerSnapshot.h"
#include "nezha/v1/NezhaV1Codec.h"
#include "fleet/DashboardConnection.h"

#include <QList>
#include <QObject>
#include <QString>

// What /server/details should return: some ids, or one tag, or everything. Never both ids and tag
// (a v0 dashboard silently prefers the tag).
class DetailsQuery
{
public:
    static DetailsQuery all() { return {}; }
    static DetailsQuery byIds(const QList<quint64> &ids)
    {
        DetailsQuery q;
        q.m_ids = ids;
        return q;
    }
    static DetailsQuery byTag(const QString &tag)
    {
        DetailsQuery q;
        q.m_tag = tag;
        return q;
    }
    bool isAll() const { return m_ids.isEmpty() && m_tag.isEmpty(); }
    const QList<quint64> &ids() const { return m_ids; }
    const QString &tag() const { return m_tag; }

private:
    QList<quint64> m_ids;
    QString m_tag;
};

class DashboardDriver : public QObject
{
    Q_OBJECT
public:
    enum class Endpoint { ServerList, Details };
    Q_ENUM(Endpoint)

    using QObject::QObject;

    virtual void setConnection(const DashboardConnection &connection) = 0;
    virtual void setRequestTimeoutMs(int ms) = 0;

    // Return false (and emit nothing) when that endpoint already has a request in flight.
    virtual bool fetchServerList(const QString &tag = {}) = 0;
    virtual bool fetchDetails(const DetailsQuery &query = DetailsQuery::all()) = 0;
    virtual bool busy(Endpoint endpoint) const = 0;
    virtual void cancelAll() = 0; // drops requests in flight without emitting anything

    // What the driver knows about the dashboard (generation, version); Unknown until identified.
    virtual DashboardInfo info() const { return {}; }
    // True when the dashboard pushes updates (v1/v2 WebSocket): detailsReceived then also arrives unasked, one
    // per frame, and fetchDetails() only makes sure the stream runs (its answer is the next frame).
    virtual bool isStreaming() const { return false; }
    // Server-side history (v2 with TSDB): GET /api/v1/server/:id/metrics. period is "1d", "7d" or "30d".
    // Returns false when the dashboard has none of its own (v0, v1) or a request for it is in flight.
    virtual bool fetchMetrics(quint64 serverId, const QString &metric, const QString &period)
    {
        Q_UNUSED(serverId) Q_UNUSED(metric) Q_UNUSED(period) return false;
    }

signals:
    void serverListReceived(const FleetSnapshot &snapshot);
    void detailsReceived(const FleetSnapshot &snapshot);
    void requestFailed(DashboardDriver::Endpoint endpoint, const ApiError &error);
    void identified(const DashboardInfo &info); // generation/version became known or changed
    void metricsReceived(const NezhaV1::MetricsResult &metrics);
    void metricsFailed(quint64 serverId, const QString &metric, const QString &period, const ApiError &error);
};
