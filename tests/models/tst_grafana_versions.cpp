// Per-release fixtures (tests/fixtures/grafana/<version>/, shaped after grafana-admin.md §5.1 and the README there)
// through the decoders, and the version table (GrafanaVersion / GrafanaFeatures) that turns what a release lacks
// into "not available on Grafana X".

#include "grafana/GrafanaDecoders.h"
#include "grafana/GrafanaVersion.h"

#include <QFile>
#include <QTest>

class TestGrafanaVersions : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &version, const QString &name)
    {
        QFile f(QStringLiteral(FARSIGHT_FIXTURES_DIR "/grafana/%1/%2").arg(version, name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s/%s", qPrintable(version), qPrintable(name));
        return f.readAll();
    }

    static void versionRows()
    {
        QTest::addColumn<QString>("version");
        for (const char *v : {"8.5.15", "10.4.3", "11.3.1", "12.1.0"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::newRow("plain") << QStringLiteral("11.3.1") << 11 << 3 << 1;
        QTest::newRow("v prefix") << QStringLiteral("v10.4.2") << 10 << 4 << 2;
        QTest::newRow("pre-release") << QStringLiteral("12.0.0-89343pre") << 12 << 0 << 0;
        QTest::newRow("security build") << QStringLiteral("9.5.2+security-01") << 9 << 5 << 2;
        QTest::newRow("two parts") << QStringLiteral("8.5") << 8 << 5 << 0;
        QTest::newRow("hidden") << QString() << 0 << 0 << 0;
        QTest::newRow("garbage") << QStringLiteral("latest") << 0 << 0 << 0;
        QTest::newRow("huge number") << QStringLiteral("99999999999.1") << 0 << 0 << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        const GrafanaVersion v = GrafanaVersion::parse(text);
        QCOMPARE(v.major, major);
        QCOMPARE(v.minor, minor);
        QCOMPARE(v.patch, patch);
        QCOMPARE(v.isKnown(), major > 0);
    }

    void features_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("feature");
        QTest::addColumn<bool>("has");
        using F = GrafanaFeature;
        const auto row = [](const char *v, F f, bool has) {
            QTest::addRow("%s %d", v, int(f)) << QString::fromLatin1(v) << int(f) << has;
        };
        row("8.5.15", F::RotateDataKeys, false);
        row("9.0.0", F::RotateDataKeys, true);
        row("9.0.9", F::ReencryptSecrets, false);
        row("9.1.0", F::ReencryptSecrets, true);
        row("8.5.15", F::ReloadAlerting, false);
        row("9.1.0", F::ReloadAlerting, true);
        row("10.4.3", F::ReloadNotifications, true);
        row("11.0.0", F::ReloadNotifications, false);
        row("10.1.9", F::StatsActiveDevices, false);
        row("10.2.0", F::StatsActiveDevices, true);
        row("11.2.0", F::AuthTokenModule, false);
        row("11.3.1", F::AuthTokenModule, true);
        row("11.3.1", F::UserUid, false);
        row("11.4.0", F::UserUid, true);
        row("9.5.2", F::LockoutMessageId, false);
        row("10.0.0", F::LockoutMessageId, true);
        row("", F::RotateDataKeys, true); // hidden version: try it, decode what comes
    }
    void features()
    {
        QFETCH(QString, version);
        QFETCH(int, feature);
        QFETCH(bool, has);
        QCOMPARE(GrafanaFeatures::has(GrafanaFeature(feature), GrafanaVersion::parse(version)), has);
    }

    void notAvailableIsInformation()
    {
        const ApiError e = GrafanaFeatures::notAvailable(GrafanaVersion::parse(QStringLiteral("8.5.15")));
        QVERIFY(GrafanaFeatures::isNotAvailable(e));
        QCOMPARE(e.detail, QStringLiteral("not available on Grafana 8.5.15"));
        QCOMPARE(e.httpStatus, 0); // nothing was sent
        QVERIFY(!GrafanaFeatures::isNotAvailable(decodeGrafanaError(404, "{\"message\":\"Not found\"}")));
    }

    void health_data() { versionRows(); }
    void health()
    {
        QFETCH(QString, version);
        const auto h = decodeGrafanaHealth(fixture(version, QStringLiteral("health.json")));
        QVERIFY(h.ok());
        QCOMPARE(h.value.version, version); // key order differs between 8.x and 10+
        QCOMPARE(h.value.database, QStringLiteral("ok"));
    }

    void stats_data() { versionRows(); }
    void stats()
    {
        QFETCH(QString, version);
        const auto s = decodeGrafanaStats(fixture(version, QStringLiteral("stats.json")));
        QVERIFY(s.ok());
        const bool devices = GrafanaFeatures::has(GrafanaFeature::StatsActiveDevices, GrafanaVersion::parse(version));
        QCOMPARE(s.value.fields.size(), devices ? 24 : 23);
        QCOMPARE(s.value.value(QStringLiteral("activeDevices")).has_value(), devices);
        QCOMPARE(*s.value.value(QStringLiteral("users")), 87);
    }

    void authTokens_data() { versionRows(); }
    void authTokens()
    {
        QFETCH(QString, version);
        const auto t = decodeGrafanaAuthTokens(fixture(version, QStringLiteral("auth-tokens.json")));
        QVERIFY(t.ok());
        QCOMPARE(t.value.size(), 1);
        QCOMPARE(t.value.first().id, 361);
        QCOMPARE(t.value.first().createdAt.offsetFromUtc(), 3600);
        const bool module = GrafanaFeatures::has(GrafanaFeature::AuthTokenModule, GrafanaVersion::parse(version));
        QCOMPARE(t.value.first().authModule, module ? QStringLiteral("oauth_generic_oauth") : QString());
    }

    void usersAndCreate_data() { versionRows(); }
    void usersAndCreate()
    {
        QFETCH(QString, version);
        const bool uid = GrafanaFeatures::has(GrafanaFeature::UserUid, GrafanaVersion::parse(version));
        const auto page = decodeGrafanaUserPage(fixture(version, QStringLiteral("users-search.json")));
        QVERIFY(page.ok());
        QCOMPARE(page.value.users.first().login, QStringLiteral("dortiz"));
        QCOMPARE(page.value.users.first().uid.isEmpty(), !uid);
        const auto created = decodeGrafanaCreatedUser(fixture(version, QStringLiteral("create-user-response.json")));
        QVERIFY(created.ok());
        QCOMPARE(created.value.id, 91);
        QCOMPARE(created.value.uid.isEmpty(), !uid);
    }

    void errors_data() { versionRows(); }
    void errors()
    {
        QFETCH(QString, version);
        const GrafanaVersion v = GrafanaVersion::parse(version);
        const ApiError wrong = decodeGrafanaError(401, fixture(version, QStringLiteral("error-401-invalid-credentials.json")));
        QCOMPARE(wrong.kind, ApiError::Kind::Auth);
        QCOMPARE(wrong.detail, QStringLiteral("Invalid username or password"));
        QVERIFY(!GrafanaFeatures::isLockout(wrong));
        const ApiError locked = decodeGrafanaError(401, fixture(version, QStringLiteral("error-401-locked.json")));
        QCOMPARE(locked.detail, QStringLiteral("Invalid username or password")); // the same sentence in every release
        QCOMPARE(GrafanaFeatures::isLockout(locked), GrafanaFeatures::has(GrafanaFeature::LockoutMessageId, v));
        const ApiError forbidden = decodeGrafanaError(403, fixture(version, QStringLiteral("error-403-forbidden.json")));
        QCOMPARE(forbidden.kind, ApiError::Kind::Http);
        QCOMPARE(forbidden.errorId.startsWith(QLatin1String("ACE")), v.major >= 9);
        QVERIFY(!forbidden.detail.isEmpty());
        const int shortStatus = v.major >= 12 ? 500 : 400; // 12.x: the policy error surfaces as a 500
        const ApiError tooShort =
            decodeGrafanaError(shortStatus, fixture(version, QStringLiteral("error-password-too-short.json")));
        QVERIFY(!tooShort.detail.isEmpty());
        const ApiError exists = decodeGrafanaError(412, fixture(version, QStringLiteral("error-412-user-exists.json")));
        QVERIFY(exists.detail.contains(QLatin1String("already exists")));
    }

    void encryption_data() { versionRows(); }
    void encryption()
    {
        QFETCH(QString, version);
        if (!GrafanaFeatures::has(GrafanaFeature::RotateDataKeys, GrafanaVersion::parse(version))) {
            const QByteArray body = fixture(version, QStringLiteral("encryption-rotate-data-keys.json"));
            QCOMPARE(decodeGrafanaError(404, body).detail, QStringLiteral("Not found"));
            return;
        }
        const QByteArray body = fixture(version, QStringLiteral("encryption-reencrypt-secrets.txt"));
        QVERIFY(!checkGrafanaMessageBody(body).isError()); // plain text is a success body, not a parse error
        QCOMPARE(decodeGrafanaMessage(body), QStringLiteral("Secrets re-encrypted successfully"));
    }

    void successBodyCheck_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty (204)") << QByteArray() << true;
        QTest::newRow("message") << QByteArray("{\"message\":\"User deleted\"}") << true;
        QTest::newRow("plain text") << QByteArray("Data encryption keys re-encrypted successfully") << true;
        QTest::newRow("proxy page") << QByteArray("<!DOCTYPE html><html>Sign in</html>") << false;
        QTest::newRow("cut json") << QByteArray("{\"message\":\"User del") << false;
    }
    void successBodyCheck()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(!checkGrafanaMessageBody(body).isError(), ok);
    }
};

QTEST_GUILESS_MAIN(TestGrafanaVersions)
#include "tst_grafana_versions.moc"
