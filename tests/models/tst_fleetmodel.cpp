// FleetModel: incremental updates proven by counting signals (no reset on a poll), states against the
// dashboard clock, stale vs offline, counts, tags and cell contents.

#include "FleetModel.h"
#include "Format.h"
#include "NezhaPayloads.h"
#include "NezhaV0Codec.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

constexpr qint64 Now = 1732096800; // the fixture's dashboard time

FleetSnapshot fixtureFleet(qint64 nowSecs = Now)
{
    FleetDecodeResult r = decodeNezhaV0ServerDetails(NezhaPayloads::fixture(QStringLiteral("v0-server-details-all.json")), true);
    r.snapshot.dashboardTimeMs = nowSecs * 1000;
    return r.snapshot;
}

struct Spies
{
    explicit Spies(FleetModel *m)
        : reset(m, &QAbstractItemModel::modelAboutToBeReset), inserted(m, &QAbstractItemModel::rowsInserted),
          removed(m, &QAbstractItemModel::rowsRemoved), moved(m, &QAbstractItemModel::rowsMoved),
          changed(m, &QAbstractItemModel::dataChanged), counts(m, &FleetModel::countsChanged),
          stale(m, &FleetModel::staleChanged)
    {
    }
    void clear()
    {
        for (QSignalSpy *s : {&reset, &inserted, &removed, &moved, &changed, &counts, &stale})
            s->clear();
    }
    QSignalSpy reset, inserted, removed, moved, changed, counts, stale;
};

QList<quint64> ids(const FleetModel &m)
{
    QList<quint64> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.idAt(r));
    return out;
}

} // namespace

class TestFleetModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstApplyInsertsInDashboardOrder();
    void identicalPollEmitsNothing();
    void changedMetricNamesOnlyItsRoles_data();
    void changedMetricNamesOnlyItsRoles();
    void appearingAndDisappearingServers();
    void displayIndexChangeMovesRow();
    void staleIsNotOffline();
    void offlineAgainstDashboardClock();
    void thresholdChangeRecountsStates();
    void tagsAndCounts();
    void serverGroupsReplaceTags();
    void cellContents();
    void retranslateRerendersText();
    void manyServerPollsNeverReset();
    void fieldsWithoutColumnAreStored_data();
    void fieldsWithoutColumnAreStored();
    void disconnectedServerKeepsLastSeen_data();
    void disconnectedServerKeepsLastSeen();
    void firstSortOrderPerColumn_data();
    void firstSortOrderPerColumn();
    void cycleTrafficColumns();
};

// QHeaderView asks Qt::InitialSortOrderRole for a column's first click: metrics busiest first, text A to Z.
void TestFleetModel::firstSortOrderPerColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::newRow("status") << int(FleetModel::StatusColumn) << int(Qt::AscendingOrder);
    QTest::newRow("name") << int(FleetModel::NameColumn) << int(Qt::AscendingOrder);
    QTest::newRow("cpu") << int(FleetModel::CpuColumn) << int(Qt::DescendingOrder);
    QTest::newRow("swap") << int(FleetModel::SwapColumn) << int(Qt::DescendingOrder);
    QTest::newRow("download speed") << int(FleetModel::NetInSpeedColumn) << int(Qt::DescendingOrder);
    QTest::newRow("load") << int(FleetModel::LoadColumn) << int(Qt::DescendingOrder);
    QTest::newRow("uptime") << int(FleetModel::UptimeColumn) << int(Qt::DescendingOrder);
    QTest::newRow("last seen") << int(FleetModel::LastSeenColumn) << int(Qt::AscendingOrder);
}

void TestFleetModel::firstSortOrderPerColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    FleetModel model;
    QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(), order);
}

void TestFleetModel::firstApplyInsertsInDashboardOrder()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    Spies spies(&model);
    model.apply(fixtureFleet());
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(ids(model), (QList<quint64>{2, 1, 3}));
    QCOMPARE(model.rowOfId(3), 2);
    QCOMPARE(model.serverById(1)->name, QStringLiteral("fra-edge-01"));
    QCOMPARE(model.serverById(42), nullptr);
    QCOMPARE(model.dashboardNowSecs(), Now);
    QCOMPARE(spies.counts.count(), 1);
}

