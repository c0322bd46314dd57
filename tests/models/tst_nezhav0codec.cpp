// Nezha v0 decoder/encoder against recorded fixtures (tests/fixtures/nezha), one file per case.

#include "NezhaPayloads.h"
#include "NezhaV0Codec.h"

#include <QtTest>

#include <sys/resource.h>

Q_DECLARE_METATYPE(ApiError::Kind)

class TestNezhaV0Codec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeFixture_data();
    void decodeFixture();
    void detailsFields();
    void listHasNoDetails();
    void clampsAndSpikes();
    void authFailureKeepsMessage();
    void wrongTypeNamesPath_data();
    void wrongTypeNamesPath();
    void encoderRoundTrip_data();
    void encoderRoundTrip();
    void fakeDisplayIndexIsZero();
    void refusesAmplifyingBodies_data();
    void refusesAmplifyingBodies();
    void longMessageIsCapped_data();
    void longMessageIsCapped();
};

namespace {

// {"code":0,"message":"success","result":[item,item,...]} with `count` items.
QByteArray envelopeOf(const QByteArray &item, qsizetype count)
{
    QByteArray body = QByteArrayLiteral(R"({"code":0,"message":"success","result":[)");
    body.reserve(body.size() + count * (item.size() + 1) + 2);
    for (qsizetype i = 0; i < count; ++i) {
        if (i)
            body += ',';
        body += item;
    }
    return body + "]}";
}

// The process's peak resident set so far, in MiB.
qint64 peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

void TestNezhaV0Codec::decodeFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("details");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QList<quint64>>("ids"); // expected order on success

    using K = ApiError::Kind;
    using Ids = QList<quint64>;
    QTest::newRow("details of all servers") << "v0-server-details-all.json" << true << K::None << "" << Ids{2, 1, 3};
    QTest::newRow("server list") << "v0-server-list.json" << false << K::None << "" << Ids{1, 2, 3};
    QTest::newRow("token rejected in a 200 body") << "v0-auth-failure.json" << true << K::Auth << "" << Ids{};
    QTest::newRow("code 500 in the body") << "v0-details-code-500.json" << true << K::Api << "" << Ids{};
    QTest::newRow("HTML 404 page") << "v0-html-404.html" << true << K::Parse << "" << Ids{};
    QTest::newRow("truncated JSON") << "v0-details-truncated.json" << true << K::Parse << "" << Ids{};
    QTest::newRow("code 0 without result") << "v0-details-no-result.json" << true << K::Parse << "result" << Ids{};
    QTest::newRow("empty result") << "v0-details-empty-result.json" << true << K::None << "" << Ids{};
    QTest::newRow("string for status.CPU") << "v0-details-cpu-string.json" << true << K::Parse
                                           << "result[2].status.CPU" << Ids{};
    QTest::newRow("string for host.MemTotal") << "v0-details-memtotal-string.json" << true << K::Parse
                                              << "result[0].host.MemTotal" << Ids{};
    QTest::newRow("number as temperature name") << "v0-details-temperature-name-number.json" << true << K::Parse
                                                << "result[1].status.Temperatures[0].Name" << Ids{};
    QTest::newRow("unknown extra fields") << "v0-details-unknown-fields.json" << true << K::None << "" << Ids{2, 1, 3};
    QTest::newRow("CPU model list null") << "v0-details-cpu-null.json" << true << K::None << "" << Ids{1};
    QTest::newRow("never-reported server") << "v0-details-never-reported.json" << true << K::None << "" << Ids{3};
    QTest::newRow("display_index desc then id asc") << "v0-details-order.json" << true << K::None << ""
                                                    << Ids{4, 2, 3, 9, 1, 7};
    QTest::newRow("monitor history is not a server list") << "v0-monitor-history.json" << true << K::Parse
                                                          << "result[0].id" << Ids{};
    QTest::newRow("v1 error body") << "v1-unauthorized.json" << true << K::Parse << "code" << Ids{};
}

