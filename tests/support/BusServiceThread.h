#pragma once

// Serves one QObject on the session bus from a helper thread, over a second bus connection of its own, for the
// fake D-Bus services of the desktop tests (FakeNotifications, FakeStatusNotifierWatcher). Serving them from the
// GUI thread, which is also the thread of the Qt D-Bus caller under test, deadlocks until the 25 s call timeout.
// start() and stop() are called from the test's thread and block until the helper thread has done the work;
// the connection, the object and the well-known name all belong to the helper thread.

#include <QDBusConnection>
#include <QString>
#include <QThread>

class BusServiceThread
{
public:
    explicit BusServiceThread(const QString &name); // names the thread and prefixes the connection name
    ~BusServiceThread();
    BusServiceThread(const BusServiceThread &) = delete;
    BusServiceThread &operator=(const BusServiceThread &) = delete;

    // Takes ownership of service (a parentless QObject in the caller's thread), moves it to the helper thread,
    // exports it at path with options and owns serviceName until stop(). On failure it has already stopped
    // (service deleted) and *error, when given, says why.
    bool start(QObject *service, const QString &serviceName, const QString &path,
               QDBusConnection::RegisterOptions options, QString *error = nullptr);
    // Releases the name, unregisters and deletes the service in its thread, then ends the thread.
    void stop();
    bool isRunning() const { return m_service != nullptr; }

private:
    QThread m_thread;
    QObject *m_service = nullptr;
    QString m_connectionName;
    QString m_serviceName;
    QString m_path;
};