void TestFleetModel::identicalPollEmitsNothing()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    model.apply(fixtureFleet());
    Spies spies(&model);
    model.apply(fixtureFleet());
    QCOMPARE(spies.reset.count() + spies.inserted.count() + spies.removed.count() + spies.moved.count(), 0);
    QCOMPARE(spies.changed.count(), 0);
    QCOMPARE(spies.counts.count(), 0);
}

void TestFleetModel::changedMetricNamesOnlyItsRoles_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::newRow("cpu usage") << "cpu" << int(FleetModel::CpuColumn) << int(FleetModel::FractionRole);
    QTest::newRow("memory used") << "mem" << int(FleetModel::MemoryColumn) << int(FleetModel::UsedRole);
    QTest::newRow("download speed") << "netin" << int(FleetModel::NetInSpeedColumn) << int(FleetModel::ValueRole);
    QTest::newRow("renamed server") << "name" << int(FleetModel::NameColumn) << int(FleetModel::SearchTextRole);
    QTest::newRow("tag changed") << "tag" << int(FleetModel::TagColumn) << int(FleetModel::TagRole);
    QTest::newRow("agent upgraded") << "agent" << int(FleetModel::PlatformColumn) << int(Qt::ToolTipRole);
}

void TestFleetModel::changedMetricNamesOnlyItsRoles()
{
    QFETCH(QString, what);
    QFETCH(int, column);
    QFETCH(int, role);
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    model.apply(fixtureFleet());
    FleetSnapshot next = fixtureFleet();
    ServerSnapshot &s = next.servers[1]; // id 1, row 1
    if (what == QLatin1String("cpu"))
        s.status.cpu = 55;
    else if (what == QLatin1String("mem"))
        s.status.memUsed += 4096;
    else if (what == QLatin1String("netin"))
        s.status.netInSpeed = 1;
    else if (what == QLatin1String("name"))
        s.name = QStringLiteral("fra-edge-02");
    else if (what == QLatin1String("tag"))
        s.tag = QStringLiteral("DE");
    else
        s.host.agentVersion = QStringLiteral("0.20.6");
    Spies spies(&model);
    model.apply(next);
    QCOMPARE(spies.reset.count() + spies.inserted.count() + spies.removed.count() + spies.moved.count(), 0);
    QVERIFY(spies.changed.count() >= 1);
    bool seen = false;
    for (const QList<QVariant> &args : std::as_const(spies.changed)) {
        const QModelIndex tl = args.at(0).toModelIndex(), br = args.at(1).toModelIndex();
        const QList<int> roles = args.at(2).value<QList<int>>();
        QCOMPARE(tl.row(), 1);
        QCOMPARE(br.row(), 1);
        QVERIFY2(!roles.isEmpty(), "every dataChanged names its roles");
        QVERIFY(!roles.contains(FleetModel::StaleRole));
        if (tl.column() <= column && column <= br.column()) {
            seen = true;
            QVERIFY(roles.contains(role));
        }
        QVERIFY2(tl.column() > FleetModel::StatusColumn || what == QLatin1String("none"), "status did not change");
    }
    QVERIFY(seen);
}

void TestFleetModel::appearingAndDisappearingServers()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    model.apply(fixtureFleet());
    FleetSnapshot next = fixtureFleet();
    next.servers.removeAt(1); // id 1 disappears
    ServerSnapshot added = next.servers.at(0);
    added.id = 5;
    added.name = QStringLiteral("added");
    added.displayIndex = 7; // between id 2 (10) and id 3 (0)
    next.servers.insert(1, added);
    Spies spies(&model);
    model.apply(next);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(spies.changed.count(), 0);
    QCOMPARE(ids(model), (QList<quint64>{2, 5, 3}));
    QCOMPARE(model.rowOfId(1), -1);
    QCOMPARE(model.rowOfId(3), 2);
}

void TestFleetModel::displayIndexChangeMovesRow()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    model.apply(fixtureFleet());
    FleetSnapshot next = fixtureFleet();
    next.servers[2].displayIndex = 99; // id 3 to the top
    sortNezhaServers(next.servers);
    Spies spies(&model);
    model.apply(next);
    QCOMPARE(spies.reset.count() + spies.inserted.count() + spies.removed.count(), 0);
    QCOMPARE(spies.moved.count(), 1);
    QCOMPARE(ids(model), (QList<quint64>{3, 2, 1}));
    for (quint64 id : {1, 2, 3})
        QCOMPARE(model.idAt(model.rowOfId(id)), id);
}

