#pragma once

// A fake org.freedesktop.Notifications server for desktop tests. It owns the well-known name on a SECOND
// session-bus connection served from a helper thread by BusServiceThread (serving it from the GUI thread, which
// is also the caller's, deadlocks Qt D-Bus), records every Notify call's arguments, hands out ids (replaces_id
// reuses the id), and can emit ActionInvoked / NotificationClosed as a real server would when the user clicks.
// The test talks to FakeNotifications (GUI thread); FakeNotificationsService runs in the helper thread.

#include "BusServiceThread.h"

#include <QDBusContext>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <functional>

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint returnedId = 0;
    qint64 receivedAtMs = 0; // local clock when the call arrived

    int urgency() const { return hints.value(QStringLiteral("urgency"), -1).toInt(); }
};
Q_DECLARE_METATYPE(NotifyCall)

class FakeNotificationsService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    using QObject::QObject;

public slots:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                             const QString &body, const QStringList &actions, const QVariantMap &hints,
                             int expireTimeout);
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

signals:
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);

public:
    // Set before the service moves to its thread; called there for every Notify. (A plain Qt signal here would
    // be picked up by Qt D-Bus as one more signal to relay.)
    std::function<void(const NotifyCall &)> onCall;

private:
    uint m_nextId = 1;
};

class FakeNotifications : public QObject
{
    Q_OBJECT
public:
    explicit FakeNotifications(QObject *parent = nullptr);
    ~FakeNotifications() override;

    bool start(QString *error = nullptr); // owns org.freedesktop.Notifications until stop()
    void stop();
    QList<NotifyCall> calls() const { return m_calls; }
    void clear() { m_calls.clear(); }

    void invokeAction(uint id, const QString &actionKey); // as if the user clicked a button
    void close(uint id, uint reason = 2);                 // 2 = dismissed by the user

signals:
    void notifyCalled(const NotifyCall &call);

private:
    BusServiceThread m_bus;
    FakeNotificationsService *m_service = nullptr; // owned by m_bus, lives in its thread
    QList<NotifyCall> m_calls;
};
