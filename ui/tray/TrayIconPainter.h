#pragma once

// Paints the tray icon for a FleetHealth: the app icon (:/icons/farsight.svg), greyed while the dashboard
// cannot be used, with a badge in the corner: the offline count on red, "!" on amber (dashboard unreachable),
// "×" on dark red (token rejected), nothing when all is well. Pure function of its inputs; GUI thread
// (QPainter on QPixmap). Used by TrayController; the tests compare pixels.

#include "alerts/OfflinePolicy.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

class TrayIconPainter
{
public:
    static QIcon icon(FleetHealth::State state, int offlineCount);
    static QPixmap pixmap(FleetHealth::State state, int offlineCount, int size);
    static QString badgeText(FleetHealth::State state, int offlineCount); // "3", "99+", "!", "×" or empty
    static QColor badgeColor(FleetHealth::State state);
};
