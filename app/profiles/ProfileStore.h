#pragma once

// The saved dashboard profiles and which one is active. Non-secret fields go to Settings (one array);
// tokens and Grafana passwords go to a CredentialStore: the keychain by default, or the 0600 file when the
// profile says so. Secret operations are asynchronous (callbacks on the GUI thread, no nested event loop).
// Owned by the GUI entry point; used by the main window and the profiles dialog. GUI thread.

#include "profiles/Profile.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class CredentialStore;

// Which secrets a save writes: nullopt = keep the stored one, "" = delete it.
struct ProfileSecretEdits
{
    std::optional<QString> token;
    std::optional<QString> grafanaPassword;
    std::optional<QString> nezhaPassword;
};
struct CredentialResult;
class Settings;

class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // `fileStore` may be null (then "store in a file" profiles fall back to `keychain`).
    ProfileStore(Settings *settings, CredentialStore *keychain, CredentialStore *fileStore, QObject *parent = nullptr);

    QList<Profile> profiles() const { return m_profiles; }
    bool isEmpty() const { return m_profiles.isEmpty(); }
    bool contains(const QString &id) const;
    Profile profile(const QString &id) const; // default-constructed when unknown
    QString activeId() const { return m_activeId; }
    Profile active() const { return profile(m_activeId); }
    void setActive(const QString &id); // emits activeProfileChanged at once when it changes

    // Adds or replaces `profile` (fields saved at once), then writes the given secrets (nullopt = keep the
    // stored one). `done` gets the first secret problem, or an Ok result. secretsChanged follows a write.
    void save(const Profile &profile, const ProfileSecretEdits &secrets, QObject *context,
              std::function<void(const CredentialResult &)> done);
    void save(const Profile &profile, const std::optional<QString> &token,
              const std::optional<QString> &grafanaPassword, QObject *context,
              std::function<void(const CredentialResult &)> done)
    {
        save(profile, ProfileSecretEdits{token, grafanaPassword, std::nullopt}, context, std::move(done));
    }
    void remove(const QString &id); // also deletes its secrets; the active one moves to the first left
    void loadSecrets(const QString &id, QObject *context, std::function<void(const ProfileSecrets &)> done);
    CredentialStore *storeFor(const Profile &profile) const;

signals:
    void profilesChanged();
    void activeProfileChanged(const QString &id);
    void secretsChanged(const QString &id);

private:
    void persist();

    Settings *m_settings;
    CredentialStore *m_keychain;
    CredentialStore *m_fileStore;
    QList<Profile> m_profiles;
    QString m_activeId;
};
