#pragma once

// One dashboard connection profile: the non-secret fields kept in Settings and the keys under which its
// secrets (API token, Grafana admin password) live in a CredentialStore. A plain value type.

#include <QString>
#include <QUrl>
#include <QVariantMap>

struct Profile
{
    QString id; // stable, generated once (UUID without braces)
    QString name;
    QUrl url; // Nezha dashboard base URL
    int offlineThresholdSecs = 30;
    int pollIntervalMs = 5000;
    QUrl grafanaUrl; // optional: the admin pane's Grafana server
    QString grafanaUser;
    bool secretsInFile = false; // the user chose the 0600 file instead of the keychain

    QString tokenKey() const { return QStringLiteral("profile/") + id + QStringLiteral("/token"); }
    QString grafanaPasswordKey() const { return QStringLiteral("profile/") + id + QStringLiteral("/grafana-password"); }
    bool hasGrafana() const { return grafanaUrl.isValid() && !grafanaUrl.isEmpty(); }
    QString displayName() const { return name.isEmpty() ? url.host() : name; }

    QVariantMap toMap() const;
    static Profile fromMap(const QVariantMap &map);
    static QString newId();
    bool operator==(const Profile &) const = default;
};

// Secrets loaded for one profile.
struct ProfileSecrets
{
    QString token;
    QString grafanaPassword;
    QString problem; // translated, empty when both loads worked (or found nothing stored)
};
