// Nezha v1/v2 decoders against fixtures shaped like v1.14.14 / v2.3.7 replies (tests/fixtures/nezha-v1v2),
// one row per fixture and per quirk of the real server.

#include "nezha/v1/NezhaV1Codec.h"

#include <QFile>
#include <QtTest>

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(NezhaGeneration)

using namespace NezhaV1;
using K = ApiError::Kind;
using Ids = QList<quint64>;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(FARSIGHT_FIXTURES_DIR "/nezha-v1v2/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing fixture %s", qPrintable(name));
    return file.readAll();
}

Ids idsOf(const FleetSnapshot &snapshot)
{
    Ids ids;
    for (const ServerSnapshot &s : snapshot.servers)
        ids.append(s.id);
    return ids;
}

const ServerSnapshot *byId(const FleetSnapshot &snapshot, quint64 id)
{
    for (const ServerSnapshot &s : snapshot.servers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

constexpr qint64 FrameNowMs = 1795513483000; // "now" of every frame fixture
constexpr qint64 At094442Z = 1795513482;     // 2026-11-24T09:44:42Z

} // namespace

class TestNezhaV1Codec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestamp_data();
    void timestamp();
    void errorEnvelope_data();
    void errorEnvelope();
    void setting_data();
    void setting();
    void login_data();
    void login();
    void profile();
    void streamFrame_data();
    void streamFrame();
    void streamFrameFields();
    void omittedFieldsAndNulls();
    void offsetsGiveTheSameInstant();
    void neverReportedAndDisconnected();
    void perGpuUsageAndSensorCap();
    void serverList_data();
    void serverList();
    void serverListGeoIp();
    void groups_data();
    void groups();
    void applyGroupsToFleet();
    void metrics_data();
    void metrics();
    void boundsOnServerText();
    void tooManyServers();
};

void TestNezhaV1Codec::timestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");

    const qint64 base = At094442Z * 1000;
    QTest::newRow("UTC without fraction") << "2026-11-24T09:44:42Z" << true << base;
    QTest::newRow("UTC, 9 fraction digits") << "2026-11-24T09:44:42.123456789Z" << true << base + 123;
    QTest::newRow("+08:00, 9 digits rounds down") << "2026-11-24T17:44:42.999999999+08:00" << true << base + 999;
    QTest::newRow("+05:30, 1 digit") << "2026-11-24T15:14:42.1+05:30" << true << base + 100;
    QTest::newRow("-05:30, no fraction") << "2026-11-24T04:14:42-05:30" << true << base;
    QTest::newRow("-00:00, 2 digits") << "2026-11-24T09:44:42.05-00:00" << true << base + 50;
    QTest::newRow("lowercase t and z") << "2026-11-24t09:44:42z" << true << base;
    QTest::newRow("day rolls back over an offset") << "2026-11-25T01:44:42+16:00" << true << base;
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << true << Q_INT64_C(1709164800000);
    QTest::newRow("Go zero time = never reported") << "0001-01-01T00:00:00Z" << true << qint64(0);
    QTest::newRow("before 1970 = never reported") << "1969-12-31T23:59:59Z" << true << qint64(0);
    QTest::newRow("10 fraction digits") << "2026-11-24T09:44:42.1234567891Z" << false << qint64(0);
    QTest::newRow("dot without digits") << "2026-11-24T09:44:42.Z" << false << qint64(0);
    QTest::newRow("no zone") << "2026-11-24T09:44:42" << false << qint64(0);
    QTest::newRow("offset without colon") << "2026-11-24T09:44:42+0800" << false << qint64(0);
    QTest::newRow("30 February") << "2026-02-30T09:44:42Z" << false << qint64(0);
    QTest::newRow("hour 24") << "2026-11-24T24:00:00Z" << false << qint64(0);
    QTest::newRow("Unix seconds (v0 style)") << "1795513482" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٢٠٢٦-11-24T09:44:42Z") << false << qint64(0);
}

void TestNezhaV1Codec::timestamp()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    bool parsed = !ok;
    QCOMPARE(parseTimestampMs(text, &parsed), ms);
    QCOMPARE(parsed, ok);
}

