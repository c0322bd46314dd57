#pragma once

// One chart of the detail view: a QChartView with a time axis and a value axis carrying units, and
// one or more named lines (e.g. "In" and "Out"). update() takes every line's points for the window, scales
// them into a readable unit (KiB/MiB/GiB for bytes) and hands each drawn series exactly one replace().
// Ticks come from ChartTicks (models/charts): values at 1/2/5 x 10^n of the unit, times at round clock times
// (a QCategoryAxis with labels on the tick values: QDateTimeAxis cannot place ticks at round times in Qt 6.4).
// Gaps (NaN) split a line into segments: each segment is its own QLineSeries with the same pen,
// only the first shown in the legend, because Qt Charts would otherwise draw straight across a gap.
// A hole in time is a gap too (no marker when the dashboard was unreachable): a line breaks where consecutive
// points are more than 2.5 x the line's typical (median) spacing apart. A line has at most MaxSegments
// segments; a flapping server's older stretches beyond that are drawn as dots (one scatter series), never
// joined across their gaps. Long windows add a light min–max band per line (one QAreaSeries that collapses to
// nothing across gaps). Where the history begins after the window's start, the time before is shaded with
// "No data before 10:52".
// Interaction (MetricChartInput.cpp): Ctrl+wheel zooms the time axis around the cursor (the plain wheel scrolls
// the detail pane), a left drag selects a range
// to zoom to, Shift+drag or a middle drag pans, a double-click or the context menu resets; hovering shows the
// time and values. The zoom is kept in absolute times, so live updates do not undo it. The context menu also
// exports (PNG, SVG, copy, CSV of the shown series).
// Animations are off. Follows the palette (light/dark). Owned by ServerDetailPanel; GUI thread.

#include <QChartView>
#include <QList>
#include <QPointF>

class QAreaSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QRubberBand;
class QScatterSeries;
class QValueAxis;

class MetricChart : public QChartView
{
    Q_OBJECT
public:
    enum class Unit { Percent, Bytes, BytesPerSecond, Count, Load, Celsius };
    static constexpr int MaxSegments = 32; // line series per line
    static constexpr double HoleFactor = 2.5; // a spacing above this x the median breaks the line
    static constexpr qint64 MinZoomMs = 10 * 1000;

    // The lowest and highest value of each point's bucket (same x as the line's points; NaN = gap).
    struct Band
    {
        QList<QPointF> lower;
        QList<QPointF> upper;
    };

    MetricChart(const QString &objectName, Unit unit, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setLines(const QStringList &names); // creates/renames lines; keeps existing segment series
    int lineCount() const { return int(m_lines.size()); }
    // lines[i] holds the points of line i (x = ms since epoch, y = raw value, NaN = gap); bands[i], when given
    // and not empty, its min–max band.
    void update(const QList<QList<QPointF>> &lines, qint64 fromMs, qint64 toMs, const QList<Band> &bands = {});
    // Where the history begins (ms since the epoch; 0 = unknown). Used by the next update().
    void setDataBeginMs(qint64 ms) { m_dataBeginMs = ms; }
    // The height that keeps the title, five value labels, the time labels and the legend readable.
    int minimumChartHeight() const;
    QSize minimumSizeHint() const override;

    // Zoom (time axis); all times in ms since the epoch.
    void zoomTo(qint64 fromMs, qint64 toMs);
    void resetZoom();
    bool isZoomed() const { return m_zoomToMs > 0; }
    qint64 visibleFromMs() const;
    qint64 visibleToMs() const;
    // What hovering at time xMs shows: the nearest point's time and each line's value (rich text).
    QString hoverText(qint64 xMs) const;
    // The shown series as CSV: ISO 8601 UTC time, one column per line (and its band's min/max), units in
    // the header.
    QByteArray csv() const;

    // For tests and the benchmark.
    int pointCount(int line) const; // drawn points of the line over all its segments
    int segmentCount(int line) const;
    int dotCount(int line) const;   // points of the oldest stretches drawn as dots (over MaxSegments)
    int bandPointCount(int line) const;
    int seriesCount() const;        // all series in the chart (segments, dot series, bands, marker)
    QString valueAxisTitle() const;
    int replaceCount() const { return m_replaces; }
    QList<qint64> timeTicks() const { return m_ticks; }
    QStringList timeTickLabels() const;
    double valueStep() const;
    double valueTop() const;
    QString historyMarkerText() const; // empty when no marker is shown

signals:
    void zoomChanged();

protected:
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Line
    {
        QString name;
        QColor color;
        QList<QLineSeries *> segments;
        QScatterSeries *dots = nullptr; // created at the first line with more than MaxSegments stretches
        QAreaSeries *band = nullptr;    // created at the first band
        int points = 0;
        int dotPoints = 0;
        int bandPoints = 0;
        int usedSegments = 0;
    };
    QLineSeries *segment(Line &line, int index);
    QScatterSeries *dots(Line &line);
    QAreaSeries *band(Line &line);
    void attach(QAbstractSeries *series, bool inLegend);
    void drawLine(Line &line, const QList<QList<QPointF>> &runs);
    void drawBand(Line &line, const Band &band);
    void applyPalette();
    // MetricChartAxes.cpp
    void applyRange(); // axes, ticks and the history marker for the visible range
    void applyTimeTicks(qint64 fromMs, qint64 toMs);
    void applyValueAxis(qint64 fromMs, qint64 toMs);
    void applyHistoryMarker(qint64 fromMs, qint64 toMs);
    void placeHistoryLabel();
    QString timeFormat(qint64 stepMs) const;
    // MetricChartInput.cpp
    qint64 timeAt(double viewX) const;
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    void exportWithDialog(const QString &kind);

    Unit m_unit;
    QChart *m_chart;
    QCategoryAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QList<Line> m_lines;
    QString m_unitName;
    double m_divisor = 1;
    int m_decimals = 0;
    int m_replaces = 0;
    QList<QList<QPointF>> m_data; // the last update's lines and bands (shared, not copied), for hover and CSV
    QList<Band> m_bands;
    qint64 m_windowFromMs = 0;
    qint64 m_windowToMs = 0;
    qint64 m_zoomFromMs = 0;
    qint64 m_zoomToMs = 0; // 0: not zoomed
    qint64 m_dataBeginMs = 0;
    QList<qint64> m_ticks;
    qint64 m_tickStepMs = 0;
    QAreaSeries *m_before = nullptr; // the shaded time before the history begins
    QGraphicsSimpleTextItem *m_beforeLabel = nullptr;
    qint64 m_beforeMs = 0; // where the shown marker ends, 0 = hidden
    QRubberBand *m_rubberBand = nullptr;
    QPoint m_pressPos;
    qint64 m_panFromMs = 0;
    qint64 m_panToMs = 0;
    enum class Drag { None, Select, Pan } m_drag = Drag::None;
};
