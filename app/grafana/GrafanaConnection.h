#pragma once

// Where and as whom Farsight talks to a Grafana server, and the outcome of testing that.
// The profile store (main window / profile dialog) fills GrafanaConnection from the profile and the
// keychain and hands it to GrafanaClient and AdminPane; GrafanaClient::testConnection() produces a
// GrafanaConnectionTest. Plain values, any thread. The password never goes to logs or QSettings.

#include "ApiError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

struct GrafanaConnection
{
    QUrl url;         // base URL, e.g. https://grafana.example.org or https://host/grafana/ (sub-path kept)
    QString user;     // a login with the Grafana Admin (server admin) flag
    QString password; // Basic auth; service-account tokens cannot use the Admin API

    bool isComplete() const { return url.isValid() && !url.host().isEmpty() && !user.isEmpty(); }
    bool operator==(const GrafanaConnection &) const = default;
};

struct GrafanaConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaConnectionTest)
public:
    enum class Status {
        Unreachable,      // no HTTP answer from /api/health (refused, DNS, TLS, timeout)
        NotGrafana,       // something answered, but not Grafana's /api/health or /api/user
        WrongCredentials, // /api/user said 401 (never retried: Grafana locks the login after 5 failures)
        NotServerAdmin,   // valid login without the Grafana Admin flag
        Connected,        // valid server admin; version filled unless the server hides it
    };

    Status status = Status::Unreachable;
    QString version; // from /api/health, empty when hidden (auth.anonymous hide_version)
    QString login;   // the login /api/user reported, when it answered
    ApiError error;  // what went wrong, for every status but Connected

    // One translated sentence for the user, including the lockout warning for WrongCredentials.
    QString text() const;
};

Q_DECLARE_METATYPE(GrafanaConnection)
Q_DECLARE_METATYPE(GrafanaConnectionTest)
