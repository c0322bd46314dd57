// KeychainCredentialStore against a real Secret Service: run-desktop-test.sh starts an unlocked
// gnome-keyring on a private session bus. A secret written by one store instance is read back by a fresh
// instance (so it came from the keyring, not the session cache), overwritten, removed, and ProfileStore
// round-trips a profile's token through it.

#include "credentials/KeychainCredentialStore.h"
#include "profiles/ProfileStore.h"
#include "settings/Settings.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
CredentialResult run(const std::function<void(CredentialStore::Callback)> &op)
{
    bool done = false;
    CredentialResult result;
    op([&](const CredentialResult &r) {
        done = true;
        result = r;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    return result;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private:
    const QString m_service = QStringLiteral("FarsightKeychainTest");
    const QString m_key = QStringLiteral("profile/test/token");

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no session bus: run through tests/desktop/run-desktop-test.sh (ctest does)");
    }

    void roundTripThroughTheKeyring()
    {
        {
            KeychainCredentialStore writer(m_service);
            const CredentialResult w = run([&](auto cb) { writer.write(m_key, QStringLiteral("s3cret-Ω"), this, cb); });
            QVERIFY2(w.ok(), qPrintable(w.message));
            QVERIFY(writer.keychainAvailable());
        }
        KeychainCredentialStore reader(m_service); // empty session cache: the value must come from the keyring
        const CredentialResult r = run([&](auto cb) { reader.read(m_key, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, QStringLiteral("s3cret-Ω"));

        // secret-tool (libsecret's CLI) sees the entry too, when it is installed.
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (!secretTool.isEmpty()) {
            QProcess tool;
            tool.start(secretTool, {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), m_key});
            QVERIFY(tool.waitForFinished(20000));
            const QByteArray out = tool.readAllStandardOutput() + tool.readAllStandardError();
            QVERIFY2(out.contains(m_key.toUtf8()), out.constData());
        }

        const CredentialResult o = run([&](auto cb) { reader.write(m_key, QStringLiteral("second"), this, cb); });
        QVERIFY(o.ok());
        KeychainCredentialStore again(m_service);
        QCOMPARE(run([&](auto cb) { again.read(m_key, this, cb); }).secret, QStringLiteral("second"));

        QVERIFY(run([&](auto cb) { again.remove(m_key, this, cb); }).ok());
        KeychainCredentialStore after(m_service);
        QCOMPARE(run([&](auto cb) { after.read(m_key, this, cb); }).status, CredentialResult::Status::NotFound);
    }

    void profileStoreUsesTheKeyring()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        KeychainCredentialStore keychain(m_service);
        ProfileStore store(&settings, &keychain, nullptr);
        Profile p;
        p.name = QStringLiteral("Keyring");
        p.url = QUrl(QStringLiteral("https://nezha.example.org"));
        bool saved = false;
        store.save(p, QStringLiteral("TOKEN-K"), QStringLiteral("PW-K"), this, [&](const CredentialResult &r) {
            QVERIFY2(r.ok(), qPrintable(r.message));
            saved = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 30000);
        const QString id = store.profiles().first().id;

        KeychainCredentialStore fresh(m_service);
        ProfileStore reopened(&settings, &fresh, nullptr);
        bool loaded = false;
        ProfileSecrets secrets;
        reopened.loadSecrets(id, this, [&](const ProfileSecrets &s) {
            secrets = s;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 30000);
        QCOMPARE(secrets.token, QStringLiteral("TOKEN-K"));
        QCOMPARE(secrets.grafanaPassword, QStringLiteral("PW-K"));
        reopened.remove(id);
        bool checked = false;
        KeychainCredentialStore check(m_service);
        check.read(Profile{id}.tokenKey(), this, [&](const CredentialResult &r) {
            checked = true;
            QCOMPARE(r.status, CredentialResult::Status::NotFound);
        });
        QTRY_VERIFY_WITH_TIMEOUT(checked, 30000);
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
