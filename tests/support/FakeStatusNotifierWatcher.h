#pragma once

// A fake org.kde.StatusNotifierWatcher for desktop tests: with it on the bus and its
// IsStatusNotifierHostRegistered property true (exported with ExportAllProperties, or Qt reads false), Qt's
// QSystemTrayIcon uses the D-Bus StatusNotifierItem tray, so isSystemTrayAvailable() is true under Xvfb.
// Served on a second session-bus connection from a helper thread (BusServiceThread). Records the items
// that register (Qt's tray icon does on show()). The test talks to FakeStatusNotifierWatcher (GUI thread).

#include "BusServiceThread.h"

#include <QDBusContext>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <functional>

class FakeStatusNotifierWatcherService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)
public:
    using QObject::QObject;
    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const;

public slots:
    Q_SCRIPTABLE void RegisterStatusNotifierItem(const QString &serviceOrPath);
    Q_SCRIPTABLE void RegisterStatusNotifierHost(const QString &service);

signals:
    Q_SCRIPTABLE void StatusNotifierItemRegistered(const QString &item);
    Q_SCRIPTABLE void StatusNotifierItemUnregistered(const QString &item);
    Q_SCRIPTABLE void StatusNotifierHostRegistered();

public:
    std::function<void(const QString &)> onItem; // called in the service's thread (see FakeNotifications)

private:
    mutable QMutex m_mutex;
    QStringList m_items;
};

class FakeStatusNotifierWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FakeStatusNotifierWatcher(QObject *parent = nullptr);
    ~FakeStatusNotifierWatcher() override;

    bool start(QString *error = nullptr); // owns org.kde.StatusNotifierWatcher until stop()
    void stop();
    QStringList registeredItems() const { return m_items; }

signals:
    void itemRegistered(const QString &item);

private:
    BusServiceThread m_bus;
    QStringList m_items;
};
