// The v1/v2 demo dashboard's WebSocket GET /api/v1/ws/server must behave like the real one (nezha.md 5.3,
// 5.6.7): a frame at once and then every interval, omitted zero fields, a server ping after every 4th frame,
// no pong for a client ping, a refused upgrade for a foreign Origin, optional auth (guest view without hidden
// servers and host versions), PAT scopes and bindings, the WAF. A real QWebSocket over loopback.

#include "demo/DemoDashboard.h"
#include "demo/v1/DemoStream.h"
#include "DemoV1Http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <memory>

class TestDemoStream : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void framesEveryIntervalWithOmittedZeros();
    void serverPingsEveryFourthFrame();
    void clientPingGetsNoPong();
    void guestDowngrade_data();
    void guestDowngrade();
    void foreignOriginRefused();
    void patOnTheUpgrade();
    void wafBlocksTheUpgrade();
    void dropAndRefuseHooks();

private:
    std::unique_ptr<QWebSocket> open(const QByteArray &authorization = {}, const QString &origin = {});
    QJsonObject nextFrame(QWebSocket *socket, QSignalSpy &spy);
    static bool refusedUpgrade(QWebSocket *socket); // closed without ever connecting

    DemoDashboard *m_demo = nullptr;
    DemoV1Http m_http{nullptr};
    qint64 m_nowMs = 1795513483000;
};

void TestDemoStream::init()
{
    m_demo = new DemoDashboard(12, 11, this);
    m_demo->fleet()->setClock([this] { return m_nowMs; });
    m_demo->fleet()->setScheduledOutages(false);
    m_demo->setGeneration(DemoDashboard::Generation::V2);
    m_demo->setStreamIntervalMs(100);
    QVERIFY(m_demo->listen());
    m_http.setDashboard(m_demo);
}

void TestDemoStream::cleanup()
{
    delete m_demo;
    m_demo = nullptr;
}

std::unique_ptr<QWebSocket> TestDemoStream::open(const QByteArray &authorization, const QString &origin)
{
    auto socket = std::make_unique<QWebSocket>(origin);
    QUrl url = m_demo->url();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/ws/server"));
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    socket->open(request);
    return socket;
}

QJsonObject TestDemoStream::nextFrame(QWebSocket *socket, QSignalSpy &spy)
{
    Q_UNUSED(socket)
    const qsizetype seen = spy.size();
    if (!QTest::qWaitFor([&] { return spy.size() > seen; }, 3000))
        return {};
    return QJsonDocument::fromJson(spy.last().at(0).toString().toUtf8()).object();
}

bool TestDemoStream::refusedUpgrade(QWebSocket *socket)
{
    QSignalSpy connected(socket, &QWebSocket::connected);
    QSignalSpy disconnected(socket, &QWebSocket::disconnected);
    return disconnected.wait(3000) && connected.isEmpty();
}

void TestDemoStream::framesEveryIntervalWithOmittedZeros()
{
    auto socket = open();
    QSignalSpy frames(socket.get(), &QWebSocket::textMessageReceived);
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(frames.size() >= 5, true, 3000);
    QVERIFY(clock.elapsed() >= 4 * 100 - 20); // first at once, then one per interval
    const QJsonObject frame = QJsonDocument::fromJson(frames.last().at(0).toString().toUtf8()).object();
    QCOMPARE(frame.value(QLatin1String("now")).toInteger(), m_nowMs / 1000 * 1000);
    QCOMPARE(frame.value(QLatin1String("online")).toInt(), 1); // viewers, not servers
    const QJsonArray servers = frame.value(QLatin1String("servers")).toArray();
    QVERIFY(!servers.isEmpty());
    for (const QJsonValue &v : servers) {
        const QJsonObject s = v.toObject();
        for (const QString &part : {QStringLiteral("host"), QStringLiteral("state")}) {
            const QJsonObject o = s.value(part).toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                QVERIFY2(!(it.value().isDouble() && it.value().toDouble() == 0) && !(it.value().isString() && it.value().toString().isEmpty()),
                         qPrintable(part + QLatin1Char('.') + it.key()));
        }
        QVERIFY(!s.contains(QLatin1String("display_index")) || s.value(QLatin1String("display_index")).toInt() != 0);
        if (s.value(QLatin1String("id")).toInteger() == 12) {
            QCOMPARE(s.value(QLatin1String("last_active")).toString(), QStringLiteral("0001-01-01T00:00:00Z"));
            QVERIFY(s.contains(QLatin1String("host")) && s.value(QLatin1String("host")).toObject().isEmpty());
            QVERIFY(s.contains(QLatin1String("state")) && s.value(QLatin1String("state")).toObject().isEmpty());
        } else {
            QVERIFY(s.value(QLatin1String("last_active")).toString().endsWith(QLatin1String("+08:00")));
        }
    }
    // a faster interval takes effect on open streams too
    m_demo->setStreamIntervalMs(20);
    const qsizetype before = frames.size();
    QTRY_COMPARE_WITH_TIMEOUT(frames.size() >= before + 10, true, 1000);
}

void TestDemoStream::serverPingsEveryFourthFrame()
{
    auto socket = open();
    QSignalSpy frames(socket.get(), &QWebSocket::textMessageReceived);
    QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 3, 3000);
    QCOMPARE(m_demo->stream()->pongsReceived(), 0); // no ping before the 4th frame
    QTRY_COMPARE_WITH_TIMEOUT(m_demo->stream()->pongsReceived(), 1, 3000); // Qt answers the ping with a pong
    QVERIFY(frames.size() >= 4);
    QTRY_COMPARE_WITH_TIMEOUT(frames.size() >= 8, true, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(m_demo->stream()->pongsReceived(), 2, 3000);
}

