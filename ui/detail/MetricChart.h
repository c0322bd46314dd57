#pragma once

// One live chart of the detail view: a QChartView with a time axis and a value axis carrying units, and
// one or more named lines (e.g. "In" and "Out"). update() takes every line's points for the window, scales
// them into a readable unit (KiB/MiB/GiB via QLocale for bytes) and hands each drawn series exactly one
// replace(). Gaps (NaN) split a line into segments: each segment is its own QLineSeries with the same pen,
// only the first shown in the legend, because Qt Charts would otherwise draw straight across a gap.
// A hole in time is a gap too (no marker when the dashboard was unreachable): a line breaks where consecutive
// points are more than 2.5 x the line's typical (median) spacing apart. A line has at most MaxSegments
// segments; a flapping server's older stretches beyond that are drawn as dots (one scatter series), never
// joined across their gaps.
// Animations are off. Follows the palette (light/dark). Owned by ServerDetailPanel; GUI thread.

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

class MetricChart : public QChartView
{
    Q_OBJECT
public:
    enum class Unit { Percent, Bytes, BytesPerSecond, Count, Load, Celsius };
    static constexpr int MaxSegments = 32; // line series per line
    static constexpr double HoleFactor = 2.5; // a spacing above this x the median breaks the line

    MetricChart(const QString &objectName, Unit unit, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setLines(const QStringList &names); // creates/renames lines; keeps existing segment series
    int lineCount() const { return int(m_lines.size()); }
    // lines[i] holds the points of line i (x = ms since epoch, y = raw value, NaN = gap).
    void update(const QList<QList<QPointF>> &lines, qint64 fromMs, qint64 toMs);

    // For tests and the benchmark.
    int pointCount(int line) const; // drawn points of the line over all its segments
    int segmentCount(int line) const;
    int dotCount(int line) const;   // points of the oldest stretches drawn as dots (over MaxSegments)
    int seriesCount() const;        // all series in the chart (segments and dot series)
    QString valueAxisTitle() const;
    int replaceCount() const { return m_replaces; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        QString name;
        QColor color;
        QList<QLineSeries *> segments;
        QScatterSeries *dots = nullptr; // created at the first line with more than MaxSegments stretches
        int points = 0;
        int dotPoints = 0;
        int usedSegments = 0;
    };
    QLineSeries *segment(Line &line, int index);
    QScatterSeries *dots(Line &line);
    void attach(QAbstractSeries *series, bool inLegend);
    void drawLine(Line &line, const QList<QList<QPointF>> &runs);
    void applyPalette();
    void chooseScale(double maxValue, double *divisor, QString *unitName) const;

    Unit m_unit;
    QChart *m_chart;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QList<Line> m_lines;
    QString m_unitName;
    int m_replaces = 0;
};
