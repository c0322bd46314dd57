#include "NezhaV1Codec.h"

#include "NezhaV1Reader.h"

#include <QHash>

#include <algorithm>

// The small replies (setting, login, profile, groups, metrics) and RFC 3339 time. The fleet decoders (stream
// frame, /server) are in NezhaV1Servers.cpp; the shared typed reads in NezhaV1Reader.cpp.

using namespace NezhaV1::detail;

namespace NezhaV1 {

namespace {

// n ASCII digits at pos, or -1.
int digitsAt(QStringView s, qsizetype pos, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// "+08:00" / "-05:30" / "Z" at pos, to the end of the text. Seconds east of UTC, or false.
bool parseOffset(QStringView t, qsizetype pos, int *offsetSecs)
{
    const QChar c = t[pos];
    if ((c == u'Z' || c == u'z') && pos + 1 == t.size()) {
        *offsetSecs = 0;
        return true;
    }
    if ((c != u'+' && c != u'-') || pos + 6 != t.size() || t[pos + 3] != u':')
        return false;
    const int h = digitsAt(t, pos + 1, 2);
    const int m = digitsAt(t, pos + 4, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59)
        return false;
    *offsetSecs = (h * 3600 + m * 60) * (c == u'-' ? -1 : 1);
    return true;
}

} // namespace

qint64 parseTimestampMs(QStringView t, bool *ok)
{
    if (ok)
        *ok = false;
    // Shortest "2006-01-02T15:04:05Z" (20), longest with 9 fraction digits and an offset (35).
    if (t.size() < 20 || t.size() > 35 || t[4] != u'-' || t[7] != u'-' || t[13] != u':' || t[16] != u':')
        return 0;
    if (t[10] != u'T' && t[10] != u't' && t[10] != u' ')
        return 0;
    const int year = digitsAt(t, 0, 4), month = digitsAt(t, 5, 2), day = digitsAt(t, 8, 2);
    const int hour = digitsAt(t, 11, 2), minute = digitsAt(t, 14, 2), second = digitsAt(t, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 60)
        return 0;
    qsizetype pos = 19;
    int fractionMs = 0;
    if (t[pos] == u'.') {
        int digits = 0;
        for (++pos; pos < t.size() && t[pos].isDigit() && t[pos].unicode() < 128; ++pos, ++digits) {
            if (digits < 3)
                fractionMs = fractionMs * 10 + (t[pos].unicode() - u'0');
        }
        if (digits < 1 || digits > 9 || pos >= t.size())
            return 0;
        for (int i = digits; i < 3; ++i)
            fractionMs *= 10;
    }
    int offsetSecs = 0;
    if (!parseOffset(t, pos, &offsetSecs))
        return 0;
    if (ok)
        *ok = true;
    const qint64 secs = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + qMin(second, 59)
        - offsetSecs;
    const qint64 ms = secs * 1000 + fractionMs;
    return ms > 0 ? ms : 0; // Go's zero time (year 1) and anything before 1970: never reported
}

ApiError envelopeError(QByteArrayView body, int httpStatus)
{
    return openEnvelope(body, httpStatus).error;
}

namespace {

// The envelope's data as an object, or a Parse error naming "data".
bool dataObject(const Envelope &env, int httpStatus, QJsonObject *out, ApiError *error)
{
    if (!env.ok()) {
        *error = env.error;
        return false;
    }
    if (!env.data.isObject()) {
        *error = ApiError::parse(QStringLiteral("data"), trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "expected an object")));
        error->httpStatus = httpStatus;
        return false;
    }
    *out = env.data.toObject();
    return true;
}

} // namespace

SettingResult decodeSetting(QByteArrayView body, int httpStatus)
{
    SettingResult r;
    QJsonObject data;
    if (!dataObject(openEnvelope(body, httpStatus), httpStatus, &data, &r.error))
        return r;
    Reader reader;
    Where w;
    w.section = QLatin1StringView("data");
    r.info.generation = NezhaGeneration::V1;
    for (auto it = data.constBegin(), end = data.constEnd(); it != end; ++it) {
        const QString key = it.key();
        if (key == QLatin1StringView("version")) {
            reader.readString(it.value(), &r.info.version, w, key);
            if (r.info.version.startsWith(QLatin1Char('v')))
                r.info.version.remove(0, 1);
        } else if (key == QLatin1StringView("tsdb_enabled")) { // v2 always sends it, v1 never
            r.info.generation = NezhaGeneration::V2;
            reader.readBool(it.value(), &r.info.tsdbEnabled, w, key);
        } else if (key == QLatin1StringView("config") && it.value().isObject()) {
            const QJsonValue siteName = it.value().toObject().value(QLatin1StringView("site_name"));
            if (siteName.isString())
                r.info.siteName = boundedText(siteName);
        }
    }
    if (reader.failed()) {
        r.error = reader.error;
        r.info = DashboardInfo();
    }
    return r;
}