void TestDemoStream::clientPingGetsNoPong()
{
    auto socket = open();
    QSignalSpy connected(socket.get(), &QWebSocket::connected);
    QVERIFY(connected.wait(3000));
    QSignalSpy pongs(socket.get(), &QWebSocket::pong);
    QSignalSpy frames(socket.get(), &QWebSocket::textMessageReceived);
    socket->ping("anyone there?");
    QTRY_COMPARE_WITH_TIMEOUT(frames.size() >= 3, true, 3000); // the stream goes on...
    QCOMPARE(pongs.size(), 0);                                  // ...but never reads the socket
}

void TestDemoStream::guestDowngrade_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<bool>("guest");
    QTest::newRow("valid login") << QStringLiteral("login") << false;
    QTest::newRow("no token") << QString() << true;
    QTest::newRow("expired token") << QStringLiteral("expired") << true;
    QTest::newRow("IP changed") << QStringLiteral("rebound") << true;
    QTest::newRow("garbage token") << QStringLiteral("garbage") << true;
}

void TestDemoStream::guestDowngrade()
{
    QFETCH(QString, credential);
    QFETCH(bool, guest);
    m_demo->setJwtTtlSecs(60);
    QByteArray authorization;
    if (!credential.isEmpty())
        authorization = "Bearer " + (credential == QLatin1String("garbage") ? QByteArray("eyJ.x.y") : m_http.loginAdmin().toLatin1());
    if (credential == QLatin1String("expired"))
        m_nowMs += 61 * 1000;
    if (credential == QLatin1String("rebound"))
        m_demo->invalidateSessions();
    auto socket = open(authorization);
    QSignalSpy frames(socket.get(), &QWebSocket::textMessageReceived);
    const QJsonArray servers = nextFrame(socket.get(), frames).value(QLatin1String("servers")).toArray();
    int hidden = 0;
    bool versions = false;
    for (const QJsonValue &v : servers) {
        hidden += m_demo->fleet()->server(quint64(v[QLatin1String("id")].toInteger())).hideForGuest ? 1 : 0;
        versions |= v[QLatin1String("host")].toObject().contains(QLatin1String("platform_version"))
                    || v[QLatin1String("host")].toObject().contains(QLatin1String("version"));
    }
    QCOMPARE(servers.size(), guest ? 10 : 12); // ids 4 and 11 are hide_for_guest
    QCOMPARE(hidden, guest ? 0 : 2);
    QCOMPARE(versions, !guest);
    QCOMPARE(m_demo->wafStrikes(), 0);
}

void TestDemoStream::foreignOriginRefused()
{
    auto foreign = open({}, QStringLiteral("http://evil.example"));
    QVERIFY(refusedUpgrade(foreign.get()));
    const QString own = m_demo->url().toString(); // http://127.0.0.1:<port> matches Host
    auto same = open({}, own);
    QSignalSpy ok(same.get(), &QWebSocket::connected);
    QVERIFY(ok.wait(3000));
}

void TestDemoStream::patOnTheUpgrade()
{
    auto bad = open("Bearer nzp_" + QByteArray(32, 'x'));
    QVERIFY(refusedUpgrade(bad.get()));
    QCOMPARE(m_demo->wafStrikes(), 1); // an unknown PAT strikes
    m_nowMs += 3000;

    auto unscoped = open("Bearer " + m_demo->createPersonalAccessToken({QStringLiteral("nezha:server:read")}).toLatin1());
    QVERIFY(refusedUpgrade(unscoped.get()));

    const QString bound = m_demo->createPersonalAccessToken({QStringLiteral("nezha:inventory:read")}, {4, 5});
    auto subset = open("Bearer " + bound.toLatin1());
    QSignalSpy frames(subset.get(), &QWebSocket::textMessageReceived);
    QCOMPARE(DemoV1Http::ids(nextFrame(subset.get(), frames).value(QLatin1String("servers"))), (QList<qint64>{4, 5}));
}

void TestDemoStream::wafBlocksTheUpgrade()
{
    m_http.login(DemoDashboard::loginUser(), QStringLiteral("wrong"));
    auto socket = open();
    QVERIFY(refusedUpgrade(socket.get()));
    m_nowMs += 3000;
    auto later = open();
    QSignalSpy ok(later.get(), &QWebSocket::connected);
    QVERIFY(ok.wait(3000));
}

void TestDemoStream::dropAndRefuseHooks()
{
    auto socket = open();
    QSignalSpy connected(socket.get(), &QWebSocket::connected);
    QSignalSpy disconnected(socket.get(), &QWebSocket::disconnected);
    QVERIFY(connected.wait(3000));
    QTRY_COMPARE(m_demo->stream()->connectionCount(), 1);
    m_demo->stream()->closeAll(); // a dead dashboard: TCP gone, no close frame
    QVERIFY(disconnected.wait(3000));
    QTRY_COMPARE(m_demo->stream()->connectionCount(), 0);

    m_demo->stream()->setRefused(true); // a proxy without WebSocket support: polling fallback
    auto refused = open();
    QVERIFY(refusedUpgrade(refused.get()));
    m_demo->stream()->setRefused(false);

    m_demo->stream()->setSilent(true); // a stalled stream: connected, no frames
    auto silent = open();
    QSignalSpy frames(silent.get(), &QWebSocket::textMessageReceived);
    QSignalSpy up(silent.get(), &QWebSocket::connected);
    QVERIFY(up.wait(3000));
    QVERIFY(!frames.wait(400));
}

QTEST_GUILESS_MAIN(TestDemoStream)
#include "tst_demo_stream.moc"
