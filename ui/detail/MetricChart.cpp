#include "MetricChart.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MetricChart::MetricChart(const QString &objectName, Unit unit, QWidget *parent)
    : QChartView(parent)
    , m_unit(unit)
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    setObjectName(objectName);
    setChart(m_chart); // the view owns the chart
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
        m_lines.removeLast();
    }
    for (int i = 0; i < names.size(); ++i) {
        m_lines[i].name = names.at(i);
        for (QLineSeries *series : std::as_const(m_lines[i].segments))
            series->setName(names.at(i));
    }
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
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        const auto markers = m_chart->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(line.segments.isEmpty()); // one legend entry per line
        line.segments.append(series);
    }
    return line.segments.at(index);
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

    for (int i = 0; i < m_lines.size(); ++i) {
        Line &line = m_lines[i];
        const QList<QPointF> empty;
        const QList<QPointF> &points = i < lines.size() ? lines.at(i) : empty;
        QList<QPointF> current;
        current.reserve(points.size());
        int used = 0;
        line.points = 0;
        auto flush = [&] {
            if (current.isEmpty())
                return;
            segment(line, used)->replace(current);
            ++m_replaces;
            line.points += int(current.size());
            ++used;
            current.clear();
        };
        for (const QPointF &p : points) {
            if (!std::isfinite(p.y()))
                flush();
            else
                current.append(QPointF(p.x(), p.y() / divisor));
        }
        flush();
        // Segments no longer needed are emptied (not deleted: they are reused when the next gap comes).
        for (int s = used; s < line.usedSegments; ++s) {
            line.segments.at(s)->clear();
            ++m_replaces;
        }
        line.usedSegments = used;
    }

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
