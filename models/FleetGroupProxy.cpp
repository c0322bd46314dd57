#include "FleetGroupProxy.h"

#include "FleetModel.h"

#include <QHash>
#include <algorithm>
#include <climits>
#include <numeric>

FleetGroupProxy::FleetGroupProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void FleetGroupProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(source, &M::dataChanged, this, &FleetGroupProxy::onSourceDataChanged),
            connect(source, &M::headerDataChanged, this, &M::headerDataChanged),
            connect(source, &M::layoutAboutToBeChanged, this, &FleetGroupProxy::beginLayout),
            connect(source, &M::layoutChanged, this, &FleetGroupProxy::endLayout),
            connect(source, &M::rowsAboutToBeInserted, this, &FleetGroupProxy::beginLayout),
            connect(source, &M::rowsInserted, this, &FleetGroupProxy::endLayout),
            connect(source, &M::rowsAboutToBeRemoved, this, &FleetGroupProxy::beginLayout),
            connect(source, &M::rowsRemoved, this, &FleetGroupProxy::endLayout),
            connect(source, &M::rowsAboutToBeMoved, this, &FleetGroupProxy::beginLayout),
            connect(source, &M::rowsMoved, this, &FleetGroupProxy::endLayout),
            connect(source, &M::modelAboutToBeReset, this, &FleetGroupProxy::beginResetModel),
            connect(source, &M::modelReset, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
        };
    }
    rebuild();
    endResetModel();
}

void FleetGroupProxy::setGroupingEnabled(bool on)
{
    if (m_grouping == on)
        return;
    beginLayout();
    m_grouping = on;
    endLayout();
}

void FleetGroupProxy::setUsesGroups(bool groups)
{
    if (m_usesGroups == groups)
        return;
    m_usesGroups = groups;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sourceRow < 0)
            emit dataChanged(index(row, 0), index(row, 0), {Qt::DisplayRole});
    }
}

void FleetGroupProxy::setCollapsed(const QString &group, bool collapsed)
{
    if (m_collapsed.contains(group) == collapsed)
        return;
    beginLayout();
    if (collapsed)
        m_collapsed.insert(group);
    else
        m_collapsed.remove(group);
    endLayout();
}

void FleetGroupProxy::expandAll()
{
    if (m_collapsed.isEmpty())
        return;
    beginLayout();
    m_collapsed.clear();
    endLayout();
}

void FleetGroupProxy::toggleCollapsed(const QModelIndex &header)
{
    if (!isHeader(header))
        return;
    const QString group = m_groups.at(m_rows.at(header.row()).group).name;
    setCollapsed(group, !isCollapsed(group));
}

bool FleetGroupProxy::isHeader(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rows.size()
           && m_rows.at(index.row()).sourceRow < 0;
}

QString FleetGroupProxy::groupOfSourceRow(int sourceRow) const
{
    const QStringList groups = sourceModel()->index(sourceRow, 0).data(FleetModel::GroupsRole).toStringList();
    if (groups.isEmpty())
        return {};
    return *std::min_element(groups.begin(), groups.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
}

void FleetGroupProxy::rebuild()
{
    m_rows.clear();
    m_groups.clear();
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    m_proxyRowOfSource.fill(-1, n);
    m_rows.reserve(n);
    if (!m_grouping) {
        for (int r = 0; r < n; ++r) {
            m_proxyRowOfSource[r] = r;
            m_rows.append({r, -1});
        }
        return;
    }
    QHash<QString, int> groupIndex;
    QList<QList<int>> members;
    for (int r = 0; r < n; ++r) {
        const QString name = groupOfSourceRow(r);
        auto it = groupIndex.constFind(name);
        if (it == groupIndex.constEnd()) {
            it = groupIndex.insert(name, int(m_groups.size()));
            m_groups.append({name, 0});
            members.append(QList<int>());
        }
        ++m_groups[*it].count;
        members[*it].append(r);
    }
    QList<int> order(m_groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const QString &x = m_groups.at(a).name, &y = m_groups.at(b).name;
        if (x.isEmpty() != y.isEmpty())
            return y.isEmpty(); // "no tag/group" last
        return QString::compare(x, y, Qt::CaseInsensitive) < 0;
    });
    for (int g : std::as_const(order)) {
        m_rows.append({-1, g});
        if (m_collapsed.contains(m_groups.at(g).name))
            continue;
        for (int r : std::as_const(members.at(g))) {
            m_proxyRowOfSource[r] = int(m_rows.size());
            m_rows.append({r, g});
        }
    }
}

