// What the v1/v2 demo dashboard says about the fleet must have the real wire shape (nezha.md 5.3, 5.6): the
// admin /server list (snake_case, zero fields omitted, +08:00 times, year-1 last_active and host:{} for a
// server that never reported, v2 owner), the ?id= quirks, server groups (an empty group is null), v2 TSDB
// metrics (on, off, guests 1d only), gin's 404 JSON, and the fault modes in v1/v2 dress.

#include "demo/DemoDashboard.h"
#include "DemoV1Http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Generation = DemoDashboard::Generation;
Q_DECLARE_METATYPE(DemoDashboard::Generation)

class TestDemoDashboardV1Fleet : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serverListShape_data();
    void serverListShape();
    void serverIdQuirks_data();
    void serverIdQuirks();
    void serverGroups_data();
    void serverGroups();
    void metricsWithTsdb();
    void metricsErrors_data();
    void metricsErrors();
    void metricsTsdbOff();
    void unknownRoutesAre404Json_data();
    void unknownRoutesAre404Json();
    void longBodiesAreChunked();
    void slowAndDroppedAnswers();
    void trickledAnswer();
    void faultModes_data();
    void faultModes();

private:
    void start(Generation generation);
    QJsonArray servers(const QString &query = {});

    DemoDashboard *m_demo = nullptr;
    DemoV1Http m_http{nullptr};
    QString m_token;
    qint64 m_nowMs = 1795513483000; // 2026-11-24T09:44:43Z
};

void TestDemoDashboardV1Fleet::init()
{
    start(Generation::V2);
}

void TestDemoDashboardV1Fleet::cleanup()
{
    delete m_demo;
    m_demo = nullptr;
}

void TestDemoDashboardV1Fleet::start(Generation generation)
{
    delete m_demo;
    m_demo = new DemoDashboard(12, 11, this);
    m_demo->fleet()->setClock([this] { return m_nowMs; });
    m_demo->fleet()->setScheduledOutages(false);
    m_demo->setGeneration(generation);
    QVERIFY(m_demo->listen());
    m_http.setDashboard(m_demo);
    m_token = m_http.loginAdmin();
    QVERIFY(!m_token.isEmpty());
}

QJsonArray TestDemoDashboardV1Fleet::servers(const QString &query)
{
    const DemoV1Reply r = m_http.get(QStringLiteral("/api/v1/server") + query, DemoV1Http::bearer(m_token));
    if (!r.success())
        qWarning() << r.status << r.body.left(200);
    return r.data().toArray();
}

void TestDemoDashboardV1Fleet::serverListShape_data()
{
    QTest::addColumn<Generation>("generation");
    QTest::newRow("v1") << Generation::V1;
    QTest::newRow("v2 adds owner") << Generation::V2;
}

void TestDemoDashboardV1Fleet::serverListShape()
{
    QFETCH(Generation, generation);
    start(generation);
    const QJsonArray items = servers();
    QCOMPARE(items.size(), 12);
    // display_index desc, then id asc
    for (qsizetype i = 1; i < items.size(); ++i) {
        const int a = items[i - 1][QLatin1String("display_index")].toInt();
        const int b = items[i][QLatin1String("display_index")].toInt();
        QVERIFY(a > b || (a == b && items[i - 1][QLatin1String("id")].toInteger() < items[i][QLatin1String("id")].toInteger()));
    }
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QLatin1String("display_index"))); // the admin view keeps a zero index
        QCOMPARE(o.contains(QLatin1String("owner")), generation == Generation::V2);
        QVERIFY(o.value(QLatin1String("created_at")).toString().endsWith(QLatin1String("+08:00")));
        const QJsonObject state = o.value(QLatin1String("state")).toObject();
        for (auto it = state.begin(); it != state.end(); ++it) // omitempty: no zero metric is ever sent
            QVERIFY2(!it.value().isDouble() || it.value().toDouble() != 0, qPrintable(it.key()));
        if (o.value(QLatin1String("id")).toInteger() == 12) { // never reported
            QCOMPARE(o.value(QLatin1String("last_active")).toString(), QStringLiteral("0001-01-01T00:00:00Z"));
            QVERIFY(o.value(QLatin1String("host")).toObject().isEmpty());
            QVERIFY(state.isEmpty());
            QVERIFY(o.value(QLatin1String("geoip"))[QLatin1String("ip")].toObject().isEmpty());
        } else {
            const QString last = o.value(QLatin1String("last_active")).toString();
            QVERIFY2(last.endsWith(QLatin1String("+08:00")), qPrintable(last));
            QVERIFY(m_nowMs - QDateTime::fromString(last, Qt::ISODate).toMSecsSinceEpoch() <= 1000);
            QVERIFY(o.value(QLatin1String("host")).toObject().contains(QLatin1String("platform_version")));
        }
    }
}

