#pragma once

// What the Servers tab shows in place of the list and the detail while no server was ever loaded: "Connecting
// to <name> (<url>)…", the problem in full (unreachable, token rejected, not a dashboard) with Retry and, for a
// profile, Connection Profiles…, or "No servers yet" when the dashboard answered with an empty fleet. So an
// empty list never sits beside "data is stale" or "Select a server…". MainWindow swaps it with the splitter
// (shouldShow()); it reads FleetService, FleetModel and the status bar's sentences. GUI thread.

#include <QWidget>

class ConnectionStatusWidget;
class FleetModel;
class FleetService;
class QLabel;
class QPushButton;

class FleetEmptyState : public QWidget
{
    Q_OBJECT
public:
    FleetEmptyState(FleetService *fleet, FleetModel *model, ConnectionStatusWidget *status, QWidget *parent = nullptr);

    bool shouldShow() const; // nothing to list yet
    void setAdHoc(bool adHoc) { m_adHoc = adHoc; updateTexts(); }
    QString title() const;
    QString body() const;

public slots:
    void updateTexts();

signals:
    void shouldShowChanged(bool show);
    void retryRequested();
    void profilesRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    FleetService *m_fleet;
    FleetModel *m_model;
    ConnectionStatusWidget *m_status;
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_retry;
    QPushButton *m_profiles;
    bool m_adHoc = false;
    bool m_shown = false;
};
