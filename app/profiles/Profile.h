#pragma once

// One dashboard connection profile: the non-secret fields kept in Settings and the keys under which its
// secrets (API token or v2 personal access token, v1/v2 login password, Grafana admin password) live in a CredentialStore. A plain value type.

#include "fleet/DashboardConnection.h"

#include <QString>
#include <QUrl>
#include <QVariantMap>

struct ProfileSecrets;

struct Profile
{
    QString id; // stable, generated once (UUID without braces)
    QString name;
    QUrl url; // Nezha dashboard base URL
    DashboardConnection::Generation generation = DashboardConnection::Generation::Auto;
    QString nezhaUser; // v1/v2 login name (its password is a secret: nezhaPasswordKey)
    int offlineThresholdSecs = 30;
    int pollIntervalMs = 5000;
    QUrl grafanaUrl; // optional: the admin pane's Grafana server
    QString grafanaUser;
    bool secretsInFile = false; // the user chose the 0600 file instead of the keychain

    QString tokenKey() const { return QStringLiteral("profile/") + id + QStringLiteral("/token"); }
    QString nezhaPasswordKey() const { return QStringLiteral("profile/") + id + QStringLiteral("/nezha-password"); }
    QString grafanaPasswordKey() const { return QStringLiteral("profile/") + id + QStringLiteral("/grafana-password"); }
    bool hasGrafana() const { return grafanaUrl.isValid() && !grafanaUrl.isEmpty(); }
    QString displayName() const { return name.isEmpty() ? url.host() : name; }

    // The connection this profile describes, with its loaded secrets.
    DashboardConnection connection(const ProfileSecrets &secrets) const;
    bool hasNezhaCredentials(const ProfileSecrets &secrets) const;

    static QString generationKey(DashboardConnection::Generation generation); // "auto", "v0", "v1", "v2"
    static DashboardConnection::Generation generationFromKey(const QString &key);

    QVariantMap toMap() const;
    static Profile fromMap(const QVariantMap &map);
    static QString newId();
    bool operator==(const Profile &) const = default;
};

// Secrets loaded for one profile.
struct ProfileSecrets
{
    QString token;         // v0 API token or v2 personal access token (nzp_...)
    QString nezhaPassword; // v1/v2 login password
    QString grafanaPassword;
    QString problem; // translated, empty when both loads worked (or found nothing stored)
};
