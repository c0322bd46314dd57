// MetricChart's interaction (issue 13): Ctrl+wheel zoom around the cursor (the plain wheel is left to the pane), rubber band, pan, reset by double-click;
// a live update keeps the zoom; hovering names the nearest point's time and values.

#include "detail/MetricChart.h"

#include <QtTest>

namespace {
constexpr qint64 M = 60 * 1000;
const qint64 T0 = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

QList<QPointF> line(qint64 from, qint64 to)
{
    QList<QPointF> out;
    for (qint64 t = from; t <= to; t += 3000)
        out.append(QPointF(double(t), 10 + double((t - from) / 3000 % 50)));
    return out;
}

QPoint plotPoint(MetricChart &chart, double fraction)
{
    const QRectF plot = chart.chart()->plotArea();
    return QPointF(plot.left() + plot.width() * fraction, plot.center().y()).toPoint();
}
} // namespace

class TestMetricChartZoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "UTC"); }
    void init();
    void cleanup() { delete m_chart; }
    void wheelZoomsAroundCursor();
    void rubberBandZoomsAndLiveUpdateKeepsIt();
    void panAndReset();
    void hoverShowsTimeAndValue();

private:
    MetricChart *m_chart = nullptr;
};

void TestMetricChartZoom::init()
{
    m_chart = new MetricChart(QStringLiteral("cpuChart"), MetricChart::Unit::Percent);
    m_chart->setLines({QStringLiteral("CPU")});
    m_chart->resize(640, 320);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart));
    m_chart->update({line(T0, T0 + 60 * M)}, T0, T0 + 60 * M);
    QTRY_VERIFY(m_chart->chart()->plotArea().width() > 100);
}

void TestMetricChartZoom::wheelZoomsAroundCursor()
{
    const QPoint at = plotPoint(*m_chart, 0.5);
    QWheelEvent plain(at, m_chart->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_chart->viewport(), &plain);
    QVERIFY(!plain.isAccepted()); // the plain wheel scrolls the pane
    QVERIFY(!m_chart->isZoomed());
    QWheelEvent wheel(at, m_chart->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_chart->viewport(), &wheel);
    QVERIFY(m_chart->isZoomed());
    const qint64 span = m_chart->visibleToMs() - m_chart->visibleFromMs();
    QVERIFY2(qAbs(span - 48 * M) < M, qPrintable(QString::number(span)));
    QVERIFY(qAbs((m_chart->visibleFromMs() + m_chart->visibleToMs()) / 2 - (T0 + 30 * M)) < M);
    QWheelEvent out(at, m_chart->mapToGlobal(at), QPoint(), QPoint(0, -480), Qt::NoButton, Qt::ControlModifier,
                    Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_chart->viewport(), &out);
    QVERIFY(!m_chart->isZoomed()); // zoomed out past the window: back to the window
}

void TestMetricChartZoom::rubberBandZoomsAndLiveUpdateKeepsIt()
{
    QSignalSpy zoomed(m_chart, &MetricChart::zoomChanged);
    QWidget *viewport = m_chart->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, plotPoint(*m_chart, 0.25));
    QTest::mouseMove(viewport, plotPoint(*m_chart, 0.5));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, plotPoint(*m_chart, 0.5));
    QCOMPARE(zoomed.size(), 1);
    QVERIFY(qAbs(m_chart->visibleFromMs() - (T0 + 15 * M)) < M);
    QVERIFY(qAbs(m_chart->visibleToMs() - (T0 + 30 * M)) < M);
    const qint64 from = m_chart->visibleFromMs();
    // The next poll: the window moves on by 3 s; the zoomed range stays where the user put it.
    m_chart->update({line(T0 + 3000, T0 + 60 * M + 3000)}, T0 + 3000, T0 + 60 * M + 3000);
    QVERIFY(m_chart->isZoomed());
    QCOMPARE(m_chart->visibleFromMs(), from);
    QCOMPARE(m_chart->chart()->axes(Qt::Horizontal).first()->property("min").toDouble(), double(from));
}

void TestMetricChartZoom::panAndReset()
{
    m_chart->zoomTo(T0 + 20 * M, T0 + 30 * M);
    QWidget *viewport = m_chart->viewport();
    const QRectF plot = m_chart->chart()->plotArea();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, plotPoint(*m_chart, 0.5));
    QTest::mouseMove(viewport, plotPoint(*m_chart, 0.5) + QPoint(int(plot.width() / 2), 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier,
                        plotPoint(*m_chart, 0.5) + QPoint(int(plot.width() / 2), 0));
    // Dragged right by half the plot: five minutes earlier.
    QVERIFY2(qAbs(m_chart->visibleFromMs() - (T0 + 15 * M)) < 20000, qPrintable(QString::number(m_chart->visibleFromMs() - T0)));
    QCOMPARE(m_chart->visibleToMs() - m_chart->visibleFromMs(), 10 * M);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, plotPoint(*m_chart, 0.5));
    QVERIFY(!m_chart->isZoomed());
    QCOMPARE(m_chart->visibleFromMs(), T0);
}

void TestMetricChartZoom::hoverShowsTimeAndValue()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString text = m_chart->hoverText(T0 + 10 * M + 1000); // nearest point: 10:10:00, value 10 + 200 % 50
    QVERIFY2(text.contains(QStringLiteral("<b>10:10:00</b>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CPU: 10.0\u00a0%")), qPrintable(text));
    QCOMPARE(m_chart->hoverText(T0 + 200 * M), QString()); // nothing near
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestMetricChartZoom)
#include "tst_metric_chart_zoom.moc"
