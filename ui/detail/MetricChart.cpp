#include "MetricChart.h"

#include <QDateTime>
#include <QDateTimeAxis>
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

// A readable value axis: ticks on 1/2/2.5/5 x 10^k steps, with the top tick just above the data.
void niceAxis(double maxValue, double *top, int *intervals)
{
    const double target = maxValue > 0 ? maxValue * 1.05 : 1;
    const double rough = target / 4;
    const double magnitude = std::pow(10, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * m >= rough) {
            step = magnitude * m;
            break;
        }
    }
    *intervals = std::max(1, int(std::ceil(target / step - 1e-9)));
    *top = step * *intervals;
}

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

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MetricChart::MetricChart(const QString &objectName, Unit unit, QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) would make a default chart that setChart() orphans
    , m_unit(unit)
    , m_chart(chart()) // owned by the view
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 200);
    setFocusPolicy(Qt::NoFocus);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setLocalizeNumbers(true);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(4);
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
        m_lines.removeLast();
    }
    for (int i = 0; i < names.size(); ++i) {
        m_lines[i].name = names.at(i);
        for (QLineSeries *series : std::as_const(m_lines[i].segments))
            series->setName(names.at(i));
        if (m_lines[i].dots)
            m_lines[i].dots->setName(names.at(i));
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

void MetricChart::chooseScale(double maxValue, double *divisor, QString *unitName) const
{
    *divisor = 1;
    switch (m_unit) {
    case Unit::Percent:
        *unitName = QStringLiteral("%");
        return;
    case Unit::Celsius:
        *unitName = QStringLiteral("°C");
        return;
    case Unit::Count:
    case Unit::Load:
        unitName->clear();
        return;
    case Unit::Bytes:
    case Unit::BytesPerSecond: {
        static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int power = 0;
        while (maxValue >= 1024.0 * 0.9 && power < 5) {
            maxValue /= 1024.0;
            *divisor *= 1024.0;
            ++power;
        }
        *unitName = QString::fromLatin1(units[power]);
        if (m_unit == Unit::BytesPerSecond)
            *unitName = tr("%1/s", "bytes per second unit, e.g. MiB/s").arg(*unitName);
        return;
    }
    }
}

void MetricChart::update(const QList<QList<QPointF>> &lines, qint64 fromMs, qint64 toMs)
{
    double maxValue = 0;
    for (const QList<QPointF> &points : lines)
        for (const QPointF &p : points)
            if (std::isfinite(p.y()))
                maxValue = std::max(maxValue, p.y());
    double divisor = 1;
    chooseScale(maxValue, &divisor, &m_unitName);

    for (int i = 0; i < m_lines.size(); ++i)
        drawLine(m_lines[i], stretches(i < lines.size() ? lines.at(i) : QList<QPointF>(), divisor));

    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    // Seconds matter only for short spans; "HH:mm" keeps the labels narrow enough for four ticks.
    const qint64 span = toMs - fromMs;
    m_timeAxis->setFormat(span <= 5 * 60 * 1000       ? QStringLiteral("HH:mm:ss")
                          : span <= 26 * 3600 * 1000 ? QStringLiteral("HH:mm")
                                                      : QStringLiteral("MM-dd")); // 7 and 30 days: dates
    double top = 100;
    int intervals = 4;
    if (m_unit != Unit::Percent)
        niceAxis(maxValue / divisor, &top, &intervals);
    m_valueAxis->setRange(0, top);
    m_valueAxis->setTickCount(intervals + 1);
    m_valueAxis->setLabelFormat(top / intervals < 1 ? QStringLiteral("%.2g") : QStringLiteral("%.0f"));
    m_valueAxis->setTitleText(m_unitName);
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
    m_chart->setLocale(QLocale());
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    m_timeAxis->setLabelsFont(small);
    m_valueAxis->setLabelsFont(small);
    m_valueAxis->setTitleFont(small);
    setBackgroundBrush(pal.color(QPalette::Base));
}

void MetricChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::LanguageChange)
        applyPalette();
    QChartView::changeEvent(event);
}
