// Encoders of NezhaV0Codec.h: the exact v0 wire shape, for the demo dashboard and the benchmarks.
// Split from NezhaV0Codec.cpp (decoders) to keep both files short.

#include "NezhaV0Codec.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <limits>

namespace {

QJsonValue u64(quint64 v)
{
    return v <= quint64(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(v)) : QJsonValue(double(v));
}

QJsonValue stringList(const QStringList &list)
{
    return list.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(list));
}

} // namespace

QJsonObject encodeNezhaV0Server(const ServerSnapshot &s, bool withDetails, bool withRealDisplayIndex)
{
    QJsonObject o{
        {QStringLiteral("id"), u64(s.id)},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("tag"), s.tag},
        {QStringLiteral("last_active"), s.lastActive},
        {QStringLiteral("ipv4"), s.ipv4},
        {QStringLiteral("ipv6"), s.ipv6},
        {QStringLiteral("valid_ip"), s.validIp},
        {QStringLiteral("display_index"), withRealDisplayIndex ? s.displayIndex : 0},
        {QStringLiteral("hide_for_guest"), withRealDisplayIndex ? s.hideForGuest : false},
    };
    if (!withDetails)
        return o;
    const HostInfo &h = s.host;
    o.insert(QStringLiteral("host"), QJsonObject{
        {QStringLiteral("Platform"), h.platform},
        {QStringLiteral("PlatformVersion"), h.platformVersion},
        {QStringLiteral("CPU"), stringList(h.cpu)},
        {QStringLiteral("MemTotal"), u64(h.memTotal)},
        {QStringLiteral("DiskTotal"), u64(h.diskTotal)},
        {QStringLiteral("SwapTotal"), u64(h.swapTotal)},
        {QStringLiteral("Arch"), h.arch},
        {QStringLiteral("Virtualization"), h.virtualization},
        {QStringLiteral("BootTime"), u64(h.bootTime)},
        {QStringLiteral("CountryCode"), h.countryCode},
        {QStringLiteral("Version"), h.agentVersion},
        {QStringLiteral("GPU"), stringList(h.gpu)},
    });
    const ServerStatus &st = s.status;
    QJsonValue temps(QJsonValue::Null);
    if (!st.temperatures.isEmpty()) {
        QJsonArray array;
        for (const Temperature &t : st.temperatures)
            array.append(QJsonObject{{QStringLiteral("Name"), t.name}, {QStringLiteral("Temperature"), t.celsius}});
        temps = array;
    }
    o.insert(QStringLiteral("status"), QJsonObject{
        {QStringLiteral("CPU"), st.cpu},
        {QStringLiteral("MemUsed"), u64(st.memUsed)},
        {QStringLiteral("SwapUsed"), u64(st.swapUsed)},
        {QStringLiteral("DiskUsed"), u64(st.diskUsed)},
        {QStringLiteral("NetInTransfer"), u64(st.netInTransfer)},
        {QStringLiteral("NetOutTransfer"), u64(st.netOutTransfer)},
        {QStringLiteral("NetInSpeed"), u64(st.netInSpeed)},
        {QStringLiteral("NetOutSpeed"), u64(st.netOutSpeed)},
        {QStringLiteral("Uptime"), u64(st.uptime)},
        {QStringLiteral("Load1"), st.load1},
        {QStringLiteral("Load5"), st.load5},
        {QStringLiteral("Load15"), st.load15},
        {QStringLiteral("TcpConnCount"), u64(st.tcpConnCount)},
        {QStringLiteral("UdpConnCount"), u64(st.udpConnCount)},
        {QStringLiteral("ProcessCount"), u64(st.processCount)},
        {QStringLiteral("Temperatures"), temps},
        {QStringLiteral("GPU"), st.gpu},
    });
    return o;
}

QByteArray encodeNezhaV0Response(const QJsonArray &result)
{
    const QJsonObject root{
        {QStringLiteral("code"), 0},
        {QStringLiteral("message"), QStringLiteral("success")},
        {QStringLiteral("result"), result},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
