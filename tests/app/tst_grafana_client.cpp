// GrafanaClient against the Grafana demo (real HTTP over loopback): every endpoint's success and its
// error answers, plus the connection test's five outcomes and the "never retry a 401" rule.

#include "demo/grafana/GrafanaDemo.h"
#include "grafana/GrafanaClient.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Op = GrafanaClient::Operation;
using Status = GrafanaConnectionTest::Status;

// Counts the requests that actually leave the client.
class CountingNam : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &req, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, req, data);
    }
};

class TestGrafanaClient : public QObject
{
    Q_OBJECT

    QHttpServer *m_server = nullptr;
    GrafanaDemo *m_demo = nullptr;
    QUrl m_url;
    CountingNam *m_nam = nullptr;
    GrafanaClient *m_client = nullptr;

    GrafanaConnection conn(const char *user = "admin", const char *password = "admin-demo") const
    {
        return {m_url, QString::fromLatin1(user), QString::fromLatin1(password)};
    }

    GrafanaConnectionTest test(const GrafanaConnection &c)
    {
        m_client->setConnection(c);
        QSignalSpy spy(m_client, &GrafanaClient::connectionTested);
        m_client->testConnection();
        if (!spy.wait(5000))
            return {};
        return spy.first().first().value<GrafanaConnectionTest>();
    }

    // Runs `call` and returns the failure it produced (kind None if it succeeded instead).
    template <typename F>
    ApiError failure(F call)
    {
        QSignalSpy failed(m_client, &GrafanaClient::requestFailed);
        QSignalSpy ok(m_client, &GrafanaClient::actionSucceeded);
        call();
        const bool got = QTest::qWaitFor([&] { return failed.size() + ok.size() > 0; }, 5000);
        if (!got || failed.isEmpty())
            return {};
        return failed.first().at(2).value<ApiError>();
    }

    // Runs an action and returns the server's message (empty string + status on success).
    template <typename F>
    std::pair<QString, int> success(F call)
    {
        QSignalSpy failed(m_client, &GrafanaClient::requestFailed);
        QSignalSpy ok(m_client, &GrafanaClient::actionSucceeded);
        call();
        QTest::qWaitFor([&] { return failed.size() + ok.size() > 0; }, 5000);
        if (!failed.isEmpty())
            return {failed.first().at(2).value<ApiError>().text(), -1};
        if (ok.isEmpty())
            return {QStringLiteral("no answer"), -1};
        return {ok.first().at(2).toString(), ok.first().at(3).toInt()};
    }

    qint64 userId(const QString &login) const
    {
        for (const auto &u : m_demo->store().users()) {
            if (u.login == login)
                return u.id;
        }
        return -1;
    }

private slots:
    void init()
    {
        m_server = new QHttpServer;
        m_demo = GrafanaDemo::install(*m_server);
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_nam = new CountingNam;
        m_client = new GrafanaClient(m_nam);
        m_client->setConnection(conn());
    }
    void cleanup()
    {
        delete m_client;
        delete m_nam;
        delete m_server;
    }

    void connectionOutcomes()
    {
        GrafanaConnectionTest t = test(conn());
        QCOMPARE(t.status, Status::Connected);
        QCOMPARE(t.version, QStringLiteral("11.3.1"));
        QVERIFY(t.text().contains(QStringLiteral("11.3.1")));

        t = test(conn("viewer", "viewer-demo"));
        QCOMPARE(t.status, Status::NotServerAdmin);
        QCOMPARE(t.login, QStringLiteral("viewer"));

        QSignalSpy rejected(m_client, &GrafanaClient::credentialsRejected);
        t = test(conn("admin", "wrong"));
        QCOMPARE(t.status, Status::WrongCredentials);
        QCOMPARE(t.error.httpStatus, 401);
        QCOMPARE(t.error.errorId, QStringLiteral("password-auth.failed"));
        QVERIFY(t.text().contains(QStringLiteral("locked")));
        QCOMPARE(rejected.size(), 1);
    }

    void unreachableAndNotGrafana()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        GrafanaConnectionTest t = test({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("a"),
                                        QStringLiteral("b")});
        QCOMPARE(t.status, Status::Unreachable);
        QCOMPARE(t.error.kind, ApiError::Kind::Network);

