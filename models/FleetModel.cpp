#include "FleetModel.h"

#include "Format.h"

#include <QLocale>
#include <QSet>

namespace {

using Roles = QList<int>;

// A bit above every column: the record changed, but no column shows what changed.
constexpr quint32 SnapshotOnly = 1u << 31;
constexpr quint32 AllColumns = (1u << FleetModel::ColumnCount) - 1;
static_assert(FleetModel::ColumnCount < 31);

// Roles that change when a column's underlying data changes. Row-level roles (StateRole, TagRole,
// SearchTextRole, LastActiveRole, StaleRole) are answered on every column but signalled on their own one.
Roles rolesOf(int column)
{
    switch (column) {
    case FleetModel::StatusColumn:
        return {Qt::DisplayRole, Qt::ToolTipRole, FleetModel::ValueRole, FleetModel::StateRole};
    case FleetModel::NameColumn:
        return {Qt::DisplayRole, Qt::ToolTipRole, FleetModel::ValueRole, FleetModel::SearchTextRole};
    case FleetModel::TagColumn:
        return {Qt::DisplayRole, FleetModel::ValueRole, FleetModel::TagRole, FleetModel::GroupsRole};
    case FleetModel::CpuColumn:
    case FleetModel::MemoryColumn:
    case FleetModel::DiskColumn:
    case FleetModel::SwapColumn:
        return {Qt::DisplayRole, Qt::ToolTipRole, FleetModel::ValueRole, FleetModel::FractionRole,
                FleetModel::UsedRole, FleetModel::TotalRole};
    case FleetModel::LastSeenColumn:
        return {Qt::DisplayRole, Qt::ToolTipRole, FleetModel::ValueRole, FleetModel::LastActiveRole};
    default:
        return {Qt::DisplayRole, Qt::ToolTipRole, FleetModel::ValueRole};
    }
}

Roles rolesOfRange(int first, int last)
{
    Roles roles;
    for (int c = first; c <= last; ++c) {
        for (int role : rolesOf(c)) {
            if (!roles.contains(role))
                roles.append(role);
        }
    }
    return roles;
}

quint32 changedColumns(const ServerSnapshot &a, const ServerSnapshot &b)
{
    const HostInfo &ha = a.host, &hb = b.host;
    const ServerStatus &sa = a.status, &sb = b.status;
    const bool details = a.hasDetails != b.hasDetails || a.lastActive != b.lastActive; // never-reported shows n/a
    quint32 m = 0;
    auto mark = [&m](int column, bool changed) {
        if (changed)
            m |= 1u << column;
    };
    const bool grouping = a.tag != b.tag || a.groups != b.groups;
    mark(FleetModel::NameColumn, a.name != b.name || a.ipv4 != b.ipv4 || a.ipv6 != b.ipv6 || grouping);
    mark(FleetModel::TagColumn, grouping);
    mark(FleetModel::CountryColumn, ha.countryCode != hb.countryCode);
    mark(FleetModel::PlatformColumn, ha.platform != hb.platform || ha.platformVersion != hb.platformVersion
                                         || ha.arch != hb.arch || ha.virtualization != hb.virtualization
                                         || ha.agentVersion != hb.agentVersion);
    mark(FleetModel::CpuColumn, details || sa.cpu != sb.cpu || ha.cpu != hb.cpu || ha.gpu != hb.gpu);
    mark(FleetModel::MemoryColumn, details || sa.memUsed != sb.memUsed || ha.memTotal != hb.memTotal);
    mark(FleetModel::DiskColumn, details || sa.diskUsed != sb.diskUsed || ha.diskTotal != hb.diskTotal);
    mark(FleetModel::SwapColumn, details || sa.swapUsed != sb.swapUsed || ha.swapTotal != hb.swapTotal);
    mark(FleetModel::NetInSpeedColumn, details || sa.netInSpeed != sb.netInSpeed);
    mark(FleetModel::NetOutSpeedColumn, details || sa.netOutSpeed != sb.netOutSpeed);
    mark(FleetModel::TransferInColumn, details || sa.netInTransfer != sb.netInTransfer);
    mark(FleetModel::TransferOutColumn, details || sa.netOutTransfer != sb.netOutTransfer);
    mark(FleetModel::LoadColumn, details || sa.load1 != sb.load1 || sa.load5 != sb.load5 || sa.load15 != sb.load15);
    mark(FleetModel::UptimeColumn, details || sa.uptime != sb.uptime || ha.bootTime != hb.bootTime);
    mark(FleetModel::LastSeenColumn, a.lastActive != b.lastActive);
    return m;
}

} // namespace

FleetModel::FleetModel(QObject *parent) : QAbstractTableModel(parent) {}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> FleetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{ValueRole, "value"}, {ServerIdRole, "serverId"}, {StateRole, "state"}, {StaleRole, "stale"},
                  {LastActiveRole, "lastActive"}, {FractionRole, "fraction"}, {UsedRole, "used"},
                  {TotalRole, "total"}, {TagRole, "tag"}, {SearchTextRole, "searchText"},
                  {GroupsRole, "groups"}, {SnapshotRole, "snapshot"}});
    return names;
}

