#include "demo/v1/DemoFleetViews.h"

#include "demo/SimulatedFleet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace DemoFleetViews {

namespace {

const QStringList metricNames = {
    QStringLiteral("cpu"),           QStringLiteral("memory"),          QStringLiteral("swap"),
    QStringLiteral("disk"),          QStringLiteral("net_in_speed"),    QStringLiteral("net_out_speed"),
    QStringLiteral("net_in_transfer"), QStringLiteral("net_out_transfer"), QStringLiteral("load1"),
    QStringLiteral("load5"),         QStringLiteral("load15"),          QStringLiteral("tcp_conn"),
    QStringLiteral("udp_conn"),      QStringLiteral("process_count"),   QStringLiteral("temperature"),
    QStringLiteral("uptime"),        QStringLiteral("gpu")};

double valueOf(const ServerStatus &s, int metric)
{
    switch (metric) {
    case 0: return s.cpu;
    case 1: return double(s.memUsed);
    case 2: return double(s.swapUsed);
    case 3: return double(s.diskUsed);
    case 4: return double(s.netInSpeed);
    case 5: return double(s.netOutSpeed);
    case 6: return double(s.netInTransfer);
    case 7: return double(s.netOutTransfer);
    case 8: return s.load1;
    case 9: return s.load5;
    case 10: return s.load15;
    case 11: return double(s.tcpConnCount);
    case 12: return double(s.udpConnCount);
    case 13: return double(s.processCount);
    case 14: { // the maximum over sensors (nezha.md 5.6.4)
        double top = 0;
        for (const Temperature &t : s.temperatures)
            top = std::max(top, t.celsius);
        return top;
    }
    case 15: return double(s.uptime);
    default: { // gpu: the maximum over GPUs
        double top = s.gpu;
        for (double g : s.gpuUsages)
            top = std::max(top, g);
        return top;
    }
    }
}

} // namespace

QList<ServerGroup> serverGroups(const SimulatedFleet &fleet)
{
    QList<ServerGroup> groups;
    ServerGroup gpu{0, QStringLiteral("GPU"), {}};
    for (const ServerSnapshot &s : fleet.servers()) {
        if (!s.tag.isEmpty()) {
            auto it = std::find_if(groups.begin(), groups.end(), [&](const ServerGroup &g) { return g.name == s.tag; });
            if (it == groups.end())
                it = groups.insert(groups.end(), ServerGroup{quint64(groups.size() + 1), s.tag, {}});
            it->serverIds << s.id;
        }
        if (!s.host.gpu.isEmpty())
            gpu.serverIds << s.id;
    }
    gpu.id = quint64(groups.size() + 1);
    groups << gpu << ServerGroup{quint64(groups.size() + 2), QStringLiteral("Decommissioned"), {}};
    return groups;
}

bool isMetric(const QString &metric)
{
    return metricNames.contains(metric);
}

qint64 bucketMs(const QString &period)
{
    if (period == QLatin1String("1d"))
        return 30 * 1000;
    if (period == QLatin1String("7d"))
        return 30 * 60 * 1000;
    if (period == QLatin1String("30d"))
        return 2 * 3600 * 1000;
    return 0;
}

QJsonValue points(const SimulatedFleet &fleet, quint64 id, const QString &metric, const QString &period)
{
    const qint64 step = bucketMs(period);
    const qint64 spanMs = (period == QLatin1String("1d") ? 1 : period == QLatin1String("7d") ? 7 : 30) * 86400000LL;
    const int metricIndex = int(metricNames.indexOf(metric));
    if (fleet.server(id).neverReported() || step == 0 || metricIndex < 0)
        return QJsonValue(); // a server with no data: data_points null
    const qint64 nowMs = fleet.nowMs();
    QJsonArray out;
    for (qint64 ts = (nowMs - spanMs) / step * step + step; ts <= nowMs; ts += step) {
        const qint64 at = std::min(ts + step / 2, nowMs);
        const ServerSnapshot s = fleet.serverAt(id, at);
        if (s.neverReported() || at / 1000 - s.lastActive > 30)
            continue; // the agent was not reporting then: no bucket
        out.append(QJsonObject{{QStringLiteral("ts"), ts}, {QStringLiteral("value"), valueOf(s.status, metricIndex)}});
    }
    return out;
}

} // namespace DemoFleetViews