void TestNezhaV0Codec::decodeFixture()
{
    QFETCH(QString, file);
    QFETCH(bool, details);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, field);
    QFETCH(QList<quint64>, ids);

    const QByteArray body = NezhaPayloads::fixture(file);
    QVERIFY(!body.isEmpty());
    const FleetDecodeResult r = details ? decodeNezhaV0ServerDetails(body, true) : decodeNezhaV0ServerList(body);
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.ok(), kind == ApiError::Kind::None);
    QCOMPARE(r.error.field, field);
    if (!r.ok()) {
        QVERIFY(r.snapshot.servers.isEmpty());
        QVERIFY2(!r.error.text().isEmpty(), "an error must render a sentence");
        return;
    }
    QList<quint64> got;
    for (const ServerSnapshot &s : r.snapshot.servers)
        got.append(s.id);
    QCOMPARE(got, ids);
}

void TestNezhaV0Codec::detailsFields()
{
    const FleetDecodeResult r = decodeNezhaV0ServerDetails(NezhaPayloads::fixture(QStringLiteral("v0-server-details-all.json")), true);
    QVERIFY(r.ok());
    QVERIFY(r.snapshot.realDisplayIndex);
    const ServerSnapshot &nas = r.snapshot.servers.at(0);
    QCOMPARE(nas.id, 2u);
    QCOMPARE(nas.name, QStringLiteral("home-nas"));
    QCOMPARE(nas.tag, QStringLiteral("Home"));
    QCOMPARE(nas.lastActive, 1732096798);
    QCOMPARE(nas.ipv6, QStringLiteral("2001:db8:1::2"));
    QCOMPARE(nas.validIp, QStringLiteral("2001:db8:1::2"));
    QCOMPARE(nas.displayIndex, 10);
    QVERIFY(nas.hideForGuest);
    QVERIFY(nas.hasDetails);
    QCOMPARE(nas.host.platform, QStringLiteral("ubuntu"));
    QCOMPARE(nas.host.platformVersion, QStringLiteral("24.04"));
    QCOMPARE(nas.host.cpu, QStringList{QStringLiteral("12th Gen Intel(R) Core(TM) i5-12400 12 Physical Core")});
    QCOMPARE(nas.host.memTotal, 33388765184ull);
    QCOMPARE(nas.host.diskTotal, 3999688294400ull);
    QCOMPARE(nas.host.swapTotal, 8589930496ull);
    QCOMPARE(nas.host.arch, QStringLiteral("x86_64"));
    QCOMPARE(nas.host.bootTime, 1731500000ull);
    QCOMPARE(nas.host.countryCode, QStringLiteral("nl"));
    QCOMPARE(nas.host.agentVersion, QStringLiteral("0.20.5"));
    QCOMPARE(nas.host.gpu, QStringList{QStringLiteral("NVIDIA GeForce RTX 3060")});
    const ServerStatus &st = nas.status;
    QCOMPARE(st.cpu, 7.236180904522613);
    QCOMPARE(st.memUsed, 9126805504ull);
    QCOMPARE(st.diskUsed, 1830452117504ull);
    QCOMPARE(st.netInTransfer, 512370045120ull);
    QCOMPARE(st.netOutTransfer, 88410235904ull);
    QCOMPARE(st.netInSpeed, 52310ull);
    QCOMPARE(st.netOutSpeed, 8123ull);
    QCOMPARE(st.uptime, 596800ull);
    QCOMPARE(st.load1, 0.42);
    QCOMPARE(st.load5, 0.37);
    QCOMPARE(st.load15, 0.3);
    QCOMPARE(st.tcpConnCount, 61ull);
    QCOMPARE(st.udpConnCount, 9ull);
    QCOMPARE(st.processCount, 287ull);
    QCOMPARE(st.temperatures.size(), 2);
    QCOMPARE(st.temperatures.at(1).name, QStringLiteral("nvme_composite"));
    QCOMPARE(st.temperatures.at(1).celsius, 39.85);
    QCOMPARE(st.gpu, 12.5);

    const ServerSnapshot &fresh = r.snapshot.servers.at(2);
    QCOMPARE(fresh.id, 3u);
    QVERIFY(fresh.neverReported());
    QCOMPARE(fresh.lastActive, Q_INT64_C(-62135596800)); // kept as is, never shown as year 1
    QVERIFY(fresh.host.cpu.isEmpty());
    QVERIFY(fresh.status.temperatures.isEmpty());
}

