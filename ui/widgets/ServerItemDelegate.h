#pragma once

// Item delegate for the server table. Every cell of an offline, never-reported or stale row is drawn in the
// palette's disabled text colour (the last-known values stay visible, just greyed). Columns marked with
// setBarColumn() draw FleetModel::FractionRole (0..1) as a bar behind the formatted text, coloured by level.
// Text is always painted as plain text; setCompact() thins the bars' margins for the compact density.
// Owned by ServerListPanel's table; GUI thread.

#include <QSet>
#include <QStyledItemDelegate>

class ServerItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setBarColumns(const QSet<int> &columns) { m_barColumns = columns; }
    void setCompact(bool compact) { m_barInset = compact ? 1 : 3; } // compact rows: thinner margin around bars
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, double fraction) const;

    QSet<int> m_barColumns;
    int m_barInset = 3;
};
