#pragma once

// The server list: a filter bar (tag with counts, online/offline, search over name/tag/IP with Ctrl+F),
// the table over FleetModel through ServerFilterProxy with bar delegates, and a summary line
// (total / online / offline). Its context menu copies IP or name, opens the detail and asks to mute a
// server's notifications (muteRequested). Sort column/order and header layout are kept in Settings; it opens
// in the dashboard's order. The header's menu (ColumnChooser) picks columns and density; SearchBoxKeys gives
// the search box Down (into the table) and Esc (clear); Tab leaves the table.
// Above the filters, the overview strip (ui/overview/OverviewStrip; its state buttons set "Show:"). The table and
// the card view (ui/cards/ServerCardView) share one chain FleetModel → ServerFilterProxy → FleetGroupProxy
// (tag/group headers when grouping is on; ungrouped, the table skips that last layer), sit in a stack switched
// by the Table/Cards actions, and keep one current server between them. View mode and grouping are kept in
// Settings. The view wiring lives in ServerListPanelViews.cpp. Owned by MainWindow; GUI thread.

#include <QDateTime>
#include <QModelIndex>
#include <QWidget>

class FleetGroupProxy;
class FleetModel;
class OverviewStrip;
class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QActionGroup;
class QStackedWidget;
class ServerCardView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class ColumnChooser;
class ServerFilterProxy;
class ServerItemDelegate;
class Settings;

class ServerListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServerListPanel(Settings &settings, QWidget *parent = nullptr);

    void setModel(FleetModel *model);
    QTableView *table() const { return m_table; }
    QAction *findAction() const { return m_findAction; } // Ctrl+F; MainWindow puts it in the View menu
    ServerFilterProxy *proxy() const { return m_proxy; }
    ColumnChooser *columnChooser() const { return m_columns; }
    FleetGroupProxy *groupProxy() const { return m_groups; }
    ServerCardView *cards() const { return m_cards; }
    OverviewStrip *overview() const { return m_overview; }
    // View menu / toolbar: "Table" and "Cards" (exclusive, checkable) and "Group by Tag/Group" (checkable).
    QAction *tableAction() const { return m_tableAction; }
    QAction *cardsAction() const { return m_cardsAction; }
    QAction *groupAction() const { return m_groupAction; }
    void setCardMode(bool cards);
    bool cardMode() const;
    void setGrouped(bool grouped);
    quint64 currentServerId() const;
    bool selectServer(quint64 id); // clears filters that hide it; false when unknown
    void focusSearch();
    void saveState();
    QString summaryText() const;

    // "until tomorrow" = MuteList::tomorrowMorning(now), tomorrow 08:00 local time, as in the tray.
    static QDateTime muteUntil(int choice, const QDateTime &now); // choice: 0 = 1 h, 1 = 4 h, 2 = tomorrow

signals:
    void currentServerChanged(quint64 id); // 0 when nothing is selected
    void openDetailRequested(quint64 id);
    void muteRequested(quint64 id, const QDateTime &until);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void restoreState();
    void rebuildTagCombo();
    void updateSummary();
    void onTagChosen(int index);
    void onStateChosen(int index);
    void onCurrentChanged();
    void showContextMenu(QAbstractItemView *view, const QPoint &pos);
    void buildViews();
    void buildViewActions();
    void syncCurrent(quint64 id);
    void updateGroupSpans();
    void setTableModel(QAbstractItemModel *model);
    QModelIndex tableIndexOf(quint64 id) const; // the table's index of a server (name column), invalid when hidden

    Settings &m_settings;
    FleetModel *m_model = nullptr;
    ServerFilterProxy *m_proxy;
    ServerItemDelegate *m_delegate;
    ColumnChooser *m_columns = nullptr;
    QComboBox *m_tagCombo = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QHash<QString, int> m_shownTagCounts;
    QAction *m_findAction = nullptr;
    FleetGroupProxy *m_groups = nullptr;
    OverviewStrip *m_overview = nullptr;
    ServerCardView *m_cards = nullptr;
    QStackedWidget *m_views = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QAction *m_tableAction = nullptr;
    QAction *m_cardsAction = nullptr;
    QAction *m_groupAction = nullptr;
};