        QHttpServer other;
        other.route(QStringLiteral("/api/health"), [] { return QHttpServerResponse("text/html", "<html>hi</html>"); });
        const quint16 otherPort = other.listen(QHostAddress::LocalHost, 0);
        t = test({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(otherPort)), QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(t.status, Status::NotGrafana);
        QCOMPARE(t.error.kind, ApiError::Kind::Parse);
    }

    void a401IsNeverRetried()
    {
        m_client->setConnection(conn("admin", "wrong"));
        QSignalSpy rejected(m_client, &GrafanaClient::credentialsRejected);
        ApiError e = failure([this] { m_client->fetchStats(); });
        QCOMPARE(e.kind, ApiError::Kind::Auth);
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(m_client->authFailed());
        const int sent = m_nam->requests;
        e = failure([this] { m_client->fetchSettings(); });
        QCOMPARE(e.kind, ApiError::Kind::Auth);
        QCOMPARE(m_nam->requests, sent); // refused locally: no second attempt reaches Grafana
        m_client->setConnection(conn());  // new credentials lift the block
        QVERIFY(!m_client->authFailed());
    }

    void a401StaysUntilNewCredentials_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("switchAwayFirst");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("same connection again") << QStringLiteral("admin") << QStringLiteral("wrong") << false << true;
        QTest::newRow("other profile, then back") << QStringLiteral("admin") << QStringLiteral("wrong") << true << true;
        QTest::newRow("password corrected")
            << QStringLiteral("admin") << QStringLiteral("admin-demo") << false << false;
        QTest::newRow("other user") << QStringLiteral("mchen") << QStringLiteral("wrong") << false << false;
    }

    void a401StaysUntilNewCredentials()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, switchAwayFirst);
        QFETCH(bool, blocked);
        m_client->setConnection(conn("admin", "wrong"));
        QCOMPARE(failure([this] { m_client->fetchStats(); }).httpStatus, 401);
        QVERIFY(m_client->authFailed());
        if (switchAwayFirst) {
            m_client->setConnection(conn());
            QVERIFY(!m_client->authFailed());
        }
        m_client->setConnection({m_url, user, password});
        QCOMPARE(m_client->authFailed(), blocked);
        const int sent = m_nam->requests;
        QSignalSpy failed(m_client, &GrafanaClient::requestFailed);
        QSignalSpy settings(m_client, &GrafanaClient::settingsReceived);
        m_client->fetchSettings();
        QTRY_COMPARE(failed.size() + settings.size(), 1);
        if (blocked) {
            QCOMPARE(failed.first().at(2).value<ApiError>().kind, ApiError::Kind::Auth);
            QCOMPARE(m_nam->requests, sent); // never replayed toward the lockout
            m_client->clearAuthFailure();    // the user's explicit "Try again"
            QVERIFY(!m_client->authFailed());
        } else {
            QCOMPARE(m_nam->requests, sent + 1);
        }
    }

    void callWhileRunningIsQueued()
    {
        QSignalSpy stats(m_client, &GrafanaClient::statsReceived);
        QSignalSpy users(m_client, &GrafanaClient::usersReceived);
        QSignalSpy failed(m_client, &GrafanaClient::requestFailed);
        m_client->fetchStats();
        m_client->fetchStats();
        m_client->searchUsers(QStringLiteral("da"), 1, 50);
        m_client->searchUsers(QStringLiteral("mei"), 1, 50);
        QTRY_COMPARE(stats.size(), 2);
        QTRY_COMPARE(users.size(), 2);
        QCOMPARE(users.at(0).at(1).toString(), QStringLiteral("da")); // in call order
        QCOMPARE(users.at(1).at(1).toString(), QStringLiteral("mei"));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_nam->requests, 4);
    }

    void testWhileTestingAnswersBoth()
    {
        QSignalSpy tested(m_client, &GrafanaClient::connectionTested);
        m_client->testConnection();
        m_client->testConnection();
        QTRY_COMPARE(tested.size(), 2);
        QCOMPARE(tested.at(1).at(0).value<GrafanaConnectionTest>().status, Status::Connected);
        QCOMPARE(m_nam->requests, 2); // one /api/health and one /api/user: a single sign-in
    }

    void demoLocksAfterFiveFailures()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(test(conn("mchen", "nope")).status, Status::WrongCredentials);
        // The right password is now refused too, exactly like Grafana's brute-force protection.
        QCOMPARE(test(conn("mchen", "mei-demo")).status, Status::WrongCredentials);
    }

    void settingsStatsUsage()
    {
        QSignalSpy settings(m_client, &GrafanaClient::settingsReceived);
        m_client->fetchSettings();
        QVERIFY(settings.wait());
        const auto s = settings.first().first().value<GrafanaSettings>();
        QVERIFY(GrafanaSettings::isRedacted(s.sections[QStringLiteral("database")][QStringLiteral("password")]));

        QSignalSpy stats(m_client, &GrafanaClient::statsReceived);
        m_client->fetchStats();
        QVERIFY(stats.wait());
        QCOMPARE(stats.first().first().value<GrafanaStats>().value(QStringLiteral("users")).value_or(0), 5);

        QSignalSpy usage(m_client, &GrafanaClient::usageReportReceived);
        m_client->fetchUsageReport();
        QVERIFY(usage.wait());
        QCOMPARE(usage.first().first().value<GrafanaUsageReport>().displayVersion(), QStringLiteral("11.3.1"));

        GrafanaSettingsUpdate up;
        up.updates[QStringLiteral("auth.saml")][QStringLiteral("enabled")] = QStringLiteral("true");
        const ApiError e = failure([&] { m_client->updateSettings(up); });
        QCOMPARE(e.httpStatus, 404); // OSS: the route does not exist, shown as "not available" (issue 15)
        QVERIFY(GrafanaFeatures::isNotAvailable(e));
        QCOMPARE(e.detail, QStringLiteral("not available on this Grafana server"));
    }

    void searchUsers()
    {
        QSignalSpy spy(m_client, &GrafanaClient::usersReceived);
        m_client->searchUsers(QString(), 2, 2);
        QVERIFY(spy.wait());
        auto page = spy.first().first().value<GrafanaUserPage>();
        QCOMPARE(page.totalCount, 5);
        QCOMPARE(page.page, 2);
        QCOMPARE(page.users.size(), 2);
        spy.clear();
        m_client->searchUsers(QStringLiteral("Ortiz & co+"), 1, 50); // special characters survive encoding
        QVERIFY(spy.wait());
        QCOMPARE(spy.first().first().value<GrafanaUserPage>().totalCount, 0);
        spy.clear();
        m_client->searchUsers(QStringLiteral("ORTIZ"), 1, 50);
        QVERIFY(spy.wait());
        page = spy.first().first().value<GrafanaUserPage>();
        QCOMPARE(page.users.size(), 1);
        QCOMPARE(page.users.first().login, QStringLiteral("dortiz"));
    }

    void createUser()
    {
        QSignalSpy created(m_client, &GrafanaClient::userCreated);
        GrafanaNewUser u{QStringLiteral("Ann Lee"), QStringLiteral("Ann@Example.org"), QStringLiteral("ALee"),
                         QStringLiteral("pw-1234"), 0};
        m_client->createUser(u);
        QVERIFY(created.wait());
        QVERIFY(created.first().first().value<GrafanaCreatedUser>().id > 0);
        QVERIFY(userId(QStringLiteral("alee")) > 0); // stored lower-cased

        ApiError e = failure([&] { m_client->createUser(u); });
        QCOMPARE(e.httpStatus, 412);
        QVERIFY(e.detail.contains(QStringLiteral("ALee")));
        u.login = QStringLiteral("other");
        u.email = QStringLiteral("other@example.org");
        u.password = QStringLiteral("abc");
        e = failure([&] { m_client->createUser(u); });
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.errorId, QStringLiteral("password.password-policy-too-short"));
        u.password.clear();
        QCOMPARE(failure([&] { m_client->createUser(u); }).detail, QStringLiteral("bad request data"));
    }

    void passwordAndPermissions()
    {
        const qint64 dana = userId(QStringLiteral("dortiz"));
        auto [msg, status] = success([&] { m_client->changePassword(dana, QStringLiteral("new-pass")); });
        QCOMPARE(msg, QStringLiteral("User password updated"));
        QCOMPARE(status, 200);
        QCOMPARE(failure([&] { m_client->changePassword(9999, QStringLiteral("new-pass")); }).httpStatus, 500);

        std::tie(msg, status) = success([&] { m_client->setGrafanaAdmin(dana, true); });
        QCOMPARE(msg, QStringLiteral("User permissions updated"));
        std::tie(msg, status) = success([&] { m_client->setGrafanaAdmin(dana, false); });
        QCOMPARE(status, 200);
        // Demote everyone but the admin, then the admin itself: refused as the last one.
        success([&] { m_client->setGrafanaAdmin(userId(QStringLiteral("mchen")), false); });
        const ApiError e = failure([&] { m_client->setGrafanaAdmin(userId(QStringLiteral("admin")), false); });
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.detail, QStringLiteral("cannot remove last grafana admin"));
    }

    void notAServerAdmin()
    {
        m_client->setConnection(conn("viewer", "viewer-demo"));
        ApiError e = failure([this] { m_client->createUser({{}, {}, QStringLiteral("x"), QStringLiteral("pw-1234"), 0}); });
        QCOMPARE(e.httpStatus, 403);
        QVERIFY(e.errorId.startsWith(QStringLiteral("ACE"))); // RBAC body
        QVERIFY(e.detail.contains(QStringLiteral("users:create")));
        e = failure([this] { m_client->runServerAction(Op::RotateDataKeys); });
        QCOMPARE(e.httpStatus, 403);
        QCOMPARE(e.detail, QStringLiteral("Permission denied")); // reqGrafanaAdmin body
    }

    void deleteUser()
    {
        const qint64 nhire = userId(QStringLiteral("nhire"));
        QCOMPARE(success([&] { m_client->deleteUser(nhire); }).first, QStringLiteral("User deleted"));
        const ApiError e = failure([&] { m_client->deleteUser(nhire); });
        QCOMPARE(e.httpStatus, 404);
        QCOMPARE(e.detail, QStringLiteral("user not found"));
    }

    void sessions()
    {
        const qint64 dana = userId(QStringLiteral("dortiz"));
        QSignalSpy tokens(m_client, &GrafanaClient::authTokensReceived);
        m_client->fetchAuthTokens(dana);
        QVERIFY(tokens.wait());
        const auto list = tokens.first().at(1).value<QList<GrafanaAuthToken>>();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().browser, QStringLiteral("Chrome"));

        QCOMPARE(success([&] { m_client->revokeAuthToken(dana, list.first().id); }).first,
                 QStringLiteral("User auth token revoked"));
        ApiError e = failure([&] { m_client->revokeAuthToken(dana, list.first().id); });
        QCOMPARE(e.httpStatus, 404);
        QCOMPARE(e.detail, QStringLiteral("User auth token not found"));
        QCOMPARE(failure([&] { m_client->fetchAuthTokens(9999); }).detail, QStringLiteral("User not found"));

        QCOMPARE(success([&] { m_client->logoutUser(dana); }).first, QStringLiteral("User logged out"));
        e = failure([&] { m_client->logoutUser(userId(QStringLiteral("admin"))); });
        QCOMPARE(e.detail, QStringLiteral("You cannot logout yourself"));
    }

    // The version comes from /api/health (no credentials); what that release lacks is refused without a request.
    void versionFromHealth_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("op");
        QTest::addColumn<bool>("sent");
        QTest::newRow("8: no encryption") << 8 << int(Op::RotateDataKeys) << false;
        QTest::newRow("8: no alerting reload") << 8 << int(Op::ReloadAlerting) << false;
        QTest::newRow("8: notifications reload") << 8 << int(Op::ReloadNotifications) << true;
        QTest::newRow("10: re-encrypt secrets") << 10 << int(Op::ReencryptSecrets) << true;
        QTest::newRow("12: no notifications reload") << 12 << int(Op::ReloadNotifications) << false;
    }
    void versionFromHealth()
    {
        QFETCH(int, major);
        QFETCH(int, op);
        QFETCH(bool, sent);
        m_demo->store().setVersion(major);
        QSignalSpy health(m_client, &GrafanaClient::healthReceived);
        m_client->fetchHealth();
        QVERIFY(health.wait(5000));
        QCOMPARE(m_client->serverVersion().text, m_demo->store().versionText());
        QCOMPARE(m_client->serverVersion().major, major);
        const int before = m_nam->requests;
        QSignalSpy failed(m_client, &GrafanaClient::requestFailed);
        QSignalSpy done(m_client, &GrafanaClient::actionSucceeded);
        m_client->runServerAction(Op(op));
        QTRY_COMPARE(failed.size() + done.size(), 1);
        QCOMPARE(m_nam->requests - before, sent ? 1 : 0);
        if (!sent) {
            const ApiError e = failed.first().at(2).value<ApiError>();
            QVERIFY(GrafanaFeatures::isNotAvailable(e));
            QCOMPARE(e.detail, QStringLiteral("not available on Grafana %1").arg(m_demo->store().versionText()));
        }
    }

    void serverActions_data()
    {
        QTest::addColumn<Op>("op");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("reload dashboards") << Op::ReloadDashboards << 200 << QStringLiteral("Dashboards config reloaded");
        QTest::newRow("reload datasources") << Op::ReloadDatasources << 200 << QStringLiteral("Datasources config reloaded");
        QTest::newRow("reload plugins") << Op::ReloadPlugins << 200 << QStringLiteral("Plugins config reloaded");
        QTest::newRow("reload alerting") << Op::ReloadAlerting << 200 << QStringLiteral("Alerting config reloaded");
        QTest::newRow("access control is Enterprise only") << Op::ReloadAccessControl << 404 << QStringLiteral("Not found");
        QTest::newRow("ldap not enabled") << Op::ReloadLdap << 400 << QStringLiteral("LDAP is not enabled");
        QTest::newRow("rotate: 204 without body") << Op::RotateDataKeys << 204 << QString();
        QTest::newRow("re-encrypt data keys: plain text") << Op::ReencryptDataKeys << 200
                                                          << QStringLiteral("Data encryption keys re-encrypted successfully");
        QTest::newRow("re-encrypt secrets") << Op::ReencryptSecrets << 200 << QStringLiteral("Secrets re-encrypted successfully");
        QTest::newRow("rollback: 206 partial is a failure")
            << Op::RollbackSecrets << 206
            << QStringLiteral("Something unexpected happened - please inspect Grafana server log for details");
    }
    void serverActions()
    {
        QFETCH(Op, op);
        QFETCH(int, status);
        QFETCH(QString, message);
        if (status >= 200 && status < 206) {
            const auto [msg, got] = success([&] { m_client->runServerAction(op); });
            QCOMPARE(got, status);
            QCOMPARE(msg, message);
        } else {
            const ApiError e = failure([&] { m_client->runServerAction(op); });
            QCOMPARE(e.httpStatus, status);
            QCOMPARE(e.detail, op == GrafanaClient::Operation::ReloadAccessControl
                                   ? QStringLiteral("not available on this Grafana server") : message);
        }
    }

    void timeoutAndBrokenBodies()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        m_client->setConnection({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())),
                                 QStringLiteral("admin"), QStringLiteral("admin-demo")});
        m_client->setTimeouts(300, 300);
        QCOMPARE(failure([this] { m_client->fetchStats(); }).kind, ApiError::Kind::Timeout);

        QHttpServer broken;
        broken.route(QStringLiteral("/api/admin/stats"), [] {
            return QHttpServerResponse("application/json", R"({"orgs": 3, "dashbo)");
        });
        broken.route(QStringLiteral("/api/admin/settings"), [] {
            return QHttpServerResponse("text/html", "<html>login</html>");
        });
        const quint16 port = broken.listen(QHostAddress::LocalHost, 0);
        m_client->setConnection({QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QStringLiteral("admin"),
                                 QStringLiteral("admin-demo")});
        ApiError e = failure([this] { m_client->fetchStats(); });
        QCOMPARE(e.kind, ApiError::Kind::Parse);
        QCOMPARE(e.httpStatus, 200);
        e = failure([this] { m_client->fetchSettings(); });
        QCOMPARE(e.kind, ApiError::Kind::Parse);
    }

    void noConnectionConfigured()
    {
        m_client->setConnection({});
        const ApiError e = failure([this] { m_client->fetchStats(); });
        QCOMPARE(e.kind, ApiError::Kind::Network);
        QVERIFY(!e.text().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGrafanaClient)
#include "tst_grafana_client.moc"
