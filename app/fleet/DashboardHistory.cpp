#include "fleet/DashboardHistory.h"

#include "fleet/FleetService.h"
#include "nezha/DashboardDriver.h"

DashboardHistory::DashboardHistory(FleetService *fleet, QObject *parent) : QObject(parent), m_fleet(fleet)
{
    connect(fleet, &FleetService::dashboardChanged, this, &DashboardHistory::clear);
}

QStringList DashboardHistory::metricNames()
{
    // Names from the v2 API (cmd/dashboard/controller/server.go, serverMetricMap); temperature and gpu are the
    // maximum over the server's sensors / GPUs.
    return {QStringLiteral("cpu"),          QStringLiteral("memory"),        QStringLiteral("swap"),
            QStringLiteral("disk"),         QStringLiteral("net_in_speed"),  QStringLiteral("net_out_speed"),
            QStringLiteral("load1"),        QStringLiteral("load5"),         QStringLiteral("load15"),
            QStringLiteral("tcp_conn"),     QStringLiteral("udp_conn"),      QStringLiteral("process_count"),
            QStringLiteral("temperature"),  QStringLiteral("gpu")};
}

QString DashboardHistory::periodFor(int windowSecs)
{
    switch (windowSecs) {
    case 86400: return QStringLiteral("1d");
    case 7 * 86400: return QStringLiteral("7d");
    case 30 * 86400: return QStringLiteral("30d");
    default: return {};
    }
}

bool DashboardHistory::supported() const
{
    const DashboardDriver *driver = m_fleet->driver();
    return driver && driver->info().generation == NezhaGeneration::V2;
}

void DashboardHistory::connectDriver()
{
    DashboardDriver *driver = m_fleet->driver();
    if (driver == m_driver)
        return;
    if (m_driver)
        disconnect(m_driver, nullptr, this, nullptr);
    m_driver = driver;
    if (!driver)
        return;
    connect(driver, &DashboardDriver::metricsReceived, this, &DashboardHistory::onReceived);
    connect(driver, &DashboardDriver::metricsFailed, this, &DashboardHistory::onFailed);
}

void DashboardHistory::load(quint64 serverId, const QString &period)
{
    if (!supported()) {
        setStatus(Status::Unsupported);
        return;
    }
    const bool same = serverId == m_serverId && period == m_period;
    const bool fresh = m_loadedAt.isValid() && m_loadedAt.secsTo(QDateTime::currentDateTimeUtc()) < CacheSecs;
    // A failed load is not repeated on every redraw: only for another server or window, or after a while.
    if (same && (m_status == Status::Loading || fresh))
        return;
    connectDriver();
    m_serverId = serverId;
    m_period = period;
    if (!same)
        m_series.clear(); // never show another server's or window's lines while loading
    m_pending = metricNames();
    m_inFlight.clear();
    m_empty = 0;
    m_error = {};
    m_loadedAt = QDateTime::currentDateTimeUtc();
    setStatus(Status::Loading);
    requestNext();
}

void DashboardHistory::clear()
{
    m_serverId = 0;
    m_period.clear();
    m_pending.clear();
    m_inFlight.clear();
    m_series.clear();
    m_loadedAt = {};
    m_error = {};
    setStatus(Status::Idle);
}

void DashboardHistory::requestNext()
{
    while (!m_pending.isEmpty()) {
        const QString metric = m_pending.takeFirst();
        if (m_driver && m_driver->fetchMetrics(m_serverId, metric, m_period)) {
            m_inFlight = metric;
            return;
        }
        // The driver refused (no history of its own, or busy): count it as answered without points.
        ++m_empty;
    }
    m_inFlight.clear();
    const int total = int(metricNames().size());
    if (m_status == Status::Loading)
        setStatus(m_empty >= total ? Status::NoHistory : Status::Ready);
}

void DashboardHistory::onReceived(const NezhaV1::MetricsResult &metrics)
{
    if (metrics.serverId != m_serverId || metrics.metric != m_inFlight)
        return; // an answer for a request that was superseded
    QList<QPointF> points;
    points.reserve(metrics.points.size());
    for (const NezhaV1::MetricPoint &p : metrics.points)
        points.append(QPointF(double(p.tsMs), p.value));
    if (points.isEmpty())
        ++m_empty;
    m_series.insert(metrics.metric, points);
    emit changed();
    requestNext();
}

void DashboardHistory::onFailed(quint64 serverId, const QString &metric, const QString &period, const ApiError &error)
{
    if (serverId != m_serverId || metric != m_inFlight || period != m_period)
        return;
    // One failure (a guest asking for 7d, a missing scope, the dashboard gone) ends this load: asking the
    // other thirteen metrics would fail the same way.
    m_pending.clear();
    m_inFlight.clear();
    m_error = error;
    setStatus(Status::Failed);
}

void DashboardHistory::setStatus(Status status)
{
    m_status = status;
    emit changed();
}
