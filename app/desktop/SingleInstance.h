#pragma once

// Keeps Farsight to one process per user: the first launch listens on a per-user local socket
// ($XDG_RUNTIME_DIR/farsight.instance, else "farsight-<user>" in the temp folder; user-only access); a second launch connects, asks the first to raise its window, and exits 0.
// A socket left over from a crash is detected (nobody answers) and replaced. Created by runGui() before any
// window exists; GUI thread. The first instance's window connects raiseRequested() to show itself.

#include <QObject>
#include <QString>

class QLocalServer;

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key: empty = the per-user default (defaultKey()); tests pass their own.
    explicit SingleInstance(const QString &key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Claim {
        Primary,        // this process now listens: carry on
        AlreadyRunning, // another instance was asked to raise itself: exit 0
        Failed,         // neither worked (see *error): run anyway, without single-instance protection
    };
    Claim claim(QString *error = nullptr);
    bool isPrimary() const { return m_server != nullptr; }
    QString serverName() const { return m_name; }

    static QString defaultKey();

signals:
    void raiseRequested(); // a second launch asked for the window

private:
    bool notifyPrimary();
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
