// MetricChart: lines break at NaN gap markers and at holes in time (dashboard unreachable, no marker), a
// flapping line stays within MaxSegments line series (older stretches become dots, never joined), and the
// detail pane's temperature chart stays bounded however many sensor names a server invents.

#include "FleetModel.h"
#include "HistoryStore.h"
#include "detail/MetricChart.h"
#include "detail/ServerDetailPanel.h"
#include "settings/Settings.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 T0 = 1732096800;

// Points every stepSecs seconds from T0; a time listed in holes is skipped, one in gaps is a NaN marker.
QList<QPointF> points(int count, const QList<double> &steps)
{
    QList<QPointF> out;
    double t = double(T0) * 1000;
    for (int i = 0; i < count; ++i) {
        const double step = steps.at(i % steps.size());
        out.append(QPointF(t, std::isnan(step) ? NaN : 10.0 + i % 7));
        t += std::isnan(step) ? 3000 : step * 1000;
    }
    return out;
}

} // namespace

class TestMetricChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void linesBreakAtGaps_data();
    void linesBreakAtGaps();
    void flappingLineIsCapped();
    void temperatureSeriesAreCapped();
};

void TestMetricChart::linesBreakAtGaps_data()
{
    QTest::addColumn<QList<QPointF>>("line");
    QTest::addColumn<int>("segments");
    QTest::newRow("steady 3 s polls") << points(40, {3}) << 1;
    QTest::newRow("jittery polls, 2 to 5 s") << points(40, {2, 3, 5, 3}) << 1;
    QList<QPointF> outage = points(20, {3});
    for (QPointF p : points(20, {3})) // the same again, 2 minutes later: no data arrived in between
        outage.append(QPointF(p.x() + 120000 + 60000, p.y()));
    QTest::newRow("dashboard unreachable for two minutes") << outage << 2;
    QList<QPointF> marked = points(20, {3});
    marked[10].setY(NaN);
    QTest::newRow("offline marker") << marked << 2;
}

// Defect 8: an outage without a gap marker was drawn as a straight line across the hole.
void TestMetricChart::linesBreakAtGaps()
{
    QFETCH(QList<QPointF>, line);
    QFETCH(int, segments);
    MetricChart chart(QStringLiteral("chart"), MetricChart::Unit::Percent);
    chart.setLines({QStringLiteral("CPU")});
    chart.update({line}, qint64(line.first().x()), qint64(line.last().x()));
    QCOMPARE(chart.segmentCount(0), segments);
    int finite = 0;
    for (const QPointF &p : std::as_const(line))
        finite += std::isfinite(p.y());
    QCOMPARE(chart.pointCount(0), finite);
}

// Defect 5: a server flapping every poll gave ~600 line series per line.
void TestMetricChart::flappingLineIsCapped()
{
    MetricChart chart(QStringLiteral("chart"), MetricChart::Unit::Percent);
    chart.setLines({QStringLiteral("CPU")});
    const QList<QPointF> line = points(900, {3, 3, NaN}); // 300 stretches of two points
    chart.update({line}, qint64(line.first().x()), qint64(line.last().x()));
    QCOMPARE(chart.segmentCount(0), MetricChart::MaxSegments);
    QCOMPARE(chart.dotCount(0), (300 - MetricChart::MaxSegments) * 2);
    QCOMPARE(chart.pointCount(0), 600);
    QCOMPARE(chart.seriesCount(), MetricChart::MaxSegments + 1);
    const QList<QPointF> calm = points(40, {3});
    chart.update({calm}, qint64(calm.first().x()), qint64(calm.last().x()));
    QCOMPARE(chart.segmentCount(0), 1);
    QCOMPARE(chart.dotCount(0), 0);
    QCOMPARE(chart.seriesCount(), MetricChart::MaxSegments + 1); // kept for reuse, emptied
}

// Defect 5: every new sensor name added a chart series forever.
void TestMetricChart::temperatureSeriesAreCapped()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("farsight.ini")));
    FleetModel model;
    HistoryStore history;
    ServerDetailPanel panel(settings);
    panel.setSources(&model, &history);
    panel.resize(600, 2600);
    panel.show();
    ServerSnapshot s;
    s.id = 1;
    s.name = QStringLiteral("sensor-storm");
    s.hasDetails = true;
    panel.setServer(1);
    MetricChart *temperature = panel.chart(QStringLiteral("temperatureChart"));
    QVERIFY(temperature);
    for (int poll = 0; poll < 200; ++poll) {
        s.lastActive = T0 + 3 * poll;
        s.status.temperatures.clear();
        for (int k = 0; k < 50; ++k)
            s.status.temperatures.append({QStringLiteral("p%1-s%2").arg(poll).arg(k), 30.0 + k});
        FleetSnapshot snapshot;
        snapshot.dashboardTimeMs = s.lastActive * 1000;
        snapshot.servers = {s};
        model.apply(snapshot);
        history.append(snapshot, 30);
        panel.refresh();
        QVERIFY(temperature->lineCount() <= HistoryStore::MaxSensorsPerServer);
    }
    QCOMPARE(temperature->lineCount(), HistoryStore::MaxSensorsPerServer);
    QVERIFY2(temperature->seriesCount() <= HistoryStore::MaxSensorsPerServer * (MetricChart::MaxSegments + 1),
             qPrintable(QString::number(temperature->seriesCount())));
}

QTEST_MAIN(TestMetricChart)
#include "tst_metric_chart.moc"
