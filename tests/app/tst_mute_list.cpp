// MuteList with an injected clock: per-server and global mutes, unmute, "until tomorrow", expiry by itself.

#include "alerts/MuteList.h"

#include <QSignalSpy>
#include <QTest>

class TestMuteList : public QObject
{
    Q_OBJECT
    QDateTime m_now;
    MuteList::Clock clock()
    {
        return [this] { return m_now; };
    }

private slots:
    void init() { m_now = QDateTime(QDate(2026, 11, 22), QTime(21, 30)); }

    void serverMuteExpires()
    {
        MuteList mutes(clock());
        QSignalSpy changed(&mutes, &MuteList::changed);
        mutes.muteServer(7, m_now.addSecs(3600));
        QCOMPARE(changed.size(), 1);
        QVERIFY(mutes.isServerMuted(7));
        QVERIFY(mutes.isMuted(7));
        QVERIFY(!mutes.isMuted(8));
        QCOMPARE(mutes.mutedServers(), QList<quint64>{7});
        m_now = m_now.addSecs(3600);
        QVERIFY(!mutes.isServerMuted(7)); // expired by the clock alone
        QVERIFY(mutes.isEmpty());
        mutes.purgeExpired();
        QCOMPARE(changed.size(), 2);
        mutes.purgeExpired();
        QCOMPARE(changed.size(), 2); // nothing left to expire
    }

    void globalMuteCoversEveryServer()
    {
        MuteList mutes(clock());
        mutes.muteAll(m_now.addSecs(4 * 3600));
        QVERIFY(mutes.isGloballyMuted());
        QVERIFY(mutes.isMuted(1));
        QVERIFY(!mutes.isServerMuted(1)); // the tray's worst state only drops per-server mutes
        QCOMPARE(mutes.globalMuteUntil(), m_now.addSecs(4 * 3600));
        m_now = m_now.addSecs(4 * 3600 + 1);
        QVERIFY(!mutes.isGloballyMuted());
        QVERIFY(!mutes.globalMuteUntil().isValid());
    }

    void unmuteClearsEverything()
    {
        MuteList mutes(clock());
        mutes.muteAll(m_now.addSecs(60));
        mutes.muteServer(3, m_now.addSecs(60));
        QSignalSpy changed(&mutes, &MuteList::changed);
        mutes.unmuteAll();
        QCOMPARE(changed.size(), 1);
        QVERIFY(mutes.isEmpty());
        mutes.unmuteAll();
        QCOMPARE(changed.size(), 1);
    }

    void unmuteOneServer()
    {
        MuteList mutes(clock());
        mutes.muteServer(3, m_now.addSecs(60));
        mutes.muteServer(4, m_now.addSecs(60));
        mutes.unmuteServer(3);
        QCOMPARE(mutes.mutedServers(), QList<quint64>{4});
    }

    void pastExpiryIsIgnored()
    {
        MuteList mutes(clock());
        QSignalSpy changed(&mutes, &MuteList::changed);
        mutes.muteServer(3, m_now.addSecs(-1));
        mutes.muteAll(m_now);
        QCOMPARE(changed.size(), 0);
        QVERIFY(mutes.isEmpty());
    }

    void untilTomorrowMorning()
    {
        QCOMPARE(MuteList::tomorrowMorning(m_now), QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
        const QDateTime earlyMorning(QDate(2026, 11, 22), QTime(1, 0));
        QCOMPARE(MuteList::tomorrowMorning(earlyMorning), QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
    }

    void timerExpiresByItself()
    {
        // Real time here: a mute 50 ms ahead of the real clock goes away and says so without any call.
        MuteList mutes;
        QSignalSpy changed(&mutes, &MuteList::changed);
        mutes.muteServer(1, QDateTime::currentDateTime().addMSecs(50));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.wait(5000));
        QVERIFY(!mutes.isServerMuted(1));
    }
};

QTEST_GUILESS_MAIN(TestMuteList)
#include "tst_mute_list.moc"
