// The server table's columns, order and keys (issue 11), over a FleetModel fed by hand (no network):
// the column chooser and its persistence across panels, the default set and widths in both languages, the
// compact density, the dashboard's order by default and as the third header click, natural name order,
// descending first clicks on metrics, the selection kept in view by a sort, Tab/Down/Esc.
// With FARSIGHT_SCREENSHOT_DIR set, the panel is grabbed at 1024, 1600 and 1920 px wide in both languages.

#include "FleetModel.h"
#include "ServerStateText.h"
#include "i18n/Translations.h"
#include "servers/ColumnChooser.h"
#include "servers/ServerListPanel.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

namespace {

constexpr qint64 Now = 1'770'000'000;

// Servers in the dashboard's order (display_index desc): names chosen so that no other order matches it.
FleetSnapshot fleet(const QStringList &names)
{
    FleetSnapshot f;
    f.dashboardTimeMs = Now * 1000;
    for (int i = 0; i < names.size(); ++i) {
        ServerSnapshot s;
        s.id = quint64(i + 1);
        s.name = names.at(i);
        s.lastActive = Now;
        s.hasDetails = true;
        s.status.cpu = (i * 37) % 100;
        s.status.netInSpeed = quint64((i * 7919) % 1000) * 1024;
        s.host.memTotal = 1u << 30;
        s.status.memUsed = quint64((i * 13) % 100) << 20;
        s.status.uptime = quint64(i) * 3600;
        f.servers.append(s);
    }
    return f;
}

QStringList numberedNames(int count)
{
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names.append(QStringLiteral("n-%1").arg(i));
    return names;
}

const QStringList kMixed{QStringLiteral("ams-db-21"), QStringLiteral("zeta"), QStringLiteral("ams-db-100"),
                         QStringLiteral("Alpha"), QStringLiteral("ams-db-09")};

} // namespace

