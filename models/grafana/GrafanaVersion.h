#pragma once

// Which Grafana a server runs (from /api/health's "version") and which Admin API features that release has,
// so a feature an older or newer Grafana lacks shows as "not available on Grafana X" instead of an error.
// The table follows grafana-admin.md §5.1 and tests/fixtures/grafana/README.md (read from Grafana's source
// per tag). Pure values and functions; used by app/grafana/GrafanaClient, the `farsight grafana` command
// and ui/admin, any thread.

#include "ApiError.h"

#include <QCoreApplication>
#include <QString>

struct GrafanaVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString text; // as the server sent it ("11.3.1", "12.1.0-pre", "" when hidden)

    // "11.3.1", "v10.4.2", "12.0.0-89343pre", "9.5.2+security-01". Unknown (major 0) when hidden or unreadable.
    static GrafanaVersion parse(const QString &text);
    bool isKnown() const { return major > 0; }
    bool atLeast(int maj, int min = 0, int pat = 0) const;
};

enum class GrafanaFeature {
    RotateDataKeys,        // POST /api/admin/encryption/rotate-data-keys: 9.0+
    ReencryptDataKeys,     // reencrypt-data-keys, reencrypt-secrets, rollback-secrets: 9.1+
    ReencryptSecrets,
    RollbackSecrets,
    ReloadAlerting,        // provisioning/alerting/reload: 9.1+
    ReloadNotifications,   // provisioning/notifications/reload: legacy alerting, up to 10.x
    StatsActiveDevices,    // "activeDevices" in /api/admin/stats: 10.2+
    AuthTokenModule,       // "authModule" in auth-tokens items: 11.3+
    UserUid,               // "uid" in search hits and create-user answers, UIDs in user paths: 11.4+
    LockoutMessageId,      // a locked login's 401 says messageId "login-attempt.blocked": 10.0+ (authn)
};

class GrafanaFeatures
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaFeatures)
public:
    // True when `version` has the feature, and also when the version is unknown (try it, decode what comes).
    static bool has(GrafanaFeature feature, const GrafanaVersion &version);
    // "not available on Grafana 8.5.15" (translated).
    static QString notAvailableText(const GrafanaVersion &version);

    // The error value for a call refused locally because the server's version lacks it (Kind::Api, errorId
    // NotAvailableId, no request sent), and the test for it: the pane and the CLI show it as information.
    static constexpr const char *NotAvailableId = "farsight.not-available";
    static ApiError notAvailable(const GrafanaVersion &version, int httpStatus = 0); // 0: nothing was sent
    static bool isNotAvailable(const ApiError &error);
    // A 401 Grafana marks as the brute-force lockout (10.0+: messageId "login-attempt.blocked"). Before 10.0 a
    // locked login gets the same 401 as a wrong password: no way to tell.
    static bool isLockout(const ApiError &error);
};
