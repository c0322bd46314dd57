// The demo dashboard must behave like a real v0 dashboard (nezha.md 1-3), so clients tested against it
// meet the real quirks. Raw HTTP over loopback; JSON inspected directly, not through the client decoders.

#include "demo/DemoDashboard.h"
#include "net/HttpCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestDemoDashboard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void authFailureIsHttp200WithCode403();
    void idParsing_data();
    void idParsing();
    void tagBeatsId();
    void randomOrderForUnfilteredEndpoints();
    void displayIndexOnlyInDetailsWithoutParameters();
    void neverReportedServer();
    void dateHeaderIsTheDashboardClock();
    void unknownRouteIsHtml404();
    void serverGoesOfflineAndBack();
    void scheduledOutage();
    void deterministicWithSeed();
    void addServerKeepsOddNames();

private:
    HttpResult get(const QString &pathAndQuery, const QByteArray &token, const QByteArray &verb = "GET");
    QJsonArray result(const QString &pathAndQuery);
    static QList<qint64> ids(const QJsonArray &items);

    QNetworkAccessManager m_nam;
    DemoDashboard *m_demo = nullptr;
    qint64 m_nowMs = 1732096800000; // 2024-11-20T10:00:00Z
};

void TestDemoDashboard::init()
{
    m_demo = new DemoDashboard(12, 11, this);
    m_demo->fleet()->setClock([this] { return m_nowMs; });
    QVERIFY(m_demo->listen());
}

void TestDemoDashboard::cleanup()
{
    delete m_demo;
}

HttpResult TestDemoDashboard::get(const QString &pathAndQuery, const QByteArray &token, const QByteArray &verb)
{
    QNetworkRequest request(QUrl(m_demo->url().toString() + pathAndQuery));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", token);
    HttpCall *call = HttpCall::start(&m_nam, request, verb, {}, 5000, HttpCall::DefaultMaxBytes, this);
    QSignalSpy spy(call, &HttpCall::finished);
    if (!spy.wait(5000))
        return {};
    return spy.at(0).at(0).value<HttpResult>();
}

QJsonArray TestDemoDashboard::result(const QString &pathAndQuery)
{
    const HttpResult r = get(pathAndQuery, m_demo->token().toLatin1());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (o.value(QLatin1String("code")).toInt(-1) != 0)
        qWarning() << r.status << r.body.left(200);
    return o.value(QLatin1String("result")).toArray();
}

QList<qint64> TestDemoDashboard::ids(const QJsonArray &items)
{
    QList<qint64> out;
    for (const QJsonValue &v : items)
        out << v[QLatin1String("id")].toInteger();
    return out;
}

void TestDemoDashboard::authFailureIsHttp200WithCode403()
{
    for (const QByteArray &token : {QByteArray(), QByteArray("wrong"), QByteArray("Bearer " + m_demo->token().toLatin1())}) {
        const HttpResult r = get(QStringLiteral("/api/v1/server/list"), token);
        QCOMPARE(r.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(QLatin1String("code")).toInt(), 403);
        QCOMPARE(o.value(QLatin1String("message")).toString(), QStringLiteral("访问此接口需要认证"));
        QVERIFY(!o.contains(QLatin1String("result")));
    }
}

void TestDemoDashboard::idParsing_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("in request order") << QStringLiteral("?id=3,1") << QList<qint64>{3, 1};
    QTest::newRow("unparsable id gives empty") << QStringLiteral("?id=abc") << QList<qint64>{};
    QTest::newRow("empty piece dropped") << QStringLiteral("?id=1,,2") << QList<qint64>{1, 2};
    QTest::newRow("leading space dropped") << QStringLiteral("?id=1,%202") << QList<qint64>{1};
    QTest::newRow("duplicates twice") << QStringLiteral("?id=1,1") << QList<qint64>{1, 1};
    QTest::newRow("unknown id skipped") << QStringLiteral("?id=999,2") << QList<qint64>{2};
    QTest::newRow("only the first id parameter") << QStringLiteral("?id=1&id=2") << QList<qint64>{1};
}

void TestDemoDashboard::idParsing()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(ids(result(QStringLiteral("/api/v1/server/details") + query)), expected);
}

void TestDemoDashboard::tagBeatsId()
{
    const QJsonArray items = result(QStringLiteral("/api/v1/server/details?id=1&tag=Edge"));
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &v : items)
        QCOMPARE(v[QLatin1String("tag")].toString(), QStringLiteral("Edge"));
    QCOMPARE(ids(items), QList<qint64>(m_demo->fleet()->idsWithTag(QStringLiteral("Edge")).cbegin(),
                                       m_demo->fleet()->idsWithTag(QStringLiteral("Edge")).cend()));
    QCOMPARE(result(QStringLiteral("/api/v1/server/list?tag=")).size(), 12); // empty tag = all
}

void TestDemoDashboard::randomOrderForUnfilteredEndpoints()
{
    QSet<QList<qint64>> orders;
    for (int i = 0; i < 5; ++i)
        orders.insert(ids(result(QStringLiteral("/api/v1/server/list"))));
    QVERIFY(orders.size() > 1);
    for (const QList<qint64> &order : orders)
        QCOMPARE(order.size(), 12);
}