void TestNezhaV1Codec::errorEnvelope_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("wantStatus");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("errorId");

    QTest::newRow("success envelope") << "v1-setting.json" << 200 << K::None << 0 << "" << "";
    QTest::newRow("bad password, HTTP 200") << "v1-login-bad-password.json" << 200 << K::Auth << 200 << ""
                                            << "ApiErrorUnauthorized";
    QTest::newRow("expired JWT on a strict route") << "v2-server-unauthorized.json" << 200 << K::Auth << 200 << ""
                                                   << "ApiErrorUnauthorized";
    QTest::newRow("unknown PAT, real HTTP 401") << "v2-pat-invalid-http401.json" << 401 << K::Auth << 401
                                                << "invalid api token" << "ApiErrorUnauthorized";
    QTest::newRow("PAT lacks a scope, HTTP 403") << "v2-pat-missing-scope-http403.json" << 403 << K::Auth << 403
                                                 << "api token lacks scope nezha:server:read" << "ApiErrorForbidden";
    QTest::newRow("forbidden counts as 403 even in a 200") << "v2-pat-missing-scope-http403.json" << 200 << K::Auth
                                                           << 403 << "api token lacks scope nezha:server:read"
                                                           << "ApiErrorForbidden";
    QTest::newRow("refresh without CSRF") << "v2-refresh-csrf-http403.json" << 403 << K::Auth << 403
                                          << "missing or invalid CSRF token" << "ApiErrorForbidden";
    QTest::newRow("unknown metric, HTTP 200") << "v2-metrics-bad-metric.json" << 200 << K::Api << 200
                                              << "invalid metric name" << "";
    QTest::newRow("unknown route, HTTP 404") << "v1-unknown-route-http404.json" << 404 << K::Api << 404
                                             << "404 Not Found" << "";
    QTest::newRow("WAF block page") << "v2-waf-blocked-http403.html" << 403 << K::Parse << 403 << "" << "";
    QTest::newRow("v0 body is no v1 reply") << "v0-body-to-v1.json" << 200 << K::Parse << 200 << "" << "";
    QTest::newRow("truncated body") << "v2-ws-frame-truncated.json" << 200 << K::Parse << 200 << "" << "";
}

void TestNezhaV1Codec::errorEnvelope()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, wantStatus);
    QFETCH(QString, detail);
    QFETCH(QString, errorId);
    const ApiError e = envelopeError(fixture(file), status);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, wantStatus);
    if (kind != K::Parse)
        QCOMPARE(e.detail, detail);
    QCOMPARE(e.errorId, errorId);
    QCOMPARE(e.text().isEmpty(), kind == K::None);
}

void TestNezhaV1Codec::setting_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<NezhaGeneration>("generation");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("tsdb");

    using G = NezhaGeneration;
    QTest::newRow("v1 as admin") << "v1-setting.json" << K::None << G::V1 << "1.14.14" << false;
    QTest::newRow("v1 as guest: no version") << "v1-setting-guest.json" << K::None << G::V1 << "" << false;
    QTest::newRow("v2 as admin") << "v2-setting.json" << K::None << G::V2 << "2.3.7" << true;
    QTest::newRow("v2 as guest: tsdb_enabled tells v2") << "v2-setting-guest.json" << K::None << G::V2 << "" << true;
    QTest::newRow("v0 HTML 404 page") << "v2-waf-blocked-http403.html" << K::Parse << G::Unknown << "" << false;
    QTest::newRow("v0 JSON body") << "v0-body-to-v1.json" << K::Parse << G::Unknown << "" << false;
}

void TestNezhaV1Codec::setting()
{
    QFETCH(QString, file);
    QFETCH(ApiError::Kind, kind);
    QFETCH(NezhaGeneration, generation);
    QFETCH(QString, version);
    QFETCH(bool, tsdb);
    const SettingResult r = decodeSetting(fixture(file));
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.info.generation, generation);
    QCOMPARE(r.info.version, version);
    QCOMPARE(r.info.tsdbEnabled, tsdb);
    QCOMPARE(r.info.siteName, r.ok() ? QStringLiteral("Nezha Monitoring") : QString());
}

