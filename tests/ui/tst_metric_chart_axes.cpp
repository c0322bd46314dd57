// MetricChart's axes (issue 11): time ticks at round clock times whatever the window's start, value ticks at
// 1/2/5 x 10^n of the chosen unit (0/2/4/6/8 GiB, never 0/3/5/8/10), the shaded "No data before" area when the
// history begins after the window's start (15 min and 1 h no longer look the same), and a minimum height
// that grows with the font.

#include "detail/MetricChart.h"

#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QtTest>

namespace {
constexpr qint64 M = 60 * 1000;
constexpr double GiB = 1024.0 * 1024 * 1024;
const qint64 T0 = QDateTime(QDate(2026, 11, 24), QTime(10, 51, 13), Qt::UTC).toMSecsSinceEpoch();

QList<QPointF> ramp(qint64 from, qint64 to, qint64 step, double top)
{
    QList<QPointF> out;
    for (qint64 t = from; t <= to; t += step)
        out.append(QPointF(double(t), top * double(t - from) / double(std::max<qint64>(1, to - from))));
    return out;
}
} // namespace

class TestMetricChartAxes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "UTC"); }
    void timeTicksAreRound_data();
    void timeTicksAreRound();
    void bytesTicks();
    void historyBeginsMarker();
    void minimumHeightFollowsFont();
    void labelsSurviveTheMinimumHeight();
};

void TestMetricChartAxes::timeTicksAreRound_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("firstLabel");
    QTest::newRow("15 min") << 15 * M << 5 * M << "10:55";
    QTest::newRow("1 h") << 60 * M << 15 * M << "11:00";
    QTest::newRow("24 h") << 24 * 60 * M << 6 * 60 * M << "12:00";
}

void TestMetricChartAxes::timeTicksAreRound()
{
    QFETCH(qint64, span);
    QFETCH(qint64, step);
    QFETCH(QString, firstLabel);
    MetricChart chart(QStringLiteral("chart"), MetricChart::Unit::Percent);
    chart.setLines({QStringLiteral("CPU")});
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.update({ramp(T0, T0 + span, span / 100, 80)}, T0, T0 + span);
    const QList<qint64> ticks = chart.timeTicks();
    QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        QCOMPARE(ticks.at(i) % step, 0); // round in UTC (TZ=UTC)
        if (i > 0)
            QCOMPARE(ticks.at(i) - ticks.at(i - 1), step);
    }
    QCOMPARE(chart.timeTickLabels().first(), firstLabel);
    QCOMPARE(chart.valueStep(), 20.0); // percent: 0/20/40/60/80/100
}

void TestMetricChartAxes::bytesTicks()
{
    MetricChart chart(QStringLiteral("chart"), MetricChart::Unit::Bytes);
    chart.setLines({QStringLiteral("Memory")});
    chart.update({ramp(T0, T0 + 10 * M, 3000, 7.6 * GiB)}, T0, T0 + 10 * M);
    QCOMPARE(chart.valueAxisTitle(), QStringLiteral("GiB"));
    QCOMPARE(chart.valueStep(), 2.0);
    QCOMPARE(chart.valueTop(), 8.0);
}

void TestMetricChartAxes::historyBeginsMarker()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MetricChart chart(QStringLiteral("chart"), MetricChart::Unit::Percent);
    chart.setLines({QStringLiteral("CPU")});
    chart.resize(600, 300);
    const qint64 begin = T0 + 45 * M; // 11:36:13: the last 15 minutes of an hour
    const QList<QPointF> line = ramp(begin, T0 + 60 * M, 3000, 50);
    chart.setDataBeginMs(begin);
    chart.update({line}, T0, T0 + 60 * M);
    QCOMPARE(chart.historyMarkerText(), QStringLiteral("No data before 11:36"));
    QCOMPARE(chart.visibleFromMs(), T0); // the axis spans the whole hour
    // A 15-minute window holds all the history: no marker.
    chart.update({line}, T0 + 45 * M, T0 + 60 * M);
    QCOMPARE(chart.historyMarkerText(), QString());
    // History older than the window: no marker either.
    chart.setDataBeginMs(T0 - 60 * M);
    chart.update({line}, T0, T0 + 60 * M);
    QCOMPARE(chart.historyMarkerText(), QString());
    QLocale::setDefault(QLocale::c());
}

// Issue 11: a fixed ~200 px height lost its tick labels with a larger font.
void TestMetricChartAxes::minimumHeightFollowsFont()
{
    MetricChart chart(QStringLiteral("chart"), MetricChart::Unit::Percent);
    const int normal = chart.minimumSizeHint().height();
    QFont big = chart.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    chart.setFont(big);
    QVERIFY2(chart.minimumSizeHint().height() > normal * 3 / 2,
             qPrintable(QStringLiteral("%1 -> %2").arg(normal).arg(chart.minimumSizeHint().height())));
}

// At its minimum height (a small window, 1024x640) every value label is drawn whole: QtCharts elides labels it
// has no room for to "…", which happened with 0/20/…/100 at 13 lines.
void TestMetricChartAxes::labelsSurviveTheMinimumHeight()
{
    MetricChart chart(QStringLiteral("CPU"), MetricChart::Unit::Percent);
    chart.setLines({QStringLiteral("CPU")});
    chart.resize(360, chart.minimumSizeHint().height());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.update({ramp(T0, T0 + 5 * M, 3000, 80)}, T0, T0 + 5 * M);
    QCoreApplication::processEvents();
    chart.grab(); // lays the scene out at this size
    int labels = 0;
    for (QGraphicsItem *item : chart.scene()->items()) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString label = text->toPlainText();
        QVERIFY2(!label.contains(QStringLiteral("…")) && !label.contains(QStringLiteral("...")), qPrintable(label));
        if (label == QLatin1String("100") || label == QLatin1String("40"))
            ++labels;
    }
    QCOMPARE(labels, 2);
}

QTEST_MAIN(TestMetricChartAxes)
#include "tst_metric_chart_axes.moc"
