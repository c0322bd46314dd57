// FleetGroupProxy over FleetModel → a sort/filter proxy: header rows with per-group counts (v0 tags, v1/v2
// groups), "no tag/group" last, a server in several groups listed once under its first group by name, collapse,
// pass-through when grouping is off, and polls that move rows without ever resetting the model.

#include "FleetGroupProxy.h"
#include "FleetModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
constexpr qint64 Now = 1'770'000'000;

ServerSnapshot server(quint64 id, const QString &tag, const QStringList &groups = {}, double cpu = 0)
{
    ServerSnapshot s;
    s.id = id;
    s.name = QStringLiteral("s%1").arg(id);
    s.tag = tag;
    s.groups = groups;
    s.lastActive = Now;
    s.hasDetails = true;
    s.status.cpu = cpu;
    return s;
}

FleetSnapshot fleet(const QList<ServerSnapshot> &servers)
{
    FleetSnapshot f;
    f.servers = servers;
    f.dashboardTimeMs = Now * 1000;
    return f;
}

// "header name:count" or the member's server id, top to bottom.
QStringList layout(const FleetGroupProxy &proxy)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        if (proxy.isHeader(index))
            out << QStringLiteral("[%1:%2]").arg(index.data(FleetGroupProxy::GroupNameRole).toString(),
                                                 index.data(FleetGroupProxy::GroupCountRole).toString());
        else
            out << index.data(FleetModel::ServerIdRole).toString();
    }
    return out;
}
} // namespace

class TestFleetGroupProxy : public QObject
{
    Q_OBJECT
private:
    FleetModel m_model;
    QSortFilterProxyModel m_sort;
    FleetGroupProxy m_groups;

private slots:
    void init()
    {
        m_model.clear();
        m_sort.setSourceModel(&m_model);
        m_sort.setSortRole(FleetModel::ValueRole);
        m_sort.setDynamicSortFilter(true);
        m_sort.sort(FleetModel::NameColumn);
        m_groups.setSourceModel(&m_sort);
        m_groups.expandAll();
        m_groups.setGroupingEnabled(false);
    }

    void groupsAndCounts_data()
    {
        QTest::addColumn<QList<ServerSnapshot>>("servers");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("v0 tags, untagged last")
            << QList<ServerSnapshot>{server(1, QStringLiteral("us")), server(2, {}), server(3, QStringLiteral("EU")),
                                     server(4, QStringLiteral("us"))}
            << QStringList{QStringLiteral("[EU:1]"), QStringLiteral("3"), QStringLiteral("[us:2]"), QStringLiteral("1"),
                           QStringLiteral("4"), QStringLiteral("[:1]"), QStringLiteral("2")};
        QTest::newRow("v1 groups, a server in two groups is listed under the first by name")
            << QList<ServerSnapshot>{server(1, {}, {QStringLiteral("web"), QStringLiteral("db")}),
                                     server(2, {}, {QStringLiteral("web")}), server(3, {}, {})}
            << QStringList{QStringLiteral("[db:1]"), QStringLiteral("1"), QStringLiteral("[web:1]"), QStringLiteral("2"),
                           QStringLiteral("[:1]"), QStringLiteral("3")};
        QTest::newRow("one group only") << QList<ServerSnapshot>{server(1, QStringLiteral("a")), server(2, QStringLiteral("a"))}
                                        << QStringList{QStringLiteral("[a:2]"), QStringLiteral("1"), QStringLiteral("2")};
    }

    void groupsAndCounts()
    {
        QFETCH(QList<ServerSnapshot>, servers);
        QAbstractItemModelTester tester(&m_groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model.apply(fleet(servers));
        QCOMPARE(m_groups.rowCount(), int(servers.size())); // pass-through
        m_groups.setGroupingEnabled(true);
        QTEST(layout(m_groups), "expected");
        QCOMPARE(m_groups.index(0, 0).flags() & Qt::ItemIsSelectable, Qt::NoItemFlags);
        QVERIFY(!m_groups.index(0, 0).data().toString().isEmpty());
    }

    void collapseHidesMembersKeepsCount()
    {
        QAbstractItemModelTester tester(&m_groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model.apply(fleet({server(1, QStringLiteral("a")), server(2, QStringLiteral("a")), server(3, QStringLiteral("b"))}));
        m_groups.setGroupingEnabled(true);
        QPersistentModelIndex three = m_groups.index(4, 0);
        QCOMPARE(three.data(FleetModel::ServerIdRole).toULongLong(), quint64(3));
        m_groups.toggleCollapsed(m_groups.index(0, 0));
        QCOMPARE(layout(m_groups), (QStringList{QStringLiteral("[a:2]"), QStringLiteral("[b:1]"), QStringLiteral("3")}));
        QVERIFY(m_groups.index(0, 0).data(FleetGroupProxy::GroupCollapsedRole).toBool());
        QCOMPARE(three.row(), 2); // persistent indexes follow
        m_groups.toggleCollapsed(m_groups.index(0, 0));
        QCOMPARE(m_groups.rowCount(), 5);
    }

    void pollsMoveRowsWithoutReset()
    {
        QAbstractItemModelTester tester(&m_groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_sort.sort(FleetModel::CpuColumn, Qt::DescendingOrder);
        m_model.apply(fleet({server(1, QStringLiteral("a"), {}, 10), server(2, QStringLiteral("a"), {}, 20),
                             server(3, QStringLiteral("b"), {}, 5)}));
        m_groups.setGroupingEnabled(true);
        QCOMPARE(layout(m_groups), (QStringList{QStringLiteral("[a:2]"), QStringLiteral("2"), QStringLiteral("1"),
                                                QStringLiteral("[b:1]"), QStringLiteral("3")}));
        QPersistentModelIndex one = m_groups.index(2, 0);
        QSignalSpy resets(&m_groups, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m_groups, &QAbstractItemModel::dataChanged);
        // CPU changes re-sort inside the group; server 3 joins "a"; a new server 4 arrives untagged.
        m_model.apply(fleet({server(1, QStringLiteral("a"), {}, 90), server(2, QStringLiteral("a"), {}, 20),
                             server(3, QStringLiteral("a"), {}, 5), server(4, {}, {}, 1)}));
        QCOMPARE(layout(m_groups), (QStringList{QStringLiteral("[a:3]"), QStringLiteral("1"), QStringLiteral("2"),
                                                QStringLiteral("3"), QStringLiteral("[:1]"), QStringLiteral("4")}));
        QCOMPARE(resets.count(), 0);
        QVERIFY(changed.count() > 0);
        QCOMPARE(one.row(), 1);
        QCOMPARE(one.data(FleetModel::ServerIdRole).toULongLong(), quint64(1));
    }

    void passThroughForwardsDataChanged()
    {
        m_model.apply(fleet({server(1, {}, {}, 10), server(2, {}, {}, 20)}));
        QSignalSpy changed(&m_groups, &QAbstractItemModel::dataChanged);
        m_model.apply(fleet({server(1, {}, {}, 11), server(2, {}, {}, 20)}));
        QVERIFY(!changed.isEmpty());
        const QModelIndex index = m_groups.mapFromSource(m_sort.mapFromSource(m_model.index(0, FleetModel::CpuColumn)));
        QCOMPARE(index.data(FleetModel::ValueRole).toDouble(), 0.11); // bar columns hold the used fraction
        QCOMPARE(m_groups.headerData(FleetModel::CpuColumn, Qt::Horizontal), m_model.headerData(FleetModel::CpuColumn, Qt::Horizontal));
    }
};

QTEST_GUILESS_MAIN(TestFleetGroupProxy)
#include "tst_fleet_group_proxy.moc"
