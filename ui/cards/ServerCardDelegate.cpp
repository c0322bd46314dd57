#include "ServerCardDelegate.h"

#include "widgets/CountryFlags.h"

#include "FleetGroupProxy.h"
#include "FleetModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int Lines = 7; // title, state·tag, three bars, speeds, uptime·load

int lineHeight(const QFontMetrics &fm) { return fm.height() + fm.height() / 4; }
int padding(const QFontMetrics &fm) { return fm.height() / 2; }

bool isDimmed(const QModelIndex &index)
{
    return index.data(FleetModel::StateRole).toInt() != int(ServerState::Online)
           || index.data(FleetModel::StaleRole).toBool();
}

QString cellText(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}
} // namespace

QSize ServerCardDelegate::cardSize(const QFontMetrics &fm) const
{
    return {qMax(m_cardWidth, minimumCardWidth(fm)), 2 * padding(fm) + Lines * lineHeight(fm)};
}

int ServerCardDelegate::minimumCardWidth(const QFontMetrics &fm)
{
    return fm.height() * 17;
}

QSize ServerCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(FleetGroupProxy::GroupHeaderRole).toBool())
        return {qMax(m_headerWidth, cardSize(option.fontMetrics).width()), option.fontMetrics.height() * 2};
    return cardSize(option.fontMetrics);
}

void ServerCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(FleetGroupProxy::GroupHeaderRole).toBool()) {
        paintHeader(painter, option, index);
        return;
    }
    const bool dimmed = isDimmed(index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    paintFrame(painter, option, dimmed);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = option.fontMetrics;
    const int pad = padding(fm), lh = lineHeight(fm);
    QRect line(option.rect.left() + pad, option.rect.top() + pad, option.rect.width() - 2 * pad, lh);
    // A selected offline card keeps full-contrast text on the highlight tint; its state still reads in words.
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = dimmed && !selected ? QPalette::Disabled : QPalette::Normal;
    painter->setPen(option.palette.color(group, QPalette::Text));
    paintTitle(painter, option, index, line);

    // Line 2: the state in words (never colour alone) and the tag or groups.
    line.translate(0, lh);
    const QString state = cellText(index, FleetModel::StatusColumn);
    const QString tag = cellText(index, FleetModel::TagColumn);
    const QString second = tag.isEmpty() ? state : state + QStringLiteral(" · ") + tag;
    painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(second, Qt::ElideRight, line.width()));

    line.translate(0, lh);
    paintBars(painter, option, index, QRect(line.topLeft(), QSize(line.width(), 3 * lh)), dimmed);
    line.translate(0, 3 * lh);
    painter->setPen(option.palette.color(group, QPalette::Text));
    //: server card: download (↓) and upload (↑) speed
    const QString speeds = tr("↓ %1   ↑ %2").arg(cellText(index, FleetModel::NetInSpeedColumn),
                                                cellText(index, FleetModel::NetOutSpeedColumn));
    painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(speeds, Qt::ElideRight, line.width()));
    line.translate(0, lh);
    //: server card: %1 = uptime ("3 d 4 h"), %2 = 1-minute load average
    const QString uptime = tr("Up %1 · Load %2").arg(cellText(index, FleetModel::UptimeColumn),
                                                     cellText(index, FleetModel::LoadColumn));
    painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(uptime, Qt::ElideRight, line.width()));
    painter->restore();
}

void ServerCardDelegate::paintFrame(QPainter *painter, const QStyleOptionViewItem &option, bool dimmed) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF frame = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor fill = option.palette.color(dimmed ? QPalette::Window : QPalette::Base);
    if (selected) { // a tint of the highlight keeps the text readable in both themes
        const QColor h = option.palette.color(QPalette::Highlight);
        fill = QColor::fromRgbF(fill.redF() * 0.75f + h.redF() * 0.25f, fill.greenF() * 0.75f + h.greenF() * 0.25f,
                                fill.blueF() * 0.75f + h.blueF() * 0.25f);
    }
    QPainterPath path;
    path.addRoundedRect(frame, 6, 6);
    painter->fillPath(path, fill);
    QPen pen(option.palette.color(selected ? QPalette::Highlight : QPalette::Mid), selected ? 2.5 : 1.0);
    if (dimmed && !selected)
        pen.setStyle(Qt::DashLine); // offline reads differently in grey-scale too
    painter->setPen(pen);
    painter->drawPath(path);
    if (option.state & QStyle::State_HasFocus) {
        QPen focus(option.palette.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(focus);
        painter->drawRoundedRect(frame.adjusted(3, 3, -3, -3), 4, 4);
    }
}

