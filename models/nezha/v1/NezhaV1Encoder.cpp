// The encoder half of NezhaV1Codec.h: the demo dashboard and the benchmarks produce exactly what
// nezhahq/nezha v1.14.14 / v2.3.7 send (model/server_api.go, model/host.go, model/api.go): snake_case keys,
// every zero field omitted (Go omitempty), host:{} state:{} for a server that never reported, last_active in
// the dashboard process's zone (+08:00, as the Docker image sets Asia/Shanghai), and Go's escaping of <, >, &.
// Qt's QJsonObject sorts keys alphabetically; Go keeps struct order. JSON objects are unordered, so clients
// must not care (and the decoders do not).

#include "nezha/v1/NezhaV1Codec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace NezhaV1 {

namespace {

constexpr int DashboardOffsetSecs = 8 * 3600; // Asia/Shanghai, like the official Docker image
constexpr qint64 CreatedEpochSecs = 1727740800; // 2024-10-01T00:00:00Z: servers "created" a day apart

void putText(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putNumber(QJsonObject &o, QLatin1StringView key, double value)
{
    if (value != 0)
        o.insert(key, value);
}

void putList(QJsonObject &o, QLatin1StringView key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

QJsonObject encodeHost(const HostInfo &h)
{
    QJsonObject o;
    putText(o, QLatin1StringView("platform"), h.platform);
    putText(o, QLatin1StringView("platform_version"), h.platformVersion);
    putList(o, QLatin1StringView("cpu"), h.cpu);
    putNumber(o, QLatin1StringView("mem_total"), double(h.memTotal));
    putNumber(o, QLatin1StringView("disk_total"), double(h.diskTotal));
    putNumber(o, QLatin1StringView("swap_total"), double(h.swapTotal));
    putText(o, QLatin1StringView("arch"), h.arch);
    putText(o, QLatin1StringView("virtualization"), h.virtualization);
    putNumber(o, QLatin1StringView("boot_time"), double(h.bootTime));
    putText(o, QLatin1StringView("version"), h.agentVersion);
    putList(o, QLatin1StringView("gpu"), h.gpu);
    return o;
}

QJsonObject encodeState(const ServerStatus &s)
{
    QJsonObject o;
    putNumber(o, QLatin1StringView("cpu"), s.cpu);
    putNumber(o, QLatin1StringView("mem_used"), double(s.memUsed));
    putNumber(o, QLatin1StringView("swap_used"), double(s.swapUsed));
    putNumber(o, QLatin1StringView("disk_used"), double(s.diskUsed));
    putNumber(o, QLatin1StringView("net_in_transfer"), double(s.netInTransfer));
    putNumber(o, QLatin1StringView("net_out_transfer"), double(s.netOutTransfer));
    putNumber(o, QLatin1StringView("net_in_speed"), double(s.netInSpeed));
    putNumber(o, QLatin1StringView("net_out_speed"), double(s.netOutSpeed));
    putNumber(o, QLatin1StringView("uptime"), double(s.uptime));
    putNumber(o, QLatin1StringView("load_1"), s.load1);
    putNumber(o, QLatin1StringView("load_5"), s.load5);
    putNumber(o, QLatin1StringView("load_15"), s.load15);
    putNumber(o, QLatin1StringView("tcp_conn_count"), double(s.tcpConnCount));
    putNumber(o, QLatin1StringView("udp_conn_count"), double(s.udpConnCount));
    putNumber(o, QLatin1StringView("process_count"), double(s.processCount));
    if (!s.temperatures.isEmpty()) {
        QJsonArray temps; // inner keys stay PascalCase (Go struct without json tags)
        for (const Temperature &t : s.temperatures)
            temps.append(QJsonObject{{QLatin1StringView("Name"), t.name}, {QLatin1StringView("Temperature"), t.celsius}});
        o.insert(QLatin1StringView("temperatures"), temps);
    }
    QJsonArray gpu; // one usage per GPU; a v0-style single value becomes a one-element array
    for (double usage : s.gpuUsages)
        gpu.append(usage);
    if (gpu.isEmpty() && s.gpu != 0)
        gpu.append(s.gpu);
    if (!gpu.isEmpty())
        o.insert(QLatin1StringView("gpu"), gpu);
    return o;
}

// Go's encoding/json (and goccy/go-json) write <, > and & inside strings as \u003c, \u003e, \u0026. In compact
// JSON these bytes can only occur inside strings, so a byte replace is exact.
QByteArray goEscape(QByteArray json)
{
    if (json.contains('<') || json.contains('>') || json.contains('&')) {
        json.replace('&', QByteArrayLiteral("\\u0026"));
        json.replace('<', QByteArrayLiteral("\\u003c"));
        json.replace('>', QByteArrayLiteral("\\u003e"));
    }
    return json;
}

QString uuidFor(quint64 id)
{
    return QStringLiteral("0f8fad5b-d9cb-469f-a165-%1").arg(id, 12, 16, QLatin1Char('0'));
}

} // namespace

QString formatTimestamp(qint64 ms, int offsetSecs)
{
    if (ms <= 0)
        return QStringLiteral("0001-01-01T00:00:00Z");
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms + qint64(offsetSecs) * 1000, QTimeZone::utc());
    QString text = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (const int fraction = int(ms % 1000); fraction != 0) { // Go's RFC3339Nano trims trailing zeros
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    if (offsetSecs == 0)
        return text + QLatin1Char('Z');
    const int minutes = qAbs(offsetSecs) / 60;
    return text + QString::asprintf("%c%02d:%02d", offsetSecs < 0 ? '-' : '+', minutes / 60, minutes % 60);
}

QJsonObject encodeStreamServer(const ServerSnapshot &server, bool firstFrame)
{
    Q_UNUSED(firstFrame) // public_note goes out in the first frame only; ServerSnapshot carries none
    QJsonObject o;
    putNumber(o, QLatin1StringView("id"), double(server.id));
    putText(o, QLatin1StringView("name"), server.name);
    putNumber(o, QLatin1StringView("display_index"), server.displayIndex);
    const bool reported = !server.neverReported();
    o.insert(QLatin1StringView("host"), reported ? encodeHost(server.host) : QJsonObject());
    o.insert(QLatin1StringView("state"), reported ? encodeState(server.status) : QJsonObject());
    putText(o, QLatin1StringView("country_code"), server.host.countryCode);
    o.insert(QLatin1StringView("last_active"),
             formatTimestamp(reported ? server.lastActive * 1000 : 0, DashboardOffsetSecs));
    return o;
}

QByteArray encodeStreamFrame(const QList<ServerSnapshot> &servers, qint64 nowMs, int viewers, bool firstFrame)
{
    QJsonObject frame;
    putNumber(frame, QLatin1StringView("now"), double(nowMs / 1000 * 1000)); // whole seconds x 1000
    putNumber(frame, QLatin1StringView("online"), viewers);
    if (!servers.isEmpty()) {
        QJsonArray items;
        for (const ServerSnapshot &s : servers)
            items.append(encodeStreamServer(s, firstFrame));
        frame.insert(QLatin1StringView("servers"), items);
    }
    return goEscape(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

QJsonObject encodeServer(const ServerSnapshot &server, Wire wire)
{
    QJsonObject o = encodeStreamServer(server, true);
    o.remove(QLatin1StringView("country_code")); // the admin view nests it in geoip
    const qint64 createdSecs = CreatedEpochSecs + qint64(server.id) * 86400;
    o.insert(QLatin1StringView("created_at"), formatTimestamp(createdSecs * 1000, DashboardOffsetSecs));
    o.insert(QLatin1StringView("updated_at"),
             formatTimestamp(qMax(createdSecs, server.lastActive) * 1000, DashboardOffsetSecs));
    o.insert(QLatin1StringView("uuid"), uuidFor(server.id));
    o.insert(QLatin1StringView("display_index"), server.displayIndex); // not omitted in the admin view
    if (server.hideForGuest)
        o.insert(QLatin1StringView("hide_for_guest"), true);
    QJsonObject ip;
    putText(ip, QLatin1StringView("ipv4_addr"), server.ipv4);
    putText(ip, QLatin1StringView("ipv6_addr"), server.ipv6);
    QJsonObject geoip{{QLatin1StringView("ip"), ip}};
    putText(geoip, QLatin1StringView("country_code"), server.host.countryCode);
    o.insert(QLatin1StringView("geoip"), geoip);
    if (wire == Wire::V2)
        o.insert(QLatin1StringView("owner"),
                 QJsonObject{{QLatin1StringView("id"), 1}, {QLatin1StringView("username"), QStringLiteral("admin")}});
    return o;
}

QByteArray encodeSuccess(const QJsonValue &data)
{
    // Written by hand to keep Go's field order (success before data); omitempty: null and an empty list
    // leave "data" out entirely.
    const bool empty = data.isNull() || data.isUndefined() || (data.isArray() && data.toArray().isEmpty());
    if (empty)
        return QByteArrayLiteral("{\"success\":true}");
    QByteArray json;
    if (data.isObject()) {
        json = QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
    } else if (data.isArray()) {
        json = QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact);
    } else { // a scalar: serialise it inside an array and take the brackets off
        json = QJsonDocument(QJsonArray{data}).toJson(QJsonDocument::Compact);
        json = json.mid(1, json.size() - 2);
    }
    return goEscape(QByteArrayLiteral("{\"success\":true,\"data\":") + json + '}');
}

QByteArray encodeError(const QString &error)
{
    return goEscape(QJsonDocument(QJsonObject{{QLatin1StringView("error"), error}}).toJson(QJsonDocument::Compact));
}

} // namespace NezhaV1
