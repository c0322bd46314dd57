// SingleInstance over a real QLocalServer: the first claim listens, a second asks it to raise and steps back,
// a stale socket from a crashed instance is replaced.

#include "desktop/SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestSingleInstance : public QObject
{
    Q_OBJECT
    QString m_key;

private slots:
    void init() { m_key = QStringLiteral("farsight-test-") + QUuid::createUuid().toString(QUuid::Id128); }

    void secondLaunchRaisesFirst()
    {
        SingleInstance first(m_key);
        QCOMPARE(first.claim(), SingleInstance::Claim::Primary);
        QVERIFY(first.isPrimary());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);

        SingleInstance second(m_key);
        QCOMPARE(second.claim(), SingleInstance::Claim::AlreadyRunning);
        QVERIFY(!second.isPrimary());
        QVERIFY(raised.wait(5000));
        QCOMPARE(raised.size(), 1);

        SingleInstance third(m_key);
        QCOMPARE(third.claim(), SingleInstance::Claim::AlreadyRunning);
        QTRY_COMPARE(raised.size(), 2);
    }

    void freedAfterPrimaryExits()
    {
        {
            SingleInstance first(m_key);
            QCOMPARE(first.claim(), SingleInstance::Claim::Primary);
        }
        SingleInstance next(m_key);
        QCOMPARE(next.claim(), SingleInstance::Claim::Primary);
    }

    void staleSocketIsReplaced()
    {
        // A listening socket nobody serves any more: the file exists but connections are never answered.
        QLocalServer stale;
        QVERIFY(stale.listen(m_key));
        const QString path = stale.fullServerName();
        stale.close(); // removes the file; recreate a dead socket file like a crash would leave
        QFile dead(path);
        QVERIFY(dead.open(QIODevice::WriteOnly));
        dead.close();
        SingleInstance instance(m_key);
        QCOMPARE(instance.claim(), SingleInstance::Claim::Primary);
    }

    void defaultKeyIsPerUser()
    {
        QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
        QCOMPARE(SingleInstance::defaultKey(), runtime.path() + QStringLiteral("/farsight.instance"));
        qunsetenv("XDG_RUNTIME_DIR");
        QVERIFY(SingleInstance::defaultKey().startsWith(QStringLiteral("farsight-")));
        QVERIFY(SingleInstance::defaultKey().size() > int(sizeof("farsight-") - 1));
    }

    void garbageIsIgnored()
    {
        SingleInstance first(m_key);
        QCOMPARE(first.claim(), SingleInstance::Claim::Primary);
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        QLocalSocket socket;
        socket.connectToServer(m_key);
        QVERIFY(socket.waitForConnected(2000));
        socket.write("steal focus\n");
        QVERIFY(socket.waitForBytesWritten(2000));
        QTest::qWait(0);
        socket.write("raise\n");
        QVERIFY(raised.wait(5000));
        QCOMPARE(raised.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
