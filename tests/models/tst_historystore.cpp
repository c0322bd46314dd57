// HistoryStore: one sample per new report, gap markers, ring wrap, vanished servers, spike filter, sensors.

#include "HistoryStore.h"
#include "NezhaPayloads.h"

#include <QtTest>

#include <cmath>

namespace {

constexpr qint64 T0 = 1732096800;

ServerSnapshot server(quint64 id, qint64 lastActive, double cpu)
{
    ServerSnapshot s;
    s.id = id;
    s.lastActive = lastActive;
    s.hasDetails = true;
    s.host.memTotal = 1 << 30;
    s.status.cpu = cpu;
    s.status.memUsed = 1000;
    return s;
}

FleetSnapshot at(qint64 now, const QList<ServerSnapshot> &servers)
{
    FleetSnapshot f;
    f.dashboardTimeMs = now * 1000;
    f.servers = servers;
    return f;
}

QList<QPointF> series(const HistoryStore &h, quint64 id, HistoryStore::Metric m = HistoryStore::Metric::Cpu,
                      const QString &sensor = {})
{
    QList<QPointF> out;
    h.copySeries(id, m, 0, &out, sensor);
    return out;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneSamplePerNewReport();
    void offlineRecordsOneGap();
    void neverReportedRecordsNothing();
    void capacityWraps_data();
    void capacityWraps();
    void vanishedServersAreDropped();
    void speedSpikeBecomesGap_data();
    void speedSpikeBecomesGap();
    void temperaturesAndGpuOnlyWhenReported();
    void sinceFiltersOldPoints();
    void memoryPerServerBelowTarget();
    void newSensorNamesAreCapped();
    void busySensorsStayStable();
    void silentSensorExpires();
    void hostileTimesSaturate_data();
    void hostileTimesSaturate();
};

void TestHistoryStore::oneSamplePerNewReport()
{
    HistoryStore h;
    h.append(at(T0, {server(1, T0 - 1, 10)}), 30);
    h.append(at(T0 + 3, {server(1, T0 - 1, 10)}), 30); // same report again: nothing new
    h.append(at(T0 + 6, {server(1, T0 + 5, 20)}), 30);
    const QList<QPointF> points = series(h, 1);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0), QPointF(double(T0 - 1) * 1000, 10));
    QCOMPARE(points.at(1), QPointF(double(T0 + 5) * 1000, 20));
    QCOMPARE(h.latestSecs(1), T0 + 5);
    QCOMPARE(series(h, 1, HistoryStore::Metric::Memory).at(1).y(), 1000.0);
}

void TestHistoryStore::offlineRecordsOneGap()
{
    HistoryStore h;
    h.append(at(T0, {server(1, T0, 10)}), 30);
    h.append(at(T0 + 40, {server(1, T0, 10)}), 30); // offline now
    h.append(at(T0 + 43, {server(1, T0, 10)}), 30); // still offline: no second gap
    h.append(at(T0 + 46, {server(1, T0 + 45, 30)}), 30); // back
    const QList<QPointF> points = series(h, 1);
    QCOMPARE(points.size(), 3);
    QVERIFY(std::isnan(points.at(1).y()));
    QCOMPARE(points.at(1).x(), double(T0 + 40) * 1000);
    QCOMPARE(points.at(2).y(), 30.0);
}

void TestHistoryStore::neverReportedRecordsNothing()
{
    HistoryStore h;
    h.append(at(T0, {server(3, -62135596800, 0)}), 30);
    QCOMPARE(h.sampleCount(3), 0);
    // A reporting server that turns "never reported" (dashboard restart) gets its line ended.
    h.append(at(T0, {server(1, T0, 5)}), 30);
    h.append(at(T0 + 3, {server(1, -62135596800, 0)}), 30);
    h.append(at(T0 + 6, {server(1, -62135596800, 0)}), 30);
    QCOMPARE(h.sampleCount(1), 2);
    QVERIFY(std::isnan(series(h, 1).last().y()));
}

void TestHistoryStore::capacityWraps_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("reports");
    QTest::newRow("not yet full") << 100 << 40;
    QTest::newRow("exactly full") << 100 << 100;
    QTest::newRow("wrapped several times") << 100 << 1234;
    QTest::newRow("default one hour") << 1200 << 1500;
}

void TestHistoryStore::capacityWraps()
{
    QFETCH(int, capacity);
    QFETCH(int, reports);
    HistoryStore h(capacity);
    for (int i = 0; i < reports; ++i)
        h.append(at(T0 + 3 * i, {server(1, T0 + 3 * i, i % 100)}), 30);
    const QList<QPointF> points = series(h, 1);
    QCOMPARE(points.size(), std::min(capacity, reports));
    QCOMPARE(points.last().y(), double((reports - 1) % 100));
    QCOMPARE(points.first().x(), double(T0 + 3 * (reports - points.size())) * 1000);
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points.at(i).x() > points.at(i - 1).x());
    h.setCapacity(10);
    QCOMPARE(series(h, 1).size(), std::min(10, reports));
    QCOMPARE(series(h, 1).last().y(), double((reports - 1) % 100));
}

