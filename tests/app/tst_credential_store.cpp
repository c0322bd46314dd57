// Credential stores: the in-memory fake, the 0600 file store, and the keychain store's behaviour when
// no Secret Service runs (session-only, said plainly). The real keychain is in tests/desktop/tst_keychain.

#include "credentials/FileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Waiter
{
    bool called = false;
    CredentialResult result;
    CredentialStore::Callback callback()
    {
        return [this](const CredentialResult &r) {
            called = true;
            result = r;
        };
    }
};
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memoryRoundTripIsAsynchronous()
    {
        MemoryCredentialStore store;
        Waiter w;
        store.write(QStringLiteral("k"), QStringLiteral("s3cret"), this, w.callback());
        QVERIFY(!w.called); // never inside the call
        QTRY_VERIFY(w.called);
        QVERIFY(w.result.ok());
        Waiter r;
        store.read(QStringLiteral("k"), this, r.callback());
        QTRY_VERIFY(r.called);
        QCOMPARE(r.result.secret, QStringLiteral("s3cret"));
        Waiter missing;
        store.read(QStringLiteral("other"), this, missing.callback());
        QTRY_VERIFY(missing.called);
        QCOMPARE(missing.result.status, CredentialResult::Status::NotFound);
    }

    void memoryFailureSeam()
    {
        MemoryCredentialStore store;
        store.failNext(CredentialResult::Status::Failed, QStringLiteral("denied"));
        Waiter w;
        store.write(QStringLiteral("k"), QStringLiteral("v"), this, w.callback());
        QTRY_VERIFY(w.called);
        QCOMPARE(w.result.status, CredentialResult::Status::Failed);
        QVERIFY(!store.contains(QStringLiteral("k")));
    }

    void callbackSkippedWhenContextDies()
    {
        MemoryCredentialStore store;
        bool called = false;
        auto *context = new QObject;
        store.write(QStringLiteral("k"), QStringLiteral("v"), context, [&called](const CredentialResult &) { called = true; });
        delete context;
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void fileIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/secrets.json"));
        FileCredentialStore store(path);
        Waiter w;
        store.write(QStringLiteral("profile/x/token"), QStringLiteral("tok"), this, w.callback());
        QTRY_VERIFY(w.called);
        QVERIFY2(w.result.ok(), qPrintable(w.result.message));
        const QFile::Permissions perms = QFile::permissions(path);
        QVERIFY(perms.testFlags(QFile::ReadOwner | QFile::WriteOwner));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(perms & others, QFile::Permissions());

        FileCredentialStore again(path);
        Waiter r;
        again.read(QStringLiteral("profile/x/token"), this, r.callback());
        QTRY_VERIFY(r.called);
        QCOMPARE(r.result.secret, QStringLiteral("tok"));
        Waiter del;
        again.remove(QStringLiteral("profile/x/token"), this, del.callback());
        QTRY_VERIFY(del.called);
        Waiter gone;
        again.read(QStringLiteral("profile/x/token"), this, gone.callback());
        QTRY_VERIFY(gone.called);
        QCOMPARE(gone.result.status, CredentialResult::Status::NotFound);
    }

    void damagedFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html>not json");
        f.close();
        FileCredentialStore store(path);
        Waiter w;
        store.read(QStringLiteral("k"), this, w.callback());
        QTRY_VERIFY(w.called);
        QCOMPARE(w.result.status, CredentialResult::Status::Failed);
        QVERIFY(w.result.message.contains(QStringLiteral("damaged")));
    }

    // With no session bus at all (this test runs without dbus), QtKeychain cannot reach a Secret Service.
    void keychainWithoutServiceKeepsSessionOnly()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/farsight-test-bus");
        KeychainCredentialStore store(QStringLiteral("FarsightTest"));
        Waiter w;
        store.write(QStringLiteral("k"), QStringLiteral("session-secret"), this, w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.called, 30000);
        QCOMPARE(w.result.status, CredentialResult::Status::SessionOnly);
        QVERIFY(w.result.message.contains(QStringLiteral("session only")));
        QVERIFY(!w.result.message.contains(QStringLiteral("session-secret")));
        QVERIFY(!store.keychainAvailable());
        Waiter r;
        store.read(QStringLiteral("k"), this, r.callback());
        QTRY_VERIFY(r.called);
        QCOMPARE(r.result.secret, QStringLiteral("session-secret"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credential_store.moc"
