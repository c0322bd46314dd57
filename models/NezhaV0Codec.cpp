#include "NezhaV0Codec.h"

#include "JsonBudget.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

// Decoding walks each JSON object once over its keys and dispatches on the key (instead of one value(key)
// lookup per field, which is a linear scan of the object each time). Unknown keys are skipped. The JSON path
// of a value is only built when it is wrong, so the common path allocates nothing for it.

namespace {

const char *const ExpectedObject = QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a JSON object from the Nezha API");

QString trCodec(const char *text)
{
    return QCoreApplication::translate("NezhaV0Codec", text);
}

// More servers than any v0 fleet has; each decoded server costs ~520 B, so this bounds the result at ~26 MB.
constexpr qsizetype MaxServers = 50'000;

// Where we are, for error messages: result[index].section.key
struct Where
{
    qsizetype index = -1;
    QLatin1StringView section; // "", "host", "status", "status.Temperatures[i]"
    qsizetype subIndex = -1;

    QString path(const QString &key) const
    {
        QString p = QStringLiteral("result[%1]").arg(index);
        if (!section.isEmpty()) {
            p += QLatin1Char('.') + section;
            if (subIndex >= 0)
                p += QStringLiteral("[%1]").arg(subIndex);
        }
        if (!key.isEmpty())
            p += QLatin1Char('.') + key;
        return p;
    }
};

class Decoder
{
public:
    ApiError error;

    bool failed() const { return error.isError(); }

    void fail(const Where &where, const QString &key, const char *expected)
    {
        if (!failed())
            error = ApiError::parse(where.path(key), trCodec(expected));
    }

    bool readString(QJsonValueConstRef v, QString *out, const Where &w, const QString &key)
    {
        if (v.isString()) {
            *out = v.toString();
            return true;
        }
        if (v.isNull()) { // Go strings are never null, but null carries no value to lose
            out->clear();
            return true;
        }
        fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a string"));
        return false;
    }

    bool readDouble(QJsonValueConstRef v, double *out, const Where &w, const QString &key)
    {
        if (!v.isDouble()) {
            fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a number"));
            return false;
        }
        *out = v.toDouble();
        return true;
    }

    bool readInt64(QJsonValueConstRef v, qint64 *out, const Where &w, const QString &key)
    {
        if (!v.isDouble()) {
            fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a whole number"));
            return false;
        }
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(sentinel);
        if (i != sentinel) {
            *out = i;
            return true;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d) || std::fabs(d) >= 9.2e18) {
            fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a whole number"));
            return false;
        }
        *out = qint64(d);
        return true;
    }

    // uint64 fields. Values above 2^63 arrive as doubles (the v0 speed-underflow spike); they saturate.
    bool readUInt64(QJsonValueConstRef v, quint64 *out, const Where &w, const QString &key)
    {
        if (!v.isDouble()) {
            fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a non-negative number"));
            return false;
        }
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 i = v.toInteger(sentinel);
        if (i != sentinel && i >= 0) {
            *out = quint64(i);
            return true;
        }
        const double d = v.toDouble();
        if (!(d >= 0)) {
            fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a non-negative number"));
            return false;
        }
        *out = d >= 18446744073709551615.0 ? std::numeric_limits<quint64>::max() : quint64(d);
        return true;
    }

    bool readBool(QJsonValueConstRef v, bool *out, const Where &w, const QString &key)
    {
        if (!v.isBool()) {
            fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected true or false"));
            return false;
        }
        *out = v.toBool();
        return true;
    }

    // []string or null
    bool readStringList(QJsonValueConstRef v, QStringList *out, const Where &w, const QString &key)
    {
        out->clear();
        if (v.isNull())
            return true;
        if (!v.isArray()) {
            fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a list of strings"));
            return false;
        }
        const QJsonArray array = v.toArray();
        out->reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValueConstRef item = array.constBegin()[i];
            if (!item.isString()) {
                fail(w, key + QStringLiteral("[%1]").arg(i), QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a string"));
                return false;
            }
            out->append(item.toString());
        }
        return true;
    }

