#include "FakeNotifications.h"

#include <QDateTime>

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

uint FakeNotificationsService::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                      const QString &summary, const QString &body, const QStringList &actions,
                                      const QVariantMap &hints, int expireTimeout)
{
    NotifyCall call{appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, 0,
                    QDateTime::currentMSecsSinceEpoch()};
    call.returnedId = replacesId != 0 && replacesId < m_nextId ? replacesId : m_nextId++;
    if (onCall)
        onCall(call);
    return call.returnedId;
}

QStringList FakeNotificationsService::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")};
}

void FakeNotificationsService::CloseNotification(uint id)
{
    emit NotificationClosed(id, 3);
}

QString FakeNotificationsService::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("Farsight tests");
    version = QStringLiteral("1.0");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-notifications");
}

FakeNotifications::FakeNotifications(QObject *parent)
    : QObject(parent)
    , m_bus(QStringLiteral("FakeNotifications"))
{
    qRegisterMetaType<NotifyCall>();
}

FakeNotifications::~FakeNotifications()
{
    stop();
}

bool FakeNotifications::start(QString *error)
{
    if (m_service)
        return true;
    m_service = new FakeNotificationsService;
    m_service->onCall = [this](const NotifyCall &call) {
        QMetaObject::invokeMethod(this, [this, call] {
            m_calls.append(call);
            emit notifyCalled(call);
        }, Qt::QueuedConnection);
    };
    const bool ok = m_bus.start(m_service, kService, kPath,
                                QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals,
                                error);
    if (!ok)
        m_service = nullptr; // already deleted by m_bus
    return ok;
}

void FakeNotifications::stop()
{
    m_bus.stop();
    m_service = nullptr;
}

void FakeNotifications::invokeAction(uint id, const QString &actionKey)
{
    QMetaObject::invokeMethod(m_service, [service = m_service, id, actionKey] {
        emit service->ActionInvoked(id, actionKey);
    });
}

void FakeNotifications::close(uint id, uint reason)
{
    QMetaObject::invokeMethod(m_service, [service = m_service, id, reason] {
        emit service->NotificationClosed(id, reason);
    });
}