void TestFleetModel::staleIsNotOffline()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    model.apply(fixtureFleet());
    const FleetModel::Counts before = model.counts();
    Spies spies(&model);
    model.setStale(true);
    QCOMPARE(spies.stale.count(), 1);
    QCOMPARE(spies.stale.at(0).at(0).toBool(), true);
    QCOMPARE(spies.changed.count(), 1);
    const QList<QVariant> args = spies.changed.at(0);
    QCOMPARE(args.at(0).toModelIndex().column(), 0);
    QCOMPARE(args.at(1).toModelIndex().column(), FleetModel::ColumnCount - 1); // every cell is dimmed: repaint all
    QCOMPARE(args.at(1).toModelIndex().row(), 2);
    QVERIFY(args.at(2).value<QList<int>>().contains(FleetModel::StaleRole));
    QVERIFY(!args.at(2).value<QList<int>>().contains(FleetModel::StateRole));
    QCOMPARE(model.counts(), before);
    const QModelIndex status = model.index(model.rowOfId(1), FleetModel::StatusColumn);
    QCOMPARE(status.data(FleetModel::StaleRole).toBool(), true);
    QCOMPARE(status.data(FleetModel::StateRole).toInt(), int(ServerState::Online));
    QVERIFY(status.data().toString() != FleetModel::tr("Online", "server state"));
    QCOMPARE(model.stateOf(model.rowOfId(1)), ServerState::Online);
    model.setStale(true); // no change, no signal
    QCOMPARE(spies.stale.count(), 1);
    model.setStale(false);
    QCOMPARE(status.data(FleetModel::StaleRole).toBool(), false);
}

void TestFleetModel::offlineAgainstDashboardClock()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    model.apply(fixtureFleet());
    QCOMPARE(model.counts().online, 2);
    Spies spies(&model);
    FleetSnapshot later = fixtureFleet(Now + 120); // nobody reported for 2 minutes, by the dashboard's clock
    later.receivedAtMs = (Now - 100000) * 1000;    // the local clock is way off: must not matter
    model.apply(later);
    QCOMPARE(spies.reset.count() + spies.inserted.count() + spies.removed.count(), 0);
    QCOMPARE(model.counts(), (FleetModel::Counts{3, 0, 2, 1}));
    QCOMPARE(spies.counts.count(), 1);
    const QModelIndex status = model.index(model.rowOfId(2), FleetModel::StatusColumn);
    QCOMPARE(status.data(FleetModel::StateRole).toInt(), int(ServerState::Offline));
    QCOMPARE(status.data(FleetModel::StaleRole).toBool(), false);
    // Views grey out every cell of an offline row, so the change covers the name too (not only Status):
    // otherwise the name stays black when a server goes offline, and grey when it comes back.
    bool nameRepainted = false;
    for (const QList<QVariant> &args : std::as_const(spies.changed)) {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        if (tl.row() <= status.row() && br.row() >= status.row() && tl.column() <= FleetModel::NameColumn
            && br.column() >= FleetModel::NameColumn)
            nameRepainted = true;
    }
    QVERIFY(nameRepainted);
    // Only the dashboard time known? receivedAt is the fallback.
    FleetSnapshot noDate = fixtureFleet(0);
    noDate.receivedAtMs = Now * 1000;
    model.apply(noDate);
    QCOMPARE(model.counts().online, 2);
}

void TestFleetModel::thresholdChangeRecountsStates()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.offlineThresholdSecs(), 30);
    model.apply(fixtureFleet(Now + 20)); // reported 21 and 22 s ago
    QCOMPARE(model.counts().online, 2);
    Spies spies(&model);
    model.setOfflineThresholdSecs(10);
    QCOMPARE(model.counts().offline, 2);
    QCOMPARE(spies.counts.count(), 1);
    QCOMPARE(spies.changed.count(), 2);
    QCOMPARE(spies.reset.count(), 0);
}

void TestFleetModel::tagsAndCounts()
{
    FleetModel model;
    model.apply(fixtureFleet());
    QCOMPARE(model.tags(), (QStringList{QStringLiteral("EU"), QStringLiteral("Home")}));
    const QHash<QString, int> counts = model.tagCounts();
    QCOMPARE(counts.value(QStringLiteral("EU")), 1);
    QCOMPARE(counts.value(QString()), 1);
    QCOMPARE(model.counts(), (FleetModel::Counts{3, 2, 0, 1}));
    Spies spies(&model);
    model.clear();
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(model.counts().total, 0);
}

