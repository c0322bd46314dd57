#pragma once

// Paints one server as a card in ServerCardView, and a group header (FleetGroupProxy::GroupHeaderRole) as a
// full-width band with an expand/collapse arrow and its count. A card shows the status icon and word, name,
// flag and country code, tag/groups, CPU/memory/disk bars with their numbers, download/upload speed, uptime and load;
// an offline or never-reported card is drawn on the window colour in the disabled text colour and names its
// state in words, so it reads as such without colour. Colours come from the palette only; text is plain.
// Reads the table's columns through the same proxies (index.siblingAtColumn), so both views show the same
// formatted values. Owned by ServerCardView; GUI thread.

#include <QStyledItemDelegate>

class ServerCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setHeaderWidth(int width) { m_headerWidth = width; } // the view's usable width: headers span it
    void setCardWidth(int width) { m_cardWidth = width; } // the view stretches cards to fill its lines
    QSize cardSize(const QFontMetrics &fm) const;
    static int minimumCardWidth(const QFontMetrics &fm);

protected:
    // Draws the country code right-aligned at the end of `area` and the flag (CountryFlags) left of it when the
    // flag set has one; returns the width used. The code stays as text for screen readers and copy.
    virtual int paintCountry(QPainter *painter, const QRect &area, const QString &code,
                             const QStyleOptionViewItem &option) const;

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintFrame(QPainter *painter, const QStyleOptionViewItem &option, bool dimmed) const;
    void paintTitle(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, QRect line) const;
    void paintBars(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, QRect area,
                   bool dimmed) const;
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, QRect line, const QString &label,
                  const QModelIndex &cell, bool dimmed) const;

    int m_headerWidth = 400;
    int m_cardWidth = 0;
};
