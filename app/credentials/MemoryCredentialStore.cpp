#include "MemoryCredentialStore.h"

void MemoryCredentialStore::failNext(CredentialResult::Status status, const QString &message)
{
    m_failure = CredentialResult{status, QString(), message};
}

bool MemoryCredentialStore::consumeFailure(QObject *context, const Callback &done)
{
    ++m_operations;
    if (!m_failure)
        return false;
    deliver(context, done, *m_failure);
    m_failure.reset();
    return true;
}

void MemoryCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    if (consumeFailure(context, done))
        return;
    if (!m_secrets.contains(key)) {
        deliver(context, done, {CredentialResult::Status::NotFound, {}, tr("No secret is stored.")});
        return;
    }
    deliver(context, done, {CredentialResult::Status::Ok, m_secrets.value(key), {}});
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    if (consumeFailure(context, done))
        return;
    m_secrets.insert(key, secret);
    deliver(context, done, {});
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    if (consumeFailure(context, done))
        return;
    const bool existed = m_secrets.remove(key) > 0;
    deliver(context, done, {existed ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound, {}, {}});
}

QString MemoryCredentialStore::description() const
{
    return tr("memory (this session only)");
}
