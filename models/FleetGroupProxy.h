#pragma once

// A flat proxy that puts a header row before each tag (v0) or server group (v1/v2) of the rows of its source
// (ServerFilterProxy: already filtered and sorted), with the group's member count; a collapsed group keeps its
// header and hides its members. With grouping off it passes rows straight through, so the card view always
// sits on it. Groups are sorted by name (case-insensitive), "no tag/group" last; members keep the source's order.
// A server in several v1/v2 groups is listed under its first group by name only: every row then maps to one
// source row, so selection, current row and keyboard navigation stay one-to-one with the table, and the header
// counts add up to the number of servers shown (the tag filter still finds it under each of its groups).
// Structural changes (sort, filter, servers coming and going, grouping or collapse) are one layoutChanged with
// persistent indexes moved, never a reset; a poll's dataChanged is forwarded as one range. O(n) per rebuild.
// Owned by ServerListPanel; GUI thread.

#include <QAbstractProxyModel>
#include <QList>
#include <QSet>
#include <QStringList>

class FleetGroupProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum Role {
        GroupHeaderRole = Qt::UserRole + 100, // bool: this row is a group header
        GroupNameRole,                        // QString: the header's group ("" = in no tag/group)
        GroupCountRole,                       // int: servers of the group in the source (also when collapsed)
        GroupCollapsedRole,                   // bool
    };

    explicit FleetGroupProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setGroupingEnabled(bool on);
    bool groupingEnabled() const { return m_grouping; }
    void setUsesGroups(bool groups); // header wording: "In no group" (v1/v2) vs "Untagged" (v0)
    void setCollapsed(const QString &group, bool collapsed);
    bool isCollapsed(const QString &group) const { return m_collapsed.contains(group); }
    void expandAll();
    void toggleCollapsed(const QModelIndex &header); // no-op unless it is a header row
    int groupCount() const { return int(m_groups.size()); }
    bool isHeader(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // sorts the source

private:
    struct Group
    {
        QString name;
        int count = 0;
    };
    struct Row
    {
        int sourceRow; // -1 for a header
        int group;     // index into m_groups, -1 without grouping
    };

    QString groupOfSourceRow(int sourceRow) const;
    QString headerText(const Group &group) const;
    void rebuild();
    void beginLayout();
    void endLayout();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QList<Row> m_rows;
    QList<int> m_proxyRowOfSource; // -1 when collapsed away
    QList<Group> m_groups;
    QSet<QString> m_collapsed;
    bool m_grouping = false;
    bool m_usesGroups = false;
    bool m_inLayout = false;
    QModelIndexList m_layoutProxy;             // persistent indexes saved across a layout change
    QList<QPersistentModelIndex> m_layoutSource; // their source rows (invalid for headers)
    QList<QString> m_layoutHeaders;            // their groups, for header rows
    QList<QMetaObject::Connection> m_connections;
};
