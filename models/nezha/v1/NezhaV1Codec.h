#pragma once

// Pure decoders (and the demo dashboard's encoders) for the Nezha v1/v2 API (nezha.md section 5).
// Bytes in, values out: no network, no QObject, any thread. app/nezha/v1's driver calls the decoders on each
// reply or WebSocket frame (off the GUI thread); app/demo uses the encoders to speak the real wire shape.
//
// Wire facts every decoder honours: the envelope {"success":bool,"data":T,"error":string} has every field
// omitempty (an error has no "success" at all; an empty list has no "data"); errors come inside HTTP 200;
// host/state keys are snake_case, omitted zero fields mean 0; last_active is RFC 3339 with any offset and up
// to 9 fraction digits, "0001-01-01T00:00:00Z" = never reported (lastActive 0 in ServerSnapshot);
// temperatures keep PascalCase Name/Temperature; state.gpu is an array (one value per GPU).
// Error mapping: "ApiErrorUnauthorized..." -> Auth; "ApiErrorForbidden..." -> Auth with httpStatus 403 and
// detail holding the server text (e.g. "api token lacks scope nezha:server:read"); both keep the word in errorId
// ("ApiErrorUnauthorized"/"ApiErrorForbidden") and the text after the colon in detail; any other "error" -> Api;
// not the expected JSON -> Parse with the JSON path. Decoders validate before they allocate per element,
// cap element counts (servers, groups, sensors, points) and string lengths, and never throw.

#include "ApiError.h"
#include "DashboardInfo.h"
#include "FleetDecodeResult.h"
#include "ServerSnapshot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace NezhaV1 {

// Caps on what a dashboard controls.
inline constexpr int MaxServers = 100000;
inline constexpr int MaxGroups = 10000;
inline constexpr int MaxSensorsPerServer = 64;
inline constexpr int MaxGpusPerServer = 64;
inline constexpr int MaxMetricPoints = 200000;
inline constexpr int MaxTextLength = 1024; // names, versions, notes: longer text is cut

// RFC 3339 with any offset and 0..9 fraction digits -> ms since the epoch (UTC). Year-1 ("0001-01-01...") and
// anything <= 0 -> 0 (never reported). Unparseable -> ok=false.
qint64 parseTimestampMs(QStringView text, bool *ok = nullptr);

// The envelope's error (if any), mapped as described above; {} when the body is a success envelope.
// httpStatus is the reply's status (200 for nearly everything; 401 for a bad PAT on v2).
ApiError envelopeError(QByteArrayView body, int httpStatus = 200);

// GET /api/v1/setting (no auth or any auth): generation V2 when data.tsdb_enabled is present, else V1;
// data.version when the caller is an admin.
struct SettingResult
{
    DashboardInfo info;
    ApiError error;
    bool ok() const { return !error.isError(); }
};
SettingResult decodeSetting(QByteArrayView body, int httpStatus = 200);

// POST /api/v1/login and GET|POST /api/v1/refresh-token: {"data":{"token","expire"}}.
struct LoginResult
{
    QString token;       // the JWT, opaque: never decoded, never logged
    qint64 expireMs = 0; // from "expire" (RFC 3339); 0 when absent
    ApiError error;
    bool ok() const { return !error.isError(); }
};
LoginResult decodeLogin(QByteArrayView body, int httpStatus = 200);

// GET /api/v1/profile: the user (v1 also sends the password hash and agent secret: never kept).
struct ProfileResult
{
    quint64 userId = 0;
    QString username;
    int role = 0; // v2: 0 admin, 1 member
    ApiError error;
    bool ok() const { return !error.isError(); }
};
ProfileResult decodeProfile(QByteArrayView body, int httpStatus = 200);

// One text frame of GET /api/v1/ws/server: {"now":ms,"online":viewers,"servers":[...]}. No envelope.
// snapshot.dashboardTimeMs = now; servers sorted display_index desc, id asc; realDisplayIndex = true.
FleetDecodeResult decodeStreamFrame(QByteArrayView body);

// GET /api/v1/server (strict auth): envelope whose data is the full Server objects (admin view; v2 adds
// owner). No "data" = empty fleet. dashboardTimeMs is left 0 (the caller stamps the Date header).
FleetDecodeResult decodeServerList(QByteArrayView body, int httpStatus = 200);

// GET /api/v1/server-group: [{group:{id,name,...}, servers:[ids]|null}].
struct GroupsResult
{
    QList<ServerGroup> groups; // in the dashboard's order
    ApiError error;
    bool ok() const { return !error.isError(); }
};
GroupsResult decodeServerGroups(QByteArrayView body, int httpStatus = 200);

// GET /api/v1/server/:id/metrics?metric=&period= (v2): {server_id, server_name, metric, data_points:[{ts,value}]}.
struct MetricPoint
{
    qint64 tsMs = 0;
    double value = 0;
    bool operator==(const MetricPoint &) const = default;
};
struct MetricsResult
{
    quint64 serverId = 0;
    QString serverName;
    QString metric;
    QList<MetricPoint> points; // ascending time
    bool noHistory = false;    // data_points [] (TSDB off) or null (no data for this server)
    ApiError error;
    bool ok() const { return !error.isError(); }
};
MetricsResult decodeMetrics(QByteArrayView body, int httpStatus = 200);

// Copies group names into each server's ServerSnapshot::groups (and sets snapshot.groups).
void applyGroups(FleetSnapshot &snapshot, const QList<ServerGroup> &groups);

// ---- Encoders (demo dashboard, benchmarks): exactly the real wire shape, zero fields omitted. ----
enum class Wire { V1, V2 };
QJsonObject encodeStreamServer(const ServerSnapshot &server, bool firstFrame);
QByteArray encodeStreamFrame(const QList<ServerSnapshot> &servers, qint64 nowMs, int viewers, bool firstFrame);
QJsonObject encodeServer(const ServerSnapshot &server, Wire wire); // /api/v1/server item (admin view)
QByteArray encodeSuccess(const QJsonValue &data);                  // {"success":true,"data":...}; null data -> omitted
QByteArray encodeError(const QString &error);                      // {"error":"..."}
QString formatTimestamp(qint64 ms, int offsetSecs);                // RFC 3339 in a zone; 0 -> "0001-01-01T00:00:00Z"

} // namespace NezhaV1
