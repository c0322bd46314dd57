#include "NezhaV0Codec.h"
#include "NezhaV1Codec.h"
#include "NezhaV1Reader.h"

#include <algorithm>
#include <limits>

// The fleet decoders: one WebSocket frame ({"now","online","servers":[StreamServer]}) and GET /api/v1/server
// (envelope of full Server objects). Both share the server reader: snake_case host/state keys, omitted zero
// fields = 0, last_active RFC 3339. Like v0, each object is walked once over its keys (no value(key) scans),
// and the JSON path of a value is only built when the value is wrong.

using namespace NezhaV1::detail;

namespace NezhaV1 {
namespace {

const QString &stateKey()
{
    static const QString key = QStringLiteral("state");
    return key;
}

class ServerReader : public Reader
{
public:
    bool readHost(const QJsonObject &object, HostInfo *host, Where w);
    bool readState(const QJsonObject &object, ServerStatus *status, Where w);
    bool readTemperatures(QJsonValueConstRef v, QList<Temperature> *out, Where w);
    bool readGpuUsages(QJsonValueConstRef v, ServerStatus *status, const Where &w);
    bool readGeoIp(QJsonValueConstRef v, ServerSnapshot *server, Where w);
    bool readServer(const QJsonObject &object, ServerSnapshot *server, Where w);
};

constexpr QLatin1StringView HostKeys[] = {
    QLatin1StringView("platform"), QLatin1StringView("platform_version"), QLatin1StringView("cpu"),
    QLatin1StringView("mem_total"), QLatin1StringView("disk_total"), QLatin1StringView("swap_total"),
    QLatin1StringView("arch"), QLatin1StringView("virtualization"), QLatin1StringView("boot_time"),
    QLatin1StringView("version"), QLatin1StringView("gpu"),
};

bool ServerReader::readHost(const QJsonObject &object, HostInfo *h, Where w)
{
    w.section = QLatin1StringView("host");
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValueConstRef v = it.value();
        bool ok = true;
        switch (keyIndex(key, HostKeys)) {
        case 0: ok = readString(v, &h->platform, w, key); break;
        case 1: ok = readString(v, &h->platformVersion, w, key); break;
        case 2: ok = readStringList(v, &h->cpu, MaxGpusPerServer, w, key); break;
        case 3: ok = readUInt64(v, &h->memTotal, w, key); break;
        case 4: ok = readUInt64(v, &h->diskTotal, w, key); break;
        case 5: ok = readUInt64(v, &h->swapTotal, w, key); break;
        case 6: ok = readString(v, &h->arch, w, key); break;
        case 7: ok = readString(v, &h->virtualization, w, key); break;
        case 8: ok = readUInt64(v, &h->bootTime, w, key); break;
        case 9: ok = readString(v, &h->agentVersion, w, key); break;
        case 10: ok = readStringList(v, &h->gpu, MaxGpusPerServer, w, key); break;
        default: break; // keys of newer dashboards are ignored
        }
        if (!ok)
            return false;
    }
    return true;
}

constexpr QLatin1StringView StateKeys[] = {
    QLatin1StringView("cpu"), QLatin1StringView("mem_used"), QLatin1StringView("swap_used"),
    QLatin1StringView("disk_used"), QLatin1StringView("net_in_transfer"), QLatin1StringView("net_out_transfer"),
    QLatin1StringView("net_in_speed"), QLatin1StringView("net_out_speed"), QLatin1StringView("uptime"),
    QLatin1StringView("load_1"), QLatin1StringView("load_5"), QLatin1StringView("load_15"),
    QLatin1StringView("tcp_conn_count"), QLatin1StringView("udp_conn_count"), QLatin1StringView("process_count"),
    QLatin1StringView("temperatures"), QLatin1StringView("gpu"),
};

bool ServerReader::readState(const QJsonObject &object, ServerStatus *s, Where w)
{
    w.section = QLatin1StringView("state");
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValueConstRef v = it.value();
        bool ok = true;
        switch (keyIndex(key, StateKeys)) {
        case 0: ok = readDouble(v, &s->cpu, w, key); s->cpu = std::clamp(s->cpu, 0.0, 100.0); break;
        case 1: ok = readUInt64(v, &s->memUsed, w, key); break;
        case 2: ok = readUInt64(v, &s->swapUsed, w, key); break;
        case 3: ok = readUInt64(v, &s->diskUsed, w, key); break;
        case 4: ok = readUInt64(v, &s->netInTransfer, w, key); break;
        case 5: ok = readUInt64(v, &s->netOutTransfer, w, key); break;
        case 6: ok = readUInt64(v, &s->netInSpeed, w, key); break;
        case 7: ok = readUInt64(v, &s->netOutSpeed, w, key); break;
        case 8: ok = readUInt64(v, &s->uptime, w, key); break;
        case 9: ok = readDouble(v, &s->load1, w, key); break;
        case 10: ok = readDouble(v, &s->load5, w, key); break;
        case 11: ok = readDouble(v, &s->load15, w, key); break;
        case 12: ok = readUInt64(v, &s->tcpConnCount, w, key); break;
        case 13: ok = readUInt64(v, &s->udpConnCount, w, key); break;
        case 14: ok = readUInt64(v, &s->processCount, w, key); break;
        case 15: ok = readTemperatures(v, &s->temperatures, w); break;
        case 16: ok = readGpuUsages(v, s, w); break;
        default: break;
        }
        if (!ok)
            return false;
    }
    return true;
}

