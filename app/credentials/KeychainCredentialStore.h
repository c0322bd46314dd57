#pragma once

// CredentialStore over the operating system's keychain via QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). Jobs run asynchronously and delete themselves.
// When no keychain service answers (QtKeychain reports no backend or fails to reach one), a write keeps
// the secret in memory for this session and reports SessionOnly with a plain explanation; later reads of
// that key are served from memory. Owned by the GUI entry point; GUI thread.

#include "CredentialStore.h"
#include "MemoryCredentialStore.h"

class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("Farsight"), QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString description() const override;

    // False once a job found no usable keychain service (until a later job succeeds).
    bool keychainAvailable() const { return m_available; }

signals:
    void availabilityChanged(bool available);

private:
    void setAvailable(bool available);
    QString unavailableMessage(const QString &detail) const;

    QString m_service;
    MemoryCredentialStore m_session; // secrets that could not reach the keychain
    bool m_available = true;
};