void TestNezhaV1Codec::login_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<qint64>("expireMs");

    QTest::newRow("v1 login") << "v1-login.json" << K::None << Q_INT64_C(1795517083000);
    QTest::newRow("v2 login") << "v2-login.json" << K::None << Q_INT64_C(1795517083000);
    QTest::newRow("v1 bad password") << "v1-login-bad-password.json" << K::Auth << qint64(0);
    QTest::newRow("v2 bad password") << "v2-login-bad-password.json" << K::Auth << qint64(0);
    QTest::newRow("a profile is no login answer") << "v2-profile.json" << K::Parse << qint64(0);
}

void TestNezhaV1Codec::login()
{
    QFETCH(QString, file);
    QFETCH(ApiError::Kind, kind);
    QFETCH(qint64, expireMs);
    const LoginResult r = decodeLogin(fixture(file));
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.expireMs, expireMs);
    QCOMPARE(r.token.startsWith(QLatin1StringView("eyJ")), r.ok());
}

void TestNezhaV1Codec::profile()
{
    const ProfileResult v1 = decodeProfile(fixture(QStringLiteral("v1-profile.json")));
    QVERIFY(v1.ok());
    QCOMPARE(v1.userId, quint64(1));
    QCOMPARE(v1.username, QStringLiteral("admin"));
    QCOMPARE(v1.role, 0);
    const ProfileResult v2 = decodeProfile(fixture(QStringLiteral("v2-profile.json")));
    QVERIFY(v2.ok());
    QCOMPARE(v2.username, QStringLiteral("admin"));
    QCOMPARE(decodeProfile(fixture(QStringLiteral("v2-server-unauthorized.json"))).error.kind, K::Auth);
}

void TestNezhaV1Codec::streamFrame_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Ids>("ids");

    QTest::newRow("v1 frame") << "v1-ws-frame.json" << K::None << "" << Ids{2, 6, 1, 3, 4, 5};
    QTest::newRow("v2 frame") << "v2-ws-frame.json" << K::None << "" << Ids{2, 6, 1, 3, 4, 5};
    QTest::newRow("omitted fields and nulls") << "v1-ws-frame-omitted-and-nulls.json" << K::None << "" << Ids{8, 7};
    QTest::newRow("offsets other than UTC") << "v2-ws-frame-offsets.json" << K::None << "" << Ids{11, 12, 13, 14};
    QTest::newRow("disconnected agent (v2.2.11)") << "v2-ws-frame-disconnected.json" << K::None << "" << Ids{1, 5};
    QTest::newRow("four GPUs") << "v2-ws-frame-multi-gpu.json" << K::None << "" << Ids{6};
    QTest::newRow("no servers: list omitted") << "v1-ws-frame-empty.json" << K::None << "" << Ids{};
    QTest::newRow("frame cut mid-way") << "v2-ws-frame-truncated.json" << K::Parse << "" << Ids{};
    QTest::newRow("string for state.cpu") << "v2-ws-frame-cpu-string.json" << K::Parse << "servers[0].state.cpu"
                                          << Ids{};
    QTest::newRow("last_active not RFC 3339") << "v2-ws-frame-bad-time.json" << K::Parse << "servers[0].last_active"
                                              << Ids{};
    QTest::newRow("error instead of a frame") << "v1-server-unauthorized.json" << K::Auth << "" << Ids{};
    QTest::newRow("HTML page") << "v2-waf-blocked-http403.html" << K::Parse << "" << Ids{};
}

void TestNezhaV1Codec::streamFrame()
{
    QFETCH(QString, file);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, field);
    QFETCH(Ids, ids);
    const FleetDecodeResult r = decodeStreamFrame(fixture(file));
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.error.field, field);
    QCOMPARE(idsOf(r.snapshot), ids);
    QCOMPARE(r.snapshot.realDisplayIndex, r.ok());
    QCOMPARE(r.snapshot.dashboardTimeMs, r.ok() ? FrameNowMs : 0);
    if (!r.ok())
        QVERIFY(!r.error.text().isEmpty());
}

