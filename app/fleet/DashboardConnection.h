#pragma once

// Where and how to reach one Nezha dashboard. Filled by the UI (from Settings + CredentialStore) or the
// command line, handed to FleetService::setConnection() and DashboardDriver::setConnection(). Plain value.
// token and password are secrets: never log them, never put them in QSettings.
//
// Credentials per generation (nezha.md 5.5):
//   v0: token = the 32-char API token, sent raw as "Authorization: <token>".
//   v1/v2: username + password -> POST /api/v1/login -> JWT ("Authorization: Bearer <jwt>").
//   v2.1+: token = a personal access token "nzp_...", sent as "Authorization: Bearer nzp_...".

#include <QString>
#include <QUrl>

struct DashboardConnection
{
    enum class Generation { Auto, V0, V1, V2 }; // Auto = detect from the URL and the credential's shape

    QUrl url;                      // dashboard base URL, e.g. https://status.example.org
    QString token;                 // v0 API token or v2 personal access token (nzp_...)
    QString username;              // v1/v2 login
    QString password;              // v1/v2 login
    Generation generation = Generation::Auto;
    int offlineThresholdSecs = 30; // a server is offline when dashboard-now - last_active exceeds this
    int pollIntervalMs = 3000;

    bool hasLogin() const { return !username.isEmpty() && !password.isEmpty(); }
    bool isPersonalAccessToken() const { return token.startsWith(QLatin1String("nzp_")); }
    bool isValid() const { return url.isValid() && !url.host().isEmpty() && (!token.isEmpty() || hasLogin()); }
    bool sameCredentials(const DashboardConnection &o) const
    {
        return url == o.url && token == o.token && username == o.username && password == o.password
            && generation == o.generation;
    }
};
