#include "TrayController.h"

#include "NotificationHistoryDialog.h"
#include "TrayIconPainter.h"
#include "alerts/AlertCenter.h"
#include "i18n/Translations.h"
#include "notify/DesktopNotifier.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QMenu>
#include <QWidget>

namespace {
constexpr int kBalloonMs = 10000;
constexpr int kMaxTooltipNames = 10;

QString nameList(const QStringList &names)
{
    //: separates server names in a list ("web-1, db-1")
    const QString text = names.mid(0, kMaxTooltipNames).join(TrayController::tr(", ", "list separator"));
    //: %1 is a list of server names; more names were left out
    return names.size() > kMaxTooltipNames ? TrayController::tr("%1, …", "truncated list").arg(text) : text;
}
} // namespace

TrayController::TrayController(QWidget *window, AlertCenter &alerts, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_alerts(alerts)
    , m_settings(settings)
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    buildMenu();
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            toggleWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (m_fallbackServer)
            emit showServerRequested(m_fallbackServer);
    });
    connect(&m_alerts, &AlertCenter::healthChanged, this, [this] {
        updateIcon();
        updateMenuState();
    });
    connect(&m_alerts.mutes(), &MuteList::changed, this, &TrayController::updateMenuState);
    connect(&Translations::instance(), &Translations::languageChanged, this, &TrayController::retranslate);
    if (m_window)
        m_window->installEventFilter(this);
    retranslate();
    updateIcon();
    setTrayAvailable(QSystemTrayIcon::isSystemTrayAvailable());
}

TrayController::~TrayController()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

void TrayController::buildMenu()
{
    auto add = [this](const char *name) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    m_status = add("trayStatus");
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_showHide = add("trayShowHide");
    m_refresh = add("trayRefresh");
    m_menu->addSeparator();
    m_mute1h = add("trayMute1h");
    m_mute4h = add("trayMute4h");
    m_muteTomorrow = add("trayMuteTomorrow");
    m_unmute = add("trayUnmute");
    m_menu->addSeparator();
    m_historyAction = add("trayHistory");
    m_menu->addSeparator();
    m_quit = add("trayQuit");

    MuteList &mutes = m_alerts.mutes();
    connect(m_showHide, &QAction::triggered, this, &TrayController::toggleWindow);
    connect(m_refresh, &QAction::triggered, this, &TrayController::refreshRequested);
    connect(m_mute1h, &QAction::triggered, this, [&mutes] { mutes.muteAll(mutes.now().addSecs(3600)); });
    connect(m_mute4h, &QAction::triggered, this, [&mutes] { mutes.muteAll(mutes.now().addSecs(4 * 3600)); });
    connect(m_muteTomorrow, &QAction::triggered, this,
            [&mutes] { mutes.muteAll(MuteList::tomorrowMorning(mutes.now())); });
    connect(m_unmute, &QAction::triggered, &mutes, &MuteList::unmuteAll);
    connect(m_historyAction, &QAction::triggered, this, &TrayController::showHistory);
    connect(m_quit, &QAction::triggered, this, &TrayController::quit);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::updateMenuState);
}

void TrayController::setNotifier(DesktopNotifier *notifier)
{
    connect(notifier, &DesktopNotifier::serviceUnavailable, this, &TrayController::showFallback);
    connect(notifier, &DesktopNotifier::openRequested, this, [this](quint64 serverId) {
        showWindow(); // the user clicked "Open": raising now is what they asked for
        if (serverId)
            emit showServerRequested(serverId);
    });
}

void TrayController::retranslate()
{
    m_refresh->setText(tr("&Refresh now"));
    m_mute1h->setText(tr("Mute notifications for 1 hour"));
    m_mute4h->setText(tr("Mute notifications for 4 hours"));
    //: %1 = 08:00 in the locale's time format (MuteList::tomorrowMorning)
    m_muteTomorrow->setText(tr("Mute notifications until tomorrow %1").arg(MuteList::tomorrowMorningTimeText()));
    m_unmute->setText(tr("&Unmute notifications"));
    m_historyAction->setText(tr("Notification &history…"));
    m_quit->setText(tr("&Quit"));
    updateMenuState();
}

void TrayController::setTrayAvailable(bool available)
{
    m_available = available;
    m_tray->setVisible(available);
    // With a tray the app lives on when its last window closes (a dialog closed while the main window sits in
    // the tray must not quit); without one, closing the window is the way out.
    QApplication::setQuitOnLastWindowClosed(!available);
    updateMenuState();
}

