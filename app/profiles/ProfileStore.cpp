#include "ProfileStore.h"

#include "credentials/CredentialStore.h"
#include "settings/Settings.h"

#include <QPointer>

#include <memory>

ProfileStore::ProfileStore(Settings *settings, CredentialStore *keychain, CredentialStore *fileStore, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_fileStore(fileStore)
{
    for (const QVariantMap &map : m_settings->profiles()) {
        Profile p = Profile::fromMap(map);
        if (!p.id.isEmpty())
            m_profiles.append(p);
    }
    m_activeId = m_settings->activeProfileId();
    if (!contains(m_activeId))
        m_activeId = m_profiles.isEmpty() ? QString() : m_profiles.first().id;
}

bool ProfileStore::contains(const QString &id) const
{
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&id](const Profile &p) { return p.id == id; });
}

Profile ProfileStore::profile(const QString &id) const
{
    for (const Profile &p : m_profiles)
        if (p.id == id)
            return p;
    return {};
}

CredentialStore *ProfileStore::storeFor(const Profile &profile) const
{
    return profile.secretsInFile && m_fileStore ? m_fileStore : m_keychain;
}

void ProfileStore::setActive(const QString &id)
{
    if (id == m_activeId || (!id.isEmpty() && !contains(id)))
        return;
    m_activeId = id;
    m_settings->setActiveProfileId(id);
    emit activeProfileChanged(id);
}

void ProfileStore::persist()
{
    QList<QVariantMap> maps;
    for (const Profile &p : m_profiles)
        maps.append(p.toMap());
    m_settings->setProfiles(maps);
    m_settings->sync();
}

void ProfileStore::save(const Profile &input, const ProfileSecretEdits &edits, QObject *context,
                        std::function<void(const CredentialResult &)> done)
{
    Profile profile = input;
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    const Profile previous = this->profile(profile.id);
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const Profile &p) { return p.id == profile.id; });
    if (it != m_profiles.end())
        *it = profile;
    else
        m_profiles.append(profile);
    persist();
    emit profilesChanged();

    // Switching storage moves the secrets: write to the new store, drop from the old.
    CredentialStore *store = storeFor(profile);
    CredentialStore *oldStore = previous.id.isEmpty() ? store : storeFor(previous);

    struct Pending
    {
        int remaining = 0;
        CredentialResult firstProblem;
        std::function<void(const CredentialResult &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QPointer<QObject> guard(context);
    const QString id = profile.id;
    auto finishOne = [this, pending, guard, id](const CredentialResult &result) {
        if (!result.ok() && pending->firstProblem.ok())
            pending->firstProblem = result;
        if (--pending->remaining > 0)
            return;
        emit secretsChanged(id);
        if (guard && pending->done)
            pending->done(pending->firstProblem);
    };

    const QList<std::pair<QString, std::optional<QString>>> secrets = {
        {profile.tokenKey(), edits.token},
        {profile.grafanaPasswordKey(), edits.grafanaPassword},
        {profile.nezhaPasswordKey(), edits.nezhaPassword}};
    pending->remaining = int(std::count_if(secrets.cbegin(), secrets.cend(), [](const auto &s) { return bool(s.second); }));
    if (pending->remaining == 0) {
        if (guard && pending->done)
            pending->done(CredentialResult{});
        return;
    }
    for (const auto &[key, value] : secrets) {
        if (!value)
            continue;
        if (oldStore != store)
            oldStore->remove(key, this, {});
        if (value->isEmpty())
            store->remove(key, this, [finishOne](const CredentialResult &r) {
                finishOne(r.status == CredentialResult::Status::NotFound ? CredentialResult{} : r);
            });
        else
            store->write(key, *value, this, finishOne);
    }
}

void ProfileStore::remove(const QString &id)
{
    const Profile profile = this->profile(id);
    if (profile.id.isEmpty())
        return;
    storeFor(profile)->remove(profile.tokenKey(), this, {});
    storeFor(profile)->remove(profile.grafanaPasswordKey(), this, {});
    storeFor(profile)->remove(profile.nezhaPasswordKey(), this, {});
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(), [&](const Profile &p) { return p.id == id; }),
                     m_profiles.end());
    persist();
    emit profilesChanged();
    if (m_activeId == id) {
        m_activeId.clear();
        setActive(m_profiles.isEmpty() ? QString() : m_profiles.first().id);
        if (m_profiles.isEmpty()) {
            m_settings->setActiveProfileId({});
            emit activeProfileChanged({});
        }
    }
}

void ProfileStore::loadSecrets(const QString &id, QObject *context, std::function<void(const ProfileSecrets &)> done)
{
    const Profile profile = this->profile(id);
    auto secrets = std::make_shared<ProfileSecrets>();
    auto remaining = std::make_shared<int>(3);
    QPointer<QObject> guard(context);
    auto collect = [secrets, remaining, guard, done](QString ProfileSecrets::*slot, const CredentialResult &result) {
        if (result.ok())
            (*secrets).*slot = result.secret;
        else if (result.status != CredentialResult::Status::NotFound && secrets->problem.isEmpty())
            secrets->problem = result.message;
        if (--*remaining == 0 && guard && done)
            done(*secrets);
    };
    CredentialStore *store = storeFor(profile);
    store->read(profile.tokenKey(), this, [collect](const CredentialResult &r) { collect(&ProfileSecrets::token, r); });
    store->read(profile.nezhaPasswordKey(), this,
                [collect](const CredentialResult &r) { collect(&ProfileSecrets::nezhaPassword, r); });
    store->read(profile.grafanaPasswordKey(), this,
                [collect](const CredentialResult &r) { collect(&ProfileSecrets::grafanaPassword, r); });
}
