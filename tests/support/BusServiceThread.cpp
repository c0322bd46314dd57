#include "BusServiceThread.h"

#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QUuid>

BusServiceThread::BusServiceThread(const QString &name)
    : m_connectionName(name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128))
{
    m_thread.setObjectName(name);
}

BusServiceThread::~BusServiceThread()
{
    stop();
}

bool BusServiceThread::start(QObject *service, const QString &serviceName, const QString &path,
                             QDBusConnection::RegisterOptions options, QString *error)
{
    if (m_service)
        return true;
    m_thread.start();
    m_service = service;
    m_serviceName = serviceName;
    m_path = path;
    m_service->moveToThread(&m_thread);
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_service,
        [this, options, &ok, &message] {
            QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
            if (!bus.isConnected()) {
                message = bus.lastError().message();
                return;
            }
            if (!bus.registerObject(m_path, m_service, options)) {
                message = QStringLiteral("registerObject failed");
                return;
            }
            ok = bus.registerService(m_serviceName);
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

void BusServiceThread::stop()
{
    if (!m_service)
        return;
    QMetaObject::invokeMethod(
        m_service,
        [this] {
            QDBusConnection bus(m_connectionName);
            bus.unregisterService(m_serviceName);
            bus.unregisterObject(m_path);
            QDBusConnection::disconnectFromBus(m_connectionName);
            delete m_service;
        },
        Qt::BlockingQueuedConnection);
    m_service = nullptr;
    m_thread.quit();
    m_thread.wait();
}
