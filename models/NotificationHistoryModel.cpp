#include "NotificationHistoryModel.h"

#include "PlainText.h"

#include <QDateTime>
#include <QLocale>

NotificationHistoryModel::NotificationHistoryModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

int NotificationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertEvent &event = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.atMs), QLocale::ShortFormat);
        case ServerColumn:
            return event.isServerEvent() ? event.serverName : tr("Dashboard", "history: the event is about the dashboard");
        case EventColumn:
            return event.text();
        }
        break;
    case Qt::ToolTipRole:
        // Server names and error sentences come from the server: a tooltip would render them as rich text.
        return index.column() == EventColumn ? plainToolTip(event.text()) : QVariant();
    case ValueRole:
        switch (index.column()) {
        case TimeColumn:
            return event.atMs;
        case ServerColumn:
            return event.serverName;
        case EventColumn:
            return int(event.kind);
        }
        break;
    case KindRole:
        return int(event.kind);
    case ServerIdRole:
        return event.serverId;
    }
    return {};
}

QVariant NotificationHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ServerColumn:
        return tr("Server");
    case EventColumn:
        return tr("Event", "notification history column");
    }
    return {};
}

void NotificationHistoryModel::append(const AlertEvent &event)
{
    if (m_rows.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(event);
    endInsertRows();
}

void NotificationHistoryModel::restore(const QList<AlertEvent> &events)
{
    beginResetModel();
    m_rows = events.mid(std::max<qsizetype>(0, events.size() - m_capacity));
    endResetModel();
}

void NotificationHistoryModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void NotificationHistoryModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
