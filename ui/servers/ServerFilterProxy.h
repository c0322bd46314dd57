#pragma once

// Sort/filter proxy between FleetModel and the server table: sorts on FleetModel::ValueRole (never on
// display text; text values in natural order, see NaturalCompare.h), or keeps the dashboard's order (the
// source model's row order) when the sort column is -1. It filters by tag, by reachability and by a search
// text over name, tag and IPs (SearchTextRole). It also decorates the status column with an icon and adds
// "as of <time>" to offline rows' tooltips.
// Owned by ServerListPanel; GUI thread.

#include <QIcon>
#include <QSortFilterProxyModel>

class ServerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StateFilter { All, Online, Offline, NeverReported };

    explicit ServerFilterProxy(QObject *parent = nullptr);

    void setTagFilter(const QString &tag, bool any); // any = no tag filter; tag "" = untagged servers
    void setStateFilter(StateFilter filter);
    void setSearchText(const QString &text);
    QString tagFilter() const { return m_tag; }
    bool hasTagFilter() const { return !m_anyTag; }
    StateFilter stateFilter() const { return m_state; }
    // The tag and search filters without the state filter: the overview strip counts every state of what the
    // user narrowed the list to.
    bool acceptsIgnoringState(int sourceRow) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesGroup(const QStringList &groups) const;
    QString m_tag;
    bool m_anyTag = true;
    StateFilter m_state = StateFilter::All;
    QString m_search;
    QIcon m_online, m_offline, m_never, m_stale;
};
