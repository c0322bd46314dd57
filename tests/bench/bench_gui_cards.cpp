// One poll's GUI-thread cost with 1,000 servers in the card view, measured exactly as bench_gui_poll measures the
// table (FleetModel::apply through the proxies of a shown list, HistoryStore::append, the detail's chart update,
// and the event processing that repaints what is visible, offscreen), with rows for the table and the card view
// in the same harness so the two figures compare directly, grouped and not. `stripRefresh` measures the overview
// strip's share: one FleetTotals pass over 1,000 servers plus the label updates.
//
//   QT_QPA_PLATFORM=offscreen ./bench_gui_cards -iterations 50
//   QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind ./bench_gui_cards -callgrind -iterations 10

#include "FleetModel.h"
#include "HistoryStore.h"
#include "RecordedFleet.h"
#include "cards/ServerCardView.h"
#include "detail/ServerDetailPanel.h"
#include "overview/OverviewStrip.h"
#include "servers/ServerListPanel.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class BenchGuiCards : public QObject
{
    Q_OBJECT
private:
    static constexpr int Servers = 1000;
    static constexpr int Snapshots = 400;
    QList<FleetSnapshot> m_snapshots;
    int m_next = 0;

    struct Harness
    {
        QTemporaryDir dir;
        Settings settings{dir.filePath(QStringLiteral("bench.ini"))};
        FleetModel model;
        HistoryStore history;
        QSplitter window;
        ServerListPanel *list = new ServerListPanel(settings, &window);
        ServerDetailPanel *detail = new ServerDetailPanel(settings, &window);
    };

    void warmUp(Harness &h, bool cards, bool grouped)
    {
        h.list->setModel(&h.model);
        h.detail->setSources(&h.model, &h.history);
        h.list->setCardMode(cards);
        h.list->setGrouped(grouped);
        h.window.resize(1280, 800);
        h.window.show();
        // Warm up: fill the list and an hour of history so the charts draw full windows.
        for (m_next = 0; m_next < 20; ++m_next) {
            h.model.apply(m_snapshots.at(m_next));
            h.history.append(m_snapshots.at(m_next), 30);
        }
        h.list->table()->sortByColumn(FleetModel::CpuColumn, Qt::DescendingOrder);
        h.list->selectServer(h.model.idAt(0));
        h.detail->setServer(h.list->currentServerId());
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_snapshots = recordedFleet(Servers, Snapshots);
    }

    void poll_data()
    {
        QTest::addColumn<bool>("cards");
        QTest::addColumn<bool>("grouped");
        QTest::newRow("table") << false << false;
        QTest::newRow("cards") << true << false;
        QTest::newRow("cards grouped") << true << true;
        QTest::newRow("table grouped") << false << true;
    }

    void poll()
    {
        QFETCH(bool, cards);
        QFETCH(bool, grouped);
        Harness h;
        warmUp(h, cards, grouped);
        QCOMPARE(h.list->proxy()->rowCount(), Servers);
        QCOMPARE(h.list->cardMode(), cards);

        QBENCHMARK {
            const FleetSnapshot &snapshot = m_snapshots.at(m_next);
            m_next = qMin(m_next + 1, Snapshots - 1);
            h.model.apply(snapshot);
            h.history.append(snapshot, 30);
            h.detail->refresh();
            QCoreApplication::processEvents(); // the view, strip and chart repaints this poll caused
        }
    }

    void stripRefresh()
    {
        Harness h;
        warmUp(h, true, false);
        // The recomputation a poll schedules (FleetTotals over the filtered rows + label texts); the labels' repaint
        // is part of the poll rows above.
        QBENCHMARK {
            h.list->overview()->refresh();
        }
    }
};

QTEST_MAIN(BenchGuiCards)
#include "bench_gui_cards.moc"