void TestDemoDashboardV1Fleet::serverIdQuirks_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected"); // empty = the full list
    // ids 1, 6, 11 have a display_index (index % 5 == 0); the rest 0
    QTest::newRow("indexed first, each in request order") << QStringLiteral("?id=3,11,2,1") << QList<qint64>{11, 1, 3, 2};
    QTest::newRow("duplicates repeat") << QStringLiteral("?id=2,2") << QList<qint64>{2, 2};
    QTest::newRow("unparsable pieces skipped") << QStringLiteral("?id=abc,4,%205") << QList<qint64>{4};
    QTest::newRow("nothing matches: full list") << QStringLiteral("?id=999,abc") << QList<qint64>{};
    QTest::newRow("empty: full list") << QStringLiteral("?id=") << QList<qint64>{};
}

void TestDemoDashboardV1Fleet::serverIdQuirks()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);
    const QList<qint64> got = DemoV1Http::ids(servers(query));
    if (expected.isEmpty())
        QCOMPARE(got, DemoV1Http::ids(servers()));
    else
        QCOMPARE(got, expected);
}

void TestDemoDashboardV1Fleet::serverGroups_data()
{
    QTest::addColumn<Generation>("generation");
    QTest::addColumn<bool>("guest");
    QTest::addColumn<bool>("hiddenListed");
    QTest::newRow("v1 guest sees hidden ids") << Generation::V1 << true << true;
    QTest::newRow("v2 guest does not") << Generation::V2 << true << false;
    QTest::newRow("v2 admin does") << Generation::V2 << false << true;
}

void TestDemoDashboardV1Fleet::serverGroups()
{
    QFETCH(Generation, generation);
    QFETCH(bool, guest);
    QFETCH(bool, hiddenListed);
    start(generation);
    const DemoV1Reply r = m_http.get(QStringLiteral("/api/v1/server-group"),
                                     guest ? DemoV1Http::Headers() : DemoV1Http::bearer(m_token));
    QVERIFY(r.success());
    QVERIFY(r.body.contains("\"servers\":null")); // the empty group
    QHash<qint64, int> membership;
    bool hiddenSeen = false;
    qint64 lastGroupId = 0;
    for (const QJsonValue &item : r.data().toArray()) {
        const qint64 groupId = item[QLatin1String("group")][QLatin1String("id")].toInteger();
        QVERIFY(groupId > lastGroupId); // insertion order
        lastGroupId = groupId;
        QVERIFY(!item[QLatin1String("group")][QLatin1String("name")].toString().isEmpty());
        for (const QJsonValue &id : item[QLatin1String("servers")].toArray()) {
            ++membership[id.toInteger()];
            hiddenSeen |= m_demo->fleet()->server(quint64(id.toInteger())).hideForGuest;
        }
    }
    QCOMPARE(hiddenSeen, hiddenListed);
    QVERIFY(std::any_of(membership.cbegin(), membership.cend(), [](int n) { return n >= 2; })); // two groups
}

