// OfflinePolicy with an injected clock: threshold, grace, never reported, dashboard failures, flapping,
// mutes and their expiry, recovery pairing and its text.

#include "alerts/MuteList.h"
#include "alerts/OfflinePolicy.h"
#include "notify/NotificationContent.h"

#include <QSignalSpy>
#include <QTest>

using Kind = AlertEvent::Kind;

namespace {
constexpr qint64 kStart = 1'700'000'000; // dashboard clock, Unix seconds
}

class TestOfflinePolicy : public QObject
{
    Q_OBJECT

    qint64 m_nowMs = kStart * 1000; // local clock == dashboard clock here; the policy reads the dashboard's
    std::unique_ptr<MuteList> m_mutes;
    std::unique_ptr<OfflinePolicy> m_policy;

    QDateTime localNow() const { return QDateTime::fromMSecsSinceEpoch(m_nowMs); }

    ServerSnapshot server(quint64 id, const QString &name, qint64 lastActive)
    {
        ServerSnapshot s;
        s.id = id;
        s.name = name;
        s.lastActive = lastActive;
        return s;
    }
    // One poll `secs` later; each server reported `ago` seconds before the poll (-1 = never reported).
    QList<AlertEvent> poll(qint64 secs, const QList<std::pair<QString, qint64>> &agoByName)
    {
        m_nowMs += secs * 1000;
        FleetSnapshot snapshot;
        snapshot.dashboardTimeMs = m_nowMs;
        snapshot.receivedAtMs = m_nowMs;
        quint64 id = 1;
        for (const auto &[name, ago] : agoByName)
            snapshot.servers.append(server(id++, name, ago < 0 ? -62135596800 : m_nowMs / 1000 - ago));
        return m_policy->applySnapshot(snapshot);
    }
    QList<AlertEvent> fail(qint64 secs, ApiError::Kind kind)
    {
        m_nowMs += secs * 1000;
        ApiError error;
        error.kind = kind;
        return m_policy->applyFailure(error);
    }
    static QList<Kind> kinds(const QList<AlertEvent> &events)
    {
        QList<Kind> result;
        for (const AlertEvent &e : events)
            result.append(e.kind);
        return result;
    }

private slots:
    void init()
    {
        m_nowMs = kStart * 1000;
        m_mutes = std::make_unique<MuteList>([this] { return localNow(); });
        m_policy = std::make_unique<OfflinePolicy>([this] { return m_nowMs; });
        m_policy->setConfig({30, 2, 300});
        m_policy->setMuteList(m_mutes.get());
    }

    void thresholdIsExclusive()
    {
        QVERIFY(poll(0, {{QStringLiteral("web-1"), 30}}).isEmpty()); // exactly the threshold: online
        QCOMPARE(m_policy->health().state, FleetHealth::State::AllOnline);
        QVERIFY(poll(10, {{QStringLiteral("web-1"), 30}}).isEmpty());
        QCOMPARE(m_policy->health().online, 1);
    }

    void graceNeedsConsecutivePolls()
    {
        QVERIFY(poll(0, {{QStringLiteral("web-1"), 31}}).isEmpty()); // first stale poll: grace
        QVERIFY(poll(10, {{QStringLiteral("web-1"), 1}}).isEmpty()); // reported again: counter resets
        QVERIFY(poll(10, {{QStringLiteral("web-1"), 35}}).isEmpty());
        QCOMPARE(m_policy->health().state, FleetHealth::State::AllOnline);
        const QList<AlertEvent> events = poll(10, {{QStringLiteral("web-1"), 45}});
        QCOMPARE(kinds(events), QList<Kind>{Kind::ServerOffline});
        QCOMPARE(events.first().serverName, QStringLiteral("web-1"));
        QCOMPARE(events.first().durationSecs, 45);
        QCOMPARE(m_policy->health().state, FleetHealth::State::SomeOffline);
        QCOMPARE(m_policy->health().offlineNames, QStringList{QStringLiteral("web-1")});
    }