// [{"Name":"k10temp","Temperature":71.25}] (inner keys stay PascalCase in v1/v2) or null. Sensors beyond the
// cap are dropped unread.
bool ServerReader::readTemperatures(QJsonValueConstRef v, QList<Temperature> *out, Where w)
{
    out->clear();
    if (v.isNull())
        return true;
    if (!v.isArray()) {
        fail(w, QStringLiteral("temperatures"), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a list of temperatures"));
        return false;
    }
    const QJsonArray array = v.toArray();
    const qsizetype count = qMin<qsizetype>(array.size(), MaxSensorsPerServer);
    out->reserve(count);
    w.section = QLatin1StringView("state.temperatures");
    for (qsizetype i = 0; i < count; ++i) {
        w.subIndex = i;
        const QJsonValueConstRef item = array.constBegin()[i];
        if (!item.isObject()) {
            fail(w, QString(), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a temperature object"));
            return false;
        }
        const QJsonObject object = item.toObject();
        Temperature t;
        for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
            const QString k = it.key();
            bool ok = true;
            if (k == QLatin1StringView("Name"))
                ok = readString(it.value(), &t.name, w, k);
            else if (k == QLatin1StringView("Temperature"))
                ok = readDouble(it.value(), &t.celsius, w, k);
            if (!ok)
                return false;
        }
        out->append(std::move(t));
    }
    return true;
}

// [97.5, 12] (one usage percent per GPU) or null: gpuUsages keeps them clamped to 0..100, gpu the highest.
bool ServerReader::readGpuUsages(QJsonValueConstRef v, ServerStatus *s, const Where &w)
{
    s->gpuUsages.clear();
    s->gpu = 0;
    if (v.isNull())
        return true;
    if (!v.isArray()) {
        fail(w, QStringLiteral("gpu"), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a list of numbers"));
        return false;
    }
    const QJsonArray array = v.toArray();
    const qsizetype count = qMin<qsizetype>(array.size(), MaxGpusPerServer);
    s->gpuUsages.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonValueConstRef item = array.constBegin()[i];
        if (!item.isDouble()) {
            fail(w, QStringLiteral("gpu[%1]").arg(i), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a number"));
            return false;
        }
        const double usage = std::clamp(item.toDouble(), 0.0, 100.0);
        s->gpuUsages.append(usage);
        s->gpu = std::max(s->gpu, usage);
    }
    return true;
}

// /api/v1/server's "geoip":{"ip":{"ipv4_addr","ipv6_addr"},"country_code"}; valid_ip prefers IPv4 (as v0).
bool ServerReader::readGeoIp(QJsonValueConstRef v, ServerSnapshot *s, Where w)
{
    if (v.isNull())
        return true;
    if (!v.isObject()) {
        fail(w, QStringLiteral("geoip"), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected an object"));
        return false;
    }
    w.section = QLatin1StringView("geoip");
    const QJsonObject geo = v.toObject();
    for (auto it = geo.constBegin(), end = geo.constEnd(); it != end; ++it) {
        const QString key = it.key();
        if (key == QLatin1StringView("country_code")) {
            if (!readString(it.value(), &s->host.countryCode, w, key))
                return false;
            s->host.countryCode = s->host.countryCode.toLower();
        } else if (key == QLatin1StringView("ip") && !it.value().isNull()) {
            if (!it.value().isObject()) {
                fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected an object"));
                return false;
            }
            Where ipWhere = w;
            ipWhere.section = QLatin1StringView("geoip.ip");
            const QJsonObject ip = it.value().toObject();
            const QString v4 = QStringLiteral("ipv4_addr"), v6 = QStringLiteral("ipv6_addr");
            if (!readString(ip.value(v4), &s->ipv4, ipWhere, v4) || !readString(ip.value(v6), &s->ipv6, ipWhere, v6))
                return false;
        }
    }
    s->validIp = s->ipv4.isEmpty() ? s->ipv6 : s->ipv4;
    return true;
}

constexpr QLatin1StringView ServerKeys[] = {
    QLatin1StringView("id"), QLatin1StringView("name"), QLatin1StringView("display_index"),
    QLatin1StringView("hide_for_guest"), QLatin1StringView("host"), QLatin1StringView("state"),
    QLatin1StringView("country_code"), QLatin1StringView("last_active"), QLatin1StringView("geoip"),
};

bool ServerReader::readServer(const QJsonObject &object, ServerSnapshot *s, Where w)
{
    bool haveId = false;
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValueConstRef v = it.value();
        bool ok = true;
        switch (keyIndex(key, ServerKeys)) {
        case 0: ok = haveId = readId(v, &s->id, w, key); break;
        case 1: ok = readString(v, &s->name, w, key); break;
        case 2: {
            qint64 di = 0;
            ok = readInt64(v, &di, w, key);
            s->displayIndex = int(std::clamp<qint64>(di, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
            break;
        }
        case 3: ok = readBool(v, &s->hideForGuest, w, key); break;
        case 4:
        case 5:
            if (v.isNull())
                break;
            if (!v.isObject()) {
                fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected an object"));
                ok = false;
            } else {
                // "host":{} "state":{} = never reported: details present, all zero.
                ok = key == stateKey() ? readState(v.toObject(), &s->status, w) : readHost(v.toObject(), &s->host, w);
                s->hasDetails = true;
            }
            break;
        case 6:
            ok = readString(v, &s->host.countryCode, w, key);
            s->host.countryCode = s->host.countryCode.toLower();
            break;
        case 7: ok = readTimestampSecs(v, &s->lastActive, w, key); break;
        case 8: ok = readGeoIp(v, s, w); break;
        default: break; // public_note, note, uuid, owner, ddns...: not shown
        }
        if (!ok)
            return false;
    }
    if (!haveId) {
        fail(w, QStringLiteral("id"), QT_TRANSLATE_NOOP("NezhaV1Codec", "missing server id"));
        return false;
    }
    return true;
}

// The servers array (absent or null = no servers), decoded, validated and sorted into snapshot.
ApiError readServers(const QJsonValue &value, QLatin1StringView arrayName, FleetSnapshot *snapshot)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isArray())
        return ApiError::parse(QString(arrayName), trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a list of servers")));
    const QJsonArray array = value.toArray();
    if (array.size() > MaxServers) {
        //: %Ln = the largest fleet Farsight accepts
        return ApiError::parse(QString(arrayName),
                               QCoreApplication::translate("NezhaV1Codec", "more than %Ln server(s)", nullptr, MaxServers));
    }
    ServerReader reader;
    QList<ServerSnapshot> &servers = snapshot->servers;
    servers.resize(array.size());
    Where w;
    w.array = arrayName;
    for (qsizetype i = 0; i < array.size(); ++i) {
        w.index = i;
        const QJsonValueConstRef item = array.constBegin()[i];
        if (!item.isObject()) {
            reader.fail(w, QString(), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a server object"));
            break;
        }
        if (!reader.readServer(item.toObject(), &servers[i], w))
            break;
    }
    if (reader.failed()) {
        servers.clear();
        return reader.error;
    }
    sortNezhaServers(servers);
    snapshot->realDisplayIndex = true;
    return {};
}

} // namespace

FleetDecodeResult decodeStreamFrame(QByteArrayView body)
{
    FleetDecodeResult r;
    QJsonObject root;
    if (!parseObject(body, 0, &root, &r.error))
        return r;
    Reader reader;
    for (auto it = root.constBegin(), end = root.constEnd(); it != end; ++it) {
        const QString key = it.key();
        if (key == QLatin1StringView("servers")) {
            r.error = readServers(it.value(), QLatin1StringView("servers"), &r.snapshot);
        } else if (key == QLatin1StringView("now")) {
            reader.readInt64(it.value(), &r.snapshot.dashboardTimeMs, Where(), key);
            r.snapshot.dashboardTimeMs = std::max<qint64>(r.snapshot.dashboardTimeMs, 0);
        } else if (key == QLatin1StringView("error") && it.value().isString()) { // not a frame: an API error
            r.error = mapErrorText(it.value().toString(), 0);
        }
        if (r.error.isError() || reader.failed())
            break;
    }
    if (reader.failed())
        r.error = reader.error;
    if (r.error.isError())
        r.snapshot = FleetSnapshot();
    r.snapshot.realDisplayIndex = r.ok();
    return r;
}

FleetDecodeResult decodeServerList(QByteArrayView body, int httpStatus)
{
    FleetDecodeResult r;
    const Envelope env = openEnvelope(body, httpStatus);
    if (!env.ok()) {
        r.error = env.error;
        return r;
    }
    r.error = readServers(env.data, QLatin1StringView("data"), &r.snapshot);
    if (r.error.isError()) {
        r.error.httpStatus = httpStatus;
        r.snapshot = FleetSnapshot();
    }
    r.snapshot.realDisplayIndex = r.ok();
    return r;
}

} // namespace NezhaV1
