#include "ServerFilterProxy.h"

#include "FleetModel.h"
#include "Format.h"
#include "NaturalCompare.h"
#include "PlainText.h"

#include <QDateTime>

static void initResources()
{
    Q_INIT_RESOURCE(resources); // outside any namespace, as the macro requires
}

ServerFilterProxy::ServerFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    initResources();
    m_online = QIcon(QStringLiteral(":/icons/status-online.svg"));
    m_offline = QIcon(QStringLiteral(":/icons/status-offline.svg"));
    m_never = QIcon(QStringLiteral(":/icons/status-never.svg"));
    m_stale = QIcon(QStringLiteral(":/icons/status-stale.svg"));
    setSortRole(FleetModel::ValueRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ServerFilterProxy::setTagFilter(const QString &tag, bool any)
{
    if (m_tag == tag && m_anyTag == any)
        return;
    m_tag = tag;
    m_anyTag = any;
    invalidateFilter();
}

void ServerFilterProxy::setStateFilter(StateFilter filter)
{
    if (m_state == filter)
        return;
    m_state = filter;
    invalidateFilter();
}

void ServerFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_search)
        return;
    m_search = needle;
    invalidateFilter();
}

bool ServerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_state != StateFilter::All) {
        const QModelIndex index = sourceModel()->index(sourceRow, FleetModel::StatusColumn, sourceParent);
        const auto state = ServerState(index.data(FleetModel::StateRole).toInt());
        const ServerState wanted = m_state == StateFilter::Online    ? ServerState::Online
                                   : m_state == StateFilter::Offline ? ServerState::Offline
                                                                     : ServerState::NeverReported;
        if (state != wanted)
            return false;
    }
    return acceptsIgnoringState(sourceRow);
}

bool ServerFilterProxy::acceptsIgnoringState(int sourceRow) const
{
    if (m_anyTag && m_search.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, FleetModel::StatusColumn);
    if (!m_anyTag && !matchesGroup(index.data(FleetModel::GroupsRole).toStringList()))
        return false;
    if (!m_search.isEmpty() && !index.data(FleetModel::SearchTextRole).toString().contains(m_search))
        return false;
    return true;
}

bool ServerFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(FleetModel::ValueRole);
    const QVariant r = right.data(FleetModel::ValueRole);
    int order = 0;
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        order = naturalCompare(l.toString(), r.toString()); // ams-db-9 < ams-db-10, case-blind
    } else {
        const QPartialOrdering c = QVariant::compare(l, r);
        order = c == QPartialOrdering::Less ? -1 : c == QPartialOrdering::Greater ? 1 : 0;
    }
    if (order != 0)
        return order < 0;
    // Stable tie-break by server id keeps rows from jumping between polls.
    return left.data(FleetModel::ServerIdRole).toULongLong() < right.data(FleetModel::ServerIdRole).toULongLong();
}

QVariant ServerFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == FleetModel::StatusColumn) {
        if (index.data(FleetModel::StaleRole).toBool())
            return m_stale;
        switch (ServerState(index.data(FleetModel::StateRole).toInt())) {
        case ServerState::Online:
            return m_online;
        case ServerState::Offline:
            return m_offline;
        case ServerState::NeverReported:
            return m_never;
        }
    }
    if (role == Qt::ToolTipRole) {
        // The model's tooltips are plain text and may contain server names such as "<b>x</b>": plainToolTip()
        // keeps Qt from rendering them as HTML.
        QString text = QSortFilterProxyModel::data(index, role).toString();
        const auto state = ServerState(index.data(FleetModel::StateRole).toInt());
        const qint64 lastActive = index.data(FleetModel::LastActiveRole).toLongLong();
        if ((state == ServerState::Offline || index.data(FleetModel::StaleRole).toBool()) && lastActive > 0) {
            const QString asOf = tr("Values as of %1").arg(Format::dateTime(lastActive));
            text = text.isEmpty() ? asOf : text + QLatin1Char('\n') + asOf;
        }
        if (text.isEmpty())
            return {};
        return plainToolTip(text);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool ServerFilterProxy::matchesGroup(const QStringList &groups) const
{
    // "" selects the servers in no tag/group; a server in several v1/v2 groups matches each of them.
    return m_tag.isEmpty() ? groups.isEmpty() : groups.contains(m_tag);
}
