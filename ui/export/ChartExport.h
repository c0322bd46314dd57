#pragma once

// Saving what a widget shows: PNG at the screen's resolution (size x devicePixelRatio), SVG through
// QSvgGenerator (well-formed XML with an <svg> root), and a copy to the clipboard. Called by MetricChart's
// context menu and MainWindow's File → Export; the file dialogs stay with the callers. GUI thread.

#include <QString>

class QWidget;

namespace ChartExport {

bool savePng(QWidget *widget, const QString &path);
// widget->render() into an SVG document of the widget's size; title goes into <title>.
bool saveSvg(QWidget *widget, const QString &path, const QString &title);
void copyImage(QWidget *widget);
// A file name part from server-sent text: letters, digits, '-', '_' and '.', at most 60 characters.
QString safeFileName(const QString &text);

} // namespace ChartExport
