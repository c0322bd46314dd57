#include "FileCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

FileCredentialStore::FileCredentialStore(const QString &path, QObject *parent)
    : CredentialStore(parent)
    , m_path(path.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/secrets.json")
                 : path)
{
}

QString FileCredentialStore::description() const
{
    return tr("the file %1 (readable only by you)").arg(QDir::toNativeSeparators(m_path));
}

bool FileCredentialStore::load(QJsonObject *secrets, QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *secrets = {};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), parseError.errorString());
        return false;
    }
    *secrets = document.object();
    return true;
}

bool FileCredentialStore::save(const QJsonObject &secrets, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QString temporary = m_path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    // Created 0600 from the start, so the secrets are never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(temporary), file.errorString());
        return false;
    }
    const QByteArray data = QJsonDocument(secrets).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.flush()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(temporary), file.errorString());
        file.remove();
        return false;
    }
    file.close();
    // POSIX rename replaces the old file atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_path).constData()) != 0) {
        *error = tr("Cannot replace %1.").arg(QDir::toNativeSeparators(m_path));
        QFile::remove(temporary);
        return false;
    }
    QFile::setPermissions(m_path, kOwnerOnly);
    return true;
}

void FileCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    QJsonObject secrets;
    QString error;
    if (!load(&secrets, &error))
        return deliver(context, done, {CredentialResult::Status::Failed, {}, error});
    if (!secrets.contains(key))
        return deliver(context, done, {CredentialResult::Status::NotFound, {}, tr("No secret is stored.")});
    deliver(context, done, {CredentialResult::Status::Ok, secrets.value(key).toString(), {}});
}

void FileCredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    QJsonObject secrets;
    QString error;
    if (!load(&secrets, &error) && QFile::exists(m_path))
        return deliver(context, done, {CredentialResult::Status::Failed, {}, error});
    secrets.insert(key, secret);
    if (!save(secrets, &error))
        return deliver(context, done, {CredentialResult::Status::Failed, {}, error});
    deliver(context, done, {});
}

void FileCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    QJsonObject secrets;
    QString error;
    if (!load(&secrets, &error))
        return deliver(context, done, {CredentialResult::Status::Failed, {}, error});
    if (!secrets.contains(key))
        return deliver(context, done, {CredentialResult::Status::NotFound, {}, {}});
    secrets.remove(key);
    if (!save(secrets, &error))
        return deliver(context, done, {CredentialResult::Status::Failed, {}, error});
    deliver(context, done, {});
}