void TestDemoDashboardV1Fleet::metricsWithTsdb()
{
    const DemoV1Reply r = m_http.get(QStringLiteral("/api/v1/server/2/metrics?metric=cpu&period=1d"),
                                     DemoV1Http::bearer(m_token));
    QVERIFY(r.success());
    const QJsonObject data = r.data().toObject();
    QCOMPARE(data.value(QLatin1String("server_id")).toInteger(), 2);
    QCOMPARE(data.value(QLatin1String("metric")).toString(), QStringLiteral("cpu"));
    const QJsonArray points = data.value(QLatin1String("data_points")).toArray();
    QVERIFY2(points.size() > 2800 && points.size() <= 2880, QByteArray::number(points.size()).constData());
    for (qsizetype i = 1; i < points.size(); ++i) {
        QCOMPARE(points[i][QLatin1String("ts")].toInteger() % 30000, 0); // 30 s buckets
        QVERIFY(points[i][QLatin1String("ts")].toInteger() > points[i - 1][QLatin1String("ts")].toInteger());
    }
    QVERIFY(points.last()[QLatin1String("ts")].toInteger() <= m_nowMs);
    // deterministic: the same clock gives the same history
    QCOMPARE(m_http.get(QStringLiteral("/api/v1/server/2/metrics?metric=cpu&period=1d"), DemoV1Http::bearer(m_token)).body, r.body);
    // 7d in 30 min buckets for a logged-in user; never reported -> null
    const QJsonArray week = m_http.get(QStringLiteral("/api/v1/server/2/metrics?metric=memory&period=7d"),
                                       DemoV1Http::bearer(m_token)).data()[QLatin1String("data_points")].toArray();
    QVERIFY(week.size() > 300 && week.size() <= 336);
    QVERIFY(m_http.get(QStringLiteral("/api/v1/server/12/metrics?metric=cpu"), DemoV1Http::bearer(m_token)).body.contains("\"data_points\":null"));
    // guests get 1d of a visible server
    QVERIFY(m_http.get(QStringLiteral("/api/v1/server/2/metrics?metric=cpu")).success());
}

void TestDemoDashboardV1Fleet::metricsErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("guest");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad metric") << QStringLiteral("2/metrics?metric=bogus") << false << QStringLiteral("invalid metric name");
    QTest::newRow("bad period") << QStringLiteral("2/metrics?metric=cpu&period=2d") << false
                                << QStringLiteral("invalid period: 2d, expected 1d, 7d, or 30d");
    QTest::newRow("unknown server") << QStringLiteral("99/metrics?metric=cpu") << false << QStringLiteral("server not found");
    QTest::newRow("guest asks 7d") << QStringLiteral("2/metrics?metric=cpu&period=7d") << true
                                   << QStringLiteral("unauthorized: only 1d data available for guests");
    QTest::newRow("guest asks a hidden server") << QStringLiteral("4/metrics?metric=cpu") << true << QStringLiteral("unauthorized");
}

void TestDemoDashboardV1Fleet::metricsErrors()
{
    QFETCH(QString, query);
    QFETCH(bool, guest);
    QFETCH(QString, error);
    QVERIFY(m_demo->fleet()->server(4).hideForGuest);
    const DemoV1Reply r = m_http.get(QStringLiteral("/api/v1/server/") + query,
                                     guest ? DemoV1Http::Headers() : DemoV1Http::bearer(m_token));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error(), error);
    QVERIFY(!r.json().contains(QLatin1String("success")));
}

void TestDemoDashboardV1Fleet::metricsTsdbOff()
{
    m_demo->setTsdbEnabled(false);
    QCOMPARE(m_http.get(QStringLiteral("/api/v1/setting")).data()[QLatin1String("tsdb_enabled")].toBool(true), false);
    const DemoV1Reply r = m_http.get(QStringLiteral("/api/v1/server/2/metrics?metric=cpu&period=30d"),
                                     DemoV1Http::bearer(m_token));
    QVERIFY(r.success());
    QVERIFY(r.body.contains("\"data_points\":[]"));
    QCOMPARE(r.data()[QLatin1String("server_name")].toString(), m_demo->fleet()->server(2).name);
}

void TestDemoDashboardV1Fleet::unknownRoutesAre404Json_data()
{
    QTest::addColumn<Generation>("generation");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("v1 has no server/list") << Generation::V1 << QByteArray("GET") << QStringLiteral("/api/v1/server/list");
    QTest::newRow("v2 has no server/details") << Generation::V2 << QByteArray("GET") << QStringLiteral("/api/v1/server/details");
    QTest::newRow("v1 has no metrics") << Generation::V1 << QByteArray("GET") << QStringLiteral("/api/v1/server/2/metrics?metric=cpu");
    QTest::newRow("login is POST only") << Generation::V2 << QByteArray("GET") << QStringLiteral("/api/v1/login");
    QTest::newRow("unknown route") << Generation::V2 << QByteArray("GET") << QStringLiteral("/api/v1/nothing");
}