    bool readHost(const QJsonObject &object, HostInfo *host, Where w);
    bool readStatus(const QJsonObject &object, ServerStatus *status, Where w);
    bool readTemperatures(QJsonValueConstRef v, QList<Temperature> *out, Where w);
    bool readServer(const QJsonObject &object, ServerSnapshot *server, qsizetype index, bool details);
};

// Key lookup: a short linear scan over literals, comparing the length first.
template<size_t N>
int keyIndex(const QString &key, const QLatin1StringView (&keys)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (keys[i].size() == key.size() && key == keys[i])
            return int(i);
    }
    return -1;
}

constexpr QLatin1StringView HostKeys[] = {
    QLatin1StringView("Platform"), QLatin1StringView("PlatformVersion"), QLatin1StringView("CPU"),
    QLatin1StringView("MemTotal"), QLatin1StringView("DiskTotal"), QLatin1StringView("SwapTotal"),
    QLatin1StringView("Arch"), QLatin1StringView("Virtualization"), QLatin1StringView("BootTime"),
    QLatin1StringView("CountryCode"), QLatin1StringView("Version"), QLatin1StringView("GPU"),
};

bool Decoder::readHost(const QJsonObject &object, HostInfo *h, Where w)
{
    w.section = QLatin1StringView("host");
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValueConstRef v = it.value();
        bool ok = true;
        switch (keyIndex(key, HostKeys)) {
        case 0: ok = readString(v, &h->platform, w, key); break;
        case 1: ok = readString(v, &h->platformVersion, w, key); break;
        case 2: ok = readStringList(v, &h->cpu, w, key); break;
        case 3: ok = readUInt64(v, &h->memTotal, w, key); break;
        case 4: ok = readUInt64(v, &h->diskTotal, w, key); break;
        case 5: ok = readUInt64(v, &h->swapTotal, w, key); break;
        case 6: ok = readString(v, &h->arch, w, key); break;
        case 7: ok = readString(v, &h->virtualization, w, key); break;
        case 8: ok = readUInt64(v, &h->bootTime, w, key); break;
        case 9: ok = readString(v, &h->countryCode, w, key); break;
        case 10: ok = readString(v, &h->agentVersion, w, key); break;
        case 11: ok = readStringList(v, &h->gpu, w, key); break;
        default: break; // unknown keys from newer dashboards are ignored
        }
        if (!ok)
            return false;
    }
    return true;
}

constexpr QLatin1StringView StatusKeys[] = {
    QLatin1StringView("CPU"), QLatin1StringView("MemUsed"), QLatin1StringView("SwapUsed"),
    QLatin1StringView("DiskUsed"), QLatin1StringView("NetInTransfer"), QLatin1StringView("NetOutTransfer"),
    QLatin1StringView("NetInSpeed"), QLatin1StringView("NetOutSpeed"), QLatin1StringView("Uptime"),
    QLatin1StringView("Load1"), QLatin1StringView("Load5"), QLatin1StringView("Load15"),
    QLatin1StringView("TcpConnCount"), QLatin1StringView("UdpConnCount"), QLatin1StringView("ProcessCount"),
    QLatin1StringView("Temperatures"), QLatin1StringView("GPU"),
};