LoginResult decodeLogin(QByteArrayView body, int httpStatus)
{
    LoginResult r;
    QJsonObject data;
    if (!dataObject(openEnvelope(body, httpStatus), httpStatus, &data, &r.error))
        return r;
    constexpr qsizetype MaxTokenLength = 16 * 1024; // a JWT is opaque: never cut, refuse absurd ones
    const QJsonValue token = data.value(QLatin1StringView("token"));
    if (!token.isString() || token.toString().isEmpty() || token.toString().size() > MaxTokenLength) {
        r.error = ApiError::parse(QStringLiteral("data.token"),
                                  trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a session token")));
        return r;
    }
    const QJsonValue expire = data.value(QLatin1StringView("expire"));
    if (expire.isString()) {
        bool ok = false;
        r.expireMs = parseTimestampMs(expire.toString(), &ok);
        if (!ok) {
            r.error = ApiError::parse(QStringLiteral("data.expire"),
                                      trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "expected an RFC 3339 time")));
            r.expireMs = 0;
            return r;
        }
    }
    r.token = token.toString();
    return r;
}

ProfileResult decodeProfile(QByteArrayView body, int httpStatus)
{
    ProfileResult r;
    QJsonObject data;
    if (!dataObject(openEnvelope(body, httpStatus), httpStatus, &data, &r.error))
        return r;
    Reader reader;
    Where w;
    w.section = QLatin1StringView("data");
    // Only these keys are read: v1 also sends the bcrypt hash and the agent secret, which are never touched.
    for (auto it = data.constBegin(), end = data.constEnd(); it != end; ++it) {
        const QString key = it.key();
        if (key == QLatin1StringView("id")) {
            reader.readUInt64(it.value(), &r.userId, w, key);
        } else if (key == QLatin1StringView("username")) {
            reader.readString(it.value(), &r.username, w, key);
        } else if (key == QLatin1StringView("role")) {
            qint64 role = 0;
            reader.readInt64(it.value(), &role, w, key);
            r.role = int(std::clamp<qint64>(role, 0, 255));
        }
    }
    if (reader.failed()) {
        r = ProfileResult();
        r.error = reader.error;
    }
    return r;
}

