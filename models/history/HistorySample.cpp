#include "history/HistorySample.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr float Gap = std::numeric_limits<float>::quiet_NaN();
constexpr double MaxPlausibleSpeed = 1e12; // as HistoryStore: above is a v0 counter-underflow artefact

float speed(quint64 bytesPerSec)
{
    return double(bytesPerSec) > MaxPlausibleSpeed ? Gap : float(bytesPerSec);
}

float hottest(const QList<Temperature> &temperatures)
{
    float result = Gap;
    for (const Temperature &t : temperatures) {
        if (std::isfinite(t.celsius) && (std::isnan(result) || t.celsius > result))
            result = float(t.celsius);
    }
    return result;
}

} // namespace

const char *HistorySample::metricName(int metric)
{
    static const char *const names[MetricCount] = {"cpu",      "memory",   "swap",          "disk",
                                                   "net_in_speed", "net_out_speed", "load1", "tcp_conn",
                                                   "udp_conn", "process_count", "temperature", "gpu"};
    return metric >= 0 && metric < MetricCount ? names[metric] : "";
}

HistorySample HistorySample::fromServer(const ServerSnapshot &server, qint64 tSecs)
{
    const ServerStatus &st = server.status;
    HistorySample s;
    s.serverId = server.id;
    s.tSecs = tSecs;
    s.values = {float(st.cpu),       float(st.memUsed),      float(st.swapUsed),   float(st.diskUsed),
                speed(st.netInSpeed), speed(st.netOutSpeed), float(st.load1),      float(st.tcpConnCount),
                float(st.udpConnCount), float(st.processCount), hottest(st.temperatures),
                !server.host.gpu.isEmpty() || st.gpu > 0 ? float(st.gpu) : Gap};
    s.inTransfer = st.netInTransfer;
    s.outTransfer = st.netOutTransfer;
    s.name = server.name.left(MaxNameLength);
    return s;
}

QList<HistorySample> HistorySample::fromSnapshot(const FleetSnapshot &snapshot, QHash<quint64, qint64> *lastActive)
{
    const qint64 nowSecs = dashboardNowMs(snapshot) / 1000;
    const qint64 latest = nowSecs > 0 ? nowSecs + 86400 : std::numeric_limits<qint64>::max();
    QList<HistorySample> result;
    result.reserve(snapshot.servers.size());
    for (const ServerSnapshot &server : snapshot.servers) {
        if (!server.hasDetails || server.neverReported())
            continue;
        qint64 &seen = (*lastActive)[server.id];
        if (server.lastActive == seen)
            continue; // no new report since the last poll
        seen = server.lastActive;
        result << fromServer(server, std::clamp<qint64>(server.lastActive, 0, latest));
    }
    if (lastActive->size() > snapshot.servers.size()) { // forget servers that left the dashboard
        QHash<quint64, qint64> kept;
        for (const ServerSnapshot &server : snapshot.servers)
            kept.insert(server.id, lastActive->value(server.id));
        lastActive->swap(kept);
    }
    return result;
}
