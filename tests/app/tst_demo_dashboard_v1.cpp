// The demo dashboard in v1/v2 mode must behave like nezhahq/nezha v1.14.14 / v2.3.7 (nezha.md 5, 5.6) so the
// v1/v2 driver meets the real quirks in its tests: HTTP-200 error envelopes, JWT login with cookies, CSRF on
// v2 refresh, PAT 401/403, the WAF's 403 page, guest downgrades, ?id= quirks, groups, TSDB metrics.
// Raw HTTP over loopback; JSON inspected directly (not through the decoders under test elsewhere).

#include "demo/DemoDashboard.h"
#include "DemoV1Http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Generation = DemoDashboard::Generation;
using Headers = DemoV1Http::Headers;
Q_DECLARE_METATYPE(DemoDashboard::Generation)


class TestDemoDashboardV1 : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void login_data();
    void login();
    void badLoginIsHttp200AndAStrike();
    void wafBlocksEveryRequestWithItsPage();
    void refreshV1IsGet();
    void refreshV2NeedsCsrf();
    void expiredOrRebound_data();
    void expiredOrRebound();
    void profileShape();
    void settingVersionOnlyForAdmins_data();
    void settingVersionOnlyForAdmins();
    void personalAccessTokens();
    void patOnV1IsJustABadJwt();

private:
    void start(Generation generation);
    DemoV1Reply call(const QByteArray &verb, const QString &path, const Headers &headers = {})
    {
        return m_http.call(verb, path, headers);
    }
    QString loginToken(const QString &user = DemoDashboard::loginUser(),
                       const QString &password = DemoDashboard::loginPassword(), DemoV1Reply *raw = nullptr)
    {
        return m_http.login(user, password, raw);
    }
    static Headers bearer(const QString &token) { return DemoV1Http::bearer(token); }
    static QList<qint64> ids(const QJsonValue &items) { return DemoV1Http::ids(items); }

    DemoDashboard *m_demo = nullptr;
    DemoV1Http m_http{nullptr};
    qint64 m_nowMs = 1795513483000; // 2026-11-24T09:44:43Z
};

void TestDemoDashboardV1::init()
{
    start(Generation::V2);
}

void TestDemoDashboardV1::cleanup()
{
    delete m_demo;
    m_demo = nullptr;
}

void TestDemoDashboardV1::start(Generation generation)
{
    delete m_demo;
    m_demo = new DemoDashboard(12, 11, this);
    m_demo->fleet()->setClock([this] { return m_nowMs; });
    m_demo->fleet()->setScheduledOutages(false);
    m_demo->setGeneration(generation);
    QVERIFY(m_demo->listen());
    m_http.setDashboard(m_demo);
}

void TestDemoDashboardV1::login_data()
{
    QTest::addColumn<Generation>("generation");
    QTest::newRow("v1: nz-jwt cookie only") << Generation::V1;
    QTest::newRow("v2: nz-jwt and nz-csrf cookies") << Generation::V2;
}

void TestDemoDashboardV1::login()
{
    QFETCH(Generation, generation);
    start(generation);
    m_demo->setJwtTtlSecs(600);
    DemoV1Reply r;
    const QString token = loginToken(DemoDashboard::loginUser(), DemoDashboard::loginPassword(), &r);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("success")).toBool(), true);
    QVERIFY(token.startsWith(QLatin1String("eyJ")));
    // expire: RFC 3339 in the dashboard's zone (+08:00), TTL after the dashboard's clock, whole seconds
    const QString expire = r.data()[QLatin1String("expire")].toString();
    QVERIFY2(expire.endsWith(QLatin1String("+08:00")), qPrintable(expire));
    QCOMPARE(QDateTime::fromString(expire, Qt::ISODate).toMSecsSinceEpoch(), m_nowMs + 600 * 1000);
    QCOMPARE(r.cookie("nz-jwt"), token.toLatin1());
    QCOMPARE(r.cookie("nz-csrf").isEmpty(), generation == Generation::V1);
    QCOMPARE(m_demo->wafStrikes(), 0);
    // the token works as Bearer, as ?token= and as the nz-jwt cookie
    QVERIFY(call("GET", QStringLiteral("/api/v1/profile"), bearer(token)).json().value(QLatin1String("success")).toBool());
    QVERIFY(call("GET", QStringLiteral("/api/v1/profile?token=") + token).json().value(QLatin1String("success")).toBool());
    QVERIFY(call("GET", QStringLiteral("/api/v1/profile"), {{"Cookie", "nz-jwt=" + token.toLatin1()}})
                .json().value(QLatin1String("success")).toBool());
}

