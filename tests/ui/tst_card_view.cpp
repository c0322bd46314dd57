// The card view inside ServerListPanel over the real demo dashboard: the same rows in the same order as the
// table after sort/filter/search, cards laid out in row order, selection kept in step both ways, keyboard
// navigation, the view mode and grouping remembered, grouping with per-group counts in both views, collapse.
// With FARSIGHT_SCREENSHOT_DIR set, whole-window grabs (English and Chinese, 1024x640 and 1600x1000) go there.

#include "FleetGroupProxy.h"
#include "GuiTestStack.h"
#include "MainWindow.h"
#include "cards/ServerCardView.h"
#include "detail/ServerDetailPanel.h"
#include "i18n/Translations.h"
#include "overview/OverviewStrip.h"
#include "servers/ServerFilterProxy.h"
#include "servers/ServerListPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QApplication>
#include <QMenu>
#include <QStyleFactory>
#include <QTimer>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>

class TestCardView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestStack> m_stack;
    std::unique_ptr<ServerListPanel> m_panel;

    ServerCardView *cards() const { return m_panel->cards(); }
    static QList<quint64> ids(const QAbstractItemModel *model)
    {
        QList<quint64> out;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (const quint64 id = model->index(row, 0).data(FleetModel::ServerIdRole).toULongLong())
                out << id;
        }
        return out;
    }
    QModelIndex cardOf(quint64 id) const
    {
        const QAbstractItemModel *model = cards()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(FleetModel::ServerIdRole).toULongLong() == id)
                return model->index(row, FleetModel::NameColumn); // the column the card view shows
        }
        return {};
    }

    static void grab(QWidget &window, const QString &dir, const QString &name)
    {
        QCoreApplication::processEvents();
        const QPixmap shot = window.grab();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + QLatin1Char('/') + name));
    }

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        return p;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_stack = std::make_unique<GuiTestStack>();
        m_panel = std::make_unique<ServerListPanel>(m_stack->settings);
        m_panel->setModel(&m_stack->model);
        m_panel->resize(1000, 700);
        m_panel->show();
        m_panel->cardsAction()->trigger();
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

    void sameRowsAsTheTable_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("offlineOnly");
        QTest::newRow("by name") << int(FleetModel::NameColumn) << int(Qt::AscendingOrder) << QString() << false;
        QTest::newRow("by CPU, busiest first") << int(FleetModel::CpuColumn) << int(Qt::DescendingOrder) << QString() << false;
        QTest::newRow("searched") << int(FleetModel::NameColumn) << int(Qt::DescendingOrder) << QStringLiteral("0") << false;
        QTest::newRow("offline only") << int(FleetModel::UptimeColumn) << int(Qt::AscendingOrder) << QString() << true;
    }

    void sameRowsAsTheTable()
    {
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        QFETCH(QString, search);
        QFETCH(bool, offlineOnly);
        const quint64 down = m_stack->demo.fleet()->servers().at(3).id;
        m_stack->demo.fleet()->setServerOffline(down, true);
        QVERIFY(m_stack->pollOnce(60 * 1000));
        m_panel->table()->sortByColumn(sortColumn, Qt::SortOrder(order));
        m_panel->findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(search);
        if (offlineOnly)
            m_panel->proxy()->setStateFilter(ServerFilterProxy::StateFilter::Offline);
        QVERIFY(m_stack->pollOnce());
        // The order the table shows, read from the sort/filter proxy itself.
        QList<quint64> table;
        for (int row = 0; row < m_panel->proxy()->rowCount(); ++row)
            table << m_panel->proxy()->index(row, 0).data(FleetModel::ServerIdRole).toULongLong();
        QVERIFY(!table.isEmpty());
        QCOMPARE(ids(cards()->model()), table);
        QCOMPARE(ids(m_panel->table()->model()), table);
        if (offlineOnly)
            QCOMPARE(table, QList<quint64>{down});
        // Cards are laid out in row order: left to right, then the next line.
        QCoreApplication::processEvents();
        for (int row = 1; row < cards()->model()->rowCount(); ++row) {
            const QRect a = cards()->visualRect(cards()->model()->index(row - 1, cards()->modelColumn()));
            const QRect b = cards()->visualRect(cards()->model()->index(row, cards()->modelColumn()));
            QVERIFY2(b.top() > a.top() || (b.top() == a.top() && b.left() > a.left()), qPrintable(QString::number(row)));
        }
    }

    void selectionFollowsBothWays()
    {
        QSignalSpy current(m_panel.get(), &ServerListPanel::currentServerChanged);
        const quint64 id = ids(cards()->model()).at(5);
        const QModelIndex card = cardOf(id);
        cards()->scrollTo(card);
        QTest::mouseClick(cards()->viewport(), Qt::LeftButton, {}, cards()->visualRect(card).center());
        QCOMPARE(cards()->currentServerId(), id);
        QCOMPARE(m_panel->currentServerId(), id); // the table (and so the detail) follows
        QVERIFY(!current.isEmpty());
        QCOMPARE(current.last().first().toULongLong(), id);
        QCOMPARE(cards()->modelColumn(), int(FleetModel::NameColumn)); // a card's accessible text is the name
        QCOMPARE(card.data(Qt::AccessibleTextRole).isValid() ? card.data(Qt::AccessibleTextRole) : card.data(),
                 QVariant(m_stack->model.serverById(id)->name));
        const quint64 other = ids(cards()->model()).at(2);
        QVERIFY(m_panel->selectServer(other));
        QCOMPARE(cards()->currentServerId(), other);
        QVERIFY(cards()->selectionModel()->isSelected(cardOf(other)));
        // Survives a poll that re-sorts.
        m_panel->table()->sortByColumn(FleetModel::CpuColumn, Qt::DescendingOrder);
        QVERIFY(m_stack->pollOnce());
        QCOMPARE(cards()->currentServerId(), other);
        QCOMPARE(m_panel->currentServerId(), other);
    }

    void keyboardNavigation()
    {
        const QList<quint64> order = ids(cards()->model());
        cards()->setFocus();
        QVERIFY(m_panel->selectServer(order.first()));
        QTest::keyClick(cards(), Qt::Key_Right);
        QCOMPARE(cards()->currentServerId(), order.at(1));
        QCOMPARE(m_panel->currentServerId(), order.at(1));
        QTest::keyClick(cards(), Qt::Key_End);
        QCOMPARE(cards()->currentServerId(), order.last());
        QTest::keyClick(cards(), Qt::Key_Home);
        QCOMPARE(cards()->currentServerId(), order.first());
        const QRect first = cards()->visualRect(cards()->currentIndex());
        QTest::keyClick(cards(), Qt::Key_Down); // the card below: same column, next line
        const QRect below = cards()->visualRect(cards()->currentIndex());
        QCOMPARE(below.left(), first.left());
        QVERIFY(below.top() > first.top());
        QTest::keyClick(cards(), Qt::Key_PageDown);
        QVERIFY(cards()->currentIndex().row() > cards()->model()->index(0, 0).row());
        QCOMPARE(m_panel->currentServerId(), cards()->currentServerId());
    }

    void viewModeIsRemembered()
    {
        auto *stack = m_panel->findChild<QStackedWidget *>(QStringLiteral("serverViews"));
        QCOMPARE(stack->currentWidget(), cards());
        QCOMPARE(m_stack->settings.value(Settings::Key::ServerViewMode).toString(), QStringLiteral("cards"));
        {
            ServerListPanel again(m_stack->settings);
            again.setModel(&m_stack->model);
            QVERIFY(again.cardMode());
            QVERIFY(again.cardsAction()->isChecked());
        }
        m_panel->tableAction()->trigger();
        QCOMPARE(stack->currentWidget(), m_panel->table());
        QVERIFY(!m_panel->cardsAction()->isChecked());
        ServerListPanel third(m_stack->settings);
        third.setModel(&m_stack->model);
        QVERIFY(!third.cardMode());
    }

    void groupingCountsInBothViews()
    {
        QCOMPARE(m_panel->table()->model(), m_panel->proxy()); // ungrouped: no extra layer under the table
        m_panel->table()->horizontalHeader()->resizeSection(FleetModel::NameColumn, 234);
        m_panel->groupAction()->trigger();
        QCOMPARE(m_panel->table()->horizontalHeader()->sectionSize(FleetModel::NameColumn), 234); // layout kept
        QVERIFY(m_stack->settings.value(Settings::Key::ServerGroupBy).toBool());
        FleetGroupProxy *groups = m_panel->groupProxy();
        const QHash<QString, int> counts = m_stack->model.tagCounts(); // v0: one tag per server
        QCOMPARE(groups->groupCount(), int(counts.size()));
        int headers = 0;
        for (int row = 0; row < groups->rowCount(); ++row) {
            const QModelIndex index = groups->index(row, 0);
            if (!groups->isHeader(index))
                continue;
            ++headers;
            const QString name = index.data(FleetGroupProxy::GroupNameRole).toString();
            QCOMPARE(index.data(FleetGroupProxy::GroupCountRole).toInt(), counts.value(name));
            QVERIFY(index.data().toString().contains(QString::number(counts.value(name))));
            QCOMPARE(m_panel->table()->columnSpan(row, 0), int(FleetModel::ColumnCount)); // one band in the table
        }
        QCOMPARE(headers, int(counts.size()));
        QCOMPARE(cards()->model(), m_panel->table()->model());
        // Collapse the first group with a click on its header in the cards: members go, the header stays.
        const int before = groups->rowCount();
        const QModelIndex header = groups->index(0, cards()->modelColumn());
        const int members = header.data(FleetGroupProxy::GroupCountRole).toInt();
        const quint64 hidden = groups->index(1, 0).data(FleetModel::ServerIdRole).toULongLong(); // its first member
        QCoreApplication::processEvents();
        QTest::mouseClick(cards()->viewport(), Qt::LeftButton, {}, cards()->visualRect(header).center());
        QCOMPARE(groups->rowCount(), before - members);
        QVERIFY(groups->index(0, 0).data(FleetGroupProxy::GroupCollapsedRole).toBool());
        // Selecting a hidden server opens its group again.
        QVERIFY(m_panel->selectServer(hidden));
        QCOMPARE(groups->rowCount(), before);
        QCOMPARE(cards()->currentServerId(), hidden);
        m_panel->groupAction()->trigger();
        QCOMPARE(groups->rowCount(), m_stack->model.rowCount());
        QCOMPARE(m_panel->table()->model(), m_panel->proxy());
        QCOMPARE(m_panel->table()->columnSpan(0, 0), 1);
        QCOMPARE(m_panel->currentServerId(), hidden); // the selection survives both switches
    }

    void sameContextMenuAsTheTable()
    {
        const quint64 id = ids(cards()->model()).at(1);
        const QModelIndex card = cardOf(id);
        QStringList actions;
        QTimer::singleShot(0, this, [&actions] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                actions << action->text();
            actions.prepend(menu->objectName());
            menu->close();
        });
        emit cards()->customContextMenuRequested(cards()->visualRect(card).center());
        QVERIFY2(actions.size() > 3, qPrintable(actions.join(QLatin1Char('|'))));
        QCOMPARE(actions.first(), QStringLiteral("serverContextMenu"));
        QVERIFY(actions.contains(QStringLiteral("Copy &name")));
        QVERIFY(actions.contains(QStringLiteral("Open &details")));
        // Enter on a card asks for the detail, as on the table.
        QSignalSpy detail(m_panel.get(), &ServerListPanel::openDetailRequested);
        cards()->setCurrentIndex(card);
        cards()->setFocus();
        QTest::keyClick(cards(), Qt::Key_Return);
        QCOMPARE(detail.count(), 1);
        QCOMPARE(detail.first().first().toULongLong(), id);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("FARSIGHT_SCREENSHOT_DIR");
        m_panel.reset();
        MainWindow window(m_stack->services());
        window.show();
        QSignalSpy applied(&m_stack->fleet, &FleetService::snapshotApplied);
        window.openAdHoc(m_stack->demoConnection(), QStringLiteral("Demo"));
        QVERIFY(applied.wait(10000));
        const quint64 down = m_stack->demo.fleet()->servers().at(3).id;
        m_stack->demo.fleet()->setServerOffline(down, true);
        QVERIFY(m_stack->pollOnce(60 * 1000));
        window.serverList()->cardsAction()->trigger();
        const quint64 picked = ids(window.serverList()->cards()->model()).at(4);
        QVERIFY(window.serverList()->cards()->selectServer(picked));
        QCOMPARE(window.serverDetail()->serverId(), picked); // selecting a card shows its detail
        for (const char *language : {"en", "zh_CN"}) {
            QVERIFY(Translations::instance().setLanguage(QLatin1String(language)));
            for (bool grouped : {false, true}) {
                window.serverList()->setGrouped(grouped);
                for (QSize size : {QSize(1024, 640), QSize(1600, 1000)}) {
                    window.resize(size);
                    QCoreApplication::processEvents();
                    const QPixmap shot = window.grab();
                    QVERIFY(!shot.isNull());
                    const QString name = QStringLiteral("cards-%1%2-%3x%4.png")
                                             .arg(grouped ? QStringLiteral("grouped-") : QString(), QLatin1String(language),
                                                  QString::number(size.width()), QString::number(size.height()));
                    if (!dir.isEmpty())
                        QVERIFY(shot.save(dir + QLatin1Char('/') + name));
                }
            }
        }
        QVERIFY(Translations::instance().setLanguage(QStringLiteral("en")));
        // The grouped table, and the cards under a dark Fusion palette (the lead's theme work replaces this one).
        window.resize(1280, 800);
        window.serverList()->tableAction()->trigger();
        grab(window, dir, QStringLiteral("table-grouped-en-1280x800.png"));
        window.serverList()->cardsAction()->trigger();
        const QPalette light = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        grab(window, dir, QStringLiteral("cards-grouped-dark-en-1280x800.png"));
        window.serverList()->setGrouped(false);
        grab(window, dir, QStringLiteral("cards-dark-en-1280x800.png"));
        QApplication::setPalette(light);
        m_stack->fleet.stop();
    }
};

QTEST_MAIN(TestCardView)
#include "tst_card_view.moc"
