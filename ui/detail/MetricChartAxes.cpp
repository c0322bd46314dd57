// MetricChart's axes for the visible range: time ticks at round clock times (ChartTicks) on a QCategoryAxis
// whose labels sit on the tick values, value ticks at 1/2/5 x 10^n of the chosen unit, and the shaded
// "No data before 10:52" area where the history begins after the window's start.

#include "MetricChart.h"

#include "charts/ChartTicks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

void MetricChart::applyRange()
{
    const qint64 fromMs = visibleFromMs();
    const qint64 toMs = visibleToMs();
    applyValueAxis(fromMs, toMs);
    m_timeAxis->setRange(double(fromMs), double(toMs));
    applyTimeTicks(fromMs, toMs);
    applyHistoryMarker(fromMs, toMs);
}

qint64 MetricChart::visibleFromMs() const
{
    return isZoomed() ? m_zoomFromMs : m_windowFromMs;
}

qint64 MetricChart::visibleToMs() const
{
    return isZoomed() ? m_zoomToMs : m_windowToMs;
}

QString MetricChart::timeFormat(qint64 stepMs) const
{
    if (stepMs < 60 * 1000)
        return QStringLiteral("HH:mm:ss");
    if (stepMs < 24 * 3600 * 1000)
        return QStringLiteral("HH:mm");
    return QStringLiteral("MM-dd"); // day steps (7 and 30 days): dates
}

void MetricChart::applyTimeTicks(qint64 fromMs, qint64 toMs)
{
    // As many ticks as fit with a label's width of room between them.
    const QFontMetrics metrics(m_timeAxis->labelsFont());
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("00:00:00")) * 2;
    const int plotWidth = int(m_chart->plotArea().width()) > 0 ? int(m_chart->plotArea().width()) : width() - 60;
    const int maxTicks = std::clamp(plotWidth / std::max(1, labelWidth), 2, 8);
    const qint64 step = ChartTicks::timeStepMs(toMs - fromMs, maxTicks);
    const int offset = QDateTime::fromMSecsSinceEpoch(fromMs).offsetFromUtc();
    const QList<qint64> ticks = ChartTicks::timeTicks(fromMs, toMs, step, offset);
    if (ticks == m_ticks && step == m_tickStepMs)
        return; // the common poll: the labels stay, nothing to rebuild
    m_ticks = ticks;
    m_tickStepMs = step;
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(double(fromMs));
    const QString format = timeFormat(step);
    const QLocale locale;
    for (qint64 t : ticks) {
        QString label = locale.toString(QDateTime::fromMSecsSinceEpoch(t), format);
        while (m_timeAxis->categoriesLabels().contains(label))
            label += QChar(0x200B); // labels must be unique; a zero-width space keeps the text the same
        m_timeAxis->append(label, double(t));
    }
}

QStringList MetricChart::timeTickLabels() const
{
    return m_timeAxis->categoriesLabels();
}

void MetricChart::applyValueAxis(qint64 fromMs, qint64 toMs)
{
    if (m_unit == Unit::Percent) {
        m_valueAxis->setRange(0, 100);
        m_valueAxis->setTickCount(6); // 0/20/40/60/80/100
        m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        return;
    }
    // The highest point in view, in the unit update() chose for the whole window.
    double maxValue = 0;
    auto scan = [&](const QList<QPointF> &points) {
        for (const QPointF &p : points)
            if (p.x() >= double(fromMs) && p.x() <= double(toMs) && std::isfinite(p.y()))
                maxValue = std::max(maxValue, p.y());
    };
    for (const QList<QPointF> &points : std::as_const(m_data))
        scan(points);
    for (const Band &band : std::as_const(m_bands))
        scan(band.upper);
    const ChartTicks::ValueScale scale = ChartTicks::valueScale(maxValue / m_divisor, false);
    m_decimals = scale.decimals();
    m_valueAxis->setRange(0, scale.top());
    m_valueAxis->setTickCount(scale.intervals + 1);
    m_valueAxis->setLabelFormat(QStringLiteral("%.") + QString::number(m_decimals) + QStringLiteral("f"));
}

double MetricChart::valueStep() const
{
    return (m_valueAxis->max() - m_valueAxis->min()) / std::max(1, m_valueAxis->tickCount() - 1);
}

double MetricChart::valueTop() const
{
    return m_valueAxis->max();
}

void MetricChart::applyHistoryMarker(qint64 fromMs, qint64 toMs)
{
    // A sliver (history almost as old as the window, or a bucket starting just after it) is no marker.
    const qint64 begin = m_dataBeginMs > fromMs + (toMs - fromMs) / 50 ? std::min(m_dataBeginMs, toMs) : 0;
    if (begin == m_beforeMs
        && (begin == 0
            || (m_before->upperSeries()->at(0).x() <= double(fromMs)
                && m_before->upperSeries()->at(0).y() == m_valueAxis->max())))
        return; // the common poll: the marker stays
    m_beforeMs = begin;
    if (!m_before) {
        m_before = new QAreaSeries(m_chart);
        m_before->setUpperSeries(new QLineSeries(m_before));
        m_before->setLowerSeries(new QLineSeries(m_before));
        attach(m_before, false);
        m_beforeLabel = new QGraphicsSimpleTextItem(m_chart);
        m_beforeLabel->setZValue(100);
        connect(m_chart, &QChart::plotAreaChanged, this, &MetricChart::placeHistoryLabel);
        applyPalette();
    }
    const double top = m_valueAxis->max();
    m_before->upperSeries()->replace({QPointF(double(fromMs), top), QPointF(double(begin), top)});
    m_before->lowerSeries()->replace({QPointF(double(fromMs), 0), QPointF(double(begin), 0)});
    m_before->setVisible(begin > 0);
    m_beforeLabel->setVisible(begin > 0);
    const QLocale locale;
    const QString time = locale.toString(QDateTime::fromMSecsSinceEpoch(begin),
                                         toMs - fromMs > 26 * 3600 * 1000 ? QStringLiteral("MM-dd HH:mm")
                                                                          : QStringLiteral("HH:mm"));
    //: Shaded part of a chart before the first sample Farsight has; %1 = a time like 10:52
    m_beforeLabel->setText(tr("No data before %1").arg(time));
    placeHistoryLabel();
}

// Inside the shaded area when it is wide enough, else just right of its edge.
void MetricChart::placeHistoryLabel()
{
    if (!m_beforeLabel || m_beforeMs <= 0)
        return;
    const QRectF plot = m_chart->plotArea();
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    if (plot.width() <= 0 || to <= from)
        return;
    const double edge = plot.left() + plot.width() * double(m_beforeMs - from) / double(to - from);
    const QRectF text = m_beforeLabel->boundingRect();
    double x = edge - text.width() - 4;
    if (x < plot.left() + 2)
        x = std::min(edge + 4, plot.right() - text.width());
    m_beforeLabel->setPos(x, plot.top() + 2);
}

QString MetricChart::historyMarkerText() const
{
    return m_beforeLabel && m_beforeLabel->isVisible() ? m_beforeLabel->text() : QString();
}
