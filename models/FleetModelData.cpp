// FleetModel: what each cell shows (data(), headerData()). Split from FleetModel.cpp, which holds the
// diffing; both are one class.

#include "FleetModel.h"

#include "Format.h"
#include "ServerStateText.h"

#include <QLocale>

namespace {

bool isBarColumn(int column)
{
    return column == FleetModel::CpuColumn || column == FleetModel::MemoryColumn || column == FleetModel::DiskColumn
        || column == FleetModel::SwapColumn;
}

bool isMetricColumn(int column)
{
    return column >= FleetModel::CpuColumn && column <= FleetModel::UptimeColumn;
}

bool isCycleColumn(int column)
{
    return column == FleetModel::CycleInColumn || column == FleetModel::CycleOutColumn;
}

// used/total for the bar columns; total 0 means "not available" (no swap, never reported)
void usedTotal(const ServerSnapshot &s, int column, double *used, double *total)
{
    switch (column) {
    case FleetModel::CpuColumn: *used = s.status.cpu; *total = 100; break;
    case FleetModel::MemoryColumn: *used = double(s.status.memUsed); *total = double(s.host.memTotal); break;
    case FleetModel::DiskColumn: *used = double(s.status.diskUsed); *total = double(s.host.diskTotal); break;
    case FleetModel::SwapColumn: *used = double(s.status.swapUsed); *total = double(s.host.swapTotal); break;
    default: *used = 0; *total = 0; break;
    }
}

double fraction(const ServerSnapshot &s, int column)
{
    if (!s.hasDetails || s.neverReported())
        return -1;
    double used = 0, total = 0;
    usedTotal(s, column, &used, &total);
    return total > 0 ? std::clamp(used / total, 0.0, 1.0) : -1;
}

QString stateText(ServerState state)
{
    return ServerStateText::name(state);
}

} // namespace

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const ServerSnapshot &s = m_servers[row];
    switch (role) {
    case Qt::DisplayRole: return displayData(row, column);
    case Qt::ToolTipRole: return toolTipData(row, column);
    case Qt::TextAlignmentRole:
        return (isMetricColumn(column) && !isBarColumn(column)) || isCycleColumn(column)
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case ValueRole: return valueData(row, column);
    case ServerIdRole: return QVariant::fromValue(s.id);
    case StateRole: return int(m_states[row]);
    case StaleRole: return m_stale;
    case LastActiveRole: return QVariant::fromValue(s.lastActive);
    case FractionRole: return isBarColumn(column) ? fraction(s, column) : -1.0;
    case UsedRole:
    case TotalRole: {
        if (!isBarColumn(column))
            return {};
        double used = 0, total = 0;
        usedTotal(s, column, &used, &total);
        if (column == CpuColumn)
            return role == UsedRole ? used : total;
        return QVariant::fromValue(role == UsedRole ? quint64(used) : quint64(total));
    }
    case TagRole: return s.tag;
    case GroupsRole: return groupsOf(s);
    case SnapshotRole: return QVariant::fromValue(s);
    case SearchTextRole:
        return (QStringList{s.name, s.tag, s.ipv4, s.ipv6} + s.groups).join(QLatin1Char(' ')).toLower();
    default: return {};
    }
}

QVariant FleetModel::valueData(int row, int column) const
{
    const ServerSnapshot &s = m_servers[row];
    const ServerStatus &st = s.status;
    switch (column) {
    case StatusColumn: return int(m_states[row]);
    case NameColumn: return s.name;
    case TagColumn: return groupsOf(s).join(QStringLiteral(", "));
    case CountryColumn: return s.host.countryCode;
    case PlatformColumn: return s.host.platform;
    case CpuColumn:
    case MemoryColumn:
    case DiskColumn:
    case SwapColumn: return fraction(s, column);
    case NetInSpeedColumn: return QVariant::fromValue(st.netInSpeed);
    case NetOutSpeedColumn: return QVariant::fromValue(st.netOutSpeed);
    case TransferInColumn: return QVariant::fromValue(st.netInTransfer);
    case TransferOutColumn: return QVariant::fromValue(st.netOutTransfer);
    case LoadColumn: return st.load1;
    case UptimeColumn: return QVariant::fromValue(st.uptime);
    case LastSeenColumn: return QVariant::fromValue(s.lastActive);
    case CycleInColumn:
    case CycleOutColumn: {
        const CycleTraffic t = m_cycle.value(s.id); // unknown sorts as 0
        return QVariant::fromValue(column == CycleInColumn ? t.in : t.out);
    }
    default: return {};
    }
}

QVariant FleetModel::displayData(int row, int column) const
{
    const ServerSnapshot &s = m_servers[row];
    const ServerStatus &st = s.status;
    if (isMetricColumn(column)) {
        if (!s.hasDetails)
            return QString(); // the list endpoint carries no metrics
        if (s.neverReported())
            return Format::notAvailable();
    }
    switch (column) {
    case StatusColumn:
        //: %1 is a server state (Online/Offline); the dashboard cannot be reached right now
        return m_stale ? tr("%1 (last known)").arg(stateText(m_states[row])) : stateText(m_states[row]);
    case NameColumn: return s.name;
    case TagColumn: return groupsOf(s).join(QStringLiteral(", "));
    case CountryColumn: return s.host.countryCode.toUpper();
    case PlatformColumn:
        return s.host.platformVersion.isEmpty() ? s.host.platform
                                                : s.host.platform + QLatin1Char(' ') + s.host.platformVersion;
    case CpuColumn: return Format::percent(st.cpu);
    case MemoryColumn:
    case DiskColumn:
    case SwapColumn: {
        const double f = fraction(s, column);
        return f < 0 ? Format::notAvailable() : Format::percent(f * 100);
    }
    case NetInSpeedColumn: return Format::bytesPerSecond(st.netInSpeed);
    case NetOutSpeedColumn: return Format::bytesPerSecond(st.netOutSpeed);
    case TransferInColumn: return Format::bytes(st.netInTransfer);
    case TransferOutColumn: return Format::bytes(st.netOutTransfer);
    case LoadColumn: return Format::load(st.load1);
    case UptimeColumn: return Format::duration(qint64(std::min<quint64>(st.uptime, quint64(1) << 62)));
    case LastSeenColumn:
        //: last seen: the server's agent has never sent a report
        return s.neverReported() ? tr("never", "last seen") : Format::ago(m_nowSecs - s.lastActive);
    case CycleInColumn:
    case CycleOutColumn: {
        const auto it = m_cycle.constFind(s.id);
        if (it == m_cycle.constEnd())
            return QString(); // the history has no cycle for it yet
        return Format::bytes(column == CycleInColumn ? it->in : it->out);
    }
    default: return {};
    }
}

