#include "MetricChart.h"

#include "charts/ChartTicks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {

const QList<QColor> &lineColors()
{
    static const QList<QColor> colors = {QColor(0x1f, 0x77, 0xd4), QColor(0xe0, 0x7b, 0x20), QColor(0x2e, 0x9e, 0x44),
                                         QColor(0xb0, 0x4a, 0xc0), QColor(0xd0, 0x45, 0x3a), QColor(0x17, 0xa2, 0xb8)};
    return colors;
}

// The points split into the stretches a line draws: a NaN ends one, and so does a hole in time (a spacing above
// HoleFactor x the median spacing), which is how an outage with no marker (dashboard unreachable) shows.
QList<QList<QPointF>> stretches(const QList<QPointF> &points, double divisor)
{
    QList<double> spacings;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const double dx = points[i].x() - points[i - 1].x();
        if (std::isfinite(points[i].y()) && std::isfinite(points[i - 1].y()) && dx > 0)
            spacings.append(dx);
    }
    double hole = std::numeric_limits<double>::infinity();
    if (spacings.size() >= 2) {
        auto middle = spacings.begin() + spacings.size() / 2;
        std::nth_element(spacings.begin(), middle, spacings.end());
        hole = *middle * MetricChart::HoleFactor;
    }
    QList<QList<QPointF>> runs;
    QList<QPointF> current;
    double previousX = 0;
    for (const QPointF &p : points) {
        const bool finite = std::isfinite(p.y());
        if (!current.isEmpty() && (!finite || p.x() - previousX > hole))
            runs.append(std::exchange(current, {}));
        if (finite) {
            current.append(QPointF(p.x(), p.y() / divisor));
            previousX = p.x();
        }
    }
    if (!current.isEmpty())
        runs.append(current);
    return runs;
}

QString unitName(MetricChart::Unit unit, int power)
{
    switch (unit) {
    case MetricChart::Unit::Percent:
        return QStringLiteral("%");
    case MetricChart::Unit::Celsius:
        return QStringLiteral("°C");
    case MetricChart::Unit::Count:
    case MetricChart::Unit::Load:
        return {};
    case MetricChart::Unit::Bytes:
    case MetricChart::Unit::BytesPerSecond:
        break;
    }
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    const QString name = QString::fromLatin1(units[std::clamp(power, 0, 5)]);
    if (unit == MetricChart::Unit::BytesPerSecond)
        return MetricChart::tr("%1/s", "bytes per second unit, e.g. MiB/s").arg(name);
    return name;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MetricChart::MetricChart(const QString &objectName, Unit unit, QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) would make a default chart that setChart() orphans
    , m_unit(unit)
    , m_chart(chart()) // owned by the view
    , m_timeAxis(new QCategoryAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumWidth(280);
    setMouseTracking(true); // hover shows values
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::NoFocus);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setLocalizeNumbers(true);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    applyPalette();
}

void MetricChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    setAccessibleName(title);
}

QString MetricChart::title() const
{
    return m_chart->title();
}

int MetricChart::minimumChartHeight() const
{
    // Title, six value labels (0/20/…/100) with room between them, the time labels, the legend and the margins:
    // below this QtCharts elides the value labels to "…".
    return fontMetrics().height() * 16;
}

QSize MetricChart::minimumSizeHint() const
{
    return QSize(280, minimumChartHeight());
}

void MetricChart::setLines(const QStringList &names)
{
    while (m_lines.size() < names.size()) {
        Line line;
        line.color = lineColors().at(m_lines.size() % lineColors().size());
        m_lines.append(line);
    }
    while (m_lines.size() > names.size()) {
        for (QLineSeries *series : std::as_const(m_lines.last().segments)) {
            m_chart->removeSeries(series);
            delete series;
        }
        if (QScatterSeries *dots = m_lines.last().dots) {
            m_chart->removeSeries(dots);
            delete dots;
        }
        if (QAreaSeries *area = m_lines.last().band) {
            m_chart->removeSeries(area);
            delete area;
        }
        m_lines.removeLast();
    }
    for (int i = 0; i < names.size(); ++i) {
        m_lines[i].name = names.at(i);
        for (QLineSeries *series : std::as_const(m_lines[i].segments))
            series->setName(names.at(i));
        if (m_lines[i].dots)
            m_lines[i].dots->setName(names.at(i));
        if (m_lines[i].band)
            m_lines[i].band->setName(names.at(i));
    }
}

void MetricChart::attach(QAbstractSeries *series, bool inLegend)
{
    m_chart->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    const auto markers = m_chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(inLegend); // one legend entry per line
}

QLineSeries *MetricChart::segment(Line &line, int index)
{
    while (line.segments.size() <= index) {
        auto *series = new QLineSeries(m_chart);
        series->setName(line.name);
        series->setUseOpenGL(false);
        QPen pen(line.color);
        pen.setWidthF(1.6);
        series->setPen(pen);
        attach(series, line.segments.isEmpty());
        line.segments.append(series);
    }
    return line.segments.at(index);
}

QScatterSeries *MetricChart::dots(Line &line)
{
    if (!line.dots) {
        line.dots = new QScatterSeries(m_chart);
        line.dots->setName(line.name);
        line.dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        line.dots->setMarkerSize(3);
        line.dots->setColor(line.color);
        line.dots->setBorderColor(line.color);
        attach(line.dots, false);
    }
    return line.dots;
}

