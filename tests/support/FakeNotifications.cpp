#include "FakeNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QUuid>

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
    , m_connectionName(QStringLiteral("fake-notifications-") + QUuid::createUuid().toString(QUuid::Id128))
{
    qRegisterMetaType<NotifyCall>();
    m_thread.setObjectName(QStringLiteral("FakeNotifications"));
}

FakeNotifications::~FakeNotifications()
{
    stop();
}

bool FakeNotifications::start(QString *error)
{
    if (m_service)
        return true;
    m_thread.start();
    m_service = new FakeNotificationsService;
    m_service->onCall = [this](const NotifyCall &call) {
        QMetaObject::invokeMethod(this, [this, call] {
            m_calls.append(call);
            emit notifyCalled(call);
        }, Qt::QueuedConnection);
    };
    m_service->moveToThread(&m_thread);
    bool ok = false;
    QString message;
    // The connection, the object and the name all belong to the helper thread.
    QMetaObject::invokeMethod(
        m_service,
        [this, &ok, &message] {
            QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
            if (!bus.isConnected()) {
                message = bus.lastError().message();
                return;
            }
            if (!bus.registerObject(kPath, m_service,
                                    QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals)) {
                message = QStringLiteral("registerObject failed");
                return;
            }
            ok = bus.registerService(kService);
            if (!ok)
                message = bus.lastError().message();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = message;
        stop();
    }
    return ok;
}

void FakeNotifications::stop()
{
    if (!m_service)
        return;
    QMetaObject::invokeMethod(
        m_service,
        [this] {
            QDBusConnection bus(m_connectionName);
            bus.unregisterService(kService);
            bus.unregisterObject(kPath);
            QDBusConnection::disconnectFromBus(m_connectionName);
            delete m_service;
        },
        Qt::BlockingQueuedConnection);
    m_service = nullptr;
    m_thread.quit();
    m_thread.wait();
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