void TestNezhaV0Codec::listHasNoDetails()
{
    const FleetDecodeResult r = decodeNezhaV0ServerList(NezhaPayloads::fixture(QStringLiteral("v0-server-list.json")));
    QVERIFY(r.ok());
    QVERIFY(!r.snapshot.realDisplayIndex);
    for (const ServerSnapshot &s : r.snapshot.servers)
        QVERIFY(!s.hasDetails);
    QCOMPARE(r.snapshot.servers.at(0).ipv4, QStringLiteral("203.0.113.10"));
}

void TestNezhaV0Codec::clampsAndSpikes()
{
    FleetDecodeResult r = decodeNezhaV0ServerDetails(NezhaPayloads::fixture(QStringLiteral("v0-details-cpu-over-100.json")), true);
    QVERIFY(r.ok());
    QCOMPARE(r.snapshot.servers.at(0).status.cpu, 100.0);
    r = decodeNezhaV0ServerDetails(NezhaPayloads::fixture(QStringLiteral("v0-details-speed-spike.json")), true);
    QVERIFY(r.ok());
    // The decoder reports what the dashboard said (the history store filters it): no wrap, no zero.
    QVERIFY(r.snapshot.servers.at(0).status.netInSpeed > (quint64(1) << 63));
}

void TestNezhaV0Codec::authFailureKeepsMessage()
{
    const FleetDecodeResult r = decodeNezhaV0ServerDetails(NezhaPayloads::fixture(QStringLiteral("v0-auth-failure.json")), true);
    QCOMPARE(r.error.kind, ApiError::Kind::Auth);
    QCOMPARE(r.error.apiCode, 403);
    QCOMPARE(r.error.detail, QStringLiteral("访问此接口需要认证"));
    const FleetDecodeResult api = decodeNezhaV0ServerDetails(NezhaPayloads::fixture(QStringLiteral("v0-details-code-500.json")), true);
    QCOMPARE(api.error.apiCode, 500);
    QCOMPARE(api.error.detail, QStringLiteral("record not found"));
}

void TestNezhaV0Codec::wrongTypeNamesPath_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("id is a string") << QByteArray(R"({"code":0,"message":"success","result":[{"id":"1"}]})") << "result[0].id";
    QTest::newRow("id missing") << QByteArray(R"({"code":0,"message":"success","result":[{"name":"a"}]})") << "result[0].id";
    QTest::newRow("item is a number") << QByteArray(R"({"code":0,"message":"success","result":[{"id":1},7]})") << "result[1]";
    QTest::newRow("status.CPU null") << QByteArray(R"({"code":0,"result":[{"id":1,"status":{"CPU":null}}]})") << "result[0].status.CPU";
    QTest::newRow("negative MemUsed") << QByteArray(R"({"code":0,"result":[{"id":1,"status":{"MemUsed":-5}}]})") << "result[0].status.MemUsed";
    QTest::newRow("host is a list") << QByteArray(R"({"code":0,"result":[{"id":1,"host":[]}]})") << "result[0].host";
    QTest::newRow("CPU list holds a number") << QByteArray(R"({"code":0,"result":[{"id":1,"host":{"CPU":["a",4]}}]})") << "result[0].host.CPU[1]";
    QTest::newRow("hide_for_guest is a number") << QByteArray(R"({"code":0,"result":[{"id":1,"hide_for_guest":1}]})") << "result[0].hide_for_guest";
    QTest::newRow("last_active fractional") << QByteArray(R"({"code":0,"result":[{"id":1,"last_active":1.5}]})") << "result[0].last_active";
    QTest::newRow("result is an object") << QByteArray(R"({"code":0,"result":{}})") << "result";
    QTest::newRow("code is a string") << QByteArray(R"({"code":"0","result":[]})") << "code";
    QTest::newRow("code is a fraction") << QByteArray(R"({"code":0.5,"result":[]})") << "code";
    QTest::newRow("code is 2^32") << QByteArray(R"({"code":4294967296,"result":[]})") << "code";
    QTest::newRow("code is -2^32") << QByteArray(R"({"code":-4294967296,"result":[]})") << "code";
    QTest::newRow("code is 1e300") << QByteArray(R"({"code":1e300,"result":[]})") << "code";
}

void TestNezhaV0Codec::wrongTypeNamesPath()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const FleetDecodeResult r = decodeNezhaV0ServerDetails(body, true);
    QCOMPARE(r.error.kind, ApiError::Kind::Parse);
    QCOMPARE(r.error.field, field);
    QVERIFY(r.error.text().contains(field));
}

