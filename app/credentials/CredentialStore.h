#pragma once

// Interface for storing secrets (dashboard API tokens, Grafana passwords) outside QSettings.
// Implementations: KeychainCredentialStore (QtKeychain, production), FileCredentialStore (a 0600 file the
// user must choose explicitly), MemoryCredentialStore (session-only storage and the unit-test fake).
// Every operation is asynchronous: the callback runs later on the GUI thread, never inside the call and
// never through a nested event loop, and only while `context` is alive. Secrets are never logged.

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

struct CredentialResult
{
    enum class Status {
        Ok,          // done; for read(), `secret` holds the value
        NotFound,    // read()/remove(): no secret under that key
        SessionOnly, // write(): no keychain service; the secret is kept in memory for this session only
        Failed,      // anything else; `message` says what
    };
    Status status = Status::Ok;
    QString secret;  // read() only
    QString message; // translated explanation for the user (never contains the secret)

    bool ok() const { return status == Status::Ok; }
};

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
    // What the user is told the secrets are kept in ("the system keychain", "the file ~/...").
    virtual QString description() const = 0;

protected:
    // Runs `done(result)` from the event loop, only if `context` (or the store, when null) still exists.
    void deliver(QObject *context, const Callback &done, const CredentialResult &result);
};