void TestDemoDashboardV1::badLoginIsHttp200AndAStrike()
{
    DemoV1Reply r;
    QVERIFY(loginToken(DemoDashboard::loginUser(), QStringLiteral("wrong"), &r).isEmpty());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{\"error\":\"ApiErrorUnauthorized\"}"));
    QCOMPARE(m_demo->wafStrikes(), 1);
    m_nowMs += 3000;
    loginToken(QStringLiteral("nobody"), QStringLiteral("x"), &r); // an unknown user strikes too
    QCOMPARE(r.error(), QStringLiteral("ApiErrorUnauthorized"));
    QCOMPARE(m_demo->wafStrikes(), 2);
    m_nowMs += 16000;
    QVERIFY(!loginToken().isEmpty()); // a good login clears the IP's strikes
    QCOMPARE(m_demo->wafStrikes(), 0);
    loginToken(QString(), QString(), &r); // missing values: refused without a strike
    QCOMPARE(r.error(), QStringLiteral("ApiErrorUnauthorized"));
    QCOMPARE(m_demo->wafStrikes(), 0);
}

void TestDemoDashboardV1::wafBlocksEveryRequestWithItsPage()
{
    const auto blocked = [this](const QString &path) {
        const DemoV1Reply r = call("GET", path);
        return r.status == 403 && r.type.startsWith("text/html") && r.body.contains("<title>Blocked</title>")
               && r.body.contains("<p>you were blocked by nezha WAF</p>") && r.body.contains("nezha WAF");
    };
    loginToken(DemoDashboard::loginUser(), QStringLiteral("wrong"));
    // one strike: max(3, 1^4) = 3 s after the strike, for every route, even ones needing no auth
    QVERIFY(blocked(QStringLiteral("/api/v1/setting")));
    QVERIFY(blocked(QStringLiteral("/api/v1/no-such-route")));
    DemoV1Reply r;
    QVERIFY(loginToken(DemoDashboard::loginUser(), DemoDashboard::loginPassword(), &r).isEmpty());
    QCOMPARE(r.status, 403); // the right password does not help while blocked
    m_nowMs += 2999;
    QVERIFY(blocked(QStringLiteral("/api/v1/setting")));
    m_nowMs += 1;
    QVERIFY(!blocked(QStringLiteral("/api/v1/setting")));
    // strikes add up per IP: the second one blocks for 2^4 = 16 s
    loginToken(DemoDashboard::loginUser(), QStringLiteral("wrong"));
    QCOMPARE(m_demo->wafStrikes(), 2);
    m_nowMs += 15999;
    QVERIFY(blocked(QStringLiteral("/api/v1/server")));
    m_nowMs += 1;
    QCOMPARE(call("GET", QStringLiteral("/api/v1/setting")).status, 200);
}

void TestDemoDashboardV1::refreshV1IsGet()
{
    start(Generation::V1);
    const QString token = loginToken();
    const DemoV1Reply r = call("GET", QStringLiteral("/api/v1/refresh-token"), bearer(token));
    const QString fresh = r.data()[QLatin1String("token")].toString();
    QVERIFY(!fresh.isEmpty() && fresh != token);
    QCOMPARE(r.cookie("nz-jwt"), fresh.toLatin1());
    QCOMPARE(call("POST", QStringLiteral("/api/v1/refresh-token"), bearer(token)).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/refresh-token")).error(), QStringLiteral("ApiErrorUnauthorized"));
}

void TestDemoDashboardV1::refreshV2NeedsCsrf()
{
    DemoV1Reply login;
    const QString token = loginToken(DemoDashboard::loginUser(), DemoDashboard::loginPassword(), &login);
    const QByteArray csrf = login.cookie("nz-csrf");
    QVERIFY(csrf.contains('.'));
    const QByteArray csrfError = "{\"error\":\"ApiErrorForbidden: missing or invalid CSRF token\"}";
    DemoV1Reply r = call("POST", QStringLiteral("/api/v1/refresh-token"), bearer(token)); // Bearer alone is not enough
    QCOMPARE(r.status, 403);
    QCOMPARE(r.body, csrfError);
    Headers headers = bearer(token) << qMakePair(QByteArray("X-CSRF-Token"), csrf);
    QCOMPARE(call("POST", QStringLiteral("/api/v1/refresh-token"), headers).status, 403); // no cookie
    headers << qMakePair(QByteArray("Cookie"), "nz-csrf=" + csrf + "x");
    QCOMPARE(call("POST", QStringLiteral("/api/v1/refresh-token"), headers).status, 403); // mismatch
    headers.last().second = "nz-jwt=" + token.toLatin1() + "; nz-csrf=" + csrf;
    r = call("POST", QStringLiteral("/api/v1/refresh-token"), headers);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.data()[QLatin1String("token")].toString().isEmpty());
    QVERIFY(!r.cookie("nz-csrf").isEmpty()); // a fresh pair
    QCOMPARE(call("GET", QStringLiteral("/api/v1/refresh-token"), bearer(token)).status, 404); // v2: POST only
}