void ServerCardDelegate::paintTitle(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                    QRect line) const
{
    const QIcon icon = index.siblingAtColumn(FleetModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
    const int iconSize = option.fontMetrics.height();
    if (!icon.isNull()) {
        const QRect iconRect(line.left(), line.center().y() - iconSize / 2, iconSize, iconSize);
        icon.paint(painter, iconRect);
        line.setLeft(line.left() + iconSize + iconSize / 3);
    }
    const int used = paintCountry(painter, line, cellText(index, FleetModel::CountryColumn), option);
    line.setRight(line.right() - used);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetrics fm(bold);
    painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(cellText(index, FleetModel::NameColumn), Qt::ElideRight, line.width()));
    painter->setFont(option.font);
}

int ServerCardDelegate::paintCountry(QPainter *painter, const QRect &area, const QString &code,
                                     const QStyleOptionViewItem &option) const
{
    if (code.isEmpty())
        return 0;
    const QString text = code.left(3); // ISO codes; a server sending more does not get the card
    const int gap = option.fontMetrics.height() / 3;
    const int textWidth = option.fontMetrics.horizontalAdvance(text);
    painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight, text);
    // The flag left of the code (the code stays as text: screen readers read the card's accessible text).
    const int height = option.fontMetrics.height() * 3 / 4;
    const qreal dpr = option.widget ? option.widget->devicePixelRatioF() : painter->device()->devicePixelRatioF();
    const QPixmap flag = CountryFlags::instance().flag(code, height, dpr);
    if (flag.isNull())
        return textWidth + gap;
    const int flagWidth = height * 4 / 3;
    const QRect flagRect(area.right() - textWidth - gap / 2 - flagWidth + 1, area.center().y() - height / 2 + 1,
                         flagWidth, height);
    painter->drawPixmap(flagRect, flag);
    return textWidth + gap / 2 + flagWidth + gap;
}

void ServerCardDelegate::paintBars(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                   QRect area, bool dimmed) const
{
    const int lh = lineHeight(option.fontMetrics);
    if (index.data(FleetModel::StateRole).toInt() == int(ServerState::NeverReported)) {
        painter->drawText(area, Qt::AlignCenter, tr("No report yet"));
        return;
    }
    QRect line(area.topLeft(), QSize(area.width(), lh));
    paintBar(painter, option, line, tr("CPU"), index.siblingAtColumn(FleetModel::CpuColumn), dimmed);
    line.translate(0, lh);
    //: server card bar label: memory
    paintBar(painter, option, line, tr("RAM"), index.siblingAtColumn(FleetModel::MemoryColumn), dimmed);
    line.translate(0, lh);
    paintBar(painter, option, line, tr("Disk"), index.siblingAtColumn(FleetModel::DiskColumn), dimmed);
}

void ServerCardDelegate::paintBar(QPainter *painter, const QStyleOptionViewItem &option, QRect line,
                                  const QString &label, const QModelIndex &cell, bool dimmed) const
{
    const QFontMetrics &fm = option.fontMetrics;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = dimmed && !selected ? QPalette::Disabled : QPalette::Normal;
    const int labelWidth = fm.height() * 3;
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + fm.height() / 2;
    painter->setPen(option.palette.color(group, QPalette::Text));
    painter->drawText(QRect(line.left(), line.top(), labelWidth, line.height()), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(label, Qt::ElideRight, labelWidth));
    painter->drawText(QRect(line.right() - valueWidth, line.top(), valueWidth, line.height()),
                      Qt::AlignVCenter | Qt::AlignRight, cell.data().toString());
    const QRect bar(line.left() + labelWidth, line.top() + line.height() / 4,
                    line.width() - labelWidth - valueWidth - fm.height() / 3, line.height() / 2);
    QColor track = option.palette.color(QPalette::Mid);
    track.setAlpha(70);
    painter->fillRect(bar, track);
    const double fraction = cell.data(FleetModel::FractionRole).toDouble();
    if (fraction > 0) {
        QColor fill = option.palette.color(dimmed ? QPalette::Disabled : QPalette::Normal, QPalette::Highlight);
        if (dimmed)
            fill.setAlpha(90);
        painter->fillRect(QRect(bar.topLeft(), QSize(int(bar.width() * qMin(fraction, 1.0)), bar.height())), fill);
    }
}

void ServerCardDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    painter->save();
    const QRect rect = option.rect.adjusted(1, 1, -1, -1);
    QColor band = option.palette.color(QPalette::AlternateBase);
    painter->fillRect(rect, band);
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    const int arrow = option.fontMetrics.height();
    QStyleOption arrowOption;
    arrowOption.rect = QRect(rect.left() + arrow / 3, rect.center().y() - arrow / 2, arrow, arrow);
    arrowOption.palette = option.palette;
    const bool collapsed = index.data(FleetGroupProxy::GroupCollapsedRole).toBool();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(collapsed ? QStyle::PE_IndicatorArrowRight : QStyle::PE_IndicatorArrowDown, &arrowOption,
                         painter, option.widget);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect text = rect.adjusted(arrow + arrow * 2 / 3, 0, -arrow / 2, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRect(rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}
