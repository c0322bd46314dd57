#pragma once

// The status bar's dashboard section: connection state in words (connected and last update, stale with the
// reason, token rejected, unreachable), the time to the next poll (ticks every second) and a Refresh
// button (F5 lives on MainWindow's action). Reads FleetService; never talks to the network itself.
// Owned by MainWindow's status bar; GUI thread.

#include <QWidget>

class FleetService;
class QLabel;
class QTimer;
class QToolButton;

class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(FleetService *fleet, QWidget *parent = nullptr);

    void setDashboardName(const QString &name);
    void setNote(const QString &note); // e.g. "no token stored"; overrides the state text while set
    QString stateText() const;
    QString countdownText() const;

signals:
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();

    FleetService *m_fleet;
    QString m_name;
    QString m_note;
    QLabel *m_state;
    QLabel *m_countdown;
    QToolButton *m_refresh;
    QTimer *m_tick;
};
