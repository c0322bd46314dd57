#pragma once

// The notification history: one row per announced AlertEvent (time, server, event), newest last, capped at
// `capacity` rows (the oldest fall off). Events are recorded even when desktop notifications are switched off,
// so the history answers "what happened while I looked away". Qt Core only (models/): AlertCenter (app/alerts)
// appends and persists it through Settings; NotificationHistoryDialog (ui/tray) shows it. Texts re-render on
// retranslate(); server-sent text reaches tooltips only through plainToolTip(). GUI thread.

#include "AlertEvent.h"

#include <QAbstractTableModel>
#include <QList>

class NotificationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ServerColumn, EventColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, KindRole, ServerIdRole };

    explicit NotificationHistoryModel(int capacity = 500, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const AlertEvent &event);
    AlertEvent event(int row) const { return m_rows.at(row); }
    QList<AlertEvent> events() const { return m_rows; } // oldest first
    void restore(const QList<AlertEvent> &events);       // start-up: replaces the rows (the newest `capacity`)
    void clear();
    void retranslate(); // the language changed: every text cell re-renders

private:
    QList<AlertEvent> m_rows;
    int m_capacity;
};