class TestServerTable : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FleetModel> m_model;
    std::unique_ptr<ServerListPanel> m_panel;

    QTableView *table() const { return m_panel->table(); }
    QHeaderView *header() const { return table()->horizontalHeader(); }
    QString nameAt(int row) const { return table()->model()->index(row, FleetModel::NameColumn).data().toString(); }
    QStringList names() const
    {
        QStringList list;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            list.append(nameAt(row));
        return list;
    }

    void makePanel(const QStringList &servers, QSize size = {1000, 600})
    {
        m_panel = std::make_unique<ServerListPanel>(*m_settings);
        m_model = std::make_unique<FleetModel>();
        m_model->apply(fleet(servers));
        m_panel->setModel(m_model.get());
        m_panel->resize(size);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void clickHeader(int column)
    {
        const QPoint at(header()->sectionViewportPosition(column) + header()->sectionSize(column) / 2,
                        header()->height() / 2);
        QTest::mouseClick(header()->viewport(), Qt::LeftButton, {}, at);
    }

    QAction *menuAction(QMenu *menu, const QString &name) const
    {
        auto *action = menu->findChild<QAction *>(name);
        if (!action) {
            for (QAction *a : menu->actions()) {
                if (a->objectName() == name)
                    return a;
            }
        }
        return action;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("farsight.ini")));
    }

    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
        m_settings.reset();
        m_dir.reset();
        Translations::instance().setLanguage(QStringLiteral("en"));
    }

    void defaultSetAndWidths_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }
    void defaultSetAndWidths()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::instance().setLanguage(language));
        makePanel(kMixed);
        QCOMPARE(m_panel->columnChooser()->shownColumns(), ColumnChooser::defaultColumns());
        QCOMPARE(m_settings->serverColumns().size(), ColumnChooser::defaultColumns().size());
        // Status is as wide as its longest state text plus the icon, not 125 px for "Online".
        const QFontMetrics fm = table()->fontMetrics();
        int longest = 0;
        for (ServerState s : {ServerState::Online, ServerState::Offline, ServerState::NeverReported})
            longest = qMax(longest, fm.horizontalAdvance(ServerStateText::name(s)));
        const int status = header()->sectionSize(FleetModel::StatusColumn);
        qDebug() << language << "Status" << status << "px for" << longest << "px of text";
        QVERIFY2(status >= longest + 16 && status <= qMax(longest + 40, header()->sectionSizeHint(0)),
                 qPrintable(QStringLiteral("%1 px for %2 px of text").arg(status).arg(longest)));
        // Every default column fits in a 1000 px panel: the metrics show.
        int total = 0;
        for (int column : ColumnChooser::defaultColumns())
            total += header()->sectionSize(column);
        QVERIFY2(total <= 1000, qPrintable(QString::number(total)));
    }

    void chooserIsRememberedByANewPanel()
    {
        makePanel(kMixed);
        std::unique_ptr<QMenu> menu(m_panel->columnChooser()->createMenu(m_panel.get()));
        QAction *swap = menuAction(menu.get(), QStringLiteral("column_swap"));
        QAction *uptime = menuAction(menu.get(), QStringLiteral("column_uptime"));
        QVERIFY(swap && uptime);
        QVERIFY(!swap->isChecked());
        QVERIFY(uptime->isChecked());
        swap->trigger();
        uptime->trigger();
        QVERIFY(!header()->isSectionHidden(FleetModel::SwapColumn));
        QVERIFY(header()->isSectionHidden(FleetModel::UptimeColumn));
        QVERIFY(header()->sectionSize(FleetModel::SwapColumn) >= 40); // shown at its default width, not 0
        header()->resizeSection(FleetModel::NameColumn, 222);
        m_panel->saveState();

        ServerListPanel again(*m_settings);
        again.setModel(m_model.get());
        QHeaderView *h = again.table()->horizontalHeader();
        QVERIFY(!h->isSectionHidden(FleetModel::SwapColumn));
        QVERIFY(h->isSectionHidden(FleetModel::UptimeColumn));
        QCOMPARE(h->sectionSize(FleetModel::NameColumn), 222);
    }

    void nameAlwaysShows()
    {
        makePanel(kMixed);
        std::unique_ptr<QMenu> menu(m_panel->columnChooser()->createMenu(m_panel.get()));
        QAction *name = menuAction(menu.get(), QStringLiteral("column_name"));
        QVERIFY(name);
        QVERIFY(!name->isEnabled());
        m_panel->columnChooser()->setColumnShown(FleetModel::NameColumn, false);
        QVERIFY(!header()->isSectionHidden(FleetModel::NameColumn));
    }

    void resetColumnsRestoresTheDefaults()
    {
        makePanel(kMixed);
        ColumnChooser *chooser = m_panel->columnChooser();
        chooser->setColumnShown(FleetModel::LoadColumn, true);
        chooser->setColumnShown(FleetModel::CpuColumn, false);
        header()->moveSection(header()->visualIndex(FleetModel::NameColumn), 6);
        header()->resizeSection(FleetModel::StatusColumn, 300);
        std::unique_ptr<QMenu> menu(chooser->createMenu(m_panel.get()));
        menuAction(menu.get(), QStringLiteral("resetColumnsAction"))->trigger();
        QCOMPARE(chooser->shownColumns(), ColumnChooser::defaultColumns());
        QCOMPARE(header()->visualIndex(FleetModel::NameColumn), int(FleetModel::NameColumn));
        QCOMPARE(header()->sectionSize(FleetModel::StatusColumn), chooser->defaultWidth(FleetModel::StatusColumn));
        QCOMPARE(m_settings->serverColumns().size(), ColumnChooser::defaultColumns().size());
    }

    void oldHeaderStateGetsTheDefaultSet()
    {
        // A header state saved before the chooser existed: all 16 columns, Status 125 px.
        {
            QTableView old;
            FleetModel model;
            old.setModel(&model);
            old.horizontalHeader()->resizeSection(FleetModel::StatusColumn, 200);
            m_settings->setServerHeaderState(old.horizontalHeader()->saveState());
        }
        makePanel(kMixed);
        QCOMPARE(m_panel->columnChooser()->shownColumns(), ColumnChooser::defaultColumns());
        QCOMPARE(header()->sectionSize(FleetModel::StatusColumn),
                 m_panel->columnChooser()->defaultWidth(FleetModel::StatusColumn));
        // Hidden columns get widths too (shown later at these), at least their title's.
        QVERIFY(m_panel->columnChooser()->defaultWidth(FleetModel::CountryColumn) >
                header()->fontMetrics().horizontalAdvance(
                    m_model->headerData(FleetModel::CountryColumn, Qt::Horizontal).toString()));
    }

    void compactDensityIsRemembered()
    {
        makePanel(kMixed);
        const int normal = table()->rowHeight(0);
        std::unique_ptr<QMenu> menu(m_panel->columnChooser()->createMenu(m_panel.get()));
        QAction *compact = menuAction(menu.get(), QStringLiteral("compactRowsAction"));
        QVERIFY(compact && !compact->isChecked());
        compact->trigger();
        QVERIFY2(table()->rowHeight(0) < normal,
                 qPrintable(QStringLiteral("%1 vs %2").arg(table()->rowHeight(0)).arg(normal)));
        QVERIFY(m_settings->compactRows());
        ServerListPanel again(*m_settings);
        again.setModel(m_model.get());
        QVERIFY(again.columnChooser()->isCompact());
        QCOMPARE(again.table()->verticalHeader()->defaultSectionSize(),
                 table()->verticalHeader()->defaultSectionSize());
    }

    void opensInTheDashboardsOrder()
    {
        makePanel(kMixed);
        QCOMPARE(header()->sortIndicatorSection(), -1);
        QCOMPARE(names(), kMixed);
    }

    void namesSortNaturally()
    {
        makePanel(kMixed);
        table()->sortByColumn(FleetModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(names(),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("ams-db-09"), QStringLiteral("ams-db-21"),
                              QStringLiteral("ams-db-100"), QStringLiteral("zeta")}));
    }

    void headerClicks_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("firstOrder");
        QTest::newRow("CPU: busiest first") << int(FleetModel::CpuColumn) << int(Qt::DescendingOrder);
        QTest::newRow("Memory: busiest first") << int(FleetModel::MemoryColumn) << int(Qt::DescendingOrder);
        QTest::newRow("Down: busiest first") << int(FleetModel::NetInSpeedColumn) << int(Qt::DescendingOrder);
        QTest::newRow("Uptime: longest first") << int(FleetModel::UptimeColumn) << int(Qt::DescendingOrder);
        QTest::newRow("Name: A to Z") << int(FleetModel::NameColumn) << int(Qt::AscendingOrder);
    }
    void headerClicks()
    {
        QFETCH(int, column);
        QFETCH(int, firstOrder);
        makePanel(kMixed, {1600, 600});
        clickHeader(column);
        QCOMPARE(header()->sortIndicatorSection(), column);
        QCOMPARE(int(header()->sortIndicatorOrder()), firstOrder);
        const QModelIndex top = table()->model()->index(0, column);
        const QModelIndex bottom = table()->model()->index(table()->model()->rowCount() - 1, column);
        const auto cmp = QVariant::compare(top.data(FleetModel::ValueRole), bottom.data(FleetModel::ValueRole));
        QCOMPARE(cmp, firstOrder == Qt::DescendingOrder ? QPartialOrdering::Greater : QPartialOrdering::Less);
        clickHeader(column);
        QCOMPARE(int(header()->sortIndicatorOrder()), firstOrder == Qt::AscendingOrder ? 1 : 0);
        clickHeader(column); // third click: back to the dashboard's order
        QCOMPARE(header()->sortIndicatorSection(), -1);
        QCOMPARE(names(), kMixed);
        QCOMPARE(m_settings->sortColumn(), -1);
    }

    void dashboardOrderFromTheHeaderMenu()
    {
        makePanel(kMixed);
        table()->sortByColumn(FleetModel::CpuColumn, Qt::DescendingOrder);
        QVERIFY(names() != kMixed);
        std::unique_ptr<QMenu> menu(m_panel->columnChooser()->createMenu(m_panel.get()));
        QAction *order = menuAction(menu.get(), QStringLiteral("dashboardOrderAction"));
        QVERIFY(order && order->isEnabled());
        order->trigger();
        QCOMPARE(names(), kMixed);
        ServerListPanel again(*m_settings);
        again.setModel(m_model.get());
        QCOMPARE(again.table()->horizontalHeader()->sortIndicatorSection(), -1);
    }

    void sortingKeepsTheSelectionInView()
    {
        makePanel(numberedNames(300), {700, 300});
        table()->selectRow(0);
        QCOMPARE(nameAt(0), QStringLiteral("n-1"));
        clickHeader(FleetModel::NameColumn); // ascending: n-1 stays on top
        clickHeader(FleetModel::NameColumn); // descending: n-1 is the last of 300 rows
        QCOMPARE(table()->currentIndex().row(), 299);
        const QRect cell = table()->visualRect(table()->currentIndex());
        QVERIFY2(table()->viewport()->rect().contains(cell.center()), "the selected server scrolled out of view");
    }

    void tabLeavesTheTable()
    {
        makePanel(kMixed);
        QWidget after; // something after the panel in the focus chain
        auto *button = new QPushButton(QStringLiteral("x"), &after);
        auto *layout = new QVBoxLayout(&after);
        m_panel->setParent(&after);
        layout->addWidget(m_panel.get());
        layout->addWidget(button);
        after.show();
        QApplication::setActiveWindow(&after);
        QVERIFY(QTest::qWaitForWindowActive(&after));
        table()->setFocus();
        table()->selectRow(1);
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_Tab);
        QTRY_VERIFY(!table()->hasFocus());
        QCOMPARE(table()->currentIndex().row(), 1); // Tab did not walk the cells
        m_panel->setParent(nullptr);
    }

    void downInTheSearchBoxEntersTheTable()
    {
        makePanel(kMixed);
        QApplication::setActiveWindow(m_panel.get());
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        m_panel->focusSearch();
        QTRY_VERIFY(search->hasFocus());
        QVERIFY(!table()->currentIndex().isValid());
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(table()->currentIndex().row(), 0);
        QVERIFY(table()->selectionModel()->isRowSelected(0));
        // With a server already chosen, Down goes back to it.
        table()->selectRow(3);
        m_panel->focusSearch();
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(table()->currentIndex().row(), 3);
    }

    void escClearsTheSearch()
    {
        makePanel(kMixed);
        QApplication::setActiveWindow(m_panel.get());
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        m_panel->focusSearch();
        QTest::keyClicks(search, QStringLiteral("ams"));
        QCOMPARE(table()->model()->rowCount(), 3);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(table()->model()->rowCount(), kMixed.size());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark"); // dark palette and compact rows
        for (const char *lang : {"en", "zh_CN"}) {
            for (QSize size : {QSize(1024, 640), QSize(1600, 1000), QSize(1920, 1080)})
                QTest::addRow("%s %dx%d", lang, size.width(), size.height())
                    << QString::fromLatin1(lang) << size << false;
            QTest::addRow("%s dark compact", lang) << QString::fromLatin1(lang) << QSize(1024, 640) << true;
        }
    }
    void screenshots()
    {
        QTemporaryDir scratch; // the PNGs go to FARSIGHT_SCREENSHOT_DIR when set; the checks run either way
        const QString dir = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR", scratch.path());
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QVERIFY(Translations::instance().setLanguage(language));
        const QPalette light = QApplication::palette();
        if (dark) {
            QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
            p.setColor(QPalette::Text, Qt::white);
            p.setColor(QPalette::WindowText, Qt::white);
            p.setColor(QPalette::ButtonText, Qt::white);
            p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
            QApplication::setPalette(p);
            m_settings->setCompactRows(true);
        }
        // The list's share of the main window's splitter (3 : 2 with the detail pane).
        makePanel(numberedNames(40), {size.width() * 3 / 5, size.height() - 60});
        const QString name = dark ? QStringLiteral("%1/table-%2-dark-compact.png").arg(dir, language)
                                  : QStringLiteral("%1/table-%2-%3.png").arg(dir, language).arg(size.width());
        QVERIFY(m_panel->grab().save(name));
        // Issue 11: at 1024 px no metric column showed, at 1920 px they stopped at "Down". Now CPU is always in
        // view, and from 1600 px every default column is.
        QHeaderView *header = table()->horizontalHeader();
        const int viewport = table()->viewport()->width();
        const auto inView = [&](int column) {
            return !header->isSectionHidden(column)
                   && header->sectionViewportPosition(column) + header->sectionSize(column) <= viewport;
        };
        QVERIFY2(inView(FleetModel::CpuColumn), qPrintable(QString::number(viewport)));
        if (size.width() >= 1600) {
            for (int column : ColumnChooser::defaultColumns())
                QVERIFY2(inView(column), qPrintable(QStringLiteral("column %1 at %2 px").arg(column).arg(viewport)));
        }
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestServerTable)
#include "tst_server_table.moc"