// v1/v2: a server may be in several groups (or none); the group filter's counts, the Groups column and the
// header follow, and a change of membership alone is signalled with GroupsRole.
void TestFleetModel::serverGroupsReplaceTags()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FleetSnapshot fleet = fixtureFleet();
    for (ServerSnapshot &s : fleet.servers)
        s.tag.clear();
    fleet.groups = {{1, QStringLiteral("db"), {fleet.servers[0].id, fleet.servers[1].id}},
                    {2, QStringLiteral("eu"), {fleet.servers[0].id}},
                    {3, QStringLiteral("empty"), {}}};
    fleet.servers[0].groups = {QStringLiteral("db"), QStringLiteral("eu")};
    fleet.servers[1].groups = {QStringLiteral("db")};
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.apply(fleet);
    QVERIFY(model.usesGroups());
    QCOMPARE(header.count(), 1);
    QCOMPARE(model.headerData(FleetModel::TagColumn, Qt::Horizontal).toString(), QStringLiteral("Groups"));
    QCOMPARE(model.tags(), (QStringList{QStringLiteral("db"), QStringLiteral("eu")}));
    const QHash<QString, int> counts = model.tagCounts();
    QCOMPARE(counts.value(QStringLiteral("db")), 2);
    QCOMPARE(counts.value(QStringLiteral("eu")), 1);
    QCOMPARE(counts.value(QString()), 1); // the third server is in no group
    const int row = model.rowOfId(fleet.servers[0].id);
    QCOMPARE(model.index(row, FleetModel::TagColumn).data().toString(), QStringLiteral("db, eu"));
    QCOMPARE(model.index(row, 0).data(FleetModel::GroupsRole).toStringList(), fleet.servers[0].groups);
    QVERIFY(model.index(row, 0).data(FleetModel::SearchTextRole).toString().contains(QStringLiteral("eu")));

    Spies spies(&model);
    fleet.servers[1].groups = {QStringLiteral("eu")}; // moved from db to eu, nothing else changed
    model.apply(fleet);
    QCOMPARE(spies.reset.count(), 0);
    bool groupsSignalled = false;
    for (const QList<QVariant> &args : std::as_const(spies.changed))
        groupsSignalled |= args.at(2).value<QList<int>>().contains(FleetModel::GroupsRole);
    QVERIFY(groupsSignalled);
    QCOMPARE(model.tagCounts().value(QStringLiteral("eu")), 2);

    model.clear();
    QVERIFY(!model.usesGroups());
}

void TestFleetModel::cellContents()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FleetModel model;
    model.apply(fixtureFleet());
    const int fra = model.rowOfId(1);
    const int fresh = model.rowOfId(3);
    auto cell = [&model](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(fra, FleetModel::NameColumn).toString(), QStringLiteral("fra-edge-01"));
    QCOMPARE(cell(fra, FleetModel::CountryColumn).toString(), QStringLiteral("DE"));
    QCOMPARE(cell(fra, FleetModel::PlatformColumn).toString(), QStringLiteral("debian 12.7"));
    QCOMPARE(cell(fra, FleetModel::CpuColumn).toString(), QStringLiteral("3.0%"));
    QCOMPARE(cell(fra, FleetModel::MemoryColumn, FleetModel::FractionRole).toDouble(), 612450304.0 / 2062630912.0);
    QCOMPARE(cell(fra, FleetModel::MemoryColumn, FleetModel::UsedRole).toULongLong(), 612450304ull);
    QCOMPARE(cell(fra, FleetModel::MemoryColumn, FleetModel::TotalRole).toULongLong(), 2062630912ull);
    QCOMPARE(cell(fra, FleetModel::MemoryColumn).toString(), QStringLiteral("29.7%"));
    QVERIFY(cell(fra, FleetModel::MemoryColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("584.1 MiB")));
    QCOMPARE(cell(fra, FleetModel::SwapColumn, FleetModel::FractionRole).toDouble(), -1.0); // no swap
    QCOMPARE(cell(fra, FleetModel::NetOutSpeedColumn).toString(), QStringLiteral("20.0 KiB/s"));
    QCOMPARE(cell(fra, FleetModel::NetOutSpeedColumn, FleetModel::ValueRole).toULongLong(), 20480ull);
    QCOMPARE(cell(fra, FleetModel::LastSeenColumn).toString(), QStringLiteral("just now"));
    QCOMPARE(cell(fra, FleetModel::LoadColumn, FleetModel::ValueRole).toDouble(), 0.08);
    QCOMPARE(cell(fra, FleetModel::UptimeColumn).toString(), QStringLiteral("24 d 6 h"));
    QVERIFY(cell(fra, FleetModel::StatusColumn, FleetModel::SearchTextRole).toString().contains(QStringLiteral("203.0.113.10")));
    QCOMPARE(cell(fra, FleetModel::TagColumn, FleetModel::ServerIdRole).toULongLong(), 1ull);
    QCOMPARE(cell(fresh, FleetModel::CpuColumn).toString(), QStringLiteral("–"));
    QCOMPARE(cell(fresh, FleetModel::LastSeenColumn).toString(), QStringLiteral("never"));
    QCOMPARE(cell(fresh, FleetModel::StatusColumn, FleetModel::StateRole).toInt(), int(ServerState::NeverReported));
    QCOMPARE(model.headerData(FleetModel::LoadColumn, Qt::Horizontal).toString(), QStringLiteral("Load"));
    // Names are data, not markup.
    FleetSnapshot html = fixtureFleet();
    html.servers[0].name = QStringLiteral("<b>x</b>");
    model.apply(html);
    QCOMPARE(cell(0, FleetModel::NameColumn).toString(), QStringLiteral("<b>x</b>"));
    QLocale::setDefault(QLocale::c());
}

