#include "DesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kServerDefaultTimeout = -1;
constexpr int kMaxTrackedIds = 32;
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), QString::fromLatin1(Service), parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, const QString &service, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_service(service)
{
    qRegisterMetaType<NotificationContent>();
    const QString path = QString::fromLatin1(Path);
    m_bus.connect(service, path, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    // Sent before any Notify on the same connection, so its answer arrives first.
    const QDBusMessage capabilities = QDBusMessage::createMethodCall(service, path, kInterface,
                                                                     QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(capabilities), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        m_bodyMarkup = reply.isValid() && reply.value().contains(QStringLiteral("body-markup"));
    });
}

bool DesktopNotifier::isServiceRegistered() const
{
    const QDBusConnectionInterface *bus = m_bus.interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(m_service))
        return true;
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(m_service);
}

QString DesktopNotifier::iconPath()
{
    // Installed (cmake --install, the .deb): the hicolor icon named after the desktop id, as the menu shows it.
    // From the build tree: the icon is compiled into the binary; the notification server is another process, so
    // it gets a copy.
    static const QString path = [] {
        const QString themed = QStringLiteral("icons/hicolor/scalable/apps/" FARSIGHT_APP_ID ".svg");
        if (!QStandardPaths::locate(QStandardPaths::GenericDataLocation, themed).isEmpty())
            return QStringLiteral(FARSIGHT_APP_ID);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/farsight");
        const QString file = dir + QStringLiteral("/farsight.svg");
        QFile source(QStringLiteral(":/icons/farsight.svg"));
        if (!QDir().mkpath(dir) || !source.open(QIODevice::ReadOnly))
            return QString();
        QFile target(file);
        if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate) || target.write(source.readAll()) < 0)
            return QString();
        return file;
    }();
    return path.isEmpty() ? QStringLiteral(FARSIGHT_APP_ID) : path;
}

void DesktopNotifier::show(const NotificationContent &content)
{
    if (content.isEmpty())
        return;
    // One Notify at a time: the next one needs the id the server returns, or it would stack instead of replace.
    if (m_inFlight) {
        m_queued = content;
        return;
    }
    send(content);
}

void DesktopNotifier::send(const NotificationContent &content)
{
    QDBusMessage call = QDBusMessage::createMethodCall(m_service, QString::fromLatin1(Path),
                                                       kInterface, QStringLiteral("Notify"));
    const QStringList actions{QStringLiteral("default"), tr("Open"), QStringLiteral("open"), tr("Open")};
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(content.urgency)));
    hints.insert(QStringLiteral("category"), content.category);
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(FARSIGHT_APP_ID));
    call << QStringLiteral("Farsight") << m_currentId << iconPath() << content.summary
         // A server with body-markup would read "<" or "&" in a server name as markup.
         << (m_bodyMarkup ? content.body.toHtmlEscaped() : content.body)
         << actions << hints << kServerDefaultTimeout;
    m_inFlight = true;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, content](QDBusPendingCallWatcher *w) { onReply(w, content); });
}

void DesktopNotifier::onReply(QDBusPendingCallWatcher *watcher, const NotificationContent &content)
{
    watcher->deleteLater();
    m_inFlight = false;
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        m_currentId = 0;
        emit serviceUnavailable(content);
    } else {
        m_currentId = reply.value();
        if (m_targets.size() >= kMaxTrackedIds)
            m_targets.clear();
        m_targets.insert(m_currentId, content.serverId);
        emit notificationShown(m_currentId);
    }
    if (m_queued) {
        const NotificationContent next = *m_queued;
        m_queued.reset();
        send(next);
    }
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_targets.constFind(id);
    if (it == m_targets.cend())
        return; // another application's notification
    if (actionKey == QLatin1String("default") || actionKey == QLatin1String("open"))
        emit openRequested(*it);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    if (id == m_currentId)
        m_currentId = 0; // dismissed: the next change gets a fresh notification
}
