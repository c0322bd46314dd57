#include "grafana/GrafanaConnection.h"

QString GrafanaConnectionTest::text() const
{
    switch (status) {
    case Status::Unreachable:
        return tr("Unreachable: %1").arg(error.text());
    case Status::NotGrafana:
        return tr("This is not a Grafana server: %1").arg(error.text());
    case Status::WrongCredentials:
        return tr("Wrong user name or password (HTTP %1). Farsight does not retry: Grafana locks an account "
                  "for 5 minutes after 5 failed sign-ins, so this account may already be locked.")
            .arg(error.httpStatus);
    case Status::NotServerAdmin:
        return tr("Signed in as %1, but this user is not a Grafana server admin.").arg(login);
    case Status::Connected:
        return version.isEmpty() ? tr("Connected (the server hides its version).")
                                 : tr("Connected to Grafana %1.").arg(version);
    }
    return {};
}
