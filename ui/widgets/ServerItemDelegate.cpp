#include "ServerItemDelegate.h"

#include "FleetModel.h"
#include "CountryFlags.h"

#include <QApplication>
#include <QPainter>

namespace {

bool isDimmed(const QModelIndex &index)
{
    return index.data(FleetModel::StaleRole).toBool()
           || index.data(FleetModel::StateRole).toInt() != int(ServerState::Online);
}

QColor levelColor(double fraction)
{
    if (fraction >= 0.9)
        return QColor(0xd0, 0x45, 0x3a); // red
    if (fraction >= 0.7)
        return QColor(0xd6, 0x9a, 0x1c); // amber
    return QColor(0x2e, 0x9e, 0x44);     // green
}

} // namespace

void ServerItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == FleetModel::CountryColumn) { // the flag beside the code; the code stays as text
        const int height = option->fontMetrics.height() * 3 / 4;
        const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : qApp->devicePixelRatio();
        const QPixmap flag = CountryFlags::instance().flag(index.data(Qt::DisplayRole).toString(), height, dpr);
        if (!flag.isNull()) {
            option->icon = QIcon(flag);
            option->decorationSize = QSize(height * 4 / 3, height);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
    if (isDimmed(index)) {
        const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, grey);
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
    }
}

void ServerItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_barColumns.contains(index.column())) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    bool ok = false;
    const double fraction = index.data(FleetModel::FractionRole).toDouble(&ok);
    if (!ok || fraction < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintBar(painter, option, index, qBound(0.0, fraction, 1.0));
}

void ServerItemDelegate::paintBar(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                  double fraction) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    const QRect bar = opt.rect.adjusted(m_barInset, m_barInset, -m_barInset, -m_barInset);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QColor track = opt.palette.color(QPalette::Mid);
    track.setAlpha(60);
    painter->fillRect(bar, track);
    QColor fill = levelColor(fraction);
    fill.setAlpha(isDimmed(index) ? 60 : 150);
    painter->fillRect(QRect(bar.topLeft(), QSize(int(bar.width() * fraction), bar.height())), fill);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QSize ServerItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_barColumns.contains(index.column()))
        size.setWidth(qMax(size.width() + 16, 90));
    return size;
}