    void announcedOnlyOnce()
    {
        poll(0, {{QStringLiteral("web-1"), 40}});
        QCOMPARE(poll(10, {{QStringLiteral("web-1"), 50}}).size(), 1);
        for (int i = 0; i < 5; ++i)
            QVERIFY(poll(10, {{QStringLiteral("web-1"), 60 + 10 * i}}).isEmpty());
    }

    void recoveryPairsWithOutage()
    {
        QSignalSpy raised(m_policy.get(), &OfflinePolicy::eventsRaised);
        poll(0, {{QStringLiteral("web-1"), 0}});
        poll(10, {{QStringLiteral("web-1"), 40}});               // last report at T = t - 30
        poll(10, {{QStringLiteral("web-1"), 50}});               // announced
        const QList<AlertEvent> events = poll(202, {{QStringLiteral("web-1"), 0}}); // reports at T + 252
        QCOMPARE(kinds(events), QList<Kind>{Kind::ServerOnline});
        QCOMPARE(events.first().durationSecs, 4 * 60 + 12);
        QCOMPARE(events.first().text(), QStringLiteral("web-1 is back online after 4 min 12 s"));
        QCOMPARE(raised.size(), 2);
        QVERIFY(poll(10, {{QStringLiteral("web-1"), 0}}).isEmpty());
    }

    void unannouncedBlipHasNoRecovery()
    {
        poll(0, {{QStringLiteral("web-1"), 40}}); // one stale poll, under the grace
        QVERIFY(poll(10, {{QStringLiteral("web-1"), 0}}).isEmpty());
    }

