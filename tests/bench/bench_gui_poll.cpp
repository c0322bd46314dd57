// One poll's GUI-thread cost with 1,000 servers: FleetModel::apply (diff + dataChanged through the sort/filter
// proxy of a shown table), HistoryStore::append, the detail view's chart update for the selected server, and
// the event processing that repaints the visible table and charts (offscreen). HTTP and JSON decoding are
// not included (see the models/app benchmarks). Snapshots are generated before measuring.
//
//   QT_QPA_PLATFORM=offscreen ./bench_gui_poll -iterations 50            (wall time per poll)
//   QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind ./bench_gui_poll -callgrind -iterations 10

#include "FleetModel.h"
#include "HistoryStore.h"
#include "RecordedFleet.h"
#include "detail/ServerDetailPanel.h"
#include "servers/ServerListPanel.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class BenchGuiPoll : public QObject
{
    Q_OBJECT
private:
    static constexpr int Servers = 1000;
    static constexpr int Snapshots = 400;
    QList<FleetSnapshot> m_snapshots;
    int m_next = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_snapshots = recordedFleet(Servers, Snapshots);
    }

    void poll()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("bench.ini")));
        FleetModel model;
        HistoryStore history;
        QSplitter window;
        auto *list = new ServerListPanel(settings, &window);
        auto *detail = new ServerDetailPanel(settings, &window);
        list->setModel(&model);
        detail->setSources(&model, &history);
        window.resize(1280, 800);
        window.show();
        // Warm up: fill the table and an hour of history so the charts draw full windows.
        for (m_next = 0; m_next < 20; ++m_next) {
            model.apply(m_snapshots.at(m_next));
            history.append(m_snapshots.at(m_next), 30);
        }
        list->table()->sortByColumn(FleetModel::CpuColumn, Qt::DescendingOrder);
        list->table()->selectRow(0);
        detail->setServer(list->currentServerId());
        QCoreApplication::processEvents();
        QCOMPARE(list->table()->model()->rowCount(), Servers);

        QBENCHMARK {
            const FleetSnapshot &snapshot = m_snapshots.at(m_next);
            m_next = qMin(m_next + 1, Snapshots - 1);
            model.apply(snapshot);
            history.append(snapshot, 30);
            detail->refresh();
            QCoreApplication::processEvents(); // the view and chart repaints this poll caused
        }
    }
};

QTEST_MAIN(BenchGuiPoll)
#include "bench_gui_poll.moc"