void TestHistoryStore::vanishedServersAreDropped()
{
    HistoryStore h;
    h.append(at(T0, {server(1, T0, 1), server(2, T0, 2)}), 30);
    QVERIFY(h.contains(2));
    h.append(at(T0 + 3, {server(1, T0 + 3, 1)}), 30);
    QVERIFY(!h.contains(2));
    QCOMPARE(series(h, 2).size(), 0);
    QCOMPARE(h.sampleCount(1), 2);
}

void TestHistoryStore::speedSpikeBecomesGap_data()
{
    QTest::addColumn<quint64>("speed");
    QTest::addColumn<bool>("recorded");
    QTest::newRow("10 Gbit/s line rate") << quint64(1250000000) << true;
    QTest::newRow("counter underflow spike") << quint64(18446744073709549568ull) << false;
    QTest::newRow("just above plausible") << quint64(1000000000001ull) << false;
}

void TestHistoryStore::speedSpikeBecomesGap()
{
    QFETCH(quint64, speed);
    QFETCH(bool, recorded);
    HistoryStore h;
    ServerSnapshot s = server(1, T0, 1);
    s.status.netInSpeed = speed;
    s.status.netOutSpeed = 100;
    h.append(at(T0, {s}), 30);
    const double y = series(h, 1, HistoryStore::Metric::NetIn).at(0).y();
    QCOMPARE(std::isnan(y), !recorded);
    if (recorded)
        QCOMPARE(y, double(speed));
    QCOMPARE(series(h, 1, HistoryStore::Metric::NetOut).at(0).y(), 100.0);
}

void TestHistoryStore::temperaturesAndGpuOnlyWhenReported()
{
    HistoryStore h;
    h.append(at(T0, {server(1, T0, 1)}), 30);
    QVERIFY(!h.hasGpu(1));
    QVERIFY(h.temperatureSensors(1).isEmpty());
    ServerSnapshot s = server(1, T0 + 3, 2);
    s.host.gpu = {QStringLiteral("RTX")};
    s.status.gpu = 40;
    s.status.temperatures = {{QStringLiteral("nvme"), 39.5}, {QStringLiteral("cpu"), 50}};
    h.append(at(T0 + 3, {s}), 30);
    s.lastActive = T0 + 6;
    s.status.temperatures = {{QStringLiteral("cpu"), 51}}; // nvme sensor missing this time
    h.append(at(T0 + 6, {s}), 30);
    QVERIFY(h.hasGpu(1));
    QCOMPARE(h.temperatureSensors(1), (QStringList{QStringLiteral("cpu"), QStringLiteral("nvme")}));
    const QList<QPointF> nvme = series(h, 1, HistoryStore::Metric::Temperature, QStringLiteral("nvme"));
    QCOMPARE(nvme.size(), 3); // aligned with the main series
    QVERIFY(std::isnan(nvme.at(0).y()));
    QCOMPARE(nvme.at(1).y(), 39.5);
    QVERIFY(std::isnan(nvme.at(2).y()));
    const QList<QPointF> gpu = series(h, 1, HistoryStore::Metric::Gpu);
    QCOMPARE(gpu.size(), 3);
    QCOMPARE(gpu.at(2).y(), 40.0);
    QCOMPARE(series(h, 1, HistoryStore::Metric::Temperature, QStringLiteral("nope")).size(), 0);
}

void TestHistoryStore::sinceFiltersOldPoints()
{
    HistoryStore h;
    for (int i = 0; i < 10; ++i)
        h.append(at(T0 + 3 * i, {server(1, T0 + 3 * i, i)}), 30);
    QList<QPointF> out;
    QCOMPARE(h.copySeries(1, HistoryStore::Metric::Cpu, T0 + 15, &out), 5);
    QCOMPARE(out.first().y(), 5.0);
    QCOMPARE(h.copySeries(1, HistoryStore::Metric::Cpu, T0 + 1000, &out), 0);
    QVERIFY(out.isEmpty());
    QCOMPARE(h.copySeries(99, HistoryStore::Metric::Cpu, 0, &out), 0);
}

void TestHistoryStore::memoryPerServerBelowTarget()
{
    HistoryStore h;
    ServerSnapshot s = server(1, T0, 1);
    for (int i = 0; i < 1300; ++i) {
        s.lastActive = T0 + 3 * i;
        h.append(at(T0 + 3 * i, {s}), 30);
    }
    QVERIFY2(h.memoryBytes() < 64 * 1024, qPrintable(QString::number(h.memoryBytes())));
}