void FleetModel::apply(const FleetSnapshot &snapshot)
{
    const qint64 oldNow = m_nowSecs;
    if (m_usesGroups != !snapshot.groups.isEmpty()) {
        m_usesGroups = !snapshot.groups.isEmpty();
        emit headerDataChanged(Qt::Horizontal, TagColumn, TagColumn); // "Tag" becomes "Groups"
    }
    m_nowSecs = dashboardNowMs(snapshot) / 1000;

    QHash<quint64, int> incoming;
    const QList<ServerSnapshot> servers = normalized(snapshot.servers, &incoming);
    removeVanished(incoming);
    insertAndMove(servers);
    updateRows(servers, oldNow);
    updateCounts();
}

// One row per id (a details?id=1,1 request returns duplicates), and a lastActive zeroed by a v2.2.11+
// dashboard after a disconnect replaced by the last one this model saw. Copies only when something changes.
QList<ServerSnapshot> FleetModel::normalized(const QList<ServerSnapshot> &servers, QHash<quint64, int> *incoming)
{
    incoming->reserve(servers.size());
    QList<ServerSnapshot> out = servers; // shared until modified
    bool duplicates = false;
    for (int i = 0; i < servers.size(); ++i) {
        const ServerSnapshot &s = servers.at(i);
        if (incoming->contains(s.id)) {
            duplicates = true;
            continue;
        }
        incoming->insert(s.id, int(incoming->size()));
        if (s.lastActive > 0) {
            m_lastActive.insert(s.id, s.lastActive);
            continue;
        }
        const qint64 known = m_lastActive.value(s.id, 0);
        if (known > 0)
            out[i].lastActive = known;
    }
    if (!duplicates)
        return out;
    QList<ServerSnapshot> deduped;
    QSet<quint64> seen;
    for (const ServerSnapshot &s : std::as_const(out)) {
        if (!seen.contains(s.id)) {
            seen.insert(s.id);
            deduped.append(s);
        }
    }
    return deduped;
}

void FleetModel::removeVanished(const QHash<quint64, int> &incoming)
{
    bool removed = false;
    for (int row = int(m_servers.size()) - 1; row >= 0;) {
        if (incoming.contains(m_servers[row].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_servers[first - 1].id))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            m_rowOfId.remove(m_servers[r].id);
        m_servers.remove(first, row - first + 1);
        m_states.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        rebuildIndex(0);
}

// Brings the rows into the dashboard's order: new servers are inserted where the dashboard lists them,
// a server whose position changed (display_index edited) is moved. Data of existing rows is updated later.
void FleetModel::insertAndMove(const QList<ServerSnapshot> &servers)
{
    for (int i = 0; i < servers.size(); ++i) {
        const quint64 id = servers[i].id;
        if (i < m_servers.size() && m_servers[i].id == id)
            continue;
        const int existing = rowOfId(id);
        if (existing >= 0) { // existing > i: rows before i already match
            beginMoveRows({}, existing, existing, {}, i);
            m_servers.move(existing, i);
            m_states.move(existing, i);
            endMoveRows();
            rebuildIndex(i);
            continue;
        }
        int last = i;
        while (last + 1 < servers.size() && !m_rowOfId.contains(servers[last + 1].id))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k) {
            m_servers.insert(k, servers[k]);
            m_states.insert(k, serverStateAt(servers[k], m_nowSecs, m_offlineThresholdSecs));
        }
        rebuildIndex(i);
        endInsertRows();
        i = last;
    }
}

void FleetModel::updateRows(const QList<ServerSnapshot> &servers, qint64 oldNowSecs)
{
    const bool clockMoved = oldNowSecs != m_nowSecs; // "x ago" texts change for every reported server
    int groupFirst = -1;
    quint32 groupMask = 0;
    auto flush = [this, &groupFirst, &groupMask](int lastRow) {
        if (groupMask == SnapshotOnly) {
            Q_EMIT dataChanged(index(groupFirst, StatusColumn), index(lastRow, StatusColumn), {SnapshotRole});
            groupMask = 0;
        }
        for (int c = 0; c < ColumnCount && groupMask;) {
            if (!(groupMask & (1u << c))) {
                ++c;
                continue;
            }
            int end = c;
            while (end + 1 < ColumnCount && (groupMask & (1u << (end + 1))))
                ++end;
            Q_EMIT dataChanged(index(groupFirst, c), index(lastRow, end), rolesOfRange(c, end));
            c = end + 1;
        }
        groupFirst = -1;
        groupMask = 0;
    };
    for (int row = 0; row < servers.size(); ++row) {
        ServerSnapshot &current = m_servers[row];
        quint32 mask = 0;
        if (!(current == servers[row])) {
            mask = changedColumns(current, servers[row]);
            current = servers[row]; // fields without a column (validIp, temperatures...) are data too
            if (!mask)
                mask = SnapshotOnly;
        }
        const ServerState state = serverStateAt(current, m_nowSecs, m_offlineThresholdSecs);
        if (state != m_states[row]) {
            m_states[row] = state;
            mask |= AllColumns; // views dim every cell of a row that is not online: repaint all of them
        }
        if (clockMoved && !current.neverReported())
            mask |= 1u << LastSeenColumn;
        if (mask != SnapshotOnly)
            mask &= ~SnapshotOnly; // a column's dataChanged already tells views the row changed
        if (mask != groupMask || !mask) {
            if (groupFirst >= 0)
                flush(row - 1);
            if (mask) {
                groupFirst = row;
                groupMask = mask;
            }
        }
    }
    if (groupFirst >= 0)
        flush(int(servers.size()) - 1);
}

void FleetModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_servers.isEmpty()) // the status text changes, and views dim every cell of stale data
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, StaleRole});
    Q_EMIT staleChanged(stale);
}

void FleetModel::setOfflineThresholdSecs(int seconds)
{
    if (seconds == m_offlineThresholdSecs)
        return;
    m_offlineThresholdSecs = seconds;
    for (int row = 0; row < m_servers.size(); ++row) {
        const ServerState state = serverStateAt(m_servers[row], m_nowSecs, m_offlineThresholdSecs);
        if (state != m_states[row]) {
            m_states[row] = state;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), rolesOf(StatusColumn)); // all dimmed
        }
    }
    updateCounts();
}

void FleetModel::clear()
{
    m_lastActive.clear();
    if (m_servers.isEmpty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_usesGroups = false;
    m_servers.clear();
    m_states.clear();
    m_rowOfId.clear();
    endRemoveRows();
    m_nowSecs = 0;
    updateCounts();
}

void FleetModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_servers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void FleetModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_servers.size(); ++row)
        m_rowOfId.insert(m_servers[row].id, row);
}

void FleetModel::updateCounts()
{
    Counts c;
    c.total = int(m_servers.size());
    for (ServerState s : std::as_const(m_states)) {
        switch (s) {
        case ServerState::Online: ++c.online; break;
        case ServerState::Offline: ++c.offline; break;
        case ServerState::NeverReported: ++c.neverReported; break;
        }
    }
    if (c == m_counts)
        return;
    m_counts = c;
    Q_EMIT countsChanged();
}

const ServerSnapshot *FleetModel::serverById(quint64 id) const
{
    const int row = rowOfId(id);
    return row >= 0 ? &m_servers[row] : nullptr;
}

int FleetModel::rowOfId(quint64 id) const
{
    return m_rowOfId.value(id, -1);
}

quint64 FleetModel::idAt(int row) const
{
    return row >= 0 && row < m_servers.size() ? m_servers[row].id : 0;
}

ServerState FleetModel::stateOf(int row) const
{
    return row >= 0 && row < m_states.size() ? m_states[row] : ServerState::NeverReported;
}

QStringList FleetModel::tags() const
{
    QStringList list = tagCounts().keys();
    list.removeAll(QString());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QHash<QString, int> FleetModel::tagCounts() const
{
    QHash<QString, int> counts;
    for (const ServerSnapshot &s : m_servers) {
        const QStringList groups = groupsOf(s);
        if (groups.isEmpty())
            ++counts[QString()];
        for (const QString &g : groups)
            ++counts[g];
    }
    return counts;
}

QStringList FleetModel::groupsOf(const ServerSnapshot &server)
{
    if (!server.groups.isEmpty())
        return server.groups;
    return server.tag.isEmpty() ? QStringList() : QStringList{server.tag};
}

void FleetModel::setCycleTraffic(const QHash<quint64, CycleTraffic> &traffic)
{
    const QHash<quint64, CycleTraffic> old = std::exchange(m_cycle, traffic);
    int first = -1;
    auto flush = [this, &first](int last) {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, CycleInColumn), index(last, CycleOutColumn),
                               {Qt::DisplayRole, Qt::ToolTipRole, ValueRole});
        first = -1;
    };
    for (int row = 0; row < m_servers.size(); ++row) {
        const quint64 id = m_servers[row].id;
        const auto before = old.constFind(id);
        const auto after = m_cycle.constFind(id);
        const bool changed = (before == old.constEnd()) != (after == m_cycle.constEnd())
                             || (after != m_cycle.constEnd() && !(*before == *after));
        if (changed && first < 0)
            first = row;
        else if (!changed)
            flush(row - 1);
    }
    flush(int(m_servers.size()) - 1);
}

std::optional<FleetModel::CycleTraffic> FleetModel::cycleTraffic(quint64 id) const
{
    const auto it = m_cycle.constFind(id);
    return it == m_cycle.constEnd() ? std::nullopt : std::optional<CycleTraffic>(*it);
}