void TestNezhaV1Codec::streamFrameFields()
{
    const FleetDecodeResult r = decodeStreamFrame(fixture(QStringLiteral("v2-ws-frame.json")));
    QVERIFY(r.ok());
    const ServerSnapshot *db = byId(r.snapshot, 2);
    QVERIFY(db && db->hasDetails);
    QCOMPARE(db->name, QStringLiteral("db-1"));
    QCOMPARE(db->displayIndex, 10);
    QCOMPARE(db->lastActive, qint64(1795513481));
    QCOMPARE(db->host.platform, QStringLiteral("ubuntu"));
    QCOMPARE(db->host.cpu, QStringList{QStringLiteral("Intel Xeon 8 Physical Core")});
    QCOMPARE(db->host.memTotal, quint64(34359738368));
    QCOMPARE(db->host.agentVersion, QStringLiteral("1.15.0"));
    QCOMPARE(db->host.countryCode, QStringLiteral("nl"));
    QCOMPARE(db->status.cpu, 61.0);
    QCOMPARE(db->status.netInTransfer, quint64(512369940500));
    QCOMPARE(db->status.load15, 0.3);
    QCOMPARE(db->status.processCount, quint64(287));
    const ServerSnapshot *gpu = byId(r.snapshot, 6);
    QCOMPARE(gpu->status.temperatures.size(), 2);
    QCOMPARE(gpu->status.temperatures[0], (Temperature{QStringLiteral("k10temp"), 71.25}));
    QCOMPARE(gpu->status.gpuUsages, QList<double>{97.5});
    QCOMPARE(gpu->status.gpu, 97.5);
    QCOMPARE(gpu->host.gpu, QStringList{QStringLiteral("NVIDIA GeForce RTX 4090")});
    QCOMPARE(byId(r.snapshot, 3)->name, QStringLiteral("<b>edge</b><img src=x>")); // \u003c decodes to what was typed
    QCOMPARE(byId(r.snapshot, 4)->status.cpu, 0.0); // omitted = 0
}

void TestNezhaV1Codec::omittedFieldsAndNulls()
{
    const FleetDecodeResult r = decodeStreamFrame(fixture(QStringLiteral("v1-ws-frame-omitted-and-nulls.json")));
    QVERIFY(r.ok());
    const ServerSnapshot *idle = byId(r.snapshot, 7);
    QVERIFY(idle->host.cpu.isEmpty());
    QCOMPARE(idle->status.cpu, 0.0);
    QVERIFY(idle->status.temperatures.isEmpty());
    QVERIFY(idle->status.gpuUsages.isEmpty());
    QCOMPARE(idle->status.memUsed, quint64(104857600));
    QCOMPARE(idle->host.countryCode, QStringLiteral("fr")); // lowercased
    QCOMPARE(idle->displayIndex, 0);
    const ServerSnapshot *quiet = byId(r.snapshot, 8);
    QCOMPARE(quiet->status.uptime, quint64(120));
    QCOMPARE(quiet->host.memTotal, quint64(0));
    QCOMPARE(quiet->host.countryCode, QString());
    QCOMPARE(quiet->lastActive, At094442Z - 1);
}

void TestNezhaV1Codec::offsetsGiveTheSameInstant()
{
    const FleetDecodeResult r = decodeStreamFrame(fixture(QStringLiteral("v2-ws-frame-offsets.json")));
    QVERIFY(r.ok());
    for (const ServerSnapshot &s : r.snapshot.servers)
        QCOMPARE(s.lastActive, At094442Z);
}

void TestNezhaV1Codec::neverReportedAndDisconnected()
{
    const FleetDecodeResult r = decodeStreamFrame(fixture(QStringLiteral("v2-ws-frame-disconnected.json")));
    QVERIFY(r.ok());
    const ServerSnapshot *gone = byId(r.snapshot, 1);
    QVERIFY(gone->neverReported()); // the driver tells "disconnected" from "never" by session history
    QCOMPARE(gone->host.platform, QStringLiteral("debian"));
    QCOMPARE(gone->status, ServerStatus());
    const ServerSnapshot *fresh = byId(r.snapshot, 5);
    QVERIFY(fresh->neverReported());
    QVERIFY(fresh->hasDetails); // "host":{} "state":{}
    QCOMPARE(fresh->host, HostInfo());
    QCOMPARE(fresh->status, ServerStatus());
}

