// MetricChart's interaction: Ctrl+wheel zooms around the cursor, a left drag selects a time range to zoom to,
// Shift+drag or a middle drag pans, a double-click resets; hovering shows the time and values as a tooltip;
// the context menu resets the zoom and exports (PNG, SVG, copy, CSV).

#include "MetricChart.h"

#include "export/ChartExport.h"
#include "export/Csv.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QRubberBand>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

qint64 MetricChart::timeAt(double viewX) const
{
    const QRectF plot = m_chart->plotArea();
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    if (plot.width() <= 0)
        return from;
    const double fraction = std::clamp((viewX - plot.left()) / plot.width(), 0.0, 1.0);
    return from + qint64(std::llround(fraction * double(to - from)));
}

// Clamped to the window, at least MinZoomMs wide; the whole window is no zoom.
void MetricChart::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    const qint64 span = std::max(MinZoomMs, toMs - fromMs);
    if (span >= m_windowToMs - m_windowFromMs) {
        resetZoom();
        return;
    }
    fromMs = std::clamp(fromMs, m_windowFromMs, m_windowToMs - span);
    m_zoomFromMs = fromMs;
    m_zoomToMs = fromMs + span;
    applyRange();
    emit zoomChanged();
}

void MetricChart::zoomTo(qint64 fromMs, qint64 toMs)
{
    setVisibleRange(std::min(fromMs, toMs), std::max(fromMs, toMs));
}

void MetricChart::resetZoom()
{
    if (!isZoomed())
        return;
    m_zoomFromMs = m_zoomToMs = 0;
    applyRange();
    emit zoomChanged();
}

// Ctrl+wheel zooms around the cursor; the plain wheel is left to the detail pane's scroll area (the charts fill
// most of it, so a plain-wheel zoom would trap scrolling); a horizontal wheel pans a zoomed chart.
void MetricChart::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const bool zoom = (event->modifiers() & Qt::ControlModifier) && angle.y() != 0;
    const bool pan = !zoom && angle.x() != 0 && angle.y() == 0 && isZoomed();
    if ((!zoom && !pan) || m_windowToMs <= m_windowFromMs) {
        event->ignore(); // let the scroll area scroll
        return;
    }
    const qint64 from = visibleFromMs();
    const qint64 to = visibleToMs();
    if (pan) {
        const qint64 shift = qint64(double(to - from) * (-angle.x() / 120.0) * 0.1); // a notch: 10 % of the span
        setVisibleRange(from + shift, to + shift);
    } else {
        const qint64 at = timeAt(event->position().x());
        const double factor = std::pow(0.8, angle.y() / 120.0); // one notch: 80 % of the span
        setVisibleRange(at - qint64(double(at - from) * factor), at + qint64(double(to - at) * factor));
    }
    event->accept();
}

void MetricChart::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    const bool pan = event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan && isZoomed()) {
        m_drag = Drag::Pan;
        m_panFromMs = m_zoomFromMs;
        m_panToMs = m_zoomToMs;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton && m_chart->plotArea().contains(event->position())) {
        m_drag = Drag::Select;
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_rubberBand->setGeometry(QRect(m_pressPos, QSize()));
        m_rubberBand->show();
    }
    event->accept();
}

void MetricChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QRectF plot = m_chart->plotArea();
    if (m_drag == Drag::Pan && plot.width() > 0) {
        const double span = double(m_panToMs - m_panFromMs);
        const qint64 shift = qint64(double(pos.x() - m_pressPos.x()) / plot.width() * span);
        setVisibleRange(m_panFromMs - shift, m_panToMs - shift);
    } else if (m_drag == Drag::Select) {
        const int top = int(plot.top());
        const int x = std::clamp(pos.x(), int(plot.left()), int(plot.right()));
        m_rubberBand->setGeometry(QRect(QPoint(std::min(x, m_pressPos.x()), top),
                                        QPoint(std::max(x, m_pressPos.x()), int(plot.bottom()))));
    } else if (plot.contains(event->position())) {
        const QString text = hoverText(timeAt(event->position().x()));
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    } else {
        QToolTip::hideText();
    }
    event->accept();
}

void MetricChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Select) {
        m_rubberBand->hide();
        const int x = event->position().toPoint().x();
        if (std::abs(x - m_pressPos.x()) >= 4)
            zoomTo(timeAt(m_pressPos.x()), timeAt(x));
    }
    m_drag = Drag::None;
    unsetCursor();
    event->accept();
}

void MetricChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

// The nearest point of each line to xMs, within a few spacings; rich text like the legend (names are escaped).
QString MetricChart::hoverText(qint64 xMs) const
{
    const QLocale locale;
    const qint64 span = m_windowToMs - m_windowFromMs;
    const QString format = span > 26 * 3600 * 1000 ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("HH:mm:ss");
    const double reach = double(visibleToMs() - visibleFromMs()) * 0.05;
    QString rows;
    qint64 shownTime = 0;
    for (qsizetype i = 0; i < std::min(m_data.size(), m_lines.size()); ++i) {
        const QList<QPointF> &points = m_data.at(i);
        const qsizetype at = std::lower_bound(points.begin(), points.end(), double(xMs),
                                              [](const QPointF &p, double x) { return p.x() < x; })
                             - points.begin();
        const QPointF *best = nullptr;
        for (qsizetype c : {at - 1, at}) {
            if (c >= 0 && c < points.size() && std::isfinite(points.at(c).y())
                && (!best || std::abs(points.at(c).x() - double(xMs)) < std::abs(best->x() - double(xMs))))
                best = &points.at(c);
        }
        if (!best || std::abs(best->x() - double(xMs)) > reach)
            continue;
        shownTime = qint64(best->x());
        const int decimals = std::min(m_decimals + 1, 3);
        QString value = locale.toString(best->y() / m_divisor, 'f', decimals);
        if (!m_unitName.isEmpty())
            value += QChar(0x00A0) + m_unitName.toHtmlEscaped();
        rows += QStringLiteral("<br><span style=\"color:%1\">■</span> %2: %3")
                    .arg(m_lines.at(i).color.name(), m_lines.at(i).name, value);
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<b>") + locale.toString(QDateTime::fromMSecsSinceEpoch(shownTime), format)
           + QStringLiteral("</b>") + rows;
}

QByteArray MetricChart::csv() const
{
    QString unit;
    switch (m_unit) {
    case Unit::Percent:
        unit = QStringLiteral("%");
        break;
    case Unit::Bytes:
        unit = QStringLiteral("B");
        break;
    case Unit::BytesPerSecond:
        unit = QStringLiteral("B/s");
        break;
    case Unit::Celsius:
        unit = QStringLiteral("°C");
        break;
    case Unit::Count:
    case Unit::Load:
        break;
    }
    const QString suffix = unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit);
    QList<Csv::Column> columns;
    for (qsizetype i = 0; i < std::min(m_data.size(), m_lines.size()); ++i) {
        const QString &name = m_lines.at(i).name;
        columns.append({name + suffix, m_data.at(i)});
        if (i < m_bands.size() && !m_bands.at(i).lower.isEmpty()) {
            //: CSV column header: the lowest value of a series in each time bucket
            columns.append({tr("%1 min").arg(name) + suffix, m_bands.at(i).lower});
            //: CSV column header: the highest value of a series in each time bucket
            columns.append({tr("%1 max").arg(name) + suffix, m_bands.at(i).upper});
        }
    }
    return Csv::series(columns);
}

void MetricChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *reset = menu.addAction(tr("&Reset zoom"), this, &MetricChart::resetZoom);
    reset->setEnabled(isZoomed());
    menu.addSeparator();
    menu.addAction(tr("Export as &PNG…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu.addAction(tr("Export as &SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
    menu.addAction(tr("&Copy", "copy the chart image"), this, [this] { ChartExport::copyImage(this); });
    menu.addSeparator();
    menu.addAction(tr("Export &data as CSV…"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
    menu.exec(event->globalPos());
}

void MetricChart::exportWithDialog(const QString &kind)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString base = dir + QLatin1Char('/') + ChartExport::safeFileName(objectName()) + QLatin1Char('.') + kind;
    const QString filter = kind == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : kind == QLatin1String("svg") ? tr("SVG images (*.svg)")
                                                          : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), base, filter);
    if (path.isEmpty())
        return;
    bool ok = false;
    if (kind == QLatin1String("png")) {
        ok = ChartExport::savePng(this, path);
    } else if (kind == QLatin1String("svg")) {
        ok = ChartExport::saveSvg(this, path, title());
    } else {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) && file.write(csv()) >= 0 && file.commit();
    }
    if (!ok) {
        //: %1 = a file path
        QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void MetricChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (m_windowToMs > m_windowFromMs)
        applyTimeTicks(visibleFromMs(), visibleToMs()); // more or fewer ticks fit
}