void TestDemoDashboardV1::expiredOrRebound_data()
{
    QTest::addColumn<bool>("rebind");
    QTest::newRow("token expired") << false;
    QTest::newRow("client IP changed") << true;
}

void TestDemoDashboardV1::expiredOrRebound()
{
    QFETCH(bool, rebind);
    m_demo->setJwtTtlSecs(60);
    const QString token = loginToken();
    QCOMPARE(ids(call("GET", QStringLiteral("/api/v1/server"), bearer(token)).data()).size(), 12);
    if (rebind)
        m_demo->invalidateSessions();
    else
        m_nowMs += 61 * 1000;
    for (const QString &strict : {QStringLiteral("/api/v1/server"), QStringLiteral("/api/v1/profile")}) {
        const DemoV1Reply r = call("GET", strict, bearer(token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"error\":\"ApiErrorUnauthorized\"}"));
    }
    // optional routes silently answer as to a guest (v2 filters hidden servers out of the groups)
    const DemoV1Reply groups = call("GET", QStringLiteral("/api/v1/server-group"), bearer(token));
    QVERIFY(groups.json().value(QLatin1String("success")).toBool());
    int listed = 0;
    for (const QJsonValue &g : groups.data().toArray()) {
        for (const QJsonValue &id : g[QLatin1String("servers")].toArray()) {
            QVERIFY(!m_demo->fleet()->server(quint64(id.toInteger())).hideForGuest);
            ++listed;
        }
    }
    QVERIFY(listed > 0);
    QVERIFY(!call("GET", QStringLiteral("/api/v1/setting"), bearer(token)).data().toObject().contains(QLatin1String("version")));
    QCOMPARE(m_demo->wafStrikes(), 0);
}

void TestDemoDashboardV1::profileShape()
{
    const QJsonObject v2 = call("GET", QStringLiteral("/api/v1/profile"), bearer(loginToken())).data().toObject();
    QCOMPARE(v2.value(QLatin1String("username")).toString(), QStringLiteral("admin"));
    QVERIFY(v2.contains(QLatin1String("role")));
    QCOMPARE(v2.value(QLatin1String("role")).toInt(-1), 0);
    QVERIFY(!v2.contains(QLatin1String("password")));
    const QJsonObject member = call("GET", QStringLiteral("/api/v1/profile"),
                                    bearer(loginToken(DemoDashboard::memberUser(), DemoDashboard::memberPassword())))
                                   .data().toObject();
    QCOMPARE(member.value(QLatin1String("role")).toInt(), 1);
    start(Generation::V1);
    const QJsonObject v1 = call("GET", QStringLiteral("/api/v1/profile"), bearer(loginToken())).data().toObject();
    QVERIFY(v1.value(QLatin1String("password")).toString().startsWith(QLatin1String("$2a$")));
    QVERIFY(!v1.contains(QLatin1String("role")));
}

void TestDemoDashboardV1::settingVersionOnlyForAdmins_data()
{
    QTest::addColumn<Generation>("generation");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("version");
    QTest::newRow("v1 admin") << Generation::V1 << DemoDashboard::loginUser() << QStringLiteral("1.14.14");
    QTest::newRow("v1 guest") << Generation::V1 << QString() << QString();
    QTest::newRow("v2 admin") << Generation::V2 << DemoDashboard::loginUser() << QStringLiteral("2.3.7");
    QTest::newRow("v2 member") << Generation::V2 << DemoDashboard::memberUser() << QString();
    QTest::newRow("v2 guest") << Generation::V2 << QString() << QString();
}