void TestNezhaV1Codec::perGpuUsageAndSensorCap()
{
    const FleetDecodeResult r = decodeStreamFrame(fixture(QStringLiteral("v2-ws-frame-multi-gpu.json")));
    QVERIFY(r.ok());
    const ServerSnapshot &s = r.snapshot.servers.first();
    QCOMPARE(s.status.gpuUsages, (QList<double>{12.5, 97.25, 0, 55}));
    QCOMPARE(s.status.gpu, 97.25);
    QCOMPARE(s.host.gpu.size(), 4);
    QCOMPARE(s.status.cpu, 100.0); // 140 clamped
    QCOMPARE(s.status.temperatures.size(), MaxSensorsPerServer); // 80 sent
}

void TestNezhaV1Codec::serverList_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<Ids>("ids");

    QTest::newRow("v1 admin view") << "v1-server-list.json" << 200 << K::None << Ids{2, 6, 1, 3, 4, 5};
    QTest::newRow("v2 admin view with owner") << "v2-server-list.json" << 200 << K::None << Ids{2, 6, 1, 3, 4, 5};
    QTest::newRow("v2 with a PAT") << "v2-server-list-pat.json" << 200 << K::None << Ids{2, 6, 1, 3, 4, 5};
    QTest::newRow("PAT bound to two servers") << "v2-server-list-pat-bound.json" << 200 << K::None << Ids{6, 1};
    QTest::newRow("expired JWT") << "v1-server-unauthorized.json" << 200 << K::Auth << Ids{};
    QTest::newRow("unknown PAT") << "v2-pat-invalid-http401.json" << 401 << K::Auth << Ids{};
    QTest::newRow("no servers: data omitted") << "v1-server-group-none.json" << 200 << K::None << Ids{};
    QTest::newRow("a frame is no envelope") << "v2-ws-frame.json" << 200 << K::Parse << Ids{};
}

void TestNezhaV1Codec::serverList()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QFETCH(Ids, ids);
    const FleetDecodeResult r = decodeServerList(fixture(file), status);
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(idsOf(r.snapshot), ids);
    QCOMPARE(r.snapshot.dashboardTimeMs, qint64(0)); // the caller stamps the Date header
}

void TestNezhaV1Codec::serverListGeoIp()
{
    const FleetDecodeResult r = decodeServerList(fixture(QStringLiteral("v1-server-list.json")));
    QVERIFY(r.ok());
    const ServerSnapshot *db = byId(r.snapshot, 2);
    QCOMPARE(db->ipv4, QStringLiteral("203.0.113.11"));
    QCOMPARE(db->ipv6, QStringLiteral("2001:db8::11"));
    QCOMPARE(db->validIp, QStringLiteral("203.0.113.11"));
    QCOMPARE(db->host.countryCode, QStringLiteral("nl"));
    QVERIFY(db->hideForGuest);
    QCOMPARE(db->lastActive, qint64(1795513481));
    const ServerSnapshot *edge = byId(r.snapshot, 3);
    QCOMPARE(edge->validIp, QStringLiteral("2001:db8::3")); // IPv6 only
    QVERIFY(!edge->hideForGuest);
    const ServerSnapshot *fresh = byId(r.snapshot, 5);
    QVERIFY(fresh->neverReported() && fresh->validIp.isEmpty());
}

void TestNezhaV1Codec::groups_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("names");

    const QStringList four{QStringLiteral("Production"), QStringLiteral("Staging"), QStringLiteral("GPU"),
                           QStringLiteral("Decommissioned")};
    QTest::newRow("v1 groups, empty one has null") << "v1-server-group.json" << K::None << "" << four;
    QTest::newRow("v2 groups") << "v2-server-group.json" << K::None << "" << four;
    QTest::newRow("no groups: data omitted") << "v1-server-group-none.json" << K::None << "" << QStringList();
    QTest::newRow("string as server id") << "v1-server-group-bad-id.json" << K::Parse << "data[0].servers[1]"
                                         << QStringList();
    QTest::newRow("guest refused (force_auth)") << "v1-server-unauthorized.json" << K::Auth << "" << QStringList();
}

void TestNezhaV1Codec::groups()
{
    QFETCH(QString, file);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, field);
    QFETCH(QStringList, names);
    const GroupsResult r = decodeServerGroups(fixture(file));
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.error.field, field);
    QStringList got;
    for (const ServerGroup &g : r.groups)
        got.append(g.name);
    QCOMPARE(got, names);
    if (names.size() == 4) {
        QCOMPARE(r.groups[0].serverIds, (Ids{2, 1}));
        QCOMPARE(r.groups[3].id, quint64(4));
        QVERIFY(r.groups[3].serverIds.isEmpty());
    }
}

