#include "export/ChartExport.h"

#include <QApplication>
#include <QClipboard>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace ChartExport {

bool savePng(QWidget *widget, const QString &path)
{
    return widget->grab().save(path, "PNG"); // grab() renders at the widget's devicePixelRatio
}

bool saveSvg(QWidget *widget, const QString &path, const QString &title)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Farsight"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return painter.end();
}

void copyImage(QWidget *widget)
{
    QApplication::clipboard()->setPixmap(widget->grab());
}

QString safeFileName(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (out.size() >= 60)
            break;
        const bool ok = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                        || c == QLatin1Char('.');
        out += ok ? c : QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1); // no hidden files, no ".."
    return out.isEmpty() ? QStringLiteral("server") : out;
}

} // namespace ChartExport