void TestDemoDashboardV1::settingVersionOnlyForAdmins()
{
    QFETCH(Generation, generation);
    QFETCH(QString, user);
    QFETCH(QString, version);
    start(generation);
    const QString password = user == DemoDashboard::loginUser() ? DemoDashboard::loginPassword()
                                                                 : DemoDashboard::memberPassword();
    const Headers auth = user.isEmpty() ? Headers() : bearer(loginToken(user, password));
    const QJsonObject data = call("GET", QStringLiteral("/api/v1/setting"), auth).data().toObject();
    QCOMPARE(data.value(QLatin1String("version")).toString(), version);
    QCOMPARE(data.value(QLatin1String("config"))[QLatin1String("language")].toString(), QStringLiteral("en-US"));
    QCOMPARE(data.contains(QLatin1String("tsdb_enabled")), generation == Generation::V2);
}

void TestDemoDashboardV1::personalAccessTokens()
{
    const QString inventory = m_demo->createPersonalAccessToken({QStringLiteral("nezha:inventory:read")});
    QVERIFY(inventory.startsWith(QLatin1String("nzp_")));
    QCOMPARE(inventory.size(), 4 + 32);
    QCOMPARE(ids(call("GET", QStringLiteral("/api/v1/server"), bearer(inventory)).data()).size(), 12);
    // a PAT on /setting is ignored: a guest view without the version
    QVERIFY(!call("GET", QStringLiteral("/api/v1/setting"), bearer(inventory)).data().toObject().contains(QLatin1String("version")));

    // unknown token: a real HTTP 401 and a WAF strike
    DemoV1Reply r = call("GET", QStringLiteral("/api/v1/server"), bearer(QStringLiteral("nzp_") + QString(32, QLatin1Char('x'))));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body, QByteArray("{\"error\":\"ApiErrorUnauthorized: invalid api token\"}"));
    QCOMPARE(m_demo->wafStrikes(), 1);
    m_nowMs += 3000;

    // a missing scope is HTTP 403 naming it
    r = call("GET", QStringLiteral("/api/v1/server/1/metrics?metric=cpu"), bearer(inventory));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error(), QStringLiteral("ApiErrorForbidden: api token lacks scope nezha:server:read"));
    const QString metricsOnly = m_demo->createPersonalAccessToken({QStringLiteral("nezha:server:read")});
    QCOMPARE(call("GET", QStringLiteral("/api/v1/server"), bearer(metricsOnly)).error(),
             QStringLiteral("ApiErrorForbidden: api token lacks scope nezha:inventory:read"));
    QVERIFY(call("GET", QStringLiteral("/api/v1/server/1/metrics?metric=cpu"), bearer(metricsOnly)).success());

    // never on the self-management routes
    for (const auto &[verb, path] : {std::pair{QByteArray("GET"), QStringLiteral("/api/v1/profile")},
                                     std::pair{QByteArray("POST"), QStringLiteral("/api/v1/refresh-token")}}) {
        r = call(verb, path, bearer(inventory));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.error(), QStringLiteral("ApiErrorForbidden: this endpoint is not accessible by api token"));
    }

    // bound to servers: the list is that subset (in the dashboard's order), which is not an error
    const QString bound = m_demo->createPersonalAccessToken({QStringLiteral("nezha:*")}, {7, 2, 12});
    r = call("GET", QStringLiteral("/api/v1/server"), bearer(bound));
    QVERIFY(r.success());
    const QList<qint64> subset = ids(r.data());
    QCOMPARE(QSet<qint64>(subset.cbegin(), subset.cend()), (QSet<qint64>{2, 7, 12}));
    QCOMPARE(call("GET", QStringLiteral("/api/v1/server/3/metrics?metric=cpu"), bearer(bound)).error(),
             QStringLiteral("unauthorized"));
    QCOMPARE(m_demo->wafStrikes(), 1);
}

void TestDemoDashboardV1::patOnV1IsJustABadJwt()
{
    start(Generation::V1);
    const QString pat = m_demo->createPersonalAccessToken({QStringLiteral("nezha:*")});
    const DemoV1Reply r = call("GET", QStringLiteral("/api/v1/server"), bearer(pat));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error(), QStringLiteral("ApiErrorUnauthorized"));
    QCOMPARE(m_demo->wafStrikes(), 0);
}

QTEST_GUILESS_MAIN(TestDemoDashboardV1)
#include "tst_demo_dashboard_v1.moc"
