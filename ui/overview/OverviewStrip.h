#pragma once

// The fleet at a glance, above the server list: servers online / offline / never reported (flat buttons that set
// the list's "Show:" filter; the active one is checked), the summed download/upload speed, traffic since boot,
// "this month" (billing cycle) traffic once the history store has put it in the model (hidden until then), and the average CPU. Numbers come from FleetTotals
// over the rows the tag filter and search accept (the state filter is ignored, so every count stays visible).
// It recomputes once per poll: model/proxy signals only schedule one queued refresh, labels have fixed widths
// and texts are set only when they differ, so a poll never re-lays out the window. Owned by ServerListPanel;
// GUI thread.

#include "FleetTotals.h"
#include "servers/ServerFilterProxy.h"

#include <QWidget>

class FleetModel;
class QLabel;
class QToolButton;

class OverviewStrip : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setSources(FleetModel *model, ServerFilterProxy *proxy);
    void setActiveState(ServerFilterProxy::StateFilter filter); // checks the matching button
    FleetTotals totals() const { return m_totals; }
    int refreshCount() const { return m_refreshes; } // test seam: how many recomputations ran

public slots:
    void refresh(); // recompute now (normally scheduled by the model's signals)

signals:
    void stateFilterRequested(ServerFilterProxy::StateFilter filter); // All when the active button is clicked again

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fixWidths();
    void scheduleRefresh();
    void render();
    void onStateClicked(ServerFilterProxy::StateFilter filter);
    static void setTextIfChanged(QWidget *widget, const QString &text);

    FleetModel *m_model = nullptr;
    ServerFilterProxy *m_proxy = nullptr;
    FleetTotals m_totals;
    bool m_pending = false;
    int m_refreshes = 0;
    QToolButton *m_online = nullptr;
    QToolButton *m_offline = nullptr;
    QToolButton *m_never = nullptr;
    QLabel *m_speed = nullptr;
    QLabel *m_traffic = nullptr;
    QLabel *m_month = nullptr;
    QLabel *m_cpu = nullptr;
};
