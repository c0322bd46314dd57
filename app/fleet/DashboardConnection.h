#pragma once

// Where and how to reach one Nezha dashboard. Filled by the UI (from Settings + CredentialStore) or the
// command line, handed to FleetService::setConnection() and DashboardDriver::setConnection(). Plain value.
// The token is a secret: never log it, never put it in QSettings.

#include <QString>
#include <QUrl>

struct DashboardConnection
{
    QUrl url;                      // dashboard base URL, e.g. https://status.example.org
    QString token;                 // v0: the raw API token sent as "Authorization: <token>"
    int offlineThresholdSecs = 30; // a server is offline when dashboard-now - last_active exceeds this
    int pollIntervalMs = 3000;

    bool isValid() const { return url.isValid() && !url.host().isEmpty() && !token.isEmpty(); }
    bool sameCredentials(const DashboardConnection &o) const { return url == o.url && token == o.token; }
};
