// ServerListPanel over the real demo dashboard: the table shows the fleet in the dashboard's order, sorting
// and filtering work, offline rows keep their values, names with HTML stay literal, the mute choices compute
// the right times.

#include "GuiTestStack.h"
#include "alerts/MuteList.h"
#include "servers/ServerFilterProxy.h"
#include "servers/ServerListPanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

class TestServerList : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestStack> m_stack;
    std::unique_ptr<ServerListPanel> m_panel;

    QAbstractItemModel *view() const { return m_panel->table()->model(); }
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const { return view()->index(row, column).data(role); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_stack = std::make_unique<GuiTestStack>();
        m_panel = std::make_unique<ServerListPanel>(m_stack->settings);
        m_panel->setModel(&m_stack->model);
        m_panel->resize(1000, 600);
        m_panel->show();
        QSignalSpy applied(&m_stack->fleet, &FleetService::snapshotApplied);
        m_stack->fleet.setConnection(m_stack->demoConnection());
        m_stack->fleet.start();
        QVERIFY(applied.wait(10000));
    }

    void cleanup()
    {
        m_panel.reset();
        m_stack.reset();
    }

    void showsTheDemoFleet()
    {
        QCOMPARE(view()->rowCount(), SimulatedFleet::DefaultCount);
        QCOMPARE(view()->columnCount(), int(FleetModel::ColumnCount));
        const QString summary = m_panel->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("12 server")), qPrintable(summary));
        QVERIFY(!cell(0, FleetModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
    }

    void opensInTheDashboardsOrder()
    {
        // FleetModel keeps the dashboard's order (display_index desc, id asc); the view shows it unsorted.
        QCOMPARE(m_panel->table()->horizontalHeader()->sortIndicatorSection(), -1);
        for (int row = 0; row < view()->rowCount(); ++row)
            QCOMPARE(cell(row, 0, FleetModel::ServerIdRole).toULongLong(), m_stack->model.idAt(row));
    }

    void sortsByAnyColumnAndRemembersIt()
    {
        m_panel->table()->sortByColumn(FleetModel::CpuColumn, Qt::DescendingOrder);
        double previous = 1e9;
        for (int row = 0; row < view()->rowCount(); ++row) {
            const double value = cell(row, FleetModel::CpuColumn, FleetModel::ValueRole).toDouble();
            QVERIFY2(value <= previous, qPrintable(QString::number(row)));
            previous = value;
        }
        QCOMPARE(m_stack->settings.sortColumn(), int(FleetModel::CpuColumn));
        QCOMPARE(m_stack->settings.sortOrder(), Qt::DescendingOrder);
        m_panel->table()->sortByColumn(FleetModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(QString::compare(cell(0, FleetModel::NameColumn).toString(), cell(1, FleetModel::NameColumn).toString(),
                                 Qt::CaseInsensitive) <= 0);
        // A new panel over the same settings comes back with the same sort.
        m_panel->table()->sortByColumn(FleetModel::MemoryColumn, Qt::DescendingOrder);
        ServerListPanel again(m_stack->settings);
        again.setModel(&m_stack->model);
        QCOMPARE(again.table()->horizontalHeader()->sortIndicatorSection(), int(FleetModel::MemoryColumn));
        QCOMPARE(again.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void filtersByTagWithCounts()
    {
        auto *tags = m_panel->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QVERIFY(tags);
        const QHash<QString, int> counts = m_stack->model.tagCounts();
        QVERIFY(counts.size() >= 2);
        int index = -1;
        for (int i = 1; i < tags->count(); ++i)
            if (!tags->itemData(i).toString().isEmpty())
                index = i;
        QVERIFY(index > 0);
        const QString tag = tags->itemData(index).toString();
        QVERIFY(tags->itemText(index).contains(QString::number(counts.value(tag))));
        tags->setCurrentIndex(index);
        emit tags->activated(index);
        QCOMPARE(view()->rowCount(), counts.value(tag));
        for (int row = 0; row < view()->rowCount(); ++row)
            QCOMPARE(cell(row, 0, FleetModel::TagRole).toString(), tag);
        tags->setCurrentIndex(0);
        emit tags->activated(0);
        QCOMPARE(view()->rowCount(), SimulatedFleet::DefaultCount);
    }

    // v1/v2: the tag filter becomes a group filter ("Group:", counts per group); a server in two groups shows
    // under both, "In no group" selects the rest.
    void filtersByServerGroup()
    {
        m_stack->fleet.stop();
        FleetSnapshot fleet;
        for (int row = 0; row < m_stack->model.rowCount(); ++row)
            fleet.servers.append(*m_stack->model.serverById(m_stack->model.idAt(row)));
        fleet.dashboardTimeMs = m_stack->clockMs;
        for (ServerSnapshot &s : fleet.servers)
            s.tag.clear();
        fleet.servers[0].groups = {QStringLiteral("db"), QStringLiteral("eu")};
        fleet.servers[1].groups = {QStringLiteral("db")};
        fleet.servers[2].groups = {QStringLiteral("eu")};
        fleet.groups = {{1, QStringLiteral("db"), {fleet.servers[0].id, fleet.servers[1].id}},
                        {2, QStringLiteral("eu"), {fleet.servers[0].id, fleet.servers[2].id}}};
        m_stack->model.apply(fleet);
        auto *groups = m_panel->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QCOMPARE(m_panel->findChild<QLabel *>()->buddy(), groups); // the first label is the filter's
        QCOMPARE(m_panel->findChild<QLabel *>()->text(), QStringLiteral("&Group:"));
        QCOMPARE(groups->itemText(0), QStringLiteral("All groups (%1)").arg(SimulatedFleet::DefaultCount));
        const int eu = groups->findData(QStringLiteral("eu"));
        QVERIFY(eu > 0);
        QCOMPARE(groups->itemText(eu), QStringLiteral("eu (2)"));
        groups->setCurrentIndex(eu);
        emit groups->activated(eu);
        QCOMPARE(view()->rowCount(), 2);
        const int none = groups->findData(QString());
        QVERIFY(none > 0);
        QCOMPARE(groups->itemText(none), QStringLiteral("In no group (%1)").arg(SimulatedFleet::DefaultCount - 3));
        groups->setCurrentIndex(none);
        emit groups->activated(none);
        QCOMPARE(view()->rowCount(), SimulatedFleet::DefaultCount - 3);
    }

    void searchesNameAndIp()
    {
        const ServerSnapshot first = m_stack->demo.fleet()->servers().first();
        auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QTest::keyClicks(search, first.name.toUpper());
        QVERIFY(view()->rowCount() >= 1);
        QCOMPARE(cell(0, 0, FleetModel::ServerIdRole).toULongLong(), first.id);
        search->clear();
        if (!first.ipv4.isEmpty()) {
            QTest::keyClicks(search, first.ipv4);
            QVERIFY(view()->rowCount() >= 1);
            bool found = false;
            for (int row = 0; row < view()->rowCount(); ++row)
                found = found || cell(row, 0, FleetModel::ServerIdRole).toULongLong() == first.id;
            QVERIFY(found);
            QVERIFY(view()->rowCount() < SimulatedFleet::DefaultCount);
        }
        search->setText(QStringLiteral("no-such-server-anywhere"));
        QCOMPARE(view()->rowCount(), 0);
        QVERIFY(m_panel->summaryText().contains(QStringLiteral("0 shown")));
    }

    void offlineRowsKeepValuesAndFilter()
    {
        const quint64 id = m_stack->demo.fleet()->servers().first().id;
        QVERIFY(m_stack->pollOnce());
        const QVariant before = m_stack->model.index(m_stack->model.rowOfId(id), FleetModel::CpuColumn).data();
        m_stack->demo.fleet()->setServerOffline(id, true);
        QVERIFY(m_stack->pollOnce(60 * 1000)); // past the 30 s threshold
        QCOMPARE(m_stack->model.stateOf(m_stack->model.rowOfId(id)), ServerState::Offline);
        const QModelIndex cpu = m_stack->model.index(m_stack->model.rowOfId(id), FleetModel::CpuColumn);
        QCOMPARE(cpu.data(), before); // last-known value kept
        auto *state = m_panel->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(2);
        emit state->activated(2);
        bool found = false;
        for (int row = 0; row < view()->rowCount(); ++row) {
            QVERIFY(cell(row, 0, FleetModel::StateRole).toInt() != int(ServerState::Online));
            if (cell(row, 0, FleetModel::ServerIdRole).toULongLong() == id) {
                found = true;
                QVERIFY(cell(row, FleetModel::NameColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("as of")));
            }
        }
        QVERIFY(found);
    }

    void htmlInNameStaysLiteral()
    {
        ServerSnapshot evil;
        evil.name = QStringLiteral("<b>x</b><img src=y>");
        evil.tag = QStringLiteral("<i>tag</i>");
        evil.lastActive = 1;
        const quint64 id = m_stack->demo.fleet()->addServer(evil);
        QVERIFY(m_stack->pollOnce());
        QVERIFY(m_panel->selectServer(id));
        const QModelIndex index = m_panel->table()->currentIndex();
        QCOMPARE(view()->index(index.row(), FleetModel::NameColumn).data().toString(), evil.name);
        const QString tip = view()->index(index.row(), FleetModel::NameColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QStringLiteral("<b>x")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        QVERIFY(tip.isEmpty() || tip.contains(QStringLiteral("&lt;b&gt;")));
    }

    void tagTextStaysLiteralInTheFilter_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("placeholder in a tag") << QStringLiteral("a %1 b");
        QTest::newRow("markup and ampersand") << QStringLiteral("<b>x</b> & y");
    }
    void tagTextStaysLiteralInTheFilter()
    {
        QFETCH(QString, tag);
        ServerSnapshot tagged;
        tagged.name = QStringLiteral("tagged");
        tagged.tag = tag;
        tagged.lastActive = 1;
        m_stack->demo.fleet()->addServer(tagged);
        QVERIFY(m_stack->pollOnce());
        auto *tags = m_panel->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QVERIFY(tags);
        const int index = tags->findData(tag);
        QVERIFY(index > 0);
        QCOMPARE(tags->itemText(index), tag + QStringLiteral(" (1)")); // a chained arg() made "a 1 b (%2)"
    }

    void muteChoices()
    {
        const QDateTime now(QDate(2026, 3, 10), QTime(22, 15));
        QCOMPARE(ServerListPanel::muteUntil(0, now), now.addSecs(3600));
        QCOMPARE(ServerListPanel::muteUntil(1, now), now.addSecs(4 * 3600));
        // "Until tomorrow" is the tray's and MuteList's tomorrow 08:00, not midnight.
        QCOMPARE(ServerListPanel::muteUntil(2, now), QDateTime(QDate(2026, 3, 11), QTime(8, 0)));
        QCOMPARE(ServerListPanel::muteUntil(2, now), MuteList::tomorrowMorning(now));
    }
};

QTEST_MAIN(TestServerList)
#include "tst_server_list.moc"
