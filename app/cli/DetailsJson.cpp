#include "cli/DetailsJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace {

QJsonValue isoTime(quint64 secs)
{
    if (secs == 0)
        return QJsonValue(); // null: the dashboard did not say
    return QDateTime::fromSecsSinceEpoch(qint64(secs), QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonArray temperatures(const QList<Temperature> &list)
{
    QJsonArray array;
    for (const Temperature &t : list)
        array.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("celsius"), t.celsius}});
    return array;
}

QJsonArray numbers(const QList<double> &list)
{
    QJsonArray array;
    for (const double value : list)
        array.append(value);
    return array;
}

void insertHost(QJsonObject &o, const HostInfo &h)
{
    o.insert(QStringLiteral("platform"), h.platform);
    o.insert(QStringLiteral("platform_version"), h.platformVersion);
    o.insert(QStringLiteral("arch"), h.arch);
    o.insert(QStringLiteral("virtualization"), h.virtualization);
    o.insert(QStringLiteral("cpu_models"), QJsonArray::fromStringList(h.cpu));
    o.insert(QStringLiteral("gpu_models"), QJsonArray::fromStringList(h.gpu));
    o.insert(QStringLiteral("boot_time"), isoTime(h.bootTime));
    o.insert(QStringLiteral("agent_version"), h.agentVersion);
    o.insert(QStringLiteral("country"), h.countryCode);
    o.insert(QStringLiteral("mem_total"), qint64(h.memTotal));
    o.insert(QStringLiteral("swap_total"), qint64(h.swapTotal));
    o.insert(QStringLiteral("disk_total"), qint64(h.diskTotal));
}

void insertStatus(QJsonObject &o, const ServerStatus &s)
{
    o.insert(QStringLiteral("cpu"), s.cpu);
    o.insert(QStringLiteral("mem_used"), qint64(s.memUsed));
    o.insert(QStringLiteral("swap_used"), qint64(s.swapUsed));
    o.insert(QStringLiteral("disk_used"), qint64(s.diskUsed));
    o.insert(QStringLiteral("net_in_speed"), qint64(s.netInSpeed));
    o.insert(QStringLiteral("net_out_speed"), qint64(s.netOutSpeed));
    o.insert(QStringLiteral("net_in_transfer"), qint64(s.netInTransfer));
    o.insert(QStringLiteral("net_out_transfer"), qint64(s.netOutTransfer));
    o.insert(QStringLiteral("load1"), s.load1);
    o.insert(QStringLiteral("load5"), s.load5);
    o.insert(QStringLiteral("load15"), s.load15);
    o.insert(QStringLiteral("tcp_connections"), qint64(s.tcpConnCount));
    o.insert(QStringLiteral("udp_connections"), qint64(s.udpConnCount));
    o.insert(QStringLiteral("processes"), qint64(s.processCount));
    o.insert(QStringLiteral("uptime"), qint64(s.uptime));
    o.insert(QStringLiteral("temperatures"), temperatures(s.temperatures));
    o.insert(QStringLiteral("gpu"), s.gpu);
    o.insert(QStringLiteral("gpu_usages"), numbers(s.gpuUsages));
}

} // namespace

namespace DetailsJson {

QJsonObject fields(const ServerSnapshot &server)
{
    QJsonObject o;
    o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(server.groups));
    insertHost(o, server.host);
    insertStatus(o, server.status);
    return o;
}

QStringList keys()
{
    // clang-format off
    return {
        QStringLiteral("groups"),
        QStringLiteral("platform"), QStringLiteral("platform_version"), QStringLiteral("arch"),
        QStringLiteral("virtualization"), QStringLiteral("cpu_models"), QStringLiteral("gpu_models"),
        QStringLiteral("boot_time"), QStringLiteral("agent_version"), QStringLiteral("country"),
        QStringLiteral("mem_total"), QStringLiteral("swap_total"), QStringLiteral("disk_total"),
        QStringLiteral("cpu"), QStringLiteral("mem_used"), QStringLiteral("swap_used"), QStringLiteral("disk_used"),
        QStringLiteral("net_in_speed"), QStringLiteral("net_out_speed"), QStringLiteral("net_in_transfer"),
        QStringLiteral("net_out_transfer"), QStringLiteral("load1"), QStringLiteral("load5"), QStringLiteral("load15"),
        QStringLiteral("tcp_connections"), QStringLiteral("udp_connections"), QStringLiteral("processes"),
        QStringLiteral("uptime"), QStringLiteral("temperatures"), QStringLiteral("gpu"), QStringLiteral("gpu_usages"),
    };
    // clang-format on
}

} // namespace DetailsJson
