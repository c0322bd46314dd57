// ChartTicks: value steps of 1/2/5 x 10^n (bytes: unit first, then 1/2/5 x 10^n in it), round time steps, and
// time ticks at round local clock times. Issue 11: 0/3/5/8/10 GiB and 10:52/10:54/10:57/10:59 were the defects.

#include "charts/ChartTicks.h"

#include <QtTest>

namespace {
constexpr qint64 S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;
constexpr double GiB = 1024.0 * 1024 * 1024;
} // namespace

class TestChartTicks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void niceStep_data();
    void niceStep();
    void valueScale_data();
    void valueScale();
    void timeStep_data();
    void timeStep();
    void timeTicks_data();
    void timeTicks();
};

void TestChartTicks::niceStep_data()
{
    QTest::addColumn<double>("rough");
    QTest::addColumn<double>("step");
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("1.1 -> 2") << 1.1 << 2.0;
    QTest::newRow("2.1 -> 5, never 2.5") << 2.1 << 5.0;
    QTest::newRow("5.5 -> 10") << 5.5 << 10.0;
    QTest::newRow("0.03 -> 0.05") << 0.03 << 0.05;
    QTest::newRow("1800 -> 2000") << 1800.0 << 2000.0;
    QTest::newRow("zero -> 1") << 0.0 << 1.0;
    QTest::newRow("NaN -> 1") << qQNaN() << 1.0;
}

void TestChartTicks::niceStep()
{
    QFETCH(double, rough);
    QFETCH(double, step);
    QCOMPARE(ChartTicks::niceStep(rough), step);
}

void TestChartTicks::valueScale_data()
{
    QTest::addColumn<double>("max");
    QTest::addColumn<bool>("bytes");
    QTest::addColumn<int>("unitPower");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<int>("decimals");
    QTest::newRow("7.6 GiB: 0/2/4/6/8 GiB") << 7.6 * GiB << true << 3 << 2.0 << 4 << 0;
    QTest::newRow("9.4 GiB: 0..10 by 2 GiB") << 9.4 * GiB << true << 3 << 2.0 << 5 << 0;
    QTest::newRow("950 MiB becomes GiB: 0..1 by 0.2") << 950.0 * 1024 * 1024 << true << 3 << 0.2 << 5 << 1;
    QTest::newRow("300 KiB/s: 0..400 by 100") << 300.0 * 1024 << true << 1 << 100.0 << 4 << 0;
    QTest::newRow("no data: 0..1 by 0.2") << 0.0 << true << 0 << 0.2 << 5 << 1;
    QTest::newRow("load 2.3: 0..2.5 by 0.5") << 2.3 << false << 0 << 0.5 << 5 << 1;
    QTest::newRow("count 1234: 0..1500 by 500") << 1234.0 << false << 0 << 500.0 << 3 << 0;
    QTest::newRow("load 0.07: 0..0.08 by 0.02") << 0.07 << false << 0 << 0.02 << 4 << 2;
}

void TestChartTicks::valueScale()
{
    QFETCH(double, max);
    QFETCH(bool, bytes);
    QFETCH(int, unitPower);
    QFETCH(double, step);
    QFETCH(int, intervals);
    QFETCH(int, decimals);
    const ChartTicks::ValueScale scale = ChartTicks::valueScale(max, bytes);
    QCOMPARE(scale.unitPower, unitPower);
    QCOMPARE(scale.step, step);
    QCOMPARE(scale.intervals, intervals);
    QCOMPARE(scale.decimals(), decimals);
    QVERIFY(scale.top() * scale.divisor >= max);
}

void TestChartTicks::timeStep_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<qint64>("step");
    QTest::newRow("5 min, 6 ticks: 1 min") << 5 * M << 6 << 1 * M;
    QTest::newRow("5 min, 3 ticks: 2 min") << 5 * M << 3 << 2 * M;
    QTest::newRow("15 min, 5 ticks: 5 min") << 15 * M << 5 << 5 * M;
    QTest::newRow("1 h, 5 ticks: 15 min") << 1 * H << 5 << 15 * M;
    QTest::newRow("6 h, 5 ticks: 2 h") << 6 * H << 5 << 2 * H;
    QTest::newRow("24 h, 5 ticks: 6 h") << 24 * H << 5 << 6 * H;
    QTest::newRow("7 d, 5 ticks: 2 d") << 7 * D << 5 << 2 * D;
    QTest::newRow("30 d, 5 ticks: 7 d") << 30 * D << 5 << 7 * D;
    QTest::newRow("20 s, 5 ticks: 5 s") << 20 * S << 5 << 5 * S;
}

void TestChartTicks::timeStep()
{
    QFETCH(qint64, span);
    QFETCH(int, maxTicks);
    QFETCH(qint64, step);
    QCOMPARE(ChartTicks::timeStepMs(span, maxTicks), step);
}

void TestChartTicks::timeTicks_data()
{
    // 2026-11-24 10:51:13 UTC
    const qint64 t0 = QDateTime(QDate(2026, 11, 24), QTime(10, 51, 13), Qt::UTC).toMSecsSinceEpoch();
    auto utc = [](int h, int m) { return QDateTime(QDate(2026, 11, 24), QTime(h, m), Qt::UTC).toMSecsSinceEpoch(); };
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QList<qint64>>("ticks");
    QTest::newRow("10:51:13 + 10 min, every 2 min")
        << t0 << t0 + 10 * M << 2 * M << 0 << QList<qint64>{utc(10, 52), utc(10, 54), utc(10, 56), utc(10, 58), utc(11, 0)};
    QTest::newRow("1 h every 15 min") << t0 << t0 + H << 15 * M << 0
                                      << QList<qint64>{utc(11, 0), utc(11, 15), utc(11, 30), utc(11, 45)};
    QTest::newRow("a tick exactly at the start") << utc(10, 0) << utc(10, 30) << 15 * M << 0
                                                 << QList<qint64>{utc(10, 0), utc(10, 15), utc(10, 30)};
    QTest::newRow("6 h ticks in UTC+8 land on local 12:00/18:00") // 10:51 UTC = 18:51 local
        << t0 << t0 + 12 * H << 6 * H << 8 * 3600 << QList<qint64>{utc(16, 0), utc(22, 0)};
    QTest::newRow("India +5:30: hourly ticks on the local hour")
        << t0 << t0 + 2 * H << H << 19800 << QList<qint64>{utc(11, 30), utc(12, 30)};
    QTest::newRow("step of 0 gives nothing") << t0 << t0 + H << qint64(0) << 0 << QList<qint64>{};
}

void TestChartTicks::timeTicks()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, step);
    QFETCH(int, offset);
    QFETCH(QList<qint64>, ticks);
    QCOMPARE(ChartTicks::timeTicks(from, to, step, offset), ticks);
}

QTEST_GUILESS_MAIN(TestChartTicks)
#include "tst_chart_ticks.moc"
