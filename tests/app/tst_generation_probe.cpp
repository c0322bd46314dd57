// GenerationProbe against a fake v1 and v2 dashboard, the v0 demo dashboard, an HTML site and nothing at all:
// the generation per dashboard, the credential that fits it (or an Auth error that names the right one),
// the WAF block page explained, a forced generation that never touches the network.

#include "FakeNezhaV1.h"
#include "demo/DemoDashboard.h"
#include "nezha/GenerationProbe.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

enum class Site { FakeV1, FakeV2, DemoV0, HtmlSite, Nothing };
enum class Credential { Login, Pat, V0Token };
Q_DECLARE_METATYPE(Site)
Q_DECLARE_METATYPE(Credential)
Q_DECLARE_METATYPE(NezhaGeneration)
Q_DECLARE_METATYPE(DashboardConnection::Generation)

class TestGenerationProbe : public QObject
{
    Q_OBJECT
private slots:
    void probe_data();
    void probe();
    void credentialShape_data();
    void credentialShape();

private:
    QNetworkAccessManager m_nam;
};

void TestGenerationProbe::probe_data()
{
    QTest::addColumn<Site>("site");
    QTest::addColumn<Credential>("credential");
    QTest::addColumn<DashboardConnection::Generation>("forced");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<NezhaGeneration>("generation");
    QTest::addColumn<int>("errorKind"); // ApiError::Kind
    QTest::addColumn<QString>("says");

    using F = DashboardConnection::Generation;
    using K = ApiError::Kind;
    QTest::newRow("v1 with a login") << Site::FakeV1 << Credential::Login << F::Auto << false << NezhaGeneration::V1
                                     << int(K::None) << QString();
    QTest::newRow("v2 with a login") << Site::FakeV2 << Credential::Login << F::Auto << false << NezhaGeneration::V2
                                     << int(K::None) << QString();
    QTest::newRow("v2 with a personal access token")
        << Site::FakeV2 << Credential::Pat << F::Auto << false << NezhaGeneration::V2 << int(K::None) << QString();
    QTest::newRow("v0 with its token, confirmed on /server/list")
        << Site::DemoV0 << Credential::V0Token << F::Auto << false << NezhaGeneration::V0 << int(K::None) << QString();
    QTest::newRow("v1 with an nzp_ token: v1 has no tokens")
        << Site::FakeV1 << Credential::Pat << F::Auto << false << NezhaGeneration::V1 << int(K::Auth)
        << QStringLiteral("log in with username and password");
    QTest::newRow("v2 with a v0 token") << Site::FakeV2 << Credential::V0Token << F::Auto << false
                                        << NezhaGeneration::V2 << int(K::Auth) << QStringLiteral("personal access");
    QTest::newRow("v0 with a login: needs its API token")
        << Site::DemoV0 << Credential::Login << F::Auto << false << NezhaGeneration::V0 << int(K::Auth)
        << QStringLiteral("API token");
    QTest::newRow("WAF block page: explained, not 'not a dashboard'")
        << Site::FakeV2 << Credential::Login << F::Auto << true << NezhaGeneration::Unknown << int(K::Http)
        << QStringLiteral("blocked by the dashboard's firewall");
    QTest::newRow("an HTML site") << Site::HtmlSite << Credential::Login << F::Auto << false
                                  << NezhaGeneration::Unknown << int(K::Parse)
                                  << QStringLiteral("does not look like a Nezha dashboard");
    QTest::newRow("nothing listening") << Site::Nothing << Credential::Login << F::Auto << false
                                       << NezhaGeneration::Unknown << int(K::Network) << QString();
    QTest::newRow("forced v1: no network at all") << Site::Nothing << Credential::Login << F::V1 << false
                                                  << NezhaGeneration::V1 << int(K::None) << QString();
    QTest::newRow("forced v0") << Site::Nothing << Credential::V0Token << F::V0 << false << NezhaGeneration::V0
                               << int(K::None) << QString();
}

void TestGenerationProbe::probe()
{
    QFETCH(Site, site);
    QFETCH(Credential, credential);
    QFETCH(DashboardConnection::Generation, forced);
    QFETCH(bool, blocked);
    QFETCH(NezhaGeneration, generation);
    QFETCH(int, errorKind);
    QFETCH(QString, says);

    std::unique_ptr<FakeNezhaV1> fake;
    std::unique_ptr<DemoDashboard> demo;
    QHttpServer html;
    DashboardConnection c;
    c.generation = forced;
    switch (site) {
    case Site::FakeV1:
    case Site::FakeV2:
        fake = std::make_unique<FakeNezhaV1>(site == Site::FakeV1 ? FakeNezhaV1::Generation::V1
                                                                  : FakeNezhaV1::Generation::V2);
        QVERIFY(fake->listen());
        if (blocked)
            fake->block();
        c.url = fake->url();
        break;
    case Site::DemoV0:
        demo = std::make_unique<DemoDashboard>(3, 1);
        QVERIFY(demo->listen());
        c.url = demo->url();
        break;
    case Site::HtmlSite: {
        html.route(QStringLiteral("/api/v1/setting"), [](const QHttpServerRequest &, QHttpServerResponder &&r) {
            r.write("<html><body>Welcome to nginx!</body></html>", "text/html");
        });
        const quint16 port = html.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        break;
    }
    case Site::Nothing:
        c.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        break;
    }
    if (credential == Credential::Login) {
        c.username = QStringLiteral("admin");
        c.password = QStringLiteral("secret");
    } else if (credential == Credential::Pat) {
        c.token = QStringLiteral("nzp_0123456789abcdef0123456789abcdef");
    } else {
        c.token = demo ? demo->token() : QStringLiteral("0123456789abcdef0123456789ABCDEF");
    }

    GenerationProbe probe(&m_nam);
    QSignalSpy finished(&probe, &GenerationProbe::finished);
    probe.start(c);
    QVERIFY(finished.isEmpty()); // never from inside start()
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const auto info = finished.at(0).at(0).value<DashboardInfo>();
    const auto error = finished.at(0).at(1).value<ApiError>();
    QCOMPARE(info.generation, generation);
    QCOMPARE(int(error.kind), errorKind);
    QVERIFY2(error.text().contains(says), qPrintable(error.text()));
    if (generation == NezhaGeneration::V2 && errorKind == int(ApiError::Kind::None))
        QVERIFY(info.tsdbEnabled);
    if (demo && credential == Credential::V0Token)
        QVERIFY(demo->requestCount() >= 1); // confirmed with the token on /server/list
}

void TestGenerationProbe::credentialShape_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("login");
    QTest::addColumn<NezhaGeneration>("generation");
    QTest::newRow("nzp_ token -> v2") << QStringLiteral("nzp_abc") << false << NezhaGeneration::V2;
    QTest::newRow("32-char token -> v0") << QStringLiteral("0123456789abcdef0123456789ABCDEF") << false
                                         << NezhaGeneration::V0;
    QTest::newRow("username and password -> v1 or v2") << QString() << true << NezhaGeneration::Unknown;
}

void TestGenerationProbe::credentialShape()
{
    QFETCH(QString, token);
    QFETCH(bool, login);
    QFETCH(NezhaGeneration, generation);
    DashboardConnection c;
    c.token = token;
    if (login) {
        c.username = QStringLiteral("u");
        c.password = QStringLiteral("p");
    }
    QCOMPARE(GenerationProbe::fromCredentials(c), generation);
}

QTEST_GUILESS_MAIN(TestGenerationProbe)
#include "tst_generation_probe.moc"
