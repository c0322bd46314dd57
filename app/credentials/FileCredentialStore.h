#pragma once

// CredentialStore over one JSON file readable only by the user (permissions 0600), used only when the
// user explicitly chooses "Store secrets in a file" for a profile (typically where no keychain runs).
// The file is rewritten atomically (temporary file created 0600, then renamed). GUI thread; the file is
// small, so operations are done at once and their results delivered from the event loop like the others.

#include "CredentialStore.h"

#include <QJsonObject>

class FileCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    // Default path: <AppDataLocation>/secrets.json
    explicit FileCredentialStore(const QString &path = QString(), QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString description() const override;
    QString path() const { return m_path; }

private:
    bool load(QJsonObject *secrets, QString *error) const;
    bool save(const QJsonObject &secrets, QString *error) const;

    QString m_path;
};
