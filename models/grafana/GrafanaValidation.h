#pragma once

// Client-side checks run before a create-user or change-password request is sent, so the user gets a
// precise message next to the field (and Grafana's 500-for-short-password quirk is never hit).
// Pure functions; called by ui/admin dialogs on the GUI thread. Messages are translated on call.

#include "grafana/GrafanaTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct GrafanaFieldProblem
{
    enum class Field { Name, Email, Login, Password, OrgId };
    Field field = Field::Name;
    QString message;
};

class GrafanaValidation
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaValidation)
public:
    static constexpr int MinimumPasswordLength = 4; // Grafana's own minimum (password.go)

    // Empty when the password is acceptable.
    static QString checkPassword(const QString &password);
    static QList<GrafanaFieldProblem> checkNewUser(const GrafanaNewUser &user);
};
