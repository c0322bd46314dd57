#pragma once

// One live chart of the detail view: a QChartView with a time axis and a value axis carrying units, and
// one or more named lines (e.g. "In" and "Out"). update() takes every line's points for the window, scales
// them into a readable unit (KiB/MiB/GiB via QLocale for bytes) and hands each drawn series exactly one
// replace(). Gaps (NaN) split a line into segments: each segment is its own QLineSeries with the same pen,
// only the first shown in the legend, because Qt Charts would otherwise draw straight across a gap.
// Animations are off. Follows the palette (light/dark). Owned by ServerDetailPanel; GUI thread.

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

class MetricChart : public QChartView
{
    Q_OBJECT
public:
    enum class Unit { Percent, Bytes, BytesPerSecond, Count, Load, Celsius };

    MetricChart(const QString &objectName, Unit unit, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setLines(const QStringList &names); // creates/renames lines; keeps existing segment series
    int lineCount() const { return int(m_lines.size()); }
    // lines[i] holds the points of line i (x = ms since epoch, y = raw value, NaN = gap).
    void update(const QList<QList<QPointF>> &lines, qint64 fromMs, qint64 toMs);

    // For tests and the benchmark.
    int pointCount(int line) const; // drawn points of the line over all its segments
    int segmentCount(int line) const;
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
        int points = 0;
        int usedSegments = 0;
    };
    QLineSeries *segment(Line &line, int index);
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