QVariant FleetModel::toolTipData(int row, int column) const
{
    const ServerSnapshot &s = m_servers[row];
    const HostInfo &h = s.host;
    switch (column) {
    case StatusColumn: {
        QString text = stateText(m_states[row]);
        if (!s.neverReported())
            text += QLatin1Char('\n') + tr("Last report: %1").arg(Format::dateTime(s.lastActive));
        if (m_stale)
            text += QLatin1Char('\n') + tr("The dashboard cannot be reached; this is the last data received.");
        return text;
    }
    case NameColumn: {
        QStringList ips;
        for (const QString &ip : {s.ipv4, s.ipv6}) {
            if (!ip.isEmpty())
                ips.append(ip);
        }
        return ips.isEmpty() ? s.name : s.name + QLatin1Char('\n') + ips.join(QLatin1Char('\n'));
    }
    case PlatformColumn: {
        if (!s.hasDetails || h.platform.isEmpty())
            return {};
        QStringList lines{tr("%1 %2 (%3)", "platform, version, architecture").arg(h.platform, h.platformVersion, h.arch)};
        if (!h.virtualization.isEmpty())
            lines.append(tr("Virtualization: %1").arg(h.virtualization));
        if (!h.agentVersion.isEmpty())
            lines.append(tr("Agent version: %1").arg(h.agentVersion));
        return lines.join(QLatin1Char('\n'));
    }
    case CpuColumn:
        return s.hasDetails ? QStringList(h.cpu + h.gpu).join(QLatin1Char('\n')) : QString();
    case MemoryColumn:
    case DiskColumn:
    case SwapColumn: {
        double used = 0, total = 0;
        usedTotal(s, column, &used, &total);
        if (fraction(s, column) < 0)
            return {};
        //: memory/disk use: "1.2 GiB of 4 GiB used"
        return tr("%1 of %2 used").arg(Format::bytes(quint64(used)), Format::bytes(quint64(total)));
    }
    case LoadColumn:
        if (!s.hasDetails || s.neverReported())
            return {};
        return tr("Load average: %1 (1 min), %2 (5 min), %3 (15 min)")
            .arg(Format::load(s.status.load1), Format::load(s.status.load5), Format::load(s.status.load15));
    case UptimeColumn:
        return s.hasDetails && h.bootTime > 0 ? tr("Booted %1").arg(Format::dateTime(qint64(h.bootTime))) : QString();
    case LastSeenColumn:
        return s.neverReported() ? tr("The agent has not reported since the dashboard started.")
                                 : Format::dateTime(s.lastActive);
    default: return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatusColumn: return tr("Status");
        case NameColumn: return tr("Name", "server name");
        case TagColumn: return m_usesGroups ? tr("Groups", "v1/v2 server groups") : tr("Tag", "server group");
        case CountryColumn: return tr("Country");
        case PlatformColumn: return tr("Platform", "operating system");
        case CpuColumn: return tr("CPU");
        case MemoryColumn: return tr("Memory");
        case DiskColumn: return tr("Disk");
        case SwapColumn: return tr("Swap");
        case NetInSpeedColumn: return tr("Down", "network receive speed");
        case NetOutSpeedColumn: return tr("Up", "network send speed");
        case TransferInColumn: return tr("Received", "bytes received since boot");
        case TransferOutColumn: return tr("Sent", "bytes sent since boot");
        case LoadColumn: return tr("Load", "system load average");
        case UptimeColumn: return tr("Uptime");
        case LastSeenColumn: return tr("Last seen");
        //: column: bytes received in the current billing cycle (month)
        case CycleInColumn: return tr("Month ↓", "traffic received this billing cycle");
        //: column: bytes sent in the current billing cycle (month)
        case CycleOutColumn: return tr("Month ↑", "traffic sent this billing cycle");
        }
    }
    if (role == Qt::InitialSortOrderRole) // QHeaderView's first click: busiest first on metrics, A-Z on text
        return int(isMetricColumn(section) || isCycleColumn(section) ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NetInSpeedColumn: return tr("Network receive speed");
        case NetOutSpeedColumn: return tr("Network send speed");
        case TransferInColumn: return tr("Bytes received since the server booted");
        case TransferOutColumn: return tr("Bytes sent since the server booted");
        case LoadColumn: return tr("Load average over 1 minute");
        case LastSeenColumn: return tr("Time since the last report, on the dashboard's clock");
        case CycleInColumn:
            return tr("Bytes received in the current billing cycle, from Farsight's local history");
        case CycleOutColumn: return tr("Bytes sent in the current billing cycle, from Farsight's local history");
        default: break;
        }
    }
    return {};
}
