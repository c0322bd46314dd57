// HttpCall against real loopback servers: QHttpServer for well-formed answers, a raw QTcpServer for
// misbehaving peers (silence, dropped connections, bodies without a length) and TricklingServer.

#include "TricklingServer.h"
#include "net/HttpCall.h"
#include "net/NetworkErrors.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

class RawServer : public QTcpServer
{
public:
    enum class Mode { Silent, DropAfterRequest, StreamWithoutLength };
    explicit RawServer(Mode mode, qint64 streamBytes = 0) : m_mode(mode), m_streamBytes(streamBytes)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onRequest(socket); });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(serverPort())); }

private:
    void onRequest(QTcpSocket *socket)
    {
        socket->readAll();
        switch (m_mode) {
        case Mode::Silent:
            break;
        case Mode::DropAfterRequest:
            socket->abort();
            socket->deleteLater();
            break;
        case Mode::StreamWithoutLength:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
            socket->write(QByteArray(m_streamBytes, 'x'));
            socket->disconnectFromHost();
            break;
        }
    }
    Mode m_mode;
    qint64 m_streamBytes;
};

class TestHttpCall : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void success();
    void dateHeader_data();
    void dateHeader();
    void httpErrorStatusIsNotATransportError();
    void timeout();
    void tricklingReplyHitsTotalDeadline();
    void droppedConnection();
    void connectionRefused();
    void oversizedBodyWithLength();
    void oversizedBodyWithoutLength();
    void sameOriginRedirectFollowed();
    void crossOriginRedirectNotFollowed();
    void safeRedirect_data();
    void safeRedirect();
    void abortGivesCanceled();
    void contextDestroyedIsSilent();

private:
    HttpResult run(const QUrl &url, int timeoutMs = 5000, qint64 maxBytes = HttpCall::DefaultMaxBytes,
                   const QByteArray &auth = {});
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    QNetworkAccessManager m_nam;
    QHttpServer m_server;
    QHttpServer m_other; // a second origin
    quint16 m_port = 0;
    quint16 m_otherPort = 0;
    int m_otherHits = 0;
    QByteArray m_lastAuth;
};

void TestHttpCall::initTestCase()
{
    m_server.route(QStringLiteral("/ok"), [this](const QHttpServerRequest &request) {
        m_lastAuth = request.value("Authorization");
        QHttpServerResponse response("application/json", QByteArray("{\"code\":0}"));
        response.addHeader("Date", "Mon, 02 Jan 2006 15:04:05 GMT");
        return response;
    });
    m_server.route(QStringLiteral("/nodate"), [] { return QHttpServerResponse("text/plain", QByteArray("x")); });
    m_server.route(QStringLiteral("/big"), [] {
        return QHttpServerResponse("application/json", QByteArray(4096, 'a'));
    });
    m_server.route(QStringLiteral("/fail"), [] {
        return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
    });
    m_server.route(QStringLiteral("/same"), [this] {
        QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
        response.addHeader("Location", url(QStringLiteral("/ok")).toEncoded());
        return response;
    });
    m_server.route(QStringLiteral("/elsewhere"), [this] {
        QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
        response.addHeader("Location", QStringLiteral("http://127.0.0.1:%1/steal").arg(m_otherPort).toLatin1());
        return response;
    });
    m_other.route(QStringLiteral("/steal"), [this] {
        ++m_otherHits;
        return QHttpServerResponse("text/plain", QByteArray("gotcha"));
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    m_otherPort = m_other.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    QVERIFY(m_otherPort != 0);
}

HttpResult TestHttpCall::run(const QUrl &target, int timeoutMs, qint64 maxBytes, const QByteArray &auth)
{
    QNetworkRequest request(target);
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    HttpCall *call = HttpCall::start(&m_nam, request, "GET", {}, timeoutMs, maxBytes, this);
    QSignalSpy spy(call, &HttpCall::finished);
    if (!spy.wait(10000))
        return {};
    [&] { QCOMPARE(spy.count(), 1); }();
    return spy.at(0).at(0).value<HttpResult>();
}

void TestHttpCall::success()
{
    const HttpResult result = run(url(QStringLiteral("/ok")), 5000, HttpCall::DefaultMaxBytes, "secret");
    QVERIFY2(result.ok(), qPrintable(result.error.text()));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArray("{\"code\":0}"));
    QCOMPARE(result.contentType, QByteArray("application/json"));
    QCOMPARE(m_lastAuth, QByteArray("secret"));
    QVERIFY(qAbs(result.receivedAtMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
    QCOMPARE(result.serverDate, QDateTime(QDate(2006, 1, 2), QTime(15, 4, 5), QTimeZone::utc()));
}

void TestHttpCall::dateHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime go(QDate(2024, 11, 20), QTime(9, 59, 58), QTimeZone::utc());
    QTest::newRow("Go's IMF-fixdate") << QByteArray("Wed, 20 Nov 2024 09:59:58 GMT") << go;
    QTest::newRow("RFC 850") << QByteArray("Wednesday, 20-Nov-24 09:59:58 GMT") << go;
    QTest::newRow("asctime") << QByteArray("Wed Nov 20 09:59:58 2024") << go;
    QTest::newRow("numeric offset") << QByteArray("Wed, 20 Nov 2024 10:59:58 +0100") << go;
    QTest::newRow("absent") << QByteArray() << QDateTime();
    QTest::newRow("garbage") << QByteArray("yesterday-ish") << QDateTime();
}

void TestHttpCall::dateHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, expected);
    QCOMPARE(HttpCall::parseHttpDate(header), expected);
}

