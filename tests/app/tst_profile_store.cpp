// ProfileStore: fields in Settings, secrets in the credential store (never in Settings), active profile,
// storage switch keychain -> file, removal with secrets.

#include "credentials/MemoryCredentialStore.h"
#include "profiles/ProfileStore.h"
#include "settings/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT
private:
    static Profile sample(const QString &name)
    {
        Profile p;
        p.name = name;
        p.url = QUrl(QStringLiteral("https://nezha.example.com"));
        p.grafanaUrl = QUrl(QStringLiteral("https://grafana.example.com"));
        p.grafanaUser = QStringLiteral("admin");
        return p;
    }

    static CredentialResult saveAndWait(ProfileStore &store, const Profile &p, std::optional<QString> token,
                                        std::optional<QString> password)
    {
        bool done = false;
        CredentialResult result;
        store.save(p, token, password, &store, [&](const CredentialResult &r) {
            done = true;
            result = r;
        });
        [&] { QTRY_VERIFY(done); }();
        return result;
    }

    // What most cases start from: a store over a fresh settings file and an in-memory keychain, no file store.
    struct Fixture
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        Settings settings{ini};
        MemoryCredentialStore keychain;
        ProfileStore store{&settings, &keychain, nullptr};
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveLoadAndSecretsSeparate()
    {
        Fixture fx;
        QVERIFY(fx.store.isEmpty());
        QSignalSpy changed(&fx.store, &ProfileStore::profilesChanged);
        QSignalSpy secrets(&fx.store, &ProfileStore::secretsChanged);
        QVERIFY(saveAndWait(fx.store, sample(QStringLiteral("Prod")), QStringLiteral("TOKEN-123"),
                            QStringLiteral("PW-456"))
                    .ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(secrets.count(), 1);
        const Profile saved = fx.store.profiles().first();
        QVERIFY(!saved.id.isEmpty());
        QCOMPARE(fx.keychain.secret(saved.tokenKey()), QStringLiteral("TOKEN-123"));
        fx.settings.sync();
        QFile f(fx.ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("Prod"));
        QVERIFY(!content.contains("TOKEN-123"));
        QVERIFY(!content.contains("PW-456"));

        ProfileStore reopened(&fx.settings, &fx.keychain, nullptr);
        QCOMPARE(reopened.profiles().size(), 1);
        QCOMPARE(reopened.activeId(), saved.id); // the first profile becomes active
        bool loaded = false;
        reopened.loadSecrets(saved.id, this, [&](const ProfileSecrets &s) {
            loaded = true;
            QCOMPARE(s.token, QStringLiteral("TOKEN-123"));
            QCOMPARE(s.grafanaPassword, QStringLiteral("PW-456"));
            QVERIFY(s.problem.isEmpty());
        });
        QTRY_VERIFY(loaded);
    }

    // A v1/v2 profile: login name and generation in Settings, the login password in the keychain only,
    // and the connection built from both carries them (a profile forced to v0 never sends a password).
    void loginProfileRoundTrip()
    {
        Fixture fx;
        Profile p = sample(QStringLiteral("V2"));
        p.generation = DashboardConnection::Generation::V2;
        p.nezhaUser = QStringLiteral("ops");
        bool done = false;
        fx.store.save(p, ProfileSecretEdits{QStringLiteral("nzp_abc"), std::nullopt, QStringLiteral("s3cret-PW")},
                      &fx.store, [&](const CredentialResult &r) { done = r.ok(); });
        QTRY_VERIFY(done);
        const Profile saved = fx.store.profiles().first();
        QCOMPARE(fx.keychain.secret(saved.nezhaPasswordKey()), QStringLiteral("s3cret-PW"));
        fx.settings.sync();
        QFile f(fx.ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("ops"));
        QVERIFY(!content.contains("s3cret-PW"));

        ProfileStore reopened(&fx.settings, &fx.keychain, nullptr);
        const Profile back = reopened.profile(saved.id);
        QCOMPARE(back.generation, DashboardConnection::Generation::V2);
        QCOMPARE(back.nezhaUser, QStringLiteral("ops"));
        ProfileSecrets loaded;
        bool read = false;
        reopened.loadSecrets(saved.id, this, [&](const ProfileSecrets &s) {
            loaded = s;
            read = true;
        });
        QTRY_VERIFY(read);
        const DashboardConnection c = back.connection(loaded);
        QCOMPARE(c.username, QStringLiteral("ops"));
        QCOMPARE(c.password, QStringLiteral("s3cret-PW"));
        QCOMPARE(c.token, QStringLiteral("nzp_abc"));
        QCOMPARE(c.generation, DashboardConnection::Generation::V2);
        Profile v0 = back;
        v0.generation = DashboardConnection::Generation::V0;
        QVERIFY(v0.connection(loaded).password.isEmpty());

        reopened.remove(saved.id);
        QTRY_VERIFY(fx.keychain.secret(saved.nezhaPasswordKey()).isEmpty());
    }

    // Profiles saved before v1 support have no generation key: they read as Auto.
    void oldProfileReadsAsAuto()
    {
        QVariantMap map = sample(QStringLiteral("Old")).toMap();
        map.remove(QStringLiteral("generation"));
        map.remove(QStringLiteral("nezhaUser"));
        map.insert(QStringLiteral("id"), QStringLiteral("x"));
        QCOMPARE(Profile::fromMap(map).generation, DashboardConnection::Generation::Auto);
        map.insert(QStringLiteral("generation"), QStringLiteral("v9"));
        QCOMPARE(Profile::fromMap(map).generation, DashboardConnection::Generation::Auto);
    }

    void keepSecretWhenNotGiven()
    {
        Fixture fx;
        saveAndWait(fx.store, sample(QStringLiteral("A")), QStringLiteral("T1"), std::nullopt);
        Profile p = fx.store.profiles().first();
        p.name = QStringLiteral("Renamed");
        QSignalSpy secrets(&fx.store, &ProfileStore::secretsChanged);
        saveAndWait(fx.store, p, std::nullopt, std::nullopt);
        QCOMPARE(secrets.count(), 0);
        QCOMPARE(fx.store.profile(p.id).name, QStringLiteral("Renamed"));
        QCOMPARE(fx.keychain.secret(p.tokenKey()), QStringLiteral("T1"));
    }

    void failureIsReportedAndFieldsKept()
    {
        Fixture fx;
        fx.keychain.failNext(CredentialResult::Status::SessionOnly, QStringLiteral("no keychain"));
        const CredentialResult r =
            saveAndWait(fx.store, sample(QStringLiteral("B")), QStringLiteral("T"), std::nullopt);
        QCOMPARE(r.status, CredentialResult::Status::SessionOnly);
        QCOMPARE(fx.store.profiles().size(), 1);
    }

    void switchToFileMovesSecrets()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MemoryCredentialStore keychain;
        MemoryCredentialStore file;
        ProfileStore store(&settings, &keychain, &file);
        saveAndWait(store, sample(QStringLiteral("C")), QStringLiteral("T"), std::nullopt);
        Profile p = store.profiles().first();
        p.secretsInFile = true;
        saveAndWait(store, p, QStringLiteral("T"), std::nullopt);
        QTRY_VERIFY(!keychain.contains(p.tokenKey()));
        QCOMPARE(file.secret(p.tokenKey()), QStringLiteral("T"));
    }

    void activeAndRemove()
    {
        Fixture fx;
        saveAndWait(fx.store, sample(QStringLiteral("One")), QStringLiteral("T1"), std::nullopt);
        saveAndWait(fx.store, sample(QStringLiteral("Two")), QStringLiteral("T2"), std::nullopt);
        const QString one = fx.store.profiles().at(0).id;
        const QString two = fx.store.profiles().at(1).id;
        QSignalSpy active(&fx.store, &ProfileStore::activeProfileChanged);
        fx.store.setActive(two);
        QCOMPARE(active.count(), 1);
        QCOMPARE(fx.settings.activeProfileId(), two);
        fx.store.setActive(QStringLiteral("unknown"));
        QCOMPARE(fx.store.activeId(), two);
        fx.store.remove(two);
        QCOMPARE(fx.store.activeId(), one);
        QTRY_VERIFY(!fx.keychain.contains([&] { Profile p; p.id = two; return p.tokenKey(); }()));
        fx.store.remove(one);
        QVERIFY(fx.store.isEmpty());
        QCOMPARE(fx.store.activeId(), QString());
        QCOMPARE(active.last().first().toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