void FleetGroupProxy::beginLayout()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    emit layoutAboutToBeChanged();
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutHeaders.clear();
    for (const QModelIndex &index : std::as_const(m_layoutProxy)) {
        const bool header = isHeader(index);
        m_layoutSource.append(header ? QPersistentModelIndex() : QPersistentModelIndex(mapToSource(index)));
        m_layoutHeaders.append(header ? m_groups.at(m_rows.at(index.row()).group).name : QString());
    }
}

void FleetGroupProxy::endLayout()
{
    if (!m_inLayout)
        return;
    rebuild();
    QModelIndexList to;
    to.reserve(m_layoutProxy.size());
    for (int i = 0; i < m_layoutProxy.size(); ++i) {
        const int column = m_layoutProxy.at(i).column();
        QModelIndex moved;
        if (m_layoutSource.at(i).isValid()) {
            moved = mapFromSource(m_layoutSource.at(i));
        } else if (m_grouping && !m_layoutHeaders.at(i).isNull()) {
            for (int row = 0; row < m_rows.size() && !moved.isValid(); ++row) {
                const Row &r = m_rows.at(row);
                if (r.sourceRow < 0 && m_groups.at(r.group).name == m_layoutHeaders.at(i))
                    moved = index(row, column);
            }
        }
        to.append(moved);
    }
    changePersistentIndexList(m_layoutProxy, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    m_layoutHeaders.clear();
    m_inLayout = false;
    emit layoutChanged();
}

void FleetGroupProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    if (m_inLayout)
        return; // the layout change in progress re-reads everything
    if (m_grouping && (roles.isEmpty() || roles.contains(FleetModel::GroupsRole))) {
        beginLayout(); // a server changed group: its row moves
        endLayout();
        return;
    }
    int first = INT_MAX, last = -1;
    for (int r = topLeft.row(); r <= bottomRight.row() && r < m_proxyRowOfSource.size(); ++r) {
        const int row = m_proxyRowOfSource.at(r);
        if (row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

QModelIndex FleetGroupProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FleetGroupProxy::parent(const QModelIndex &) const
{
    return {};
}

int FleetGroupProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetGroupProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool FleetGroupProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex FleetGroupProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size())
        return {};
    const int row = m_rows.at(proxyIndex.row()).sourceRow;
    return row < 0 ? QModelIndex() : sourceModel()->index(row, proxyIndex.column());
}

QModelIndex FleetGroupProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRowOfSource.size())
        return {};
    const int row = m_proxyRowOfSource.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QString FleetGroupProxy::headerText(const Group &group) const
{
    if (group.name.isEmpty()) {
        //: group header in the server list; %n = servers in it
        return m_usesGroups ? tr("In no group (%n)", nullptr, group.count) : tr("Untagged (%n)", nullptr, group.count);
    }
    //: group header in the server list; %1 = tag or group name, %n = servers in it
    return tr("%1 (%n)", "group header", group.count).arg(group.name);
}

QVariant FleetGroupProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Group *group = row.group >= 0 ? &m_groups.at(row.group) : nullptr;
    switch (role) {
    case GroupHeaderRole: return row.sourceRow < 0;
    case GroupNameRole: return group ? group->name : QString();
    case GroupCountRole: return group ? group->count : 0;
    case GroupCollapsedRole: return group && m_collapsed.contains(group->name);
    default: break;
    }
    if (row.sourceRow >= 0)
        return sourceModel()->index(row.sourceRow, index.column()).data(role);
    // Every column answers with the header text: a table spans the row from whichever column it shows first.
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return headerText(*group);
    return {};
}

Qt::ItemFlags FleetGroupProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isHeader(index))
        return Qt::ItemIsEnabled;
    return QAbstractProxyModel::flags(index);
}

QVariant FleetGroupProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || !sourceModel())
        return {};
    return sourceModel()->headerData(section, orientation, role);
}

void FleetGroupProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}
