#pragma once

// The system tray presence: a QSystemTrayIcon whose icon shows the fleet's worst state with the offline count
// (TrayIconPainter) and whose tooltip lists counts and offline names; the menu (Show/Hide window, Refresh now,
// Mute notifications for 1 h / 4 h / until tomorrow, Unmute, Notification history…, Quit); close-to-tray and
// start-minimized for the main window; and the balloon fallback when no notification service exists.
// Where no tray host exists it stays out of the way: closing the window quits and the window never hides.
// Created by runGui() after the main window, fed by AlertCenter; GUI thread.

#include "NotificationHistoryDialog.h"
#include "alerts/OfflinePolicy.h"
#include "notify/NotificationContent.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class AlertCenter;
class DesktopNotifier;
class QAction;
class QMenu;
class Settings;

class TrayController : public QObject
{
    Q_OBJECT
public:
    TrayController(QWidget *window, AlertCenter &alerts, Settings *settings = nullptr, QObject *parent = nullptr);
    ~TrayController() override;

    bool isTrayAvailable() const { return m_available; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    NotificationHistoryDialog *historyDialog() const { return m_history; }
    QString toolTip() const;                            // plain text: counts, offline names, mute
    static QString statusText(const FleetHealth &health); // one line: "2 servers offline", "Dashboard unreachable"

    // Its "Open" clicks show the window (and ask for the server); a missing service falls back to a balloon.
    void setNotifier(DesktopNotifier *notifier);

    // Start-up: with a tray, "minimized" means only the tray icon; without one, a minimized window.
    void showInitialWindow(bool minimized);

public slots:
    void showWindow();        // user asked: show, raise and activate
    void toggleWindow();
    void showHistory();
    void showFallback(const NotificationContent &content); // no notification service: a tray balloon
    void setTrayAvailable(bool available); // tests and hosts that appear late

signals:
    void refreshRequested();
    void showServerRequested(quint64 serverId); // "Open" on a notification, or a fallback balloon, was clicked
    void quitting();                            // Quit was chosen (or close-to-tray is off): the app ends

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void retranslate();
    void updateIcon();
    void updateMenuState();
    void quit();

    QPointer<QWidget> m_window;
    AlertCenter &m_alerts;
    Settings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_status = nullptr;
    QAction *m_showHide = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_mute1h = nullptr;
    QAction *m_mute4h = nullptr;
    QAction *m_muteTomorrow = nullptr;
    QAction *m_unmute = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_quit = nullptr;
    QPointer<NotificationHistoryDialog> m_history;
    bool m_available = false;
    bool m_quitting = false;
    quint64 m_fallbackServer = 0;
    FleetHealth::State m_paintedState = FleetHealth::State::Unknown;
    int m_paintedCount = -1;
};