void TestFleetModel::retranslateRerendersText()
{
    FleetModel model;
    model.apply(fixtureFleet());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));
}

void TestFleetModel::manyServerPollsNeverReset()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    QList<ServerSnapshot> servers = NezhaPayloads::makeServers(300, Now);
    model.apply(NezhaPayloads::fleet(servers, Now));
    Spies spies(&model);
    for (int poll = 1; poll <= 5; ++poll) {
        NezhaPayloads::advance(&servers, Now + 3 * poll, quint32(poll));
        model.apply(NezhaPayloads::fleet(servers, Now + 3 * poll));
    }
    QCOMPARE(spies.reset.count() + spies.inserted.count() + spies.removed.count() + spies.moved.count(), 0);
    QVERIFY(spies.changed.count() > 0);
    QCOMPARE(model.rowCount(), 300);
    for (const QList<QVariant> &args : std::as_const(spies.changed))
        QVERIFY(!args.at(2).value<QList<int>>().isEmpty());
}

void TestFleetModel::fieldsWithoutColumnAreStored_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what : {"valid ip", "temperature", "process count", "tcp count", "udp count", "display index",
                             "hidden for guests", "gpu usages"}) // groups have a column: serverGroupsReplaceTags
        QTest::newRow(what) << QString::fromLatin1(what);
}

// Defect 4: a change only in fields no column shows was dropped, so "Copy IP" and the host pane kept old values.
void TestFleetModel::fieldsWithoutColumnAreStored()
{
    QFETCH(QString, what);
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    model.apply(fixtureFleet());
    FleetSnapshot next = fixtureFleet();
    ServerSnapshot &s = next.servers[1]; // id 1, row 1
    if (what == QLatin1String("valid ip"))
        s.validIp = QStringLiteral("198.51.100.7");
    else if (what == QLatin1String("temperature"))
        s.status.temperatures = {{QStringLiteral("cpu_thermal"), 71.5}};
    else if (what == QLatin1String("process count"))
        s.status.processCount += 11;
    else if (what == QLatin1String("tcp count"))
        s.status.tcpConnCount += 3;
    else if (what == QLatin1String("udp count"))
        s.status.udpConnCount += 2;
    else if (what == QLatin1String("display index"))
        s.displayIndex = 6; // still between id 2 (10) and id 3 (0): no move
    else if (what == QLatin1String("hidden for guests"))
        s.hideForGuest = !s.hideForGuest;
    else
        s.status.gpuUsages = {12.5, 40};
    Spies spies(&model);
    model.apply(next);
    QCOMPARE(*model.serverById(1), next.servers[1]);
    QCOMPARE(spies.reset.count() + spies.inserted.count() + spies.removed.count() + spies.moved.count(), 0);
    QCOMPARE(spies.changed.count(), 1);
    const QList<QVariant> args = spies.changed.at(0);
    QCOMPARE(args.at(0).toModelIndex(), model.index(1, FleetModel::StatusColumn));
    QCOMPARE(args.at(1).toModelIndex(), model.index(1, FleetModel::StatusColumn));
    QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{FleetModel::SnapshotRole});
    QCOMPARE(model.index(1, FleetModel::NameColumn).data(FleetModel::SnapshotRole).value<ServerSnapshot>(),
             next.servers[1]);
    model.apply(next); // stored: the same poll again is no change
    QCOMPARE(spies.changed.count(), 1);
}

