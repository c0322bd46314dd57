// ServerDetailPanel's day-long windows: the charts drawn from the dashboard's own history (Nezha v2 TSDB),
// with a line saying which source they show, or why there is nothing to show.

#include "ServerDetailPanel.h"

#include "FleetModel.h"
#include "detail/MetricChart.h"
#include "fleet/DashboardHistory.h"

#include <QLabel>

void ServerDetailPanel::updateDashboardCharts()
{
    const QString period = DashboardHistory::periodFor(m_windowSecs);
    m_dashboardHistory->load(m_id, period); // no-op while loading or fresh
    switch (m_dashboardHistory->status()) {
    case DashboardHistory::Status::Loading:
        m_source->setText(tr("Loading the dashboard's history…"));
        break;
    case DashboardHistory::Status::NoHistory:
        m_source->setText(tr("This dashboard keeps no history: its time-series database (TSDB) is off, or it "
                             "has recorded nothing for this server yet. The 5 minute to 1 hour windows show "
                             "what Farsight sampled itself."));
        break;
    case DashboardHistory::Status::Failed:
        //: %1 = the error in words
        m_source->setText(tr("The dashboard's history could not be loaded: %1").arg(m_dashboardHistory->error().text()));
        break;
    default:
        m_source->setText(m_localHistory ? tr("Source: the dashboard's own history (Nezha TSDB), which reaches "
                                              "further back than Farsight's local history.")
                                         : tr("Source: the dashboard's own history (Nezha TSDB)."));
        break;
    }
    m_source->setVisible(true);

    const qint64 toMs = std::max<qint64>(m_model->dashboardNowSecs(), 0) * 1000;
    const qint64 fromMs = toMs - qint64(m_windowSecs) * 1000;
    auto s = [this](const char *metric) { return m_dashboardHistory->series(QString::fromLatin1(metric)); };
    const QList<QPointF> cpu = s("cpu");
    for (MetricChart *chart : charts())
        chart->setDataBeginMs(cpu.isEmpty() ? 0 : qint64(cpu.first().x()));
    if (due(m_cpu))
        m_cpu->update({cpu}, fromMs, toMs);
    if (due(m_memory))
        m_memory->update({s("memory"), s("swap")}, fromMs, toMs);
    if (due(m_disk))
        m_disk->update({s("disk")}, fromMs, toMs);
    if (due(m_net))
        m_net->update({s("net_in_speed"), s("net_out_speed")}, fromMs, toMs);
    if (due(m_load))
        m_load->update({s("load1"), s("load5"), s("load15")}, fromMs, toMs);
    if (due(m_connections))
        m_connections->update({s("tcp_conn"), s("udp_conn"), s("process_count")}, fromMs, toMs);
    // The dashboard keeps one temperature per server (the hottest sensor) and one GPU value (the busiest).
    const QList<QPointF> temperature = s("temperature");
    m_temperature->setVisible(!temperature.isEmpty());
    if (!temperature.isEmpty() && (due(m_temperature) || !m_temperatureFromDashboard)) {
        m_temperatureFromDashboard = true;
        m_temperature->setLines({tr("Hottest sensor")});
        m_temperature->update({temperature}, fromMs, toMs);
    }
    const QList<QPointF> gpu = s("gpu");
    m_gpu->setVisible(!gpu.isEmpty());
    if (!gpu.isEmpty() && due(m_gpu))
        m_gpu->update({gpu}, fromMs, toMs);
}