namespace {

// One {group:{id,name,...}, servers:[ids]|null} item.
bool readGroupItem(Reader &reader, QJsonValueConstRef item, qsizetype index, ServerGroup *g)
{
    Where w;
    w.array = QLatin1StringView("data");
    w.index = index;
    if (!item.isObject()) {
        reader.fail(w, QString(), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a server group"));
        return false;
    }
    const QJsonObject object = item.toObject();
    const QJsonValue group = object.value(QLatin1StringView("group"));
    if (!group.isObject()) {
        reader.fail(w, QStringLiteral("group"), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected an object"));
        return false;
    }
    const QJsonObject groupObject = group.toObject();
    w.section = QLatin1StringView("group");
    if (!reader.readId(groupObject.value(QLatin1StringView("id")), &g->id, w, QStringLiteral("id"))
        || !reader.readString(groupObject.value(QLatin1StringView("name")), &g->name, w, QStringLiteral("name")))
        return false;
    w.section = {};
    const QJsonValue servers = object.value(QLatin1StringView("servers"));
    if (servers.isNull() || servers.isUndefined()) // an empty group
        return true;
    if (!servers.isArray()) {
        reader.fail(w, QStringLiteral("servers"), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a list of server ids"));
        return false;
    }
    const QJsonArray ids = servers.toArray();
    g->serverIds.reserve(qMin<qsizetype>(ids.size(), MaxServers));
    for (qsizetype i = 0; i < ids.size() && i < MaxServers; ++i) {
        quint64 id = 0;
        if (!reader.readId(ids.constBegin()[i], &id, w, QStringLiteral("servers[%1]").arg(i)))
            return false;
        g->serverIds.append(id);
    }
    return true;
}

} // namespace

GroupsResult decodeServerGroups(QByteArrayView body, int httpStatus)
{
    GroupsResult r;
    const Envelope env = openEnvelope(body, httpStatus);
    if (!env.ok()) {
        r.error = env.error;
        return r;
    }
    if (env.data.isUndefined() || env.data.isNull()) // no groups: "data" is omitted
        return r;
    if (!env.data.isArray()) {
        r.error = ApiError::parse(QStringLiteral("data"),
                                  trCodec(QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a list of server groups")));
        return r;
    }
    const QJsonArray array = env.data.toArray();
    Reader reader;
    r.groups.reserve(qMin<qsizetype>(array.size(), MaxGroups));
    for (qsizetype i = 0; i < array.size() && i < MaxGroups; ++i) { // groups beyond the cap are dropped
        ServerGroup g;
        if (!readGroupItem(reader, array.constBegin()[i], i, &g))
            break;
        r.groups.append(std::move(g));
    }
    if (reader.failed()) {
        r.groups.clear();
        r.error = reader.error;
    }
    return r;
}

namespace {

// [{"ts":ms,"value":x}]: the newest MaxMetricPoints are kept (the dashboard sends ascending time).
bool readPoints(Reader &reader, const QJsonArray &array, QList<MetricPoint> *points)
{
    const qsizetype first = qMax<qsizetype>(0, array.size() - MaxMetricPoints);
    points->reserve(array.size() - first);
    Where w;
    w.array = QLatin1StringView("data.data_points");
    for (qsizetype i = first; i < array.size(); ++i) {
        w.index = i;
        const QJsonValueConstRef item = array.constBegin()[i];
        if (!item.isObject()) {
            reader.fail(w, QString(), QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a data point"));
            return false;
        }
        const QJsonObject object = item.toObject();
        MetricPoint p;
        bool haveTs = false;
        for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
            const QString key = it.key();
            bool ok = true;
            if (key == QLatin1StringView("ts"))
                ok = haveTs = reader.readInt64(it.value(), &p.tsMs, w, key);
            else if (key == QLatin1StringView("value"))
                ok = reader.readDouble(it.value(), &p.value, w, key);
            if (!ok)
                return false;
        }
        if (!haveTs) {
            reader.fail(w, QStringLiteral("ts"), QT_TRANSLATE_NOOP("NezhaV1Codec", "missing time"));
            return false;
        }
        points->append(p);
    }
    const auto byTime = [](const MetricPoint &a, const MetricPoint &b) { return a.tsMs < b.tsMs; };
    if (!std::is_sorted(points->cbegin(), points->cend(), byTime))
        std::stable_sort(points->begin(), points->end(), byTime);
    return true;
}

} // namespace

MetricsResult decodeMetrics(QByteArrayView body, int httpStatus)
{
    MetricsResult r;
    QJsonObject data;
    if (!dataObject(openEnvelope(body, httpStatus), httpStatus, &data, &r.error))
        return r;
    Reader reader;
    Where w;
    w.section = QLatin1StringView("data");
    for (auto it = data.constBegin(), end = data.constEnd(); it != end && !reader.failed(); ++it) {
        const QString key = it.key();
        const QJsonValueConstRef v = it.value();
        if (key == QLatin1StringView("server_id")) {
            reader.readUInt64(v, &r.serverId, w, key);
        } else if (key == QLatin1StringView("server_name")) {
            reader.readString(v, &r.serverName, w, key);
        } else if (key == QLatin1StringView("metric")) {
            reader.readString(v, &r.metric, w, key);
        } else if (key == QLatin1StringView("data_points") && !v.isNull()) { // null: no data for this server
            if (v.isArray())
                readPoints(reader, v.toArray(), &r.points);
            else
                reader.fail(w, key, QT_TRANSLATE_NOOP("NezhaV1Codec", "expected a list of data points"));
        }
    }
    if (reader.failed()) {
        r = MetricsResult();
        r.error = reader.error;
        r.error.httpStatus = httpStatus;
        return r;
    }
    r.noHistory = r.points.isEmpty(); // [] = TSDB off, null = nothing recorded for this server
    return r;
}

void applyGroups(FleetSnapshot &snapshot, const QList<ServerGroup> &groups)
{
    QHash<quint64, qsizetype> rowOf;
    rowOf.reserve(snapshot.servers.size());
    for (qsizetype i = 0; i < snapshot.servers.size(); ++i) {
        rowOf.insert(snapshot.servers[i].id, i);
        snapshot.servers[i].groups.clear();
    }
    for (const ServerGroup &g : groups) {
        for (quint64 id : g.serverIds) {
            const auto it = rowOf.constFind(id);
            if (it == rowOf.constEnd()) // hidden from this viewer, or deleted since
                continue;
            QStringList &names = snapshot.servers[it.value()].groups;
            if (!names.contains(g.name)) // a group lists an id twice, or two groups share a name
                names.append(g.name);
        }
    }
    snapshot.groups = groups;
}

} // namespace NezhaV1