void TestDemoDashboardV1Fleet::unknownRoutesAre404Json()
{
    QFETCH(Generation, generation);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    start(generation);
    const DemoV1Reply r = m_http.call(verb, path, DemoV1Http::bearer(m_token));
    QCOMPARE(r.status, 404);
    QVERIFY(r.type.startsWith("application/json"));
    QCOMPARE(r.body, QByteArray("{\"error\":\"404 Not Found\"}"));
}

void TestDemoDashboardV1Fleet::longBodiesAreChunked()
{
    const DemoV1Reply list = m_http.get(QStringLiteral("/api/v1/server"), DemoV1Http::bearer(m_token));
    QVERIFY(list.body.size() > 2048);
    QCOMPARE(list.transferEncoding, QByteArray("chunked"));
    QCOMPARE(list.data().toArray().size(), 12); // reassembled intact
    const DemoV1Reply setting = m_http.get(QStringLiteral("/api/v1/setting"));
    QVERIFY(setting.transferEncoding.isEmpty());
    QCOMPARE(setting.contentLength, setting.body.size());
    // a second request on the same keep-alive connection still works after a chunked answer
    QVERIFY(m_http.get(QStringLiteral("/api/v1/server"), DemoV1Http::bearer(m_token)).success());
}

void TestDemoDashboardV1Fleet::slowAndDroppedAnswers()
{
    m_demo->setSlowDelayMs(300);
    m_demo->setFault(DemoDashboard::Fault::Slow);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_http.get(QStringLiteral("/api/v1/server"), DemoV1Http::bearer(m_token)).success());
    QVERIFY(clock.elapsed() >= 290);
    m_demo->setFault(DemoDashboard::Fault::DropConnection);
    const DemoV1Reply dropped = m_http.get(QStringLiteral("/api/v1/setting"));
    QCOMPARE(dropped.status, 0); // no HTTP answer at all
    QVERIFY(dropped.body.isEmpty());
}

void TestDemoDashboardV1Fleet::trickledAnswer()
{
    const DemoV1Reply normal = m_http.get(QStringLiteral("/api/v1/setting"));
    m_demo->setTrickleIntervalMs(2);
    m_demo->setFault(DemoDashboard::Fault::Trickle);
    QElapsedTimer clock;
    clock.start();
    const DemoV1Reply trickled = m_http.get(QStringLiteral("/api/v1/setting"));
    QCOMPARE(trickled.status, 200);
    QCOMPARE(trickled.contentLength, normal.body.size()); // the headers promise the whole body at once
    QCOMPARE(trickled.body, normal.body);                 // which then arrives one byte per interval
    QVERIFY2(clock.elapsed() >= normal.body.size() * 2 - 10, qPrintable(QString::number(clock.elapsed())));
}

void TestDemoDashboardV1Fleet::faultModes_data()
{
    QTest::addColumn<DemoDashboard::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // a prefix
    QTest::newRow("error in body") << DemoDashboard::Fault::ErrorInBody << 200 << QByteArray("{\"error\":\"database is locked\"}");
    QTest::newRow("token rejected") << DemoDashboard::Fault::RejectToken << 200 << QByteArray("{\"error\":\"ApiErrorUnauthorized\"}");
    QTest::newRow("html 404") << DemoDashboard::Fault::HtmlNotFound << 404 << QByteArray("<!DOCTYPE html>");
    QTest::newRow("server error") << DemoDashboard::Fault::ServerError << 500 << QByteArray();
    QTest::newRow("truncated") << DemoDashboard::Fault::TruncatedJson << 200 << QByteArray("{\"success\":true,\"data\":[{");
}

void TestDemoDashboardV1Fleet::faultModes()
{
    QFETCH(DemoDashboard::Fault, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_demo->setFault(fault);
    const DemoV1Reply r = m_http.get(QStringLiteral("/api/v1/server"), DemoV1Http::bearer(m_token));
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.startsWith(body), r.body.left(80).constData());
    if (fault == DemoDashboard::Fault::TruncatedJson)
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
}

QTEST_GUILESS_MAIN(TestDemoDashboardV1Fleet)
#include "tst_demo_dashboard_v1_fleet.moc"
