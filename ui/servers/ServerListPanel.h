#pragma once

// The server list: a filter bar (tag with counts, online/offline, search over name/tag/IP with Ctrl+F),
// the table over FleetModel through ServerFilterProxy with bar delegates, and a summary line
// (total / online / offline). Its context menu copies IP or name, opens the detail and asks to mute a
// server's notifications (muteRequested). Sort column/order and header layout are kept in Settings; it opens
// in the dashboard's order. The header's menu (ColumnChooser) picks columns and density; SearchBoxKeys gives
// the search box Down (into the table) and Esc (clear); Tab leaves the table.
// Owned by MainWindow; GUI thread.

#include <QDateTime>
#include <QWidget>

class FleetModel;
class QAction;
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
    void showContextMenu(const QPoint &pos);

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
};
