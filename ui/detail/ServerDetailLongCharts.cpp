// ServerDetailPanel's long windows (6 h / 24 h / 7 d / 30 d) from Farsight's local history store
// (HistorySource): one request per server and window, asked again as time moves on by a bucket or a minute;
// every metric drawn as its average line with a light min–max band, gaps kept; the chartSource line names the
// source, says "loading" or the store's error in words.

#include "ServerDetailPanel.h"

#include "FleetModel.h"
#include "detail/MetricChart.h"
#include "history/HistorySource.h"

#include <QLabel>

#include <cmath>

namespace {

constexpr int MaxBuckets = 720;

struct Drawn
{
    QList<QPointF> line;
    MetricChart::Band band;
};

// A bucket's average at its start time, and its min and max as the band; a NaN average is a gap in all three.
Drawn fromBuckets(const QList<MetricBucket> &buckets)
{
    Drawn out;
    out.line.reserve(buckets.size());
    out.band.lower.reserve(buckets.size());
    out.band.upper.reserve(buckets.size());
    for (const MetricBucket &b : buckets) {
        const double x = double(b.tMs);
        const bool gap = !std::isfinite(b.avg);
        out.line.append(QPointF(x, gap ? qQNaN() : double(b.avg)));
        out.band.lower.append(QPointF(x, gap ? qQNaN() : double(b.min)));
        out.band.upper.append(QPointF(x, gap ? qQNaN() : double(b.max)));
    }
    return out;
}

} // namespace

void ServerDetailPanel::requestLocalHistory()
{
    const qint64 nowMs = std::max<qint64>(m_model->dashboardNowSecs(), 0) * 1000;
    // Asked again once time has moved on by a bucket (a 720th of the window) or a minute, whichever is longer.
    const qint64 refreshMs = std::max<qint64>(60 * 1000, qint64(m_windowSecs) * 1000 / (MaxBuckets / 2));
    const bool same = m_localServer == m_id && m_localWindow == m_windowSecs;
    if (same && (m_localRequest != 0 || nowMs - m_localAskedAtMs < refreshMs))
        return;
    if (!same) {
        m_localBuckets.clear();
        m_localError.clear();
        m_localServer = m_id;
        m_localWindow = m_windowSecs;
    }
    m_localAskedAtMs = nowMs;
    m_localFromMs = nowMs - qint64(m_windowSecs) * 1000;
    m_localToMs = nowMs;
    m_localRequest = m_localHistory->request(m_id, m_localFromMs, m_localToMs, MaxBuckets);
}

void ServerDetailPanel::onLocalLoaded(quint64 requestId, quint64 serverId, const MetricBuckets &buckets)
{
    if (requestId != m_localRequest || serverId != m_localServer)
        return; // an answer nobody waits for any more
    m_localRequest = 0;
    m_localError.clear();
    m_localBuckets = buckets;
    ++m_generation;
    updateCharts();
}

void ServerDetailPanel::onLocalFailed(quint64 requestId, const QString &message)
{
    if (requestId != m_localRequest)
        return;
    m_localRequest = 0;
    m_localError = message;
    ++m_generation;
    updateCharts();
}

void ServerDetailPanel::updateLocalCharts()
{
    requestLocalHistory();
    if (!m_localError.isEmpty()) {
        //: %1 = the error in words
        m_source->setText(tr("Farsight's local history could not be read: %1").arg(m_localError));
    } else if (m_localRequest != 0 && m_localBuckets.isEmpty()) {
        m_source->setText(tr("Loading Farsight's local history…"));
    } else {
        m_source->setText(tr("Source: Farsight's local history on this computer: the average as a line, the "
                             "lowest to highest value as a band."));
    }
    m_source->setVisible(true);

    const qint64 oldest = m_localHistory->oldestMs(m_id);
    for (MetricChart *chart : charts())
        chart->setDataBeginMs(oldest > 0 ? oldest : m_localToMs);
    auto draw = [this](MetricChart *chart, std::initializer_list<const char *> metrics) {
        QList<QList<QPointF>> lines;
        QList<MetricChart::Band> bands;
        for (const char *metric : metrics) {
            Drawn d = fromBuckets(m_localBuckets.value(QString::fromLatin1(metric)));
            lines.append(std::move(d.line));
            bands.append(std::move(d.band));
        }
        chart->update(lines, m_localFromMs, m_localToMs, bands);
    };
    if (due(m_cpu))
        draw(m_cpu, {"cpu"});
    if (due(m_memory))
        draw(m_memory, {"memory", "swap"});
    if (due(m_disk))
        draw(m_disk, {"disk"});
    if (due(m_net))
        draw(m_net, {"net_in_speed", "net_out_speed"});
    if (due(m_load))
        draw(m_load, {"load1", "load5", "load15"});
    if (due(m_connections))
        draw(m_connections, {"tcp_conn", "udp_conn", "process_count"});
    // The store keeps the hottest sensor per bucket and one GPU value, like the dashboard's history.
    const bool temperature = !m_localBuckets.value(QStringLiteral("temperature")).isEmpty();
    m_temperature->setVisible(temperature);
    if (temperature && (due(m_temperature) || !m_temperatureFromDashboard)) {
        m_temperatureFromDashboard = true;
        m_temperature->setLines({tr("Hottest sensor")});
        draw(m_temperature, {"temperature"});
    }
    const bool gpu = !m_localBuckets.value(QStringLiteral("gpu")).isEmpty();
    m_gpu->setVisible(gpu);
    if (gpu && due(m_gpu))
        draw(m_gpu, {"gpu"});
}