// The newest MaxSegments stretches become line segments (one replace() each); older ones become dots.
void MetricChart::drawLine(Line &line, const QList<QList<QPointF>> &runs)
{
    const qsizetype asDots = std::max<qsizetype>(0, runs.size() - MaxSegments);
    QList<QPointF> dotted;
    for (qsizetype r = 0; r < asDots; ++r)
        dotted += runs.at(r);
    if (asDots > 0 || line.dotPoints > 0) {
        dots(line)->replace(dotted);
        ++m_replaces;
    }
    line.dotPoints = int(dotted.size());
    line.points = line.dotPoints;
    int used = 0;
    for (qsizetype r = asDots; r < runs.size(); ++r, ++used) {
        segment(line, used)->replace(runs.at(r));
        ++m_replaces;
        line.points += int(runs.at(r).size());
    }
    // Segments no longer needed are emptied (not deleted: they are reused when the next gap comes).
    for (int s = used; s < line.usedSegments; ++s) {
        line.segments.at(s)->clear();
        ++m_replaces;
    }
    line.usedSegments = used;
}

QAreaSeries *MetricChart::band(Line &line)
{
    if (!line.band) {
        line.band = new QAreaSeries(m_chart);
        line.band->setUpperSeries(new QLineSeries(line.band));
        line.band->setLowerSeries(new QLineSeries(line.band));
        line.band->setName(line.name);
        QColor fill = line.color;
        fill.setAlpha(55);
        line.band->setBrush(fill);
        line.band->setPen(Qt::NoPen);
        attach(line.band, false);
    }
    return line.band;
}

// One area per line: the band's stretches in one polygon. Across a gap the upper edge drops to the lower one,
// so the area there has no height and draws nothing (no pen), and no more series are needed per gap.
void MetricChart::drawBand(Line &line, const Band &input)
{
    if (input.lower.isEmpty() && !line.band)
        return;
    const QList<QList<QPointF>> lows = stretches(input.lower, m_divisor);
    const QList<QList<QPointF>> highs = stretches(input.upper, m_divisor);
    QList<QPointF> upper, lower;
    for (qsizetype r = 0; r < std::min(lows.size(), highs.size()); ++r) {
        const QList<QPointF> &lo = lows.at(r);
        const QList<QPointF> &hi = highs.at(r);
        if (lo.size() != hi.size())
            continue; // min and max disagree on the bucket times: not a band
        upper.append(lo.first());
        upper += hi;
        upper.append(lo.last());
        lower += lo;
    }
    QAreaSeries *area = band(line);
    area->upperSeries()->replace(upper);
    area->lowerSeries()->replace(lower);
    m_replaces += 2;
    line.bandPoints = int(lower.size());
}

void MetricChart::update(const QList<QList<QPointF>> &lines, qint64 fromMs, qint64 toMs, const QList<Band> &bands)
{
    double maxValue = 0;
    for (const QList<QPointF> &points : lines)
        for (const QPointF &p : points)
            if (std::isfinite(p.y()))
                maxValue = std::max(maxValue, p.y());
    for (const Band &b : bands)
        for (const QPointF &p : b.upper)
            if (std::isfinite(p.y()))
                maxValue = std::max(maxValue, p.y());
    const bool bytes = m_unit == Unit::Bytes || m_unit == Unit::BytesPerSecond;
    const ChartTicks::ValueScale scale = ChartTicks::valueScale(maxValue, bytes);
    m_divisor = scale.divisor;
    m_unitName = unitName(m_unit, scale.unitPower);

    for (int i = 0; i < m_lines.size(); ++i) {
        drawLine(m_lines[i], stretches(i < lines.size() ? lines.at(i) : QList<QPointF>(), m_divisor));
        drawBand(m_lines[i], i < bands.size() ? bands.at(i) : Band());
    }
    m_data = lines;
    m_bands = bands;
    m_windowFromMs = fromMs;
    m_windowToMs = toMs;
    if (isZoomed() && (m_zoomToMs <= fromMs || m_zoomFromMs >= toMs))
        m_zoomFromMs = m_zoomToMs = 0; // the zoomed stretch left the window
    m_valueAxis->setTitleText(m_unitName);
    applyRange();
}

int MetricChart::pointCount(int line) const
{
    return line < m_lines.size() ? m_lines.at(line).points : 0;
}

int MetricChart::segmentCount(int line) const
{
    return line < m_lines.size() ? m_lines.at(line).usedSegments : 0;
}

int MetricChart::dotCount(int line) const
{
    return line < m_lines.size() ? m_lines.at(line).dotPoints : 0;
}

int MetricChart::bandPointCount(int line) const
{
    return line < m_lines.size() ? m_lines.at(line).bandPoints : 0;
}

int MetricChart::seriesCount() const
{
    return int(m_chart->series().size());
}

QString MetricChart::valueAxisTitle() const
{
    return m_valueAxis->titleText();
}

void MetricChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(pal.color(QPalette::WindowText));
    m_chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlpha(dark ? 50 : 35);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setTitleBrush(pal.color(QPalette::WindowText));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    if (m_before) {
        QColor shade = pal.color(QPalette::WindowText);
        shade.setAlpha(dark ? 40 : 22);
        m_before->setBrush(shade);
        m_before->setPen(Qt::NoPen);
        m_beforeLabel->setBrush(pal.color(QPalette::PlaceholderText));
    }
    m_chart->setLocale(QLocale());
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    m_timeAxis->setLabelsFont(small);
    m_valueAxis->setLabelsFont(small);
    m_valueAxis->setTitleFont(small);
    if (m_beforeLabel)
        m_beforeLabel->setFont(small);
    setBackgroundBrush(pal.color(QPalette::Base));
}

void MetricChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::LanguageChange)
        applyPalette();
    QChartView::changeEvent(event);
}
