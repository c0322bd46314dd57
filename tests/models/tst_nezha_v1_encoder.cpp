// The NezhaV1 encoders (used by the demo dashboard and the benchmarks) must produce what a real v2.3.7
// dashboard sends: the objects are compared with recorded fixtures (tests/fixtures/nezha/encoder-v2, copied
// from ../shared/api/fixtures/nezha-v1v2), zero fields left out, never-reported servers with host:{} state:{},
// RFC 3339 times in the dashboard's zone, Go's \u003c escaping, and the omitempty envelope.

#include "nezha/v1/NezhaV1Codec.h"
#include "NezhaPayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestNezhaV1Encoder : public QObject
{
    Q_OBJECT
private slots:
    void formatTimestamp_data();
    void formatTimestamp();
    void streamServerMatchesFixture_data();
    void streamServerMatchesFixture();
    void adminServerMatchesFixture();
    void frameEscapesLikeGo();
    void envelope();

private:
    static QJsonObject fixtureServer(const QString &file, qint64 id);
    static ServerSnapshot gpuServer();
};

QJsonObject TestNezhaV1Encoder::fixtureServer(const QString &file, qint64 id)
{
    const QJsonObject root = QJsonDocument::fromJson(NezhaPayloads::fixture(file)).object();
    const QJsonArray list = root.contains(QLatin1String("servers")) ? root.value(QLatin1String("servers")).toArray()
                                                                     : root.value(QLatin1String("data")).toArray();
    for (const QJsonValue &v : list) {
        if (v[QLatin1String("id")].toInteger() == id)
            return v.toObject();
    }
    return {};
}

ServerSnapshot TestNezhaV1Encoder::gpuServer()
{
    ServerSnapshot s;
    s.id = 6;
    s.name = QStringLiteral("gpu-1");
    s.displayIndex = 7;
    s.lastActive = 1795513482; // 2026-11-24T17:44:42+08:00
    s.host = {QStringLiteral("ubuntu"), QStringLiteral("22.04"), {QStringLiteral("AMD Ryzen 9 16 Physical Core")},
              137438953472, 4294967296000, 0, QStringLiteral("x86_64"), {}, 1794916683, QStringLiteral("jp"),
              QStringLiteral("1.15.0"), {QStringLiteral("NVIDIA GeForce RTX 4090")}};
    ServerStatus &st = s.status;
    st.cpu = 88.8;
    st.memUsed = 107374182400;
    st.diskUsed = 3221225472000;
    st.netInTransfer = 512369992810;
    st.netOutTransfer = 88410227781;
    st.netInSpeed = 52310;
    st.netOutSpeed = 8123;
    st.uptime = 596799;
    st.load1 = 0.42;
    st.load5 = 0.37;
    st.load15 = 0.3;
    st.tcpConnCount = 61;
    st.udpConnCount = 9;
    st.processCount = 287;
    st.temperatures = {{QStringLiteral("k10temp"), 71.25}, {QStringLiteral("nvme"), 44}};
    st.gpu = 97.5;
    st.gpuUsages = {97.5};
    return s;
}

void TestNezhaV1Encoder::formatTimestamp_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("never reported") << qint64(0) << 8 * 3600 << QStringLiteral("0001-01-01T00:00:00Z");
    QTest::newRow("negative is never too") << qint64(-62135596800000) << 0 << QStringLiteral("0001-01-01T00:00:00Z");
    QTest::newRow("Asia/Shanghai") << qint64(1795513482000) << 8 * 3600 << QStringLiteral("2026-11-24T17:44:42+08:00");
    QTest::newRow("UTC is Z") << qint64(1795513482000) << 0 << QStringLiteral("2026-11-24T09:44:42Z");
    QTest::newRow("west of UTC") << qint64(1795513482000) << -(5 * 3600 + 30 * 60) << QStringLiteral("2026-11-24T04:14:42-05:30");
    QTest::newRow("fraction trimmed like Go") << qint64(1795513482120) << 8 * 3600 << QStringLiteral("2026-11-24T17:44:42.12+08:00");
    QTest::newRow("date rolls over in the zone") << qint64(1795536000000) << 8 * 3600 << QStringLiteral("2026-11-25T00:00:00+08:00");
}

void TestNezhaV1Encoder::formatTimestamp()
{
    QFETCH(qint64, ms);
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QCOMPARE(NezhaV1::formatTimestamp(ms, offset), expected);
}

void TestNezhaV1Encoder::streamServerMatchesFixture_data()
{
    QTest::addColumn<ServerSnapshot>("server");
    QTest::addColumn<qint64>("id");
    QTest::newRow("GPUs and PascalCase temperatures") << gpuServer() << qint64(6);
    ServerSnapshot idle = gpuServer(); // cache-1 in the fixture: cpu 0 is left out
    idle.id = 4;
    idle.name = QStringLiteral("cache-1");
    idle.displayIndex = 0;
    idle.lastActive = 1795512883;
    idle.host = {QStringLiteral("debian"), QStringLiteral("11"), {QStringLiteral("AMD EPYC 2 Virtual Core")}, 8589934592,
                 107374182400, 2147483648, QStringLiteral("x86_64"), QStringLiteral("kvm"), 1794916683,
                 QStringLiteral("us"), QStringLiteral("1.15.0"), {}};
    idle.status.cpu = 0;
    idle.status.memUsed = 3221225472;
    idle.status.diskUsed = 42949672960;
    idle.status.netInTransfer = 512338659120;
    idle.status.netOutTransfer = 88405362104;
    idle.status.uptime = 596200;
    idle.status.temperatures.clear();
    idle.status.gpu = 0;
    idle.status.gpuUsages.clear();
    QTest::newRow("zero cpu omitted") << idle << qint64(4);
    ServerSnapshot never;
    never.id = 5;
    never.name = QStringLiteral("new-box");
    never.lastActive = -62135596800;
    QTest::newRow("never reported: host {} state {}") << never << qint64(5);
}

