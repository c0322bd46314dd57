#pragma once

// The detail view of the selected server: name and state, HostInfoView, and live charts (CPU, memory and
// swap, disk, network speed, load 1/5/15, TCP/UDP connections and processes; temperatures and GPU when the
// server reports them) over HistoryStore's client-side history, with a 5 min / 15 min / 1 h window, and on a
// v2 dashboard 1 day / 7 days / 30 days windows from the dashboard's own history (DashboardHistory).
// MainWindow calls refresh() once per applied poll; each chart in the scroll area's view then gets one
// replace() per series. Charts scrolled out of view are brought up to date when they scroll into view
// (Qt Charts' axis and series updates are the costliest part of a poll).
// Owned by MainWindow; GUI thread.

#include "HistoryStore.h"

#include <QHash>
#include <QWidget>

class DashboardHistory;
class ElidedLabel;
class FleetModel;
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
    void setServer(quint64 id); // 0 shows the "select a server" hint
    quint64 serverId() const { return m_id; }
    void refresh();             // re-read the server and its history; call once per poll
    int windowSecs() const { return m_windowSecs; }
    void setWindowSecs(int secs);
    MetricChart *chart(const QString &objectName) const;
    HostInfoView *hostInfo() const { return m_hostInfo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateHeader();
    void updateCharts();
    void updateDashboardCharts(); // ServerDetailDashboardCharts.cpp
    void updateWindowChoices();
    bool usesDashboardHistory() const;
    bool inView(const MetricChart *chart) const;

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
};
