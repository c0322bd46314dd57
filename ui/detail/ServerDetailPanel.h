#pragma once

// The detail view of the selected server: name and state, HostInfoView, and charts (CPU, memory and
// swap, disk, network speed, load 1/5/15, TCP/UDP connections and processes; temperatures and GPU when the
// server reports them). Windows: 5 min / 15 min / 1 h from HistoryStore's in-memory history; 6 h / 24 h / 7 d /
// 30 d from the local history store (HistorySource, min–max bands with the average) and, for 24 h / 7 d / 30 d,
// from a v2 dashboard's own history (DashboardHistory). When both can answer, the local store is used if it
// reaches back to the window's start (it has bands and finer buckets), else the dashboard (its history predates
// Farsight's); the chartSource line says which one is shown (ServerDetailLongCharts.cpp).
// MainWindow calls refresh() once per applied poll; each chart in the scroll area's view then gets one
// replace() per series (long windows only when their data changed). Charts scrolled out of view are brought up
// to date when they scroll into view (Qt Charts' axis and series updates are the costliest part of a poll).
// Chart heights follow the pane's width, never below what keeps their tick labels at the current font.
// Owned by MainWindow; GUI thread.

#include "HistoryStore.h"
#include "history/MetricBucket.h"

#include <QHash>
#include <QWidget>

class DashboardHistory;
class ElidedLabel;
class FleetModel;
class HistorySource;
class HostInfoView;
class MetricChart;
class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class Settings;

class ServerDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServerDetailPanel(Settings &settings, QWidget *parent = nullptr);

    void setSources(const FleetModel *model, const HistoryStore *history);
    // The dashboard's own history (v2 TSDB) for the 1 day / 7 days / 30 days windows; optional.
    void setDashboardHistory(DashboardHistory *history);
    // Farsight's local history store for the 6 h / 24 h / 7 d / 30 d windows; optional.
    void setLocalHistory(HistorySource *history);
    void setServer(quint64 id); // 0 shows the "select a server" hint
    quint64 serverId() const { return m_id; }
    QString serverName() const; // the shown server's name, empty when none is shown
    void refresh();             // re-read the server and its history; call once per poll
    int windowSecs() const { return m_windowSecs; }
    void setWindowSecs(int secs);
    MetricChart *chart(const QString &objectName) const;
    QList<MetricChart *> charts() const; // every chart, shown or not, in display order
    // Saves every shown chart of the current server as <dir>/<server>-<chart>.png (all brought up to date
    // first); returns the files written.
    QStringList exportCharts(const QString &dir);
    HostInfoView *hostInfo() const { return m_hostInfo; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateHeader();
    void updateCharts();
    void updateDashboardCharts(); // ServerDetailDashboardCharts.cpp
    void updateLocalCharts();     // ServerDetailLongCharts.cpp
    void requestLocalHistory();
    void onLocalLoaded(quint64 requestId, quint64 serverId, const MetricBuckets &buckets);
    void onLocalFailed(quint64 requestId, const QString &message);
    void updateWindowChoices();
    bool usesDashboardHistory() const;
    bool usesLocalHistory() const;
    bool isLongWindow() const;
    bool inView(const MetricChart *chart) const;
    bool due(const MetricChart *chart);
    void layoutCharts(); // heights from the pane's size and the font

    Settings &m_settings;
    const FleetModel *m_model = nullptr;
    const HistoryStore *m_history = nullptr;
    quint64 m_id = 0;
    int m_windowSecs = 300;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    ElidedLabel *m_name = nullptr;
    ElidedLabel *m_state = nullptr;
    QLabel *m_windowLabel = nullptr;
    QLabel *m_source = nullptr; // where the long windows' data comes from, or why there is none
    DashboardHistory *m_dashboardHistory = nullptr;
    bool m_shownDashboardWindows = false;
    bool m_temperatureFromDashboard = false;
    QComboBox *m_window = nullptr;
    HostInfoView *m_hostInfo = nullptr;
    MetricChart *m_cpu = nullptr;
    MetricChart *m_memory = nullptr;
    MetricChart *m_disk = nullptr;
    MetricChart *m_net = nullptr;
    MetricChart *m_load = nullptr;
    MetricChart *m_connections = nullptr;
    MetricChart *m_temperature = nullptr;
    MetricChart *m_gpu = nullptr;
    QScrollArea *m_scroll = nullptr;
    quint64 m_generation = 0;                    // bumped by every refresh, server or window change
    QHash<const MetricChart *, quint64> m_drawn; // the generation each chart last showed
    QList<QPointF> m_scratch; // reused buffer for copySeries
    bool m_drawAll = false;   // exportCharts(): draw charts out of view too
    HistorySource *m_localHistory = nullptr;
    quint64 m_localRequest = 0;     // the request whose answer is awaited, 0 = none
    quint64 m_localServer = 0;      // what m_localBuckets holds: server, window, range
    int m_localWindow = 0;
    qint64 m_localFromMs = 0;
    qint64 m_localToMs = 0;
    qint64 m_localAskedAtMs = 0;    // dashboard time of the last request (re-asked as time moves on)
    QString m_localError;
    MetricBuckets m_localBuckets;
};