void TestNezhaV1Encoder::streamServerMatchesFixture()
{
    QFETCH(ServerSnapshot, server);
    QFETCH(qint64, id);
    QJsonObject expected = fixtureServer(QStringLiteral("encoder-v2/ws-frame.json"), id);
    QVERIFY(!expected.isEmpty());
    QJsonObject got = NezhaV1::encodeStreamServer(server, false);
    // the fixture's last_active has nanoseconds; ServerSnapshot keeps whole seconds
    const QString fixtureTime = expected.take(QLatin1String("last_active")).toString();
    const QString gotTime = got.take(QLatin1String("last_active")).toString();
    QCOMPARE(gotTime, fixtureTime.contains(QLatin1Char('.'))
                          ? fixtureTime.left(fixtureTime.indexOf(QLatin1Char('.'))) + QStringLiteral("+08:00")
                          : fixtureTime);
    QCOMPARE(got, expected);
}

void TestNezhaV1Encoder::adminServerMatchesFixture()
{
    QJsonObject expected = fixtureServer(QStringLiteral("encoder-v2/server-list.json"), 6);
    QVERIFY(!expected.isEmpty());
    QJsonObject got = NezhaV1::encodeServer(gpuServer(), NezhaV1::Wire::V2);
    // identity and bookkeeping fields are synthetic in the demo: present and shaped, not equal
    for (const QString &key : {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("uuid"),
                               QStringLiteral("last_active"), QStringLiteral("geoip")}) {
        QVERIFY2(got.contains(key), qPrintable(key));
        expected.remove(key);
        got.remove(key);
    }
    QCOMPARE(got, expected);
    const QJsonObject v1 = NezhaV1::encodeServer(gpuServer(), NezhaV1::Wire::V1);
    QVERIFY(!v1.contains(QLatin1String("owner")));
    ServerSnapshot plain = gpuServer();
    plain.displayIndex = 0;
    plain.ipv4 = QStringLiteral("203.0.113.10");
    const QJsonObject o = NezhaV1::encodeServer(plain, NezhaV1::Wire::V2);
    QCOMPARE(o.value(QLatin1String("display_index")), QJsonValue(0)); // kept in the admin view
    QCOMPARE(o.value(QLatin1String("geoip"))[QLatin1String("ip")][QLatin1String("ipv4_addr")].toString(), plain.ipv4);
    QVERIFY(!o.value(QLatin1String("geoip"))[QLatin1String("ip")].toObject().contains(QLatin1String("ipv6_addr")));
}

void TestNezhaV1Encoder::frameEscapesLikeGo()
{
    ServerSnapshot s = gpuServer();
    s.name = QStringLiteral("<b>edge</b> & co");
    const QByteArray frame = NezhaV1::encodeStreamFrame({s}, 1795513483123, 2, true);
    QVERIFY(frame.contains(R"("name":"\u003cb\u003eedge\u003c/b\u003e \u0026 co")"));
    QVERIFY(!frame.contains('<'));
    const QJsonObject o = QJsonDocument::fromJson(frame).object();
    QCOMPARE(o.value(QLatin1String("servers"))[0][QLatin1String("name")].toString(), s.name); // decodes to what was typed
    QCOMPARE(o.value(QLatin1String("now")).toInteger(), 1795513483000); // whole seconds x 1000
    QCOMPARE(o.value(QLatin1String("online")).toInt(), 2);
    QCOMPARE(NezhaV1::encodeStreamFrame({}, 1795513483000, 0, false), QByteArray("{\"now\":1795513483000}"));
}

void TestNezhaV1Encoder::envelope()
{
    QCOMPARE(NezhaV1::encodeSuccess(QJsonObject{{QStringLiteral("a"), 1}}), QByteArray(R"({"success":true,"data":{"a":1}})"));
    QCOMPARE(NezhaV1::encodeSuccess(QJsonArray()), QByteArray(R"({"success":true})")); // empty list: no data
    QCOMPARE(NezhaV1::encodeSuccess(QJsonValue()), QByteArray(R"({"success":true})"));
    QCOMPARE(NezhaV1::encodeSuccess(QStringLiteral("<ok>")), QByteArray(R"({"success":true,"data":"\u003cok\u003e"})"));
    QCOMPARE(NezhaV1::encodeError(QStringLiteral("ApiErrorUnauthorized")), QByteArray(R"({"error":"ApiErrorUnauthorized"})"));
}

QTEST_GUILESS_MAIN(TestNezhaV1Encoder)
#include "tst_nezha_v1_encoder.moc"
