#include "TrayIconPainter.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

QString TrayIconPainter::badgeText(FleetHealth::State state, int offlineCount)
{
    switch (state) {
    case FleetHealth::State::SomeOffline:
        return offlineCount > 99 ? QStringLiteral("99+") : QString::number(offlineCount);
    case FleetHealth::State::DashboardUnreachable:
        return QStringLiteral("!");
    case FleetHealth::State::TokenRejected:
        return QStringLiteral("×");
    case FleetHealth::State::AllOnline:
    case FleetHealth::State::Unknown:
        break;
    }
    return {};
}

QColor TrayIconPainter::badgeColor(FleetHealth::State state)
{
    switch (state) {
    case FleetHealth::State::SomeOffline:
        return QColor(0xd7, 0x1f, 0x1f);
    case FleetHealth::State::DashboardUnreachable:
        return QColor(0xe8, 0x8a, 0x00);
    case FleetHealth::State::TokenRejected:
        return QColor(0x8b, 0x00, 0x2a);
    case FleetHealth::State::AllOnline:
        return QColor(0x1f, 0x9d, 0x55);
    case FleetHealth::State::Unknown:
        break;
    }
    return QColor(Qt::gray);
}

static QIcon appIcon()
{
    // resources.qrc lives in the static farsight_ui library: without this reference the linker may drop it.
    Q_INIT_RESOURCE(resources);
    return QIcon(QStringLiteral(":/icons/farsight.svg"));
}

QPixmap TrayIconPainter::pixmap(FleetHealth::State state, int offlineCount, int size)
{
    static const QIcon base = appIcon();
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);

    const bool dashboardDown = state == FleetHealth::State::DashboardUnreachable
        || state == FleetHealth::State::TokenRejected || state == FleetHealth::State::Unknown;
    // Greyed app icon = "no fresh data": the counts may be stale. (The SVG engine ignores QIcon::Disabled.)
    QImage image = base.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    if (dashboardDown) {
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int grey = (qGray(line[x]) + 255) / 2; // lighter grey reads as "inactive" on dark and light
                line[x] = qRgba(grey, grey, grey, qAlpha(line[x]));
            }
        }
    }
    painter.drawImage(QRect(0, 0, size, size), image);

    const QString text = badgeText(state, offlineCount);
    if (text.isEmpty()) {
        if (state == FleetHealth::State::AllOnline) { // a small green dot: "watching, all fine"
            const qreal d = size * 0.34;
            painter.setPen(QPen(Qt::white, std::max(1.0, size / 32.0)));
            painter.setBrush(badgeColor(state));
            painter.drawEllipse(QRectF(size - d - 0.5, size - d - 0.5, d, d));
        }
        return pixmap;
    }
    // The badge fills the lower right ~60 %: at 16-22 px a digit must still read.
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(7, int(size * (text.size() > 2 ? 0.34 : text.size() > 1 ? 0.42 : 0.5))));
    painter.setFont(font);
    const qreal height = size * 0.62;
    const qreal width = std::max(height, QFontMetricsF(font).horizontalAdvance(text) + size * 0.16);
    const QRectF badge(size - width, size - height, width, height);
    painter.setPen(QPen(Qt::white, std::max(1.0, size / 32.0)));
    painter.setBrush(badgeColor(state));
    painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return pixmap;
}

QIcon TrayIconPainter::icon(FleetHealth::State state, int offlineCount)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(pixmap(state, offlineCount, size));
    return icon;
}