void TestFleetModel::disconnectedServerKeepsLastSeen_data()
{
    QTest::addColumn<bool>("vanishFirst");
    QTest::addColumn<bool>("clearFirst");
    QTest::addColumn<int>("state");
    QTest::newRow("agent stream ended") << false << false << int(ServerState::Offline);
    QTest::newRow("left the list, came back zeroed") << true << false << int(ServerState::Offline);
    QTest::newRow("after switching dashboards") << false << true << int(ServerState::NeverReported);
}

// Nezha v2.2.11+ resets last_active to zero when the agent's stream ends (nezha.md 5.4).
void TestFleetModel::disconnectedServerKeepsLastSeen()
{
    QFETCH(bool, vanishFirst);
    QFETCH(bool, clearFirst);
    QFETCH(int, state);
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    const FleetSnapshot first = fixtureFleet();
    model.apply(first);
    const qint64 seen = model.serverById(1)->lastActive;
    QVERIFY(seen > 0);
    if (vanishFirst) {
        FleetSnapshot without = fixtureFleet(Now + 30);
        without.servers.removeAt(1);
        model.apply(without);
        QCOMPARE(model.rowOfId(1), -1);
    }
    if (clearFirst)
        model.clear();
    FleetSnapshot zeroed = fixtureFleet(Now + 60);
    zeroed.servers[1].lastActive = 0;
    model.apply(zeroed);
    const int row = model.rowOfId(1);
    QCOMPARE(int(model.stateOf(row)), state);
    const QModelIndex lastSeen = model.index(row, FleetModel::LastSeenColumn);
    QCOMPARE(lastSeen.data(FleetModel::LastActiveRole).toLongLong(), clearFirst ? 0 : seen);
    QCOMPARE(model.counts().neverReported, clearFirst ? 2 : 1); // id 3 never reported at all
    QCOMPARE(model.index(model.rowOfId(3), 0).data(FleetModel::StateRole).toInt(), int(ServerState::NeverReported));
    if (!clearFirst)
        QVERIFY(lastSeen.data().toString() != FleetModel::tr("never", "last seen"));
}

// The billing cycle's traffic (from the history store): unknown shows empty and sorts as 0, a change signals
// only the two cycle columns of the rows that changed, and a metric-like first click sorts descending.
void TestFleetModel::cycleTrafficColumns()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model);
    model.apply(fixtureFleet());
    QVERIFY(model.rowCount() >= 3);
    const quint64 a = model.idAt(0), b = model.idAt(1);
    QCOMPARE(model.index(0, FleetModel::CycleInColumn).data().toString(), QString());
    QCOMPARE(model.index(0, FleetModel::CycleInColumn).data(FleetModel::ValueRole).toULongLong(), quint64(0));
    Spies spies(&model);
    model.setCycleTraffic({{a, {5 * 1024 * 1024, 1024}}, {b, {7, 8}}});
    QCOMPARE(spies.changed.count(), 1); // rows 0 and 1 together
    QCOMPARE(spies.changed.at(0).at(0).toModelIndex(), model.index(0, FleetModel::CycleInColumn));
    QCOMPARE(spies.changed.at(0).at(1).toModelIndex(), model.index(1, FleetModel::CycleOutColumn));
    QCOMPARE(model.index(0, FleetModel::CycleInColumn).data().toString(), Format::bytes(5 * 1024 * 1024));
    QCOMPARE(model.index(0, FleetModel::CycleOutColumn).data(FleetModel::ValueRole).toULongLong(), quint64(1024));
    QCOMPARE(model.cycleTraffic(b)->out, quint64(8));
    QVERIFY(!model.cycleTraffic(model.idAt(2)).has_value());
    spies.clear();
    model.setCycleTraffic({{a, {5 * 1024 * 1024, 1024}}, {b, {9, 8}}}); // only b changed
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(spies.changed.at(0).at(1).toModelIndex().row(), 1);
    spies.clear();
    model.setCycleTraffic({{a, {5 * 1024 * 1024, 1024}}, {b, {9, 8}}});
    QCOMPARE(spies.changed.count(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(model.headerData(FleetModel::CycleInColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
             int(Qt::DescendingOrder));
}

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
