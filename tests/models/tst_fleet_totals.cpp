// FleetTotals over a known fleet: counts per state, speeds and CPU of online servers only, traffic since boot of
// every server that reported, sums that saturate instead of wrapping, and the row filter.

#include "FleetModel.h"
#include "FleetTotals.h"

#include <QTest>
#include <limits>

namespace {
constexpr qint64 Now = 1'770'000'000; // dashboard clock, seconds

ServerSnapshot server(quint64 id, qint64 lastActive, double cpu, quint64 in, quint64 out, const QString &tag = {})
{
    ServerSnapshot s;
    s.id = id;
    s.name = QStringLiteral("s%1").arg(id);
    s.tag = tag;
    s.lastActive = lastActive;
    s.hasDetails = true;
    s.status.cpu = cpu;
    s.status.netInSpeed = in;
    s.status.netOutSpeed = out;
    s.status.netInTransfer = in * 1000;
    s.status.netOutTransfer = out * 1000;
    return s;
}

FleetSnapshot fleet(const QList<ServerSnapshot> &servers)
{
    FleetSnapshot f;
    f.servers = servers;
    f.dashboardTimeMs = Now * 1000;
    f.receivedAtMs = Now * 1000;
    return f;
}
} // namespace

class TestFleetTotals : public QObject
{
    Q_OBJECT
private slots:
    void totals_data()
    {
        QTest::addColumn<QList<ServerSnapshot>>("servers");
        QTest::addColumn<int>("online");
        QTest::addColumn<int>("offline");
        QTest::addColumn<int>("never");
        QTest::addColumn<quint64>("inSpeed");
        QTest::addColumn<quint64>("outSpeed");
        QTest::addColumn<quint64>("inTransfer");
        QTest::addColumn<double>("averageCpu");

        QTest::newRow("empty fleet") << QList<ServerSnapshot>{} << 0 << 0 << 0 << quint64(0) << quint64(0)
                                     << quint64(0) << -1.0;
        QTest::newRow("all online") << QList<ServerSnapshot>{server(1, Now, 10, 100, 10), server(2, Now - 5, 30, 200, 20)}
                                    << 2 << 0 << 0 << quint64(300) << quint64(30) << quint64(300'000) << 20.0;
        // The offline server's last speed is not traffic now; its traffic since boot still counts.
        QTest::newRow("one offline, one never reported")
            << QList<ServerSnapshot>{server(1, Now, 50, 100, 10), server(2, Now - 600, 90, 7000, 700),
                                     server(3, 0, 99, 5, 5)}
            << 1 << 1 << 1 << quint64(100) << quint64(10) << quint64(100'000 + 7'000'000) << 50.0;
        QTest::newRow("every server offline") << QList<ServerSnapshot>{server(1, Now - 3600, 40, 1, 1)} << 0 << 1 << 0
                                              << quint64(0) << quint64(0) << quint64(1000) << -1.0;
    }

    void totals()
    {
        QFETCH(QList<ServerSnapshot>, servers);
        FleetModel model;
        model.apply(fleet(servers));
        const FleetTotals t = FleetTotals::of(model);
        QTEST(t.online, "online");
        QTEST(t.offline, "offline");
        QTEST(t.neverReported, "never");
        QTEST(t.inSpeed, "inSpeed");
        QTEST(t.outSpeed, "outSpeed");
        QTEST(t.inTransfer, "inTransfer");
        QTEST(t.averageCpu(), "averageCpu");
        QCOMPARE(t.total(), int(servers.size()));
    }

    void sumsSaturate()
    {
        const quint64 max = std::numeric_limits<quint64>::max();
        ServerSnapshot a = server(1, Now, 0, max - 1, 0);
        ServerSnapshot b = server(2, Now, 0, 5, 0);
        a.status.netInTransfer = max;
        FleetModel model;
        model.apply(fleet({a, b}));
        const FleetTotals t = FleetTotals::of(model);
        QCOMPARE(t.inSpeed, max);
        QCOMPARE(t.inTransfer, max);
    }

    void followsTheRowFilter()
    {
        FleetModel model;
        model.apply(fleet({server(1, Now, 10, 100, 1, QStringLiteral("eu")), server(2, Now, 30, 200, 2, QStringLiteral("us")),
                           server(3, Now - 600, 0, 400, 4, QStringLiteral("eu"))}));
        const FleetTotals eu = FleetTotals::of(model, [&model](int row) {
            return model.serverById(model.idAt(row))->tag == QLatin1String("eu");
        });
        QCOMPARE(eu.online, 1);
        QCOMPARE(eu.offline, 1);
        QCOMPARE(eu.inSpeed, quint64(100));
        QCOMPARE(eu.averageCpu(), 10.0);
    }

    // The billing cycle's traffic the history store put in the model: summed over the accepted rows, counted
    // only for servers it knows.
    void cycleTrafficFromTheModel()
    {
        FleetModel model;
        model.apply(fleet({server(1, Now, 10, 100, 1, QStringLiteral("eu")), server(2, Now, 30, 200, 2, QStringLiteral("us")),
                           server(3, Now - 600, 0, 400, 4, QStringLiteral("eu"))}));
        QCOMPARE(FleetTotals::of(model).cycleCount, 0);
        model.setCycleTraffic({{1, {1000, 10}}, {2, {2000, 20}}});
        const FleetTotals all = FleetTotals::of(model);
        QCOMPARE(all.cycleCount, 2);
        QCOMPARE(all.cycleIn, quint64(3000));
        QCOMPARE(all.cycleOut, quint64(30));
        const FleetTotals eu = FleetTotals::of(model, [&model](int row) {
            return model.serverById(model.idAt(row))->tag == QLatin1String("eu");
        });
        QCOMPARE(eu.cycleCount, 1);
        QCOMPARE(eu.cycleIn, quint64(1000));
    }
};

QTEST_GUILESS_MAIN(TestFleetTotals)
#include "tst_fleet_totals.moc"
