#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace {

// QtKeychain reports a missing Secret Service as NoBackendAvailable on some platforms and as OtherError
// (D-Bus "name has no owner") on Linux; neither is something the user can fix by retrying.
bool isBackendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
           || error == QKeychain::OtherError;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

QString KeychainCredentialStore::description() const
{
    return m_available ? tr("the system keychain") : tr("memory only (no keychain service is running)");
}

QString KeychainCredentialStore::unavailableMessage(const QString &detail) const
{
    return tr("No keychain service is available (%1). The secret is kept for this session only; "
              "choose \"Store secrets in a file\" in the profile to keep it across restarts.")
        .arg(detail);
}

void KeychainCredentialStore::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    if (m_session.contains(key)) {
        deliver(context, done, {CredentialResult::Status::Ok, m_session.secret(key), {}});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done] {
        CredentialResult result;
        if (job->error() == QKeychain::NoError) {
            setAvailable(true);
            result.secret = job->textData();
        } else if (job->error() == QKeychain::EntryNotFound) {
            setAvailable(true);
            result.status = CredentialResult::Status::NotFound;
            result.message = tr("No secret is stored in the keychain.");
        } else {
            if (isBackendMissing(job->error()))
                setAvailable(false);
            result.status = CredentialResult::Status::Failed;
            result.message = tr("Reading from the keychain failed: %1").arg(job->errorString());
        }
        if (guard && done)
            done(result);
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done, key, secret] {
        CredentialResult result;
        if (job->error() == QKeychain::NoError) {
            setAvailable(true);
            m_session.take(key);
        } else if (isBackendMissing(job->error())) {
            setAvailable(false);
            m_session.insert(key, secret);
            result.status = CredentialResult::Status::SessionOnly;
            result.message = unavailableMessage(job->errorString());
        } else {
            result.status = CredentialResult::Status::Failed;
            result.message = tr("Saving to the keychain failed: %1").arg(job->errorString());
        }
        if (guard && done)
            done(result);
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    const bool hadSession = m_session.contains(key);
    m_session.take(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done, hadSession] {
        CredentialResult result;
        if (job->error() == QKeychain::NoError) {
            setAvailable(true);
        } else if (job->error() == QKeychain::EntryNotFound) {
            result.status = hadSession ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound;
        } else if (isBackendMissing(job->error()) && hadSession) {
            setAvailable(false); // it only ever lived in memory, and that copy is gone
        } else {
            result.status = CredentialResult::Status::Failed;
            result.message = tr("Removing from the keychain failed: %1").arg(job->errorString());
        }
        if (guard && done)
            done(result);
    });
    job->start();
}