QString TrayController::toolTip() const
{
    const FleetHealth health = m_alerts.health();
    QStringList lines{QStringLiteral("Farsight")};
    if (health.state != FleetHealth::State::AllOnline && health.state != FleetHealth::State::SomeOffline)
        lines.append(statusText(health));
    if (health.state != FleetHealth::State::Unknown) {
        //: tray tooltip; %1 = servers online
        lines.append(tr("%1 of %n server(s) online", nullptr, health.total).arg(QLocale().toString(health.online)));
        if (health.offline > 0)
            lines.append(tr("Offline: %1").arg(nameList(health.offlineNames)));
        if (health.mutedOffline > 0)
            lines.append(tr("%n muted server(s) offline", nullptr, health.mutedOffline));
        if (health.neverReported > 0)
            lines.append(tr("%n server(s) never reported", nullptr, health.neverReported));
    }
    const QDateTime until = m_alerts.mutes().globalMuteUntil();
    if (until.isValid())
        lines.append(tr("Notifications muted until %1").arg(QLocale().toString(until, QLocale::ShortFormat)));
    return lines.join(QLatin1Char('\n'));
}

void TrayController::updateIcon()
{
    const FleetHealth health = m_alerts.health();
    if (health.state != m_paintedState || health.offline != m_paintedCount) {
        m_paintedState = health.state;
        m_paintedCount = health.offline;
        m_tray->setIcon(TrayIconPainter::icon(health.state, health.offline));
    }
    m_tray->setToolTip(toolTip());
}

QString TrayController::statusText(const FleetHealth &health)
{
    switch (health.state) {
    case FleetHealth::State::Unknown:
        return tr("Waiting for the dashboard…");
    case FleetHealth::State::DashboardUnreachable:
        return tr("Dashboard unreachable");
    case FleetHealth::State::TokenRejected:
        return tr("Dashboard rejected the token");
    case FleetHealth::State::SomeOffline:
        return tr("%n server(s) offline", nullptr, health.offline);
    case FleetHealth::State::AllOnline:
        break;
    }
    return tr("All servers online");
}

void TrayController::updateMenuState()
{
    if (!m_tray)
        return;
    const bool shown = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_showHide->setText(shown ? tr("&Hide window") : tr("&Show window"));
    const FleetHealth health = m_alerts.health();
    m_status->setText(statusText(health));
    m_unmute->setEnabled(!m_alerts.mutes().isEmpty());
    m_tray->setToolTip(toolTip());
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow(); // only ever on the user's request (menu, click, "Open"): no focus stealing
    updateMenuState();
}

void TrayController::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized() && m_available)
        m_window->hide();
    else
        showWindow();
    updateMenuState();
}

void TrayController::showInitialWindow(bool minimized)
{
    if (!m_window)
        return;
    if (!minimized)
        m_window->show();
    else if (!m_available)
        m_window->showMinimized(); // no tray to come back from: a taskbar entry instead
    updateMenuState();
}

void TrayController::showHistory()
{
    if (!m_history) {
        m_history = new NotificationHistoryDialog(&m_alerts.history(), m_window);
        connect(m_history, &NotificationHistoryDialog::showServerRequested, this, [this](quint64 serverId) {
            showWindow();
            emit showServerRequested(serverId);
        });
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void TrayController::showFallback(const NotificationContent &content)
{
    if (!m_available || !m_tray->supportsMessages())
        return; // the history and the tray icon still carry it
    m_fallbackServer = content.serverId;
    const auto icon = content.urgency == NotificationContent::Urgency::Critical ? QSystemTrayIcon::Warning
                                                                                 : QSystemTrayIcon::Information;
    const QString text = content.body.isEmpty() ? content.summary : content.body;
    m_tray->showMessage(content.body.isEmpty() ? QStringLiteral("Farsight") : content.summary, text, icon, kBalloonMs);
}

void TrayController::quit()
{
    m_quitting = true;
    emit quitting();
    if (m_window && m_window->isVisible())
        m_window->close(); // its closeEvent saves the layout
    QCoreApplication::quit();
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Close && !m_quitting) {
        // The window closes normally (its closeEvent saves the layout; a plain close only hides a top-level
        // window). With a tray, quitOnLastWindowClosed is off, so the app lives on in the tray, unless the user
        // turned close-to-tray off; then the close really ends it. Decided after the close, which may be refused.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_window || m_window->isVisible())
                    return;
                const bool closeToTray = m_settings ? m_settings->closeToTray() : true;
                if (m_available && m_tray->isVisible() && !closeToTray)
                    quit();
                updateMenuState();
            },
            Qt::QueuedConnection);
    } else if (event->type() == QEvent::Show || event->type() == QEvent::Hide) {
        updateMenuState();
    }
    return QObject::eventFilter(watched, event);
}
