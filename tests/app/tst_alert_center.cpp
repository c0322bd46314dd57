// AlertCenter: the notification always names every server still offline (a recovery never hides another
// outage), and mutes and the notification history survive a restart through Settings (bounded, expired mutes
// dropped). Injected clocks; an INI file in a temporary directory stands in for the settings.

#include "alerts/AlertCenter.h"
#include "settings/Settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Urgency = NotificationContent::Urgency;

namespace {
constexpr qint64 kStartMs = 1'700'000'000'000;
}

class TestAlertCenter : public QObject
{
    Q_OBJECT

    qint64 m_nowMs = kStartMs;
    QTemporaryDir m_dir;

    std::unique_ptr<AlertCenter> makeCenter(Settings *settings)
    {
        auto center = std::make_unique<AlertCenter>(
            settings, [this] { return m_nowMs; }, [this] { return QDateTime::fromMSecsSinceEpoch(m_nowMs); });
        OfflinePolicy::Config config = center->policy().config();
        config.thresholdSecs = 30;
        config.gracePolls = 1;
        center->policy().setConfig(config);
        return center;
    }
    // One poll 10 s later; `down` lists the servers (of web-1, db-1, app-1) that stopped reporting 60 s ago.
    void poll(AlertCenter &center, const QStringList &down)
    {
        m_nowMs += 10'000;
        FleetSnapshot snapshot;
        snapshot.dashboardTimeMs = m_nowMs;
        snapshot.receivedAtMs = m_nowMs;
        quint64 id = 1;
        for (const QString &name : {QStringLiteral("web-1"), QStringLiteral("db-1"), QStringLiteral("app-1")}) {
            ServerSnapshot s;
            s.id = id++;
            s.name = name;
            s.lastActive = m_nowMs / 1000 - (down.contains(name) ? 60 : 1);
            snapshot.servers.append(s);
        }
        center.onSnapshot(snapshot);
    }
    static AlertEvent event(int i)
    {
        AlertEvent e;
        e.kind = i % 2 ? AlertEvent::Kind::ServerOnline : AlertEvent::Kind::ServerOffline;
        e.serverId = quint64(i);
        e.serverName = QStringLiteral("<b>s%1</b> & a %1 b").arg(i);
        e.atMs = kStartMs + i;
        e.durationSecs = i;
        return e;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init() { m_nowMs = kStartMs; }

    void recoveryKeepsOtherOutagesOnScreen_data()
    {
        QTest::addColumn<QStringList>("downFirst");
        QTest::addColumn<QStringList>("downThen");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("bodyStart");
        QTest::addColumn<int>("urgency");
        QTest::newRow("db-1 recovers, web-1 still down")
            << QStringList{QStringLiteral("web-1"), QStringLiteral("db-1")} << QStringList{QStringLiteral("web-1")}
            << QStringLiteral("web-1 is offline") << QStringLiteral("db-1: back online after") << int(Urgency::Critical);
        QTest::newRow("another server goes down, the first is still listed")
            << QStringList{QStringLiteral("web-1")} << QStringList{QStringLiteral("web-1"), QStringLiteral("app-1")}
            << QStringLiteral("2 servers offline: web-1, app-1") << QStringLiteral("app-1: no report for")
            << int(Urgency::Critical);
        QTest::newRow("the last outage ends")
            << QStringList{QStringLiteral("web-1")} << QStringList{}
            << QStringLiteral("web-1 is back online after 1 min 9 s") << QString() << int(Urgency::Normal);
    }
    void recoveryKeepsOtherOutagesOnScreen()
    {
        QFETCH(QStringList, downFirst);
        QFETCH(QStringList, downThen);
        QFETCH(QString, summary);
        QFETCH(QString, bodyStart);
        QFETCH(int, urgency);
        auto center = makeCenter(nullptr);
        QSignalSpy ready(center.get(), &AlertCenter::notificationReady);
        poll(*center, {});
        QStringList down;
        for (const QString &name : std::as_const(downFirst)) { // one server per poll: separate notifications
            down.append(name);
            poll(*center, down);
        }
        QCOMPARE(ready.size(), downFirst.size());
        poll(*center, downThen);
        QCOMPARE(ready.size(), downFirst.size() + 1);
        const auto content = ready.last().first().value<NotificationContent>();
        QCOMPARE(content.summary, summary);
        QVERIFY2(content.body.startsWith(bodyStart), qPrintable(content.body));
        QCOMPARE(int(content.urgency), urgency);
    }

    void mutesSurviveRestart()
    {
        const QString file = m_dir.filePath(QStringLiteral("mutes.ini"));
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs);
        {
            Settings settings(file);
            auto center = makeCenter(&settings);
            center->mutes().muteServer(7, now.addSecs(3600));
            center->mutes().muteServer(8, now.addSecs(4 * 3600));
            center->mutes().muteAll(MuteList::tomorrowMorning(now));
            settings.sync();
        }
        Settings settings(file);
        m_nowMs += 2 * 3600 * 1000; // the app was closed for two hours: server 7's mute ended meanwhile
        auto center = makeCenter(&settings);
        QVERIFY(!center->mutes().isServerMuted(7));
        QCOMPARE(center->mutes().serverMuteUntil(8), now.addSecs(4 * 3600));
        QCOMPARE(center->mutes().globalMuteUntil(), MuteList::tomorrowMorning(now));
        center->mutes().unmuteAll();
        Settings again(file);
        QVERIFY(makeCenter(&again)->mutes().isEmpty());
    }

    void historySurvivesRestartBounded()
    {
        const QString file = m_dir.filePath(QStringLiteral("history.ini"));
        const int total = Settings::MaxNotificationHistory + 50;
        {
            Settings settings(file);
            auto center = makeCenter(&settings);
            for (int i = 1; i <= total; ++i)
                center->history().append(event(i));
            settings.sync();
        }
        Settings settings(file);
        auto center = makeCenter(&settings);
        QCOMPARE(center->history().rowCount(), Settings::MaxNotificationHistory);
        QCOMPARE(center->history().event(0), event(51)); // the oldest fell off
        QCOMPARE(center->history().event(Settings::MaxNotificationHistory - 1), event(total));
        center->history().clear();
        Settings again(file);
        QCOMPARE(makeCenter(&again)->history().rowCount(), 0);
    }

    void damagedHistoryEntriesAreDropped()
    {
        Settings settings(m_dir.filePath(QStringLiteral("damaged.ini")));
        settings.setNotificationHistory({QVariantMap{{QStringLiteral("kind"), 99}, {QStringLiteral("at"), 1}},
                                         QStringLiteral("garbage"), event(2).toVariant()});
        auto center = makeCenter(&settings);
        QCOMPARE(center->history().rowCount(), 1);
        QCOMPARE(center->history().event(0), event(2));
    }
};

QTEST_GUILESS_MAIN(TestAlertCenter)
#include "tst_alert_center.moc"