// Defect 5: 200 polls x 50 new sensor names made 10,000 rings on one server.
void TestHistoryStore::newSensorNamesAreCapped()
{
    HistoryStore h;
    ServerSnapshot s = server(1, T0, 1);
    for (int poll = 0; poll < 200; ++poll) {
        s.lastActive = T0 + 3 * poll;
        s.status.temperatures.clear();
        for (int k = 0; k < 50; ++k)
            s.status.temperatures.append({QStringLiteral("p%1-s%2").arg(poll).arg(k), 30.0 + k});
        h.append(at(s.lastActive, {s}), 30);
        QVERIFY(h.temperatureSensors(1).size() <= HistoryStore::MaxSensorsPerServer);
    }
    const QStringList kept = h.temperatureSensors(1);
    QCOMPARE(kept.size(), HistoryStore::MaxSensorsPerServer);
    for (const QString &name : kept) // the newest report's hottest sensors
        QVERIFY2(name.startsWith(QLatin1String("p199-")) && name.mid(6).toInt() >= 34, qPrintable(name));
    QVERIFY2(h.memoryBytes() < 256 * 1024, qPrintable(QString::number(h.memoryBytes())));
}

void TestHistoryStore::busySensorsStayStable()
{
    HistoryStore h;
    ServerSnapshot s = server(1, T0, 1);
    for (int k = 0; k < 30; ++k) // a big host with 30 sensors, all reporting every time
        s.status.temperatures.append({QStringLiteral("core%1").arg(k, 2, 10, QLatin1Char('0')), 40.0 + k});
    h.append(at(T0, {s}), 30);
    const QStringList first = h.temperatureSensors(1);
    QCOMPARE(first.size(), HistoryStore::MaxSensorsPerServer);
    QCOMPARE(first.first(), QStringLiteral("core14")); // the 16 hottest
    for (int poll = 1; poll < 20; ++poll) {
        s.lastActive = T0 + 3 * poll;
        std::reverse(s.status.temperatures.begin(), s.status.temperatures.end());
        h.append(at(s.lastActive, {s}), 30);
    }
    QCOMPARE(h.temperatureSensors(1), first);
    QCOMPARE(series(h, 1, HistoryStore::Metric::Temperature, QStringLiteral("core29")).size(), 20);
}

void TestHistoryStore::silentSensorExpires()
{
    HistoryStore h;
    ServerSnapshot s = server(1, T0, 1);
    s.status.temperatures = {{QStringLiteral("usb-stick"), 30}, {QStringLiteral("cpu"), 50}};
    h.append(at(T0, {s}), 30);
    s.status.temperatures = {{QStringLiteral("cpu"), 50}};
    for (int poll = 1; poll <= HistoryStore::SensorExpirySamples; ++poll) {
        s.lastActive = T0 + 3 * poll;
        h.append(at(s.lastActive, {s}), 30);
    }
    QCOMPARE(h.temperatureSensors(1).size(), 2); // silent for exactly SensorExpirySamples reports: kept
    s.lastActive += 3;
    h.append(at(s.lastActive, {s}), 30);
    QCOMPARE(h.temperatureSensors(1), QStringList{QStringLiteral("cpu")});
}

void TestHistoryStore::hostileTimesSaturate_data()
{
    QTest::addColumn<qint64>("dashboardMs");
    QTest::addColumn<qint64>("lastActive");
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    QTest::newRow("report from the end of time") << T0 * 1000 << Max;
    QTest::newRow("dashboard clock at the end of time") << Max << T0;
    QTest::newRow("dashboard clock at the start of time") << std::numeric_limits<qint64>::min() << T0;
    QTest::newRow("both at the end of time") << Max << Max;
}

// Defect 11: server times near the ends of qint64 overflowed the offsets (UBSan: signed overflow); the sample
// wrapped to the previous time instead of the newest possible one.
void TestHistoryStore::hostileTimesSaturate()
{
    QFETCH(qint64, dashboardMs);
    QFETCH(qint64, lastActive);
    HistoryStore h;
    FleetSnapshot first = at(T0, {server(1, T0 - 3, 1)});
    first.dashboardTimeMs = dashboardMs;
    h.append(first, 30);
    const qint64 before = h.latestSecs(1);
    FleetSnapshot hostile = at(T0, {server(1, lastActive, 2)});
    hostile.dashboardTimeMs = dashboardMs;
    h.append(hostile, 30);
    const int count = h.sampleCount(1); // samples, and gap markers when the dashboard clock says offline
    QVERIFY(count >= 2);
    QVERIFY(h.latestSecs(1) >= before);
    const bool saneClock = dashboardMs == T0 * 1000;
    if (saneClock && lastActive > T0)
        QVERIFY(h.latestSecs(1) > before); // saturated to the newest time, not wrapped to an old one
    QList<QPointF> out;
    QCOMPARE(h.copySeries(1, HistoryStore::Metric::Cpu, std::numeric_limits<qint64>::min(), &out), count);
    for (int i = 0; i < count; ++i) {
        QVERIFY(std::isfinite(out.at(i).x()));
        QVERIFY(i == 0 || out.at(i - 1).x() <= out.at(i).x());
    }
    const int newest = h.copySeries(1, HistoryStore::Metric::Cpu, std::numeric_limits<qint64>::max(), &out);
    QVERIFY(saneClock ? newest <= 1 : newest <= count); // only samples saturated to the newest time
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
