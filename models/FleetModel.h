#pragma once

// The table of servers of one Nezha dashboard: one row per server, one column per metric.
// Owned by app/'s fleet service, which calls apply() once per successful poll and setStale() when the
// dashboard cannot be reached; ui/ views read it through a sort/filter proxy. GUI thread only.
// apply() diffs by server id: rows are inserted/removed only for servers that appear/disappear, other rows
// get dataChanged naming only the changed roles. The model is never reset on a poll.
// Online/offline is decided against the dashboard's clock (dashboardNowMs()), never the local one.
// Every change of a server's record is stored, also of fields no column shows (validIp, temperatures, counts,
// groups, GPU usages...): serverById() is always the latest poll. The column mask only picks the dataChanged
// to send; a change that touches no column is signalled once, on StatusColumn, naming only SnapshotRole.
// Nezha v2.2.11+ zeroes last_active when an agent disconnects (nezha.md 5.4): a server that reported before
// (since construction or the last clear()) keeps its last known lastActive, so it reads Offline, never
// "Never reported".

#include "ServerSnapshot.h"

#include <QAbstractTableModel>

#include <optional>
#include <QHash>
#include <QList>
#include <QStringList>

class FleetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        NameColumn,
        TagColumn,
        CountryColumn,
        PlatformColumn,
        CpuColumn,
        MemoryColumn,
        DiskColumn,
        SwapColumn,
        NetInSpeedColumn,
        NetOutSpeedColumn,
        TransferInColumn,
        TransferOutColumn,
        LoadColumn,
        UptimeColumn,
        LastSeenColumn,
        CycleInColumn,  // traffic of the current billing cycle, from the local history (setCycleTraffic)
        CycleOutColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ValueRole = Qt::UserRole + 1, // raw sortable value of the column (bar columns: used fraction 0..1, -1 n/a)
        ServerIdRole,                 // quint64
        StateRole,                    // int(ServerState)
        StaleRole,                    // bool: the dashboard is unreachable, this is the last good data
        LastActiveRole,               // qint64 Unix seconds (dashboard clock), <= 0 never reported
        FractionRole,                 // double 0..1 for Cpu/Memory/Disk/Swap, -1 when not available
        UsedRole,                     // quint64 bytes (Memory/Disk/Swap), percent for Cpu
        TotalRole,                    // quint64 bytes (Memory/Disk/Swap), 100 for Cpu
        TagRole,                      // QString
        SearchTextRole,               // name, tag/groups and ips, lowercase, for filtering
        SnapshotRole,                 // ServerSnapshot: the whole stored record (fields with no column too)
        GroupsRole,                   // QStringList: v1/v2 server groups, or v0's tag as a one-item list ({} untagged)
    };
    Q_ENUM(Role)

    struct CycleTraffic // bytes in/out of one server in the current billing cycle
    {
        quint64 in = 0;
        quint64 out = 0;
        bool operator==(const CycleTraffic &) const = default;
    };

    struct Counts
    {
        int total = 0;
        int online = 0;
        int offline = 0;
        int neverReported = 0;
        bool operator==(const Counts &) const = default;
    };

    explicit FleetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Also answers Qt::InitialSortOrderRole: a first click on a metric column sorts descending (busiest first).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void apply(const FleetSnapshot &snapshot);
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    void setOfflineThresholdSecs(int seconds); // default 30; recomputes states
    int offlineThresholdSecs() const { return m_offlineThresholdSecs; }
    void clear(); // switching dashboards (not a poll): removes all rows
    void retranslate(); // re-render headers and display texts after a language switch

    const ServerSnapshot *serverById(quint64 id) const;
    int rowOfId(quint64 id) const; // -1 when unknown
    quint64 idAt(int row) const;   // 0 when out of range
    ServerState stateOf(int row) const;
    Counts counts() const { return m_counts; }
    // v0 groups servers by one tag, v1/v2 by server groups (several per server): both are "groups" here.
    QStringList tags() const;              // distinct non-empty tags/groups, sorted
    QHash<QString, int> tagCounts() const; // servers per tag or group, "" = in none
    bool usesGroups() const { return m_usesGroups; } // the dashboard has server groups (v1/v2), not tags
    static QStringList groupsOf(const ServerSnapshot &server); // its groups, or {tag}, or {} when in none
    qint64 dashboardNowSecs() const { return m_nowSecs; }
    // The billing cycle's traffic per server (the history store computes it; servers absent are unknown).
    // Signals dataChanged on the two cycle columns of the rows whose figures changed, nothing else.
    void setCycleTraffic(const QHash<quint64, CycleTraffic> &traffic);
    std::optional<CycleTraffic> cycleTraffic(quint64 id) const;

Q_SIGNALS:
    void countsChanged();
    void staleChanged(bool stale);

private:
    QList<ServerSnapshot> normalized(const QList<ServerSnapshot> &servers, QHash<quint64, int> *incoming);
    void removeVanished(const QHash<quint64, int> &incoming);
    void insertAndMove(const QList<ServerSnapshot> &servers);
    void updateRows(const QList<ServerSnapshot> &servers, qint64 oldNowSecs);
    void recomputeStates(bool notify);
    void rebuildIndex(int fromRow);
    void updateCounts();
    QVariant displayData(int row, int column) const;
    QVariant valueData(int row, int column) const;
    QVariant toolTipData(int row, int column) const;

    QList<ServerSnapshot> m_servers;
    QList<ServerState> m_states;
    QHash<quint64, int> m_rowOfId;
    QHash<quint64, qint64> m_lastActive; // last lastActive > 0 seen per id since the last clear()
    qint64 m_nowSecs = 0;
    int m_offlineThresholdSecs = 30;
    bool m_stale = false;
    bool m_usesGroups = false;
    Counts m_counts;
    QHash<quint64, CycleTraffic> m_cycle;
};
