#pragma once

// Secrets kept in process memory only. Used for "this session only" when no keychain service runs,
// for --url/--token-file start-ups that must not persist anything, and as the fake in unit tests
// (failNext() makes the next operation fail with a given status). GUI thread.

#include "CredentialStore.h"

#include <QHash>
#include <optional>

class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString description() const override;

    // Synchronous access for the owner (KeychainCredentialStore's session cache, tests).
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QString secret(const QString &key) const { return m_secrets.value(key); }
    void insert(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }
    void take(const QString &key) { m_secrets.remove(key); }
    int operationCount() const { return m_operations; }

    // Test seam: the next operation reports this status and message instead of succeeding.
    void failNext(CredentialResult::Status status, const QString &message);

private:
    bool consumeFailure(QObject *context, const Callback &done);

    QHash<QString, QString> m_secrets;
    std::optional<CredentialResult> m_failure;
    int m_operations = 0;
};
