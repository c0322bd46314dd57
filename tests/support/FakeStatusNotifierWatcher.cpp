#include "FakeStatusNotifierWatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QUuid>

namespace {
const QString kService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString kPath = QStringLiteral("/StatusNotifierWatcher");
} // namespace

QStringList FakeStatusNotifierWatcherService::items() const
{
    const QMutexLocker locker(&m_mutex);
    return m_items;
}

void FakeStatusNotifierWatcherService::RegisterStatusNotifierItem(const QString &serviceOrPath)
{
    // Items may register by object path; the spec then means "<sender><path>".
    const QString item = serviceOrPath.startsWith(QLatin1Char('/')) && calledFromDBus()
        ? message().service() + serviceOrPath
        : serviceOrPath;
    {
        const QMutexLocker locker(&m_mutex);
        m_items.append(item);
    }
    emit StatusNotifierItemRegistered(item);
    if (onItem)
        onItem(item);
}

void FakeStatusNotifierWatcherService::RegisterStatusNotifierHost(const QString &service)
{
    Q_UNUSED(service)
    emit StatusNotifierHostRegistered();
}

FakeStatusNotifierWatcher::FakeStatusNotifierWatcher(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("fake-sni-watcher-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_thread.setObjectName(QStringLiteral("FakeStatusNotifierWatcher"));
}

FakeStatusNotifierWatcher::~FakeStatusNotifierWatcher()
{
    stop();
}

bool FakeStatusNotifierWatcher::start(QString *error)
{
    if (m_service)
        return true;
    m_thread.start();
    m_service = new FakeStatusNotifierWatcherService;
    m_service->onItem = [this](const QString &item) {
        QMetaObject::invokeMethod(this, [this, item] {
            m_items.append(item);
            emit itemRegistered(item);
        }, Qt::QueuedConnection);
    };
    m_service->moveToThread(&m_thread);
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_service,
        [this, &ok, &message] {
            QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
            if (!bus.isConnected()) {
                message = bus.lastError().message();
                return;
            }
            // Without ExportAllProperties Qt reads IsStatusNotifierHostRegistered as false and uses no tray.
            if (!bus.registerObject(kPath, m_service,
                                    QDBusConnection::ExportAllProperties | QDBusConnection::ExportScriptableSlots
                                        | QDBusConnection::ExportScriptableSignals)) {
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

void FakeStatusNotifierWatcher::stop()
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
