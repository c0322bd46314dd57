// File → Export (issue 13): the server table's CSV holds the visible columns in their shown order and the rows
// as the proxy shows them (sorted, filtered), byte for byte; the menu names the selected server.

#include "FleetModel.h"
#include "HistoryStore.h"
#include "detail/ServerDetailPanel.h"
#include "export/ExportMenu.h"
#include "settings/Settings.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {
class Table : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex & = {}) const override { return 3; }
    int columnCount(const QModelIndex & = {}) const override { return 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        static const char *const cells[3][3] = {{"ams-db-21", "Online", "12 %"},
                                                {"ams-db-09", "Offline", "0 %"},
                                                {"web, \"edge\"", "Online", "87 %"}};
        return role == Qt::DisplayRole ? QVariant(QString::fromUtf8(cells[index.row()][index.column()])) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        static const char *const names[] = {"Name", "Status", "CPU"};
        return role == Qt::DisplayRole && orientation == Qt::Horizontal ? QVariant(QString::fromLatin1(names[section]))
                                                                        : QVariant();
    }
};
} // namespace

class TestExportMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tableCsvIsWhatTheTableShows();
    void menuNamesTheServer();
};

void TestExportMenu::tableCsvIsWhatTheTableShows()
{
    Table model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(0, Qt::AscendingOrder);
    view.horizontalHeader()->setSectionHidden(1, true); // Status hidden
    view.horizontalHeader()->moveSection(2, 0);         // CPU shown first
    QCOMPARE(ExportMenu::visibleColumns(&view), (QList<int>{2, 0}));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("servers.csv"));
    QVERIFY(ExportMenu::writeServerTable(&view, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("CPU,Name\r\n"
                                        "0 %,ams-db-09\r\n"
                                        "12 %,ams-db-21\r\n"
                                        "87 %,\"web, \"\"edge\"\"\"\r\n"));
}

void TestExportMenu::menuNamesTheServer()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    FleetModel model;
    HistoryStore history;
    ServerDetailPanel panel(settings);
    panel.setSources(&model, &history);
    QTableView view;
    ExportMenu menu(&view, &panel);
    QAction *charts = menu.findChild<QAction *>(QStringLiteral("exportChartsAction"));
    QVERIFY(charts);
    QVERIFY(!charts->isEnabled());
    ServerSnapshot s;
    s.id = 3;
    s.name = QStringLiteral("R&D box");
    FleetSnapshot snapshot;
    snapshot.servers = {s};
    model.apply(snapshot);
    panel.setServer(3);
    emit menu.aboutToShow();
    QVERIFY(charts->isEnabled());
    QCOMPARE(charts->text(), QStringLiteral("&Charts of R&&D box…"));
}

QTEST_MAIN(TestExportMenu)
#include "tst_export_menu.moc"
