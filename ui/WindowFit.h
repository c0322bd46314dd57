#pragma once

// Keeps top-level windows on the screen they open on: a size wanted by the code (resize(1200, 760)), a
// restored geometry from a larger monitor or a dialog's size hint at QT_SCALE_FACTOR=2 is clamped to
// QScreen::availableGeometry() and moved inside it. Pure rectangle maths (fitted) plus one helper for a
// widget (fitToScreen). Called by MainWindow and the dialogs before they show; GUI thread.

#include <QRect>

class QWidget;

namespace WindowFit {
// `wanted` (a frame rectangle) shrunk to `available` and moved inside it; `margin` px stay free around it.
QRect fitted(const QRect &wanted, const QRect &available, int margin = 0);
// Resizes and moves `window` (a top-level widget) so its frame fits its screen's available geometry.
void fitToScreen(QWidget *window);
} // namespace WindowFit