void TestHttpCall::httpErrorStatusIsNotATransportError()
{
    const HttpResult result = run(url(QStringLiteral("/fail")));
    QCOMPARE(result.status, 500);
    QVERIFY(result.ok());
    QVERIFY(result.body.isEmpty());
    QVERIFY(!run(url(QStringLiteral("/nodate"))).serverDate.isValid());
}

void TestHttpCall::timeout()
{
    RawServer silent(RawServer::Mode::Silent);
    const HttpResult result = run(silent.url(), 300);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(result.status, 0);
}

void TestHttpCall::tricklingReplyHitsTotalDeadline()
{
    TricklingServer trickle(250, 100); // one byte every 250 ms of a 100-byte body: 25 s in all
    QElapsedTimer elapsed;
    elapsed.start();
    // Bytes keep arriving every 250 ms, so Qt's idle timeout alone would wait for the whole 25 s body.
    const HttpResult result = run(trickle.url(), 1500);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(result.body.isEmpty());
    QVERIFY2(result.error.text().contains(trickle.url().toDisplayString()), qPrintable(result.error.text()));
    QVERIFY2(result.error.text().contains(QLatin1String("2 second")), qPrintable(result.error.text()));
}

void TestHttpCall::droppedConnection()
{
    RawServer dropping(RawServer::Mode::DropAfterRequest);
    const HttpResult result = run(dropping.url());
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QVERIFY(!result.error.text().isEmpty());
}

void TestHttpCall::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const HttpResult result = run(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)));
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
}

void TestHttpCall::oversizedBodyWithLength()
{
    const HttpResult result = run(url(QStringLiteral("/big")), 5000, 1024);
    QCOMPARE(result.error.kind, ApiError::Kind::TooLarge);
    QVERIFY(result.body.isEmpty());
    QVERIFY(run(url(QStringLiteral("/big")), 5000, 4096).ok()); // exactly at the cap is fine
}

void TestHttpCall::oversizedBodyWithoutLength()
{
    RawServer streaming(RawServer::Mode::StreamWithoutLength, 3 * 1024 * 1024);
    const HttpResult result = run(streaming.url(), 5000, 1024 * 1024);
    QCOMPARE(result.error.kind, ApiError::Kind::TooLarge);
    QVERIFY(result.body.isEmpty());
}

void TestHttpCall::sameOriginRedirectFollowed()
{
    m_lastAuth.clear();
    const HttpResult result = run(url(QStringLiteral("/same")), 5000, HttpCall::DefaultMaxBytes, "secret");
    QVERIFY2(result.ok(), qPrintable(result.error.text()));
    QCOMPARE(result.status, 200);
    QCOMPARE(m_lastAuth, QByteArray("secret"));
}

void TestHttpCall::crossOriginRedirectNotFollowed()
{
    m_otherHits = 0;
    const HttpResult result = run(url(QStringLiteral("/elsewhere")), 5000, HttpCall::DefaultMaxBytes, "secret");
    QCOMPARE(result.error.kind, ApiError::Kind::Http);
    QCOMPARE(result.status, 302);
    QVERIFY(result.error.text().contains(QString::number(m_otherPort)));
    QCOMPARE(m_otherHits, 0);
}

void TestHttpCall::safeRedirect_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("safe");
    const QString http = QStringLiteral("http://status.example.org/api/v1/server/list");
    const QString https = QStringLiteral("https://status.example.org/api/v1/server/list");
    QTest::newRow("same origin, other path") << http << QStringLiteral("http://status.example.org/x") << true;
    QTest::newRow("http to https, same host") << http << https << true;
    QTest::newRow("http to https, explicit default ports")
        << QStringLiteral("http://status.example.org:80/") << QStringLiteral("https://status.example.org:443/") << true;
    QTest::newRow("host case differs") << http << QStringLiteral("https://STATUS.example.org/") << true;
    QTest::newRow("https to http") << https << http << false;
    QTest::newRow("http to https, other host") << http << QStringLiteral("https://evil.example.net/") << false;
    QTest::newRow("http to https, other port")
        << http << QStringLiteral("https://status.example.org:8443/") << false;
    QTest::newRow("http on another port to https")
        << QStringLiteral("http://status.example.org:8008/") << QStringLiteral("https://status.example.org/") << false;
    QTest::newRow("same scheme, other port") << http << QStringLiteral("http://status.example.org:81/") << false;
    QTest::newRow("subdomain") << http << QStringLiteral("http://a.status.example.org/") << false;
}

void TestHttpCall::safeRedirect()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, safe);
    QCOMPARE(HttpCall::isSafeRedirect(QUrl(from), QUrl(to)), safe);
}

void TestHttpCall::abortGivesCanceled()
{
    RawServer silent(RawServer::Mode::Silent);
    HttpCall *call = HttpCall::start(&m_nam, QNetworkRequest(silent.url()), "GET", {}, 5000,
                                     HttpCall::DefaultMaxBytes, this);
    QSignalSpy spy(call, &HttpCall::finished);
    call->abort();
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<HttpResult>().error.kind, ApiError::Kind::Canceled);
}

void TestHttpCall::contextDestroyedIsSilent()
{
    RawServer silent(RawServer::Mode::Silent);
    auto *context = new QObject;
    QPointer<HttpCall> call = HttpCall::start(&m_nam, QNetworkRequest(silent.url()), "GET", {}, 5000,
                                              HttpCall::DefaultMaxBytes, context);
    QSignalSpy spy(call.data(), &HttpCall::finished);
    delete context;
    QVERIFY(call.isNull());
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(TestHttpCall)
#include "tst_http_call.moc"