void TestNezhaV1Codec::applyGroupsToFleet()
{
    FleetDecodeResult r = decodeStreamFrame(fixture(QStringLiteral("v2-ws-frame.json")));
    QList<ServerGroup> groups = decodeServerGroups(fixture(QStringLiteral("v2-server-group.json"))).groups;
    groups.append(ServerGroup{9, QStringLiteral("GPU"), {6, 6, 99}}); // same name twice, duplicate and unknown id
    groups.append(ServerGroup{10, QStringLiteral("EU"), {2, 1}});
    applyGroups(r.snapshot, groups);
    QCOMPARE(r.snapshot.groups, groups);
    QCOMPARE(byId(r.snapshot, 2)->groups, (QStringList{QStringLiteral("Production"), QStringLiteral("EU")}));
    QCOMPARE(byId(r.snapshot, 6)->groups, QStringList{QStringLiteral("GPU")});
    QVERIFY(byId(r.snapshot, 3)->groups.isEmpty());
    applyGroups(r.snapshot, {}); // groups deleted since: names go too
    QVERIFY(byId(r.snapshot, 2)->groups.isEmpty());
}

void TestNezhaV1Codec::metrics_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("noHistory");
    QTest::addColumn<QList<qint64>>("times");

    using T = QList<qint64>;
    const qint64 t0 = 1795427100000;
    QTest::newRow("cpu, 1 day, first 5 buckets") << "v2-metrics-cpu-1d-first5.json" << K::None << false
                                                 << T{t0, t0 + 30000, t0 + 60000, t0 + 90000, t0 + 120000};
    QTest::newRow("TSDB off: empty list") << "v2-metrics-tsdb-off.json" << K::None << true << T{};
    QTest::newRow("no data for this server: null") << "v2-metrics-no-data.json" << K::None << true << T{};
    QTest::newRow("out of order, value omitted") << "v2-metrics-unsorted.json" << K::None << false
                                                 << T{t0, t0 + 30000, t0 + 60000};
    QTest::newRow("unknown metric") << "v2-metrics-bad-metric.json" << K::Api << false << T{};
    QTest::newRow("PAT lacks nezha:server:read") << "v2-pat-missing-scope-http403.json" << K::Auth << false << T{};
}

void TestNezhaV1Codec::metrics()
{
    QFETCH(QString, file);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, noHistory);
    QFETCH(QList<qint64>, times);
    const MetricsResult r = decodeMetrics(fixture(file));
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.noHistory, noHistory);
    QList<qint64> got;
    for (const MetricPoint &p : r.points)
        got.append(p.tsMs);
    QCOMPARE(got, times);
    if (file == QLatin1StringView("v2-metrics-unsorted.json"))
        QCOMPARE(r.points[1].value, 0.0); // "value" omitted = 0
    if (r.ok() && !times.isEmpty())
        QCOMPARE(r.serverId, quint64(6));
}

void TestNezhaV1Codec::boundsOnServerText()
{
    const QByteArray longName(100000, 'x');
    const QByteArray body = "{\"now\":1,\"servers\":[{\"id\":1,\"name\":\"" + longName + "\"}]}";
    const FleetDecodeResult r = decodeStreamFrame(body);
    QVERIFY(r.ok());
    QCOMPARE(r.snapshot.servers.first().name.size(), MaxTextLength);
    QVERIFY(!r.snapshot.servers.first().hasDetails);
}

void TestNezhaV1Codec::tooManyServers()
{
    QByteArray body = "{\"now\":1,\"servers\":[";
    for (int i = 1; i <= MaxServers + 1; ++i)
        body += "{\"id\":" + QByteArray::number(i) + "},";
    body.chop(1);
    body += "]}";
    const FleetDecodeResult r = decodeStreamFrame(body);
    QCOMPARE(r.error.kind, K::Parse);
    QCOMPARE(r.error.field, QStringLiteral("servers"));
    QVERIFY(r.snapshot.servers.isEmpty());
}

QTEST_GUILESS_MAIN(TestNezhaV1Codec)
#include "tst_nezhav1codec.moc"
