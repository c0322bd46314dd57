// OverviewStrip over the real demo dashboard inside ServerListPanel: totals equal the sums over the known fleet,
// the state buttons set the "Show:" filter (and clear it on a second click), counts follow the tag filter and
// the search, one poll is one recomputation, labels keep their size across polls, "this month" shows once set.

#include "FleetTotals.h"
#include "Format.h"
#include "GuiTestStack.h"
#include "history/LocalHistory.h"
#include "overview/OverviewStrip.h"
#include "servers/ServerFilterProxy.h"
#include "servers/ServerListPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>

#include <limits>

class TestOverviewStrip : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestStack> m_stack;
    std::unique_ptr<ServerListPanel> m_panel;
    quint64 m_offlineId = 0;
    quint64 m_neverId = 0;

    OverviewStrip *strip() const { return m_panel->overview(); }
    QToolButton *button(const char *name) const { return strip()->findChild<QToolButton *>(QLatin1String(name)); }
    QLabel *label(const char *name) const { return strip()->findChild<QLabel *>(QLatin1String(name)); }
    int stateCombo() const { return m_panel->findChild<QComboBox *>(QStringLiteral("stateFilter"))->currentIndex(); }

    // The expected totals, summed here from the model's records without FleetTotals.
    FleetTotals expected(const std::function<bool(const ServerSnapshot &)> &accept) const
    {
        FleetTotals t;
        const FleetModel &model = m_stack->model;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ServerSnapshot &s = *model.serverById(model.idAt(row));
            if (!accept(s))
                continue;
            switch (model.stateOf(row)) {
            case ServerState::Online:
                ++t.online;
                t.inSpeed += s.status.netInSpeed;
                t.outSpeed += s.status.netOutSpeed;
                t.cpuSum += s.status.cpu;
                ++t.cpuCount;
                t.inTransfer += s.status.netInTransfer;
                t.outTransfer += s.status.netOutTransfer;
                break;
            case ServerState::Offline:
                ++t.offline;
                t.inTransfer += s.status.netInTransfer;
                t.outTransfer += s.status.netOutTransfer;
                break;
            case ServerState::NeverReported: ++t.neverReported; break;
            }
        }
        return t;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_stack = std::make_unique<GuiTestStack>();
        m_offlineId = m_stack->demo.fleet()->servers().first().id;
        ServerSnapshot never;
        never.name = QStringLiteral("fresh-box");
        never.tag = QStringLiteral("lab");
        m_neverId = m_stack->demo.fleet()->addServer(never);
        m_panel = std::make_unique<ServerListPanel>(m_stack->settings);
        m_panel->setModel(&m_stack->model);
        m_panel->resize(1000, 600);
        m_panel->show();
        m_stack->fleet.setConnection(m_stack->demoConnection());
        QSignalSpy applied(&m_stack->fleet, &FleetService::snapshotApplied);
        m_stack->fleet.start();
        QVERIFY(applied.wait(10000));
        m_stack->demo.fleet()->setServerOffline(m_offlineId, true);
        QVERIFY(m_stack->pollOnce(60 * 1000)); // past the 30 s threshold
        QCOMPARE(m_stack->model.stateOf(m_stack->model.rowOfId(m_offlineId)), ServerState::Offline);
    }

    void cleanup()
    {
        m_panel.reset();
        m_stack.reset();
    }

    void totalsMatchTheKnownFleet()
    {
        const FleetTotals want = expected([](const ServerSnapshot &) { return true; });
        QTRY_COMPARE(strip()->totals(), want);
        QCOMPARE(want.total(), SimulatedFleet::DefaultCount + 1);
        QCOMPARE(want.offline, 1);
        QCOMPARE(want.neverReported, 2); // the demo's own never-reported server and fresh-box
        QVERIFY(want.inSpeed > 0);
        QVERIFY(button("overviewOnline")->text().contains(QString::number(want.online)));
        QVERIFY(button("overviewOffline")->text().contains(QStringLiteral("1 offline")));
        QVERIFY(button("overviewNeverReported")->text().contains(QStringLiteral("2 never reported")));
        QVERIFY(label("overviewCpu")->text().contains(Format::percent(want.averageCpu())));
        QVERIFY(label("overviewSpeed")->text().contains(Format::bytesPerSecond(want.inSpeed)));
        QVERIFY(label("overviewTraffic")->text().contains(Format::bytes(want.outTransfer)));
    }

    void stateButtonsSetTheFilter_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("state");
        QTest::newRow("online button") << QStringLiteral("overviewOnline") << int(ServerFilterProxy::StateFilter::Online)
                                       << int(ServerState::Online);
        QTest::newRow("offline button") << QStringLiteral("overviewOffline") << int(ServerFilterProxy::StateFilter::Offline)
                                        << int(ServerState::Offline);
        QTest::newRow("never reported button") << QStringLiteral("overviewNeverReported")
                                               << int(ServerFilterProxy::StateFilter::NeverReported)
                                               << int(ServerState::NeverReported);
    }

    void stateButtonsSetTheFilter()
    {
        QFETCH(QString, button);
        QFETCH(int, filter);
        QFETCH(int, state);
        auto *b = strip()->findChild<QToolButton *>(button);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(int(m_panel->proxy()->stateFilter()), filter);
        QCOMPARE(stateCombo(), filter);
        QVERIFY(b->isChecked());
        QVERIFY(m_panel->proxy()->rowCount() > 0);
        for (int row = 0; row < m_panel->proxy()->rowCount(); ++row)
            QCOMPARE(m_panel->proxy()->index(row, 0).data(FleetModel::StateRole).toInt(), state);
        const FleetTotals t = expected([](const ServerSnapshot &) { return true; });
        QCOMPARE(m_panel->proxy()->rowCount(), state == int(ServerState::Online)    ? t.online
                                               : state == int(ServerState::Offline) ? t.offline
                                                                                     : t.neverReported);
        // The counts ignore the state filter: every state stays visible while one is shown.
        QTRY_COMPARE(strip()->totals().total(), SimulatedFleet::DefaultCount + 1);
        QTest::mouseClick(b, Qt::LeftButton); // again: back to all servers
        QCOMPARE(m_panel->proxy()->stateFilter(), ServerFilterProxy::StateFilter::All);
        QCOMPARE(stateCombo(), 0);
        QVERIFY(!b->isChecked());
        QCOMPARE(m_panel->proxy()->rowCount(), SimulatedFleet::DefaultCount + 1);
    }

    void comboChoiceChecksTheButton()
    {
        auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        combo->setCurrentIndex(2);
        emit combo->activated(2);
        QVERIFY(button("overviewOffline")->isChecked());
        QVERIFY(!button("overviewOnline")->isChecked());
    }

    void followsTheSearchAndTagFilter()
    {
        m_panel->findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(QStringLiteral("fresh-box"));
        QTRY_COMPARE(strip()->totals().total(), 1);
        QCOMPARE(strip()->totals().neverReported, 1);
        QCOMPARE(strip()->totals().inSpeed, quint64(0));
        m_panel->findChild<QLineEdit *>(QStringLiteral("searchBox"))->clear();
        m_panel->proxy()->setTagFilter(QStringLiteral("lab"), false);
        QTRY_COMPARE(strip()->totals(), expected([](const ServerSnapshot &s) { return s.tag == QLatin1String("lab"); }));
        const QString tag = m_stack->model.serverById(m_offlineId)->tag;
        m_panel->proxy()->setTagFilter(tag, false);
        QTRY_COMPARE(strip()->totals(), expected([&tag](const ServerSnapshot &s) { return s.tag == tag; }));
    }

    void onePollIsOneRecomputationWithoutRelayout()
    {
        QCoreApplication::processEvents();
        const int before = strip()->refreshCount();
        const QRect speed = label("overviewSpeed")->geometry();
        const QRect online = button("overviewOnline")->geometry();
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_stack->pollOnce());
        QTRY_COMPARE(strip()->refreshCount(), before + 3);
        QCOMPARE(strip()->totals(), expected([](const ServerSnapshot &) { return true; }));
        QCOMPARE(label("overviewSpeed")->geometry(), speed);
        QCOMPARE(button("overviewOnline")->geometry(), online);
    }

    void monthlyTrafficShowsOnceSet()
    {
        QLabel *month = label("overviewMonth");
        QVERIFY(month->isHidden());
        const quint64 a = m_stack->model.idAt(0), b = m_stack->model.idAt(1);
        m_stack->model.setCycleTraffic({{a, {3 * 1024 * 1024, 5 * 1024}}});
        QTRY_VERIFY(!month->isHidden());
        QVERIFY(month->text().contains(Format::bytes(3 * 1024 * 1024)));
        QVERIFY(month->text().contains(Format::bytes(5 * 1024)));
        // Huge values from the store saturate instead of wrapping into a small number.
        const quint64 max = std::numeric_limits<quint64>::max();
        m_stack->model.setCycleTraffic({{a, {max, 0}}, {b, {max, 0}}});
        QTRY_VERIFY2(month->text().contains(Format::bytes(max)), qPrintable(month->text()));
        m_stack->model.setCycleTraffic({});
        QTRY_VERIFY(month->isHidden());
    }

    void monthlyTrafficComesFromTheHistoryStore()
    {
        LocalHistory history;
        history.attach(&m_stack->fleet);
        history.open(QStringLiteral(":memory:"));
        history.publishTrafficTo(&m_stack->model);
        QLabel *month = label("overviewMonth");
        QVERIFY(month->isHidden()); // the store has no cycle yet
        QSignalSpy traffic(&history, &LocalHistory::trafficChanged);
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_stack->pollOnce());
        QTRY_VERIFY(history.fleetTraffic().inBytes > 0);
        QTRY_VERIFY(!month->isHidden());
        QTRY_VERIFY2(month->text().contains(Format::bytes(history.fleetTraffic().inBytes)), qPrintable(month->text()));
        // It follows the tag filter like the other totals.
        const QString tag = m_stack->model.serverById(m_offlineId)->tag;
        m_panel->proxy()->setTagFilter(tag, false);
        const auto tagTraffic = [&] { // recomputed on each try: a late batch from the writer thread may land
            quint64 in = 0;
            for (int row = 0; row < m_stack->model.rowCount(); ++row) {
                if (m_stack->model.serverById(m_stack->model.idAt(row))->tag == tag)
                    in += history.monthlyTraffic(m_stack->model.idAt(row)).inBytes;
            }
            return in;
        };
        QVERIFY(tagTraffic() < history.fleetTraffic().inBytes);
        QTRY_VERIFY2(month->text().contains(Format::bytes(tagTraffic())), qPrintable(month->text()));
    }
};

QTEST_MAIN(TestOverviewStrip)
#include "tst_overview_strip.moc"