bool Decoder::readStatus(const QJsonObject &object, ServerStatus *s, Where w)
{
    w.section = QLatin1StringView("status");
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValueConstRef v = it.value();
        bool ok = true;
        switch (keyIndex(key, StatusKeys)) {
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
        case 16: ok = readDouble(v, &s->gpu, w, key); s->gpu = std::clamp(s->gpu, 0.0, 100.0); break;
        default: break;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool Decoder::readTemperatures(QJsonValueConstRef v, QList<Temperature> *out, Where w)
{
    out->clear();
    if (v.isNull())
        return true;
    const QString key = QStringLiteral("Temperatures");
    if (!v.isArray()) {
        fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a list of temperatures"));
        return false;
    }
    const QJsonArray array = v.toArray();
    out->reserve(array.size());
    w.section = QLatin1StringView("status.Temperatures");
    for (qsizetype i = 0; i < array.size(); ++i) {
        w.subIndex = i;
        const QJsonValueConstRef item = array.constBegin()[i];
        if (!item.isObject()) {
            fail(w, QString(), QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a temperature object"));
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

constexpr QLatin1StringView ServerKeys[] = {
    QLatin1StringView("id"), QLatin1StringView("name"), QLatin1StringView("tag"),
    QLatin1StringView("last_active"), QLatin1StringView("ipv4"), QLatin1StringView("ipv6"),
    QLatin1StringView("valid_ip"), QLatin1StringView("display_index"), QLatin1StringView("hide_for_guest"),
    QLatin1StringView("host"), QLatin1StringView("status"),
};

bool Decoder::readServer(const QJsonObject &object, ServerSnapshot *s, qsizetype index, bool details)
{
    Where w;
    w.index = index;
    bool haveId = false;
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const QString key = it.key();
        const QJsonValueConstRef v = it.value();
        bool ok = true;
        switch (keyIndex(key, ServerKeys)) {
        case 0: {
            qint64 id = 0;
            ok = readInt64(v, &id, w, key);
            if (ok && id < 0) {
                fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a non-negative number"));
                ok = false;
            }
            s->id = quint64(id);
            haveId = ok;
            break;
        }
        case 1: ok = readString(v, &s->name, w, key); break;
        case 2: ok = readString(v, &s->tag, w, key); break;
        case 3: ok = readInt64(v, &s->lastActive, w, key); break; // < 0 (Go zero time) stays: never reported
        case 4: ok = readString(v, &s->ipv4, w, key); break;
        case 5: ok = readString(v, &s->ipv6, w, key); break;
        case 6: ok = readString(v, &s->validIp, w, key); break;
        case 7: {
            qint64 di = 0;
            ok = readInt64(v, &di, w, key);
            s->displayIndex = int(std::clamp<qint64>(di, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
            break;
        }
        case 8: ok = readBool(v, &s->hideForGuest, w, key); break;
        case 9:
        case 10:
            if (!details || v.isNull())
                break;
            if (!v.isObject()) {
                fail(w, key, QT_TRANSLATE_NOOP("NezhaV0Codec", "expected an object"));
                ok = false;
            } else if (key.size() == 4) {
                ok = readHost(v.toObject(), &s->host, w);
                s->hasDetails = true;
            } else {
                ok = readStatus(v.toObject(), &s->status, w);
                s->hasDetails = true;
            }
            break;
        default: break;
        }
        if (!ok)
            return false;
    }
    if (!haveId) {
        fail(w, QStringLiteral("id"), QT_TRANSLATE_NOOP("NezhaV0Codec", "missing server id"));
        return false;
    }
    return true;
}

// Validates the result list before anything is allocated per element: a count cap, then every item an object.
bool checkServerArray(const QJsonArray &array, Decoder *decoder)
{
    if (array.size() > MaxServers) {
        decoder->error = ApiError::parse(
            QStringLiteral("result"),
            trCodec(QT_TRANSLATE_NOOP("NezhaV0Codec", "more than %1 servers, the most Farsight accepts"))
                .arg(QLocale().toString(MaxServers)));
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.constBegin()[i].isObject()) {
            Where w;
            w.index = i;
            decoder->fail(w, QString(), QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a server object"));
            return false;
        }
    }
    return true;
}

// The envelope: {"code":0,"message":"success","result":[...]} or {"code":403,"message":"..."}.
// The body as a JSON object, or a Parse error: empty, HTML, over the JSON budget, not JSON, not an object.
QJsonObject parseRoot(QByteArrayView body, ApiError *error)
{
    qsizetype first = 0;
    while (first < body.size() && QChar::isSpace(uchar(body[first])))
        ++first;
    if (first == body.size() || body[first] == '<') {
        const char *got = first == body.size() ? QT_TRANSLATE_NOOP("NezhaV0Codec", "got an empty reply")
                                               : QT_TRANSLATE_NOOP("NezhaV0Codec", "got an HTML page");
        *error = ApiError::parse(QString(), trCodec(ExpectedObject) + QLatin1String(", ") + trCodec(got));
        return {};
    }
    if (*error = checkJsonBudget(body); error->isError())
        return {}; // before Qt's parser, whose document costs up to 80x the body for some shapes
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? trCodec(QT_TRANSLATE_NOOP("NezhaV0Codec", "%1 at byte %2"))
                  .arg(parseError.errorString(), QString::number(parseError.offset))
            : trCodec(QT_TRANSLATE_NOOP("NezhaV0Codec", "got another JSON value"));
        *error = ApiError::parse(QString(), trCodec(ExpectedObject) + QLatin1String(": ") + why);
        return {};
    }
    return doc.object();
}

// {"code":0,...} passes; code 403 is Auth, another code Api (with the server's message, capped), a code that is
// not a whole number in int range is Parse: 0.5 or 4294967296 must not read as 0 (success).
ApiError checkEnvelope(const QJsonObject &root)
{
    const QJsonValue code = root.value(QLatin1StringView("code"));
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const qint64 wideCode = code.isDouble() ? code.toInteger(notWhole) : notWhole;
    if (wideCode < std::numeric_limits<int>::min() || wideCode > std::numeric_limits<int>::max())
        return ApiError::parse(QStringLiteral("code"),
                               trCodec(QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a numeric status code")));
    const int apiCode = int(wideCode);
    if (apiCode == 0)
        return {};
    const QString message = capText(root.value(QLatin1StringView("message")).toString());
    if (apiCode != 403)
        return ApiError::api(apiCode, message);
    ApiError error = ApiError::auth(message);
    error.apiCode = apiCode;
    error.fromServer = true; // the dashboard's own words (Chinese on a stock v0): quoted, never as ours
    return error;
}

FleetDecodeResult decode(QByteArrayView body, bool details, bool realDisplayIndex)
{
    FleetDecodeResult r;
    const QJsonObject root = parseRoot(body, &r.error);
    if (r.error.isError() || (r.error = checkEnvelope(root)).isError())
        return r;
    const QJsonValue result = root.value(QLatin1StringView("result"));
    if (!result.isArray()) {
        r.error = ApiError::parse(QStringLiteral("result"),
                                  trCodec(QT_TRANSLATE_NOOP("NezhaV0Codec", "expected a list of servers")));
        return r;
    }
    const QJsonArray array = result.toArray();
    Decoder decoder;
    if (!checkServerArray(array, &decoder)) {
        r.error = decoder.error;
        return r;
    }
    QList<ServerSnapshot> &servers = r.snapshot.servers;
    servers.resize(array.size()); // only now: at most MaxServers, each one an object
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!decoder.readServer(array.constBegin()[i].toObject(), &servers[i], i, details))
            break;
    }
    if (decoder.failed()) {
        r.snapshot.servers.clear();
        r.error = decoder.error;
        return r;
    }
    sortNezhaServers(servers);
    r.snapshot.realDisplayIndex = details && realDisplayIndex;
    return r;
}

} // namespace

FleetDecodeResult decodeNezhaV0ServerList(QByteArrayView body)
{
    return decode(body, false, false);
}

FleetDecodeResult decodeNezhaV0ServerDetails(QByteArrayView body, bool realDisplayIndex)
{
    return decode(body, true, realDisplayIndex);
}

void sortNezhaServers(QList<ServerSnapshot> &servers)
{
    std::stable_sort(servers.begin(), servers.end(), [](const ServerSnapshot &a, const ServerSnapshot &b) {
        if (a.displayIndex != b.displayIndex)
            return a.displayIndex > b.displayIndex;
        return a.id < b.id;
    });
}
