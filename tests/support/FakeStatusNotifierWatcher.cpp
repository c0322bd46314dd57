#include "FakeStatusNotifierWatcher.h"

#include <QDBusMessage>

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
    , m_bus(QStringLiteral("FakeStatusNotifierWatcher"))
{
}

FakeStatusNotifierWatcher::~FakeStatusNotifierWatcher()
{
    stop();
}

bool FakeStatusNotifierWatcher::start(QString *error)
{
    if (m_bus.isRunning())
        return true;
    auto *service = new FakeStatusNotifierWatcherService;
    service->onItem = [this](const QString &item) {
        QMetaObject::invokeMethod(this, [this, item] {
            m_items.append(item);
            emit itemRegistered(item);
        }, Qt::QueuedConnection);
    };
    // Without ExportAllProperties Qt reads IsStatusNotifierHostRegistered as false and uses no tray.
    return m_bus.start(service, kService, kPath,
                       QDBusConnection::ExportAllProperties | QDBusConnection::ExportScriptableSlots
                           | QDBusConnection::ExportScriptableSignals,
                       error);
}

void FakeStatusNotifierWatcher::stop()
{
    m_bus.stop();
}
