// Grafana Admin API decoders against the recorded fixtures in tests/fixtures/grafana (8.x and current shapes).

#include "grafana/GrafanaDecoders.h"
#include "grafana/GrafanaValidation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestGrafanaDecoders : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(FARSIGHT_FIXTURES_DIR "/grafana/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }

    // The first error of the named decoder on `body` (issue 10 defect 11: numbers that used to read as 0 or 1).
    static ApiError errorOf(const QString &decoder, const QByteArray &body)
    {
        if (decoder == QLatin1String("profile"))
            return decodeGrafanaUserProfile(body).error;
        if (decoder == QLatin1String("created"))
            return decodeGrafanaCreatedUser(body).error;
        if (decoder == QLatin1String("tokens"))
            return decodeGrafanaAuthTokens(body).error;
        if (decoder == QLatin1String("stats"))
            return decodeGrafanaStats(body).error;
        if (decoder == QLatin1String("list"))
            return decodeGrafanaUserList(body).error;
        return decodeGrafanaUserPage(body).error;
    }

private slots:
    void badNumbers_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray page = R"({"totalCount":1,"page":%1,"perPage":10,"users":[]})";
        QTest::newRow("profile id 1.5") << "profile" << QByteArray(R"({"id":1.5,"isGrafanaAdmin":false})") << "id";
        QTest::newRow("profile id 1e300") << "profile" << QByteArray(R"({"id":1e300,"isGrafanaAdmin":false})") << "id";
        QTest::newRow("profile orgId -1e300") << "profile" << QByteArray(R"({"id":1,"orgId":-1e300,"isGrafanaAdmin":false})")
                                              << "orgId";
        QTest::newRow("created user id 2.5") << "created" << QByteArray(R"({"id":2.5,"message":"User created"})") << "id";
        QTest::newRow("token id 1e300") << "tokens" << QByteArray(R"([{"id":1e300}])") << "[0].id";
        QTest::newRow("search hit id 1.5") << "page" << QByteArray(R"({"page":1,"users":[{"id":1.5}]})") << "users[0].id";
        QTest::newRow("bare list id 1e300") << "list" << QByteArray(R"([{"id":1e300}])") << "[0].id";
        QTest::newRow("page 4294967297") << "page" << QByteArray(page).replace("%1", "4294967297") << "page";
        QTest::newRow("page 1.5") << "page" << QByteArray(page).replace("%1", "1.5") << "page";
        QTest::newRow("page 0") << "page" << QByteArray(page).replace("%1", "0") << "page";
        QTest::newRow("perPage -1") << "page" << QByteArray(R"({"page":1,"perPage":-1,"users":[]})") << "perPage";
        QTest::newRow("totalCount 1e300") << "page" << QByteArray(R"({"totalCount":1e300,"users":[]})") << "totalCount";
        QTest::newRow("stat count 1.5") << "stats" << QByteArray(R"({"users":1.5})") << "users";
    }
    void badNumbers()
    {
        QFETCH(QString, decoder);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const ApiError e = errorOf(decoder, body);
        QCOMPARE(e.kind, ApiError::Kind::Parse);
        QCOMPARE(e.field, field);
    }

    void longTextIsCapped_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray mib(1 << 20, 'm');
        QTest::newRow("1 MiB JSON message") << QByteArray(R"({"message":")" + mib + R"("})");
        QTest::newRow("1 MiB title") << QByteArray(R"({"title":")" + mib + R"("})");
        QTest::newRow("1 MiB plain text") << mib;
        QTest::newRow("1 MiB binding error") << QByteArray(R"([{"message":")" + mib + R"("}])");
    }
    void longTextIsCapped()
    {
        QFETCH(QByteArray, body);
        const ApiError e = decodeGrafanaError(400, body);
        QCOMPARE(e.detail.size(), 512);
        QVERIFY(e.detail.endsWith(QChar(0x2026)));
        QVERIFY(decodeGrafanaMessage(body).size() <= 512);
    }

    void amplifyingBodiesAreRefused()
    {
        QByteArray nested = "[";
        for (int i = 0; i < 100'000; ++i)
            nested += i ? ",[[[[[[]]]]]]" : "[[[[[[]]]]]]";
        nested += ']';
        const ApiError e = decodeGrafanaUserList(nested).error;
        QCOMPARE(e.kind, ApiError::Kind::Parse);
        QVERIFY2(e.detail.contains(QLatin1String("500")), qPrintable(e.detail));
        QCOMPARE(decodeGrafanaError(500, nested).kind, ApiError::Kind::Http);
    }

    void settings()
    {
        const auto r = decodeGrafanaSettings(fixture(QStringLiteral("settings.json")));
        QVERIFY(r.ok());
        QCOMPARE(r.value.sections.value(QStringLiteral("DEFAULT")).value(QStringLiteral("instance_name")),
                 QStringLiteral("grafana-ops-01"));
        QVERIFY(r.value.sections.contains(QStringLiteral("auth.generic_oauth")));
        const QString secret = r.value.sections[QStringLiteral("database")][QStringLiteral("password")];
        QVERIFY(GrafanaSettings::isRedacted(secret));
        QVERIFY(GrafanaSettings::isRedacted(r.value.sections[QStringLiteral("database")][QStringLiteral("url")]));
        QVERIFY(!GrafanaSettings::isRedacted(r.value.sections[QStringLiteral("database")][QStringLiteral("host")]));
        QVERIFY(!GrafanaSettings::isRedacted(QString()));
        QVERIFY(GrafanaSettings::isRedacted(QStringLiteral("************"))); // 12, as in the docs
    }

    void settingsRejectsNonObjectSection()
    {
        const auto r = decodeGrafanaSettings(R"({"auth":["x"]})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Parse);
        QCOMPARE(r.error.field, QStringLiteral("auth"));
    }

    void stats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("hasDevices");
        QTest::newRow("current server, 24 fields") << QStringLiteral("stats.json") << 24 << true;
        QTest::newRow("grafana 8, 23 fields") << QStringLiteral("stats-grafana8.json") << 23 << false;
        QTest::newRow("future server with new counters") << QStringLiteral("stats-future.json") << 7 << true;
    }
    void stats()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(bool, hasDevices);
        const auto r = decodeGrafanaStats(fixture(file));
        QVERIFY2(r.ok(), qPrintable(r.error.text()));
        QCOMPARE(r.value.fields.size(), count);
        QCOMPARE(r.value.value(QStringLiteral("activeDevices")).has_value(), hasDevices);
        QCOMPARE(r.value.value(QStringLiteral("users")).value_or(-1), 87);
        QCOMPARE(r.value.fields.first().key, QStringLiteral("orgs"));
    }

    void statsFutureKeepsUnknownNumbersSorted()
    {
        const auto r = decodeGrafanaStats(fixture(QStringLiteral("stats-future.json")));
        QCOMPARE(r.value.fields.at(r.value.fields.size() - 2).key, QStringLiteral("aNewCounter"));
        QCOMPARE(r.value.fields.last().key, QStringLiteral("zzNewCounter"));
        QVERIFY(!r.value.value(QStringLiteral("someLabel")).has_value());
    }

    void usageReport()
    {
        const auto r = decodeGrafanaUsageReport(fixture(QStringLiteral("usage-report-preview.json")));
        QVERIFY(r.ok());
        QCOMPARE(r.value.displayVersion(), QStringLiteral("11.3.1"));
        QCOMPARE(r.value.edition, QStringLiteral("oss"));
        QCOMPARE(r.value.metrics.value(QStringLiteral("stats.annotations.count")), 1203.0);
        QCOMPARE(r.value.metrics.size(), 11);
    }

    void userPage()
    {
        const auto r = decodeGrafanaUserPage(fixture(QStringLiteral("users-search.json")));
        QVERIFY(r.ok());
        QCOMPARE(r.value.totalCount, 87);
        QCOMPARE(r.value.perPage, 3);
        QCOMPARE(r.value.users.size(), 3);
        const GrafanaUser &dana = r.value.users.at(1);
        QCOMPARE(dana.login, QStringLiteral("dortiz"));
        QCOMPARE(dana.authLabels, QStringList{QStringLiteral("LDAP")});
        QCOMPARE(dana.displayName(), QStringLiteral("Dana Ortiz (dortiz)"));
        QVERIFY(r.value.users.at(0).isGrafanaAdmin);
        QCOMPARE(r.value.users.at(0).lastSeenAt, QDateTime(QDate(2025, 2, 12), QTime(15, 40, 1), Qt::UTC));
    }

    void userList()
    {
        const auto r = decodeGrafanaUserList(fixture(QStringLiteral("users-list.json")));
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), 2);
        // The bare array is not the paged object and vice versa.
        QVERIFY(!decodeGrafanaUserPage(fixture(QStringLiteral("users-list.json"))).ok());
        QVERIFY(!decodeGrafanaUserList(fixture(QStringLiteral("users-search.json"))).ok());
    }

    void userPageBadItem()
    {
        const auto r = decodeGrafanaUserPage(R"({"totalCount":1,"users":[{"id":"seven"}]})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error.field, QStringLiteral("users[0].id"));
    }

    void userProfile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("uid");
        QTest::newRow("profile") << QStringLiteral("user-profile.json") << QStringLiteral("fe1q9xk2b7ojkc");
        QTest::newRow("lookup with null authLabels") << QStringLiteral("user-lookup.json") << QString();
    }
    void userProfile()
    {
        QFETCH(QString, file);
        QFETCH(QString, uid);
        const auto r = decodeGrafanaUserProfile(fixture(file));
        QVERIFY(r.ok());
        QCOMPARE(r.value.id, 14);
        QCOMPARE(r.value.uid, uid);
        QVERIFY(!r.value.isGrafanaAdmin);
    }

    void authTokens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("authModule");
        QTest::addColumn<int>("offsetSecs");
        QTest::newRow("current with authModule and offsets") << QStringLiteral("auth-tokens.json") << 2 << QString()
                                                             << 3600;
        QTest::newRow("grafana 8 without authModule") << QStringLiteral("auth-tokens-grafana8.json") << 1 << QString()
                                                      << 0;
    }
    void authTokens()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QString, authModule);
        QFETCH(int, offsetSecs);
        const auto r = decodeGrafanaAuthTokens(fixture(file));
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), count);
        QCOMPARE(r.value.first().authModule, authModule);
        QVERIFY(r.value.first().createdAt.isValid());
        QCOMPARE(r.value.first().createdAt.offsetFromUtc(), offsetSecs);
    }

    void authTokensEmpty()
    {
        const auto r = decodeGrafanaAuthTokens("[]");
        QVERIFY(r.ok());
        QVERIFY(r.value.isEmpty());
    }

    void healthAndCreated()
    {
        const auto h = decodeGrafanaHealth(fixture(QStringLiteral("health.json")));
        QVERIFY(h.ok());
        QCOMPARE(h.value.version, QStringLiteral("11.3.1"));
        QVERIFY(!decodeGrafanaHealth(R"({"status":"up"})").ok()); // some other server's health answer

        const auto c = decodeGrafanaCreatedUser(fixture(QStringLiteral("create-user-response.json")));
        QVERIFY(c.ok());
        QCOMPARE(c.value.id, 91);
        QCOMPARE(c.value.uid, QStringLiteral("eq4k2m8vx0ftsb"));
        const auto c8 = decodeGrafanaCreatedUser(fixture(QStringLiteral("create-user-response-grafana8.json")));
        QVERIFY(c8.ok());
        QVERIFY(c8.value.uid.isEmpty());
    }

    void brokenBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated JSON") << fixture(QStringLiteral("users-search.json")).left(120);
        QTest::newRow("HTML page") << fixture(QStringLiteral("error-200-html.html"));
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("array instead of object") << QByteArray("[1,2]");
    }
    void brokenBodies()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(decodeGrafanaUserPage(body).error.kind, ApiError::Kind::Parse);
        QCOMPARE(decodeGrafanaStats(body).error.kind, ApiError::Kind::Parse);
        QCOMPARE(decodeGrafanaSettings(body).error.kind, ApiError::Kind::Parse);
        QVERIFY(!decodeGrafanaSettings(body).error.text().isEmpty());
    }

    void messages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("json message") << QStringLiteral("message-user-logged-out.json") << QStringLiteral("User logged out");
        QTest::newRow("plain text (encryption)") << QStringLiteral("message-reencrypt-data-keys.txt")
                                                 << QStringLiteral("Data encryption keys re-encrypted successfully");
    }
    void messages()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QCOMPARE(decodeGrafanaMessage(fixture(file)), message);
        QCOMPARE(decodeGrafanaMessage(QByteArray()), QString()); // 204
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("errorId");
        const int http = int(ApiError::Kind::Http);
        const int auth = int(ApiError::Kind::Auth);
        QTest::newRow("401 current with messageId") << 401 << QStringLiteral("error-401-invalid-credentials.json") << auth
                                                    << QStringLiteral("Invalid username or password")
                                                    << QStringLiteral("password-auth.failed");
        QTest::newRow("401 legacy plain message") << 401 << QStringLiteral("error-401-legacy.json") << auth
                                                  << QStringLiteral("Invalid username or password") << QString();
        QTest::newRow("403 rbac") << 403 << QStringLiteral("error-403-rbac.json") << http
                                  << QStringLiteral("You'll need additional permissions to perform this action. "
                                                    "Permissions needed: users:create")
                                  << QStringLiteral("ACE4719302856");
        QTest::newRow("403 permission denied") << 403 << QStringLiteral("error-403-permission-denied.json") << http
                                               << QStringLiteral("Permission denied") << QString();
        QTest::newRow("404 user not found traced") << 404 << QStringLiteral("error-404-user-not-found-traced.json")
                                                   << http << QStringLiteral("User not found") << QString();
        QTest::newRow("412 user exists") << 412 << QStringLiteral("error-412-user-exists.json") << http
                                         << QStringLiteral("User with email 'dana.ortiz@example.org' or username "
                                                           "'dortiz' already exists")
                                         << QString();
        QTest::newRow("400 errutil password") << 400 << QStringLiteral("error-400-password-too-short.json") << http
                                              << QStringLiteral("New password is too short")
                                              << QStringLiteral("password.password-policy-too-short");
        QTest::newRow("400 grafana 8 binding array")
            << 400 << QStringLiteral("error-400-binding-array-grafana8.json") << http
            << QStringLiteral("Validation failed: Password: Required") << QStringLiteral("RequiredError");
        QTest::newRow("500 plain text") << 500 << QStringLiteral("error-500-plain.txt") << http
                                        << QStringLiteral("Failed to re-encrypt data keys") << QString();
        QTest::newRow("206 partial") << 206 << QStringLiteral("error-206-partial.json") << http
                                     << QStringLiteral("Something unexpected happened - please inspect Grafana "
                                                       "server log for details")
                                     << QString();
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        QFETCH(QString, errorId);
        const ApiError e = decodeGrafanaError(status, fixture(file));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.detail, detail);
        QCOMPARE(e.errorId, errorId);
        QVERIFY(e.text().contains(detail));
    }

    void errorWithoutBody()
    {
        const ApiError e = decodeGrafanaError(502, QByteArray());
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QVERIFY(e.text().contains(QStringLiteral("502")));
    }

    void encoders()
    {
        GrafanaNewUser u{QStringLiteral("Ann"), QStringLiteral("ann@example.org"), QStringLiteral("ann"),
                         QStringLiteral("s3cret"), 0};
        QJsonObject o = QJsonDocument::fromJson(encodeGrafanaNewUser(u)).object();
        QVERIFY(!o.contains(QStringLiteral("orgId")));
        QCOMPARE(o.value(QStringLiteral("password")).toString(), QStringLiteral("s3cret"));
        u.orgId = 2;
        o = QJsonDocument::fromJson(encodeGrafanaNewUser(u)).object();
        QCOMPARE(o.value(QStringLiteral("orgId")).toInt(), 2);

        QCOMPARE(encodeGrafanaAdminFlag(false), QByteArray(R"({"isGrafanaAdmin":false})"));
        QCOMPARE(encodeGrafanaRevokeToken(5012), QByteArray(R"({"authTokenId":5012})"));
        GrafanaSettingsUpdate up;
        up.updates[QStringLiteral("auth.saml")][QStringLiteral("enabled")] = QStringLiteral("true");
        up.removals[QStringLiteral("auth.saml")] = QStringList{QStringLiteral("single_logout")};
        QCOMPARE(encodeGrafanaSettingsUpdate(up),
                 QByteArray(R"({"removals":{"auth.saml":["single_logout"]},"updates":{"auth.saml":{"enabled":"true"}}})"));
    }

    void validation()
    {
        QVERIFY(!GrafanaValidation::checkPassword(QStringLiteral("abc")).isEmpty());
        QVERIFY(GrafanaValidation::checkPassword(QStringLiteral("abcd")).isEmpty());
        GrafanaNewUser u;
        u.password = QStringLiteral("ab");
        u.email = QStringLiteral("not-an-email");
        const auto problems = GrafanaValidation::checkNewUser(u);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, GrafanaFieldProblem::Field::Email);
        QCOMPARE(problems.at(1).field, GrafanaFieldProblem::Field::Password);
        u.email.clear();
        QCOMPARE(GrafanaValidation::checkNewUser(u).first().field, GrafanaFieldProblem::Field::Login);
    }
};

QTEST_GUILESS_MAIN(TestGrafanaDecoders)
#include "tst_grafana_decoders.moc"