    void neverReportedIsNotOffline()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(poll(10, {{QStringLiteral("new"), -1}, {QStringLiteral("web-1"), 0}}).isEmpty());
        QCOMPARE(m_policy->health().neverReported, 1);
        QCOMPARE(m_policy->health().state, FleetHealth::State::AllOnline);
    }

    // v2.2.11+: the dashboard zeroes last_active when one agent's stream ends. That server went away: it is
    // announced once the threshold and the grace pass, and its recovery pairs with it; the others stay quiet.
    void disconnectedAgentReadsZeroAndIsAnnounced()
    {
        poll(0, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}});
        QList<Kind> seen;
        for (int i = 0; i < 5; ++i)
            seen += kinds(poll(10, {{QStringLiteral("a"), -1}, {QStringLiteral("b"), 0}}));
        QCOMPARE(seen, QList<Kind>{Kind::ServerOffline});
        QCOMPARE(kinds(poll(10, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}})), QList<Kind>{Kind::ServerOnline});
    }

    void dashboardRestartZeroesLastActive()
    {
        poll(0, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}});
        for (int i = 0; i < 6; ++i) // every last_active reads Go's zero time after a dashboard restart
            QVERIFY(poll(10, {{QStringLiteral("a"), -1}, {QStringLiteral("b"), -1}}).isEmpty());
        QVERIFY(poll(10, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}}).isEmpty());
    }

    void unreachableIsOneEvent()
    {
        poll(0, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}, {QStringLiteral("c"), 0}});
        QVERIFY(fail(10, ApiError::Kind::Network).isEmpty()); // grace
        const QList<AlertEvent> events = fail(10, ApiError::Kind::Timeout);
        QCOMPARE(kinds(events), QList<Kind>{Kind::DashboardUnreachable});
        QCOMPARE(m_policy->health().state, FleetHealth::State::DashboardUnreachable);
        QVERIFY(fail(10, ApiError::Kind::Network).isEmpty());
        // Back after 90 s without reports: servers reported meanwhile, so only the dashboard recovers.
        const QList<AlertEvent> back = poll(60, {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}, {QStringLiteral("c"), 1}});
        QCOMPARE(kinds(back), QList<Kind>{Kind::DashboardRecovered});
        QCOMPARE(back.first().durationSecs, 80);
        QCOMPARE(m_policy->health().state, FleetHealth::State::AllOnline);
    }

    void singleFailedPollIsSilent()
    {
        poll(0, {{QStringLiteral("a"), 0}});
        QVERIFY(fail(10, ApiError::Kind::Network).isEmpty());
        QVERIFY(poll(10, {{QStringLiteral("a"), 0}}).isEmpty());
    }

    void tokenRejectedAtOnce()
    {
        poll(0, {{QStringLiteral("a"), 0}});
        QCOMPARE(kinds(fail(10, ApiError::Kind::Auth)), QList<Kind>{Kind::TokenRejected});
        QCOMPARE(m_policy->health().state, FleetHealth::State::TokenRejected);
        QVERIFY(fail(10, ApiError::Kind::Auth).isEmpty());
        QVERIFY(fail(10, ApiError::Kind::Canceled).isEmpty());
        QCOMPARE(kinds(poll(10, {{QStringLiteral("a"), 0}})), QList<Kind>{Kind::DashboardRecovered});
    }

    void flappingIsDamped()
    {
        const auto up = QList<std::pair<QString, qint64>>{{QStringLiteral("web-1"), 0}};
        const auto down = QList<std::pair<QString, qint64>>{{QStringLiteral("web-1"), 40}};
        poll(0, up);
        poll(10, down);
        QCOMPARE(kinds(poll(10, down)), QList<Kind>{Kind::ServerOffline}); // t = 20
        QCOMPARE(kinds(poll(10, up)), QList<Kind>{Kind::ServerOnline});    // the one pair
        // Flaps inside the 5-minute window are silent, in both directions.
        for (int i = 0; i < 3; ++i) {
            poll(10, down);
            QVERIFY(poll(10, down).isEmpty());
            QVERIFY(poll(10, up).isEmpty());
        }
        // An outage that outlives the window is still announced, once, when the window ends.
        QVERIFY(poll(10, down).isEmpty());  // t = 130
        QVERIFY(poll(10, down).isEmpty());  // t = 140: confirmed, but inside the window
        QVERIFY(poll(170, down).isEmpty()); // t = 310 < 20 + 300
        QCOMPARE(kinds(poll(10, down)), QList<Kind>{Kind::ServerOffline}); // t = 320: the window is over
    }

    void flapWindowZeroDisablesDamping()
    {
        m_policy->setConfig({30, 1, 0});
        const auto up = QList<std::pair<QString, qint64>>{{QStringLiteral("web-1"), 0}};
        const auto down = QList<std::pair<QString, qint64>>{{QStringLiteral("web-1"), 40}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(kinds(poll(10, down)), QList<Kind>{Kind::ServerOffline});
            QCOMPARE(kinds(poll(10, up)), QList<Kind>{Kind::ServerOnline});
        }
    }

    void serverMuteSuppressesAndLeavesWorstState()
    {
        poll(0, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}});
        m_mutes->muteServer(1, localNow().addSecs(3600));
        poll(10, {{QStringLiteral("a"), 40}, {QStringLiteral("b"), 0}});
        QVERIFY(poll(10, {{QStringLiteral("a"), 50}, {QStringLiteral("b"), 0}}).isEmpty());
        QCOMPARE(m_policy->health().state, FleetHealth::State::AllOnline);
        QCOMPARE(m_policy->health().mutedOffline, 1);
        QCOMPARE(m_policy->health().offline, 0);
    }

    void muteExpiryAnnouncesOngoingOutage()
    {
        QSignalSpy health(m_policy.get(), &OfflinePolicy::healthChanged);
        connect(m_mutes.get(), &MuteList::changed, m_policy.get(), &OfflinePolicy::refreshHealth);
        poll(0, {{QStringLiteral("a"), 0}});
        m_mutes->muteServer(1, localNow().addSecs(60));
        poll(10, {{QStringLiteral("a"), 40}});
        QVERIFY(poll(10, {{QStringLiteral("a"), 50}}).isEmpty());
        QVERIFY(poll(30, {{QStringLiteral("a"), 80}}).isEmpty()); // t = 50, muted until 60
        m_nowMs += 15'000;
        m_mutes->purgeExpired(); // what the mute's timer does at expiry
        QVERIFY(!m_mutes->isServerMuted(1));
        QCOMPARE(m_policy->health().state, FleetHealth::State::SomeOffline); // back in the worst state at once
        const QList<AlertEvent> events = poll(5, {{QStringLiteral("a"), 100}});
        QCOMPARE(kinds(events), QList<Kind>{Kind::ServerOffline});
        QCOMPARE(events.first().durationSecs, 100);
    }

    void globalMuteHoldsDashboardEvents()
    {
        poll(0, {{QStringLiteral("a"), 0}});
        m_mutes->muteAll(localNow().addSecs(3600));
        QVERIFY(fail(10, ApiError::Kind::Auth).isEmpty());
        QCOMPARE(m_policy->health().state, FleetHealth::State::TokenRejected); // the tray still tells the truth
        QVERIFY(poll(10, {{QStringLiteral("a"), 0}}).isEmpty()); // nothing announced, nothing to recover from
    }

    void severalChangesMakeOneNotification()
    {
        poll(0, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}, {QStringLiteral("c"), 0}});
        poll(10, {{QStringLiteral("a"), 40}, {QStringLiteral("b"), 40}, {QStringLiteral("c"), 40}});
        const QList<AlertEvent> events = poll(10, {{QStringLiteral("a"), 50}, {QStringLiteral("b"), 50}, {QStringLiteral("c"), 50}});
        QCOMPARE(events.size(), 3);
        const NotificationContent content = NotificationContent::compose(events);
        QCOMPARE(content.summary, QStringLiteral("3 servers offline: a, b, c"));
        QCOMPARE(content.urgency, NotificationContent::Urgency::Critical);
        QCOMPARE(content.serverId, 1u);
        QCOMPARE(m_policy->health().offlineNames, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        const NotificationContent back = NotificationContent::compose(poll(30, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 50}, {QStringLiteral("c"), 50}}));
        QCOMPARE(back.summary, QStringLiteral("a is back online after 1 min 20 s"));
        QCOMPARE(back.urgency, NotificationContent::Urgency::Normal);
        QCOMPARE(back.body, QString());
    }

    void deletedServerLeavesQuietly()
    {
        poll(0, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}});
        poll(10, {{QStringLiteral("a"), 40}, {QStringLiteral("b"), 0}});
        poll(10, {{QStringLiteral("a"), 50}, {QStringLiteral("b"), 0}});
        QCOMPARE(m_policy->health().offline, 1);
        FleetSnapshot snapshot;
        m_nowMs += 10'000;
        snapshot.dashboardTimeMs = m_nowMs;
        snapshot.servers.append(server(2, QStringLiteral("b"), m_nowMs / 1000));
        QVERIFY(m_policy->applySnapshot(snapshot).isEmpty());
        QCOMPARE(m_policy->health().total, 1);
        QCOMPARE(m_policy->health().state, FleetHealth::State::AllOnline);
    }

    void dashboardClockNotLocal()
    {
        // The local clock runs an hour ahead; staleness is judged on the dashboard's Date header.
        FleetSnapshot snapshot;
        snapshot.dashboardTimeMs = kStart * 1000;
        snapshot.receivedAtMs = (kStart + 3600) * 1000;
        snapshot.servers.append(server(1, QStringLiteral("a"), kStart - 2));
        m_policy->applySnapshot(snapshot);
        m_policy->applySnapshot(snapshot);
        QCOMPARE(m_policy->health().state, FleetHealth::State::AllOnline);
    }
};

QTEST_GUILESS_MAIN(TestOfflinePolicy)
#include "tst_offline_policy.moc"