void TestDemoDashboard::displayIndexOnlyInDetailsWithoutParameters()
{
    const auto anyNonZero = [](const QJsonArray &items) {
        return std::any_of(items.begin(), items.end(),
                           [](const QJsonValue &v) { return v[QLatin1String("display_index")].toInt() != 0; });
    };
    QVERIFY(anyNonZero(result(QStringLiteral("/api/v1/server/details"))));
    QVERIFY(!anyNonZero(result(QStringLiteral("/api/v1/server/list"))));
    QVERIFY(!anyNonZero(result(QStringLiteral("/api/v1/server/details?id=1,2,3,4,5,6,7,8,9,10,11,12"))));
    QVERIFY(!anyNonZero(result(QStringLiteral("/api/v1/server/details?tag=Production"))));
    QVERIFY(!result(QStringLiteral("/api/v1/server/list")).first().toObject().contains(QLatin1String("host")));
}

void TestDemoDashboard::neverReportedServer()
{
    const QJsonArray items = result(QStringLiteral("/api/v1/server/details?id=12"));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QLatin1String("last_active")].toInteger(), SimulatedFleet::NeverReported);
    QCOMPARE(items.first()[QLatin1String("valid_ip")].toString(), QString());
}

void TestDemoDashboard::dateHeaderIsTheDashboardClock()
{
    const HttpResult r = get(QStringLiteral("/api/v1/server/list"), m_demo->token().toLatin1());
    QCOMPARE(DemoDashboard::httpDate(m_nowMs), QByteArray("Wed, 20 Nov 2024 10:00:00 GMT"));
    QCOMPARE(r.serverDate.toMSecsSinceEpoch(), m_nowMs);
    const QJsonArray items = result(QStringLiteral("/api/v1/server/details?id=1"));
    QVERIFY(m_nowMs / 1000 - items.first()[QLatin1String("last_active")].toInteger() <= 1);
}

void TestDemoDashboard::unknownRouteIsHtml404()
{
    for (const auto &[path, verb] : {std::pair{QStringLiteral("/api/v1/setting"), QByteArray("GET")},
                                     std::pair{QStringLiteral("/api/v1/server/list"), QByteArray("POST")}}) {
        const HttpResult r = get(path, m_demo->token().toLatin1(), verb);
        QCOMPARE(r.status, 404);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.contains("<html"));
    }
}

void TestDemoDashboard::serverGoesOfflineAndBack()
{
    m_demo->fleet()->setServerOffline(1, true);
    const qint64 frozen = m_demo->fleet()->server(1).lastActive;
    m_nowMs += 60000;
    QCOMPARE(m_demo->fleet()->server(1).lastActive, frozen);
    QCOMPARE(serverStateAt(m_demo->fleet()->server(1), m_nowMs / 1000, 30), ServerState::Offline);
    m_demo->fleet()->setServerOffline(1, false);
    QCOMPARE(serverStateAt(m_demo->fleet()->server(1), m_nowMs / 1000, 30), ServerState::Online);
}

void TestDemoDashboard::scheduledOutage()
{
    // Server 3 drops off for 90 s every 10 min, starting 120 s into the cycle.
    const qint64 cycle = (m_nowMs / 1000) / 600 * 600;
    m_nowMs = (cycle + 120 + 60) * 1000;
    QCOMPARE(serverStateAt(m_demo->fleet()->server(3), m_nowMs / 1000, 30), ServerState::Offline);
    m_nowMs = (cycle + 120 + 100) * 1000;
    QCOMPARE(serverStateAt(m_demo->fleet()->server(3), m_nowMs / 1000, 30), ServerState::Online);
    m_demo->fleet()->setScheduledOutages(false);
    m_nowMs = (cycle + 120 + 60) * 1000;
    QCOMPARE(serverStateAt(m_demo->fleet()->server(3), m_nowMs / 1000, 30), ServerState::Online);
}

void TestDemoDashboard::deterministicWithSeed()
{
    const auto clock = [this] { return m_nowMs; };
    SimulatedFleet a(50, 42, clock), b(50, 42, clock), c(50, 43, clock);
    QCOMPARE(a.servers(), b.servers());
    QVERIFY(a.servers() != c.servers());
    const ServerSnapshot before = a.server(1);
    m_nowMs += 30000;
    const ServerSnapshot after = a.server(1);
    QVERIFY(after.status.netInTransfer >= before.status.netInTransfer); // counters never go back
    QVERIFY(after.status.cpu >= 0 && after.status.cpu <= 100);
    QVERIFY(after.status.memUsed <= after.host.memTotal);
}

void TestDemoDashboard::addServerKeepsOddNames()
{
    ServerSnapshot odd;
    odd.name = QStringLiteral("<b>x</b><img src=y>");
    odd.tag = QStringLiteral("Test");
    odd.lastActive = 1;
    const quint64 id = m_demo->fleet()->addServer(odd);
    QCOMPARE(id, quint64(13));
    const QJsonArray items = result(QStringLiteral("/api/v1/server/details?tag=Test"));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QLatin1String("name")].toString(), odd.name);
}

QTEST_GUILESS_MAIN(TestDemoDashboard)
#include "tst_demo_dashboard.moc"
