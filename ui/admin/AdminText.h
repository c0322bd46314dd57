#pragma once

// Translated wording shared by the admin pages: operation names and the one sentence an error becomes
// (status + server message + id, the lockout warning for a 401, the Enterprise hint for a 404 on
// Enterprise-only routes). Stateless; GUI thread.

#include "grafana/GrafanaClient.h"

#include <QCoreApplication>

class AdminText
{
    Q_DECLARE_TR_FUNCTIONS(AdminText)
public:
    static QString operationName(GrafanaClient::Operation op);
    // The same name with an Alt letter, for the action pages' buttons (operationName() when there is none).
    // The letters avoid the main window's and the admin tabs' own.
    static QString buttonText(GrafanaClient::Operation op);
    static QString errorText(GrafanaClient::Operation op, const ApiError &error);
    static QString lockoutWarning();
    static QString statLabel(const QString &key); // "activeUsers" -> "Active users (30 days)"; unknown keys as sent
};