void TestNezhaV0Codec::encoderRoundTrip_data()
{
    QTest::addColumn<bool>("withDetails");
    QTest::newRow("details") << true;
    QTest::newRow("list") << false;
}

void TestNezhaV0Codec::encoderRoundTrip()
{
    QFETCH(bool, withDetails);
    const QList<ServerSnapshot> servers = NezhaPayloads::makeServers(60, 1732096800, 7);
    QJsonArray array;
    for (const ServerSnapshot &s : servers)
        array.append(encodeNezhaV0Server(s, withDetails, true));
    const QByteArray body = encodeNezhaV0Response(array);
    QVERIFY(body.startsWith(R"({"code":0,"message":"success","result":[)"));
    QVERIFY(withDetails == body.contains(R"("status":{"CPU")"));
    QVERIFY(!body.contains(R"("state")"));
    const FleetDecodeResult r = withDetails ? decodeNezhaV0ServerDetails(body, true) : decodeNezhaV0ServerList(body);
    QVERIFY2(r.ok(), qPrintable(r.error.text()));
    QCOMPARE(r.snapshot.servers.size(), servers.size());
    for (qsizetype i = 0; i < servers.size(); ++i) {
        ServerSnapshot expected = servers[i];
        if (!withDetails) {
            expected.hasDetails = false;
            expected.host = {};
            expected.status = {};
        }
        QCOMPARE(r.snapshot.servers[i], expected);
    }
}

void TestNezhaV0Codec::fakeDisplayIndexIsZero()
{
    ServerSnapshot s;
    s.id = 5;
    s.displayIndex = 9;
    s.hideForGuest = true;
    const QJsonObject o = encodeNezhaV0Server(s, false, false);
    QCOMPARE(o.value(QLatin1StringView("display_index")).toInt(), 0);
    QCOMPARE(o.value(QLatin1StringView("hide_for_guest")).toBool(), false);
    QCOMPARE(encodeNezhaV0Server(s, false, true).value(QLatin1StringView("display_index")).toInt(), 9);
}

// Issue 10 defect 2: the decoder resized its result to the element count (520 B each) before looking at any
// element; 2 MiB of zeros cost 520 MB, 32 MiB cost 8 GB or a bad_alloc. Each row must fail fast and small.
void TestNezhaV0Codec::refusesAmplifyingBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("2 MiB of zeros as the result") << envelopeOf("0", 1'000'000) << "result";
    QTest::newRow("zeros under the server cap") << envelopeOf("0", 40'000) << "result[0]";
    QTest::newRow("8 MiB of zeros, over the value budget") << envelopeOf("0", 4'200'000) << "";
    QTest::newRow("nested empty lists, over the container budget") << envelopeOf("[[[[[[]]]]]]", 100'000) << "";
    QTest::newRow("one server more than the cap") << envelopeOf(R"({"id":1})", 50'001) << "result";
}

void TestNezhaV0Codec::refusesAmplifyingBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const qint64 before = peakRssMiB();
    const FleetDecodeResult r = decodeNezhaV0ServerDetails(body, true);
    QCOMPARE(r.error.kind, ApiError::Kind::Parse);
    QCOMPARE(r.error.field, field);
    QVERIFY(r.snapshot.servers.isEmpty());
    QVERIFY(!r.error.text().isEmpty());
    const qint64 grown = peakRssMiB() - before;
    QVERIFY2(grown < 128, qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(grown)));
}

// A server's error message ends up in the status bar: 1 MiB of it must not become a 1 M-character label.
void TestNezhaV0Codec::longMessageIsCapped_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("token rejected") << 403 << ApiError::Kind::Auth;
    QTest::newRow("server error") << 500 << ApiError::Kind::Api;
}

void TestNezhaV0Codec::longMessageIsCapped()
{
    QFETCH(int, code);
    QFETCH(ApiError::Kind, kind);
    const QByteArray body = R"({"code":)" + QByteArray::number(code) + R"(,"message":")" + QByteArray(1 << 20, 'm')
        + R"("})";
    const FleetDecodeResult r = decodeNezhaV0ServerDetails(body, true);
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.error.apiCode, code);
    QCOMPARE(r.error.detail.size(), 512);
    QVERIFY(r.error.detail.endsWith(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestNezhaV0Codec)
#include "tst_nezhav0codec.moc"
