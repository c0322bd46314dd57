#pragma once

// Value types for Grafana's Admin API (settings, stats, users, sessions, health), independent of the
// Grafana version (8.x to 12.x shapes decode into the same values; optional fields stay empty).
// Produced by the pure decoders in GrafanaDecoders.h, carried by app/grafana/GrafanaClient, shown by ui/admin.
// Plain values: copyable, no QObject, usable from any thread.

#include "ApiError.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// A decoder's answer: a value, or an error (Parse) saying what was wrong with the body.
template <typename T>
struct GrafanaDecoded
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// GET /api/admin/settings: section -> key -> value, all strings. QMap keeps sections and keys sorted.
struct GrafanaSettings
{
    QMap<QString, QMap<QString, QString>> sections;

    // "*********" (9 asterisks today, 12 in old docs) or a URL whose password was replaced by "xxxxx".
    static bool isRedacted(const QString &value);
    bool operator==(const GrafanaSettings &) const = default;
};

// PUT /api/admin/settings (Enterprise): updates and removals, only section auth.saml is accepted by Grafana.
struct GrafanaSettingsUpdate
{
    QMap<QString, QMap<QString, QString>> updates;
    QMap<QString, QStringList> removals;
    bool isEmpty() const { return updates.isEmpty() && removals.isEmpty(); }
};

// GET /api/admin/stats: an open set of counters. Known keys come first in Grafana's order; fields an
// older server lacks are simply absent, fields a newer one adds are kept after them (sorted).
struct GrafanaStats
{
    struct Field
    {
        QString key;
        qint64 value = 0;
        bool operator==(const Field &) const = default;
    };
    QList<Field> fields;

    std::optional<qint64> value(const QString &key) const;
    static QStringList knownKeys(); // the 24 fields of current Grafana, in its order
    bool operator==(const GrafanaStats &) const = default;
};

// GET /api/admin/usage-report-preview.
struct GrafanaUsageReport
{
    QString version; // as sent ("11_3_1"); displayVersion() turns it into "11.3.1"
    QString os;
    QString arch;
    QString edition;
    QString packaging;
    QString usageStatsId;
    bool hasValidLicense = false;
    QMap<QString, double> metrics;

    QString displayVersion() const;
};

// One hit of GET /api/users/search (and GET /api/users).
struct GrafanaUser
{
    qint64 id = 0;
    QString uid; // >= 11.4, empty before
    QString name;
    QString login;
    QString email;
    bool isGrafanaAdmin = false; // "isAdmin" in search hits
    bool isDisabled = false;
    QDateTime lastSeenAt;
    QString lastSeenAtAge; // humanised by the server ("3 minutes", "10 years" for never)
    QStringList authLabels;

    // Best human name for confirmations: "Dana Ortiz (dortiz)", or the login alone.
    QString displayName() const;
    bool operator==(const GrafanaUser &) const = default;
};

// GET /api/users/search: one page.
struct GrafanaUserPage
{
    qint64 totalCount = 0;
    int page = 1;
    int perPage = 0;
    QList<GrafanaUser> users;
};

// GET /api/user (the caller) and GET /api/users/:id.
struct GrafanaUserProfile
{
    qint64 id = 0;
    QString uid;
    QString login;
    QString email;
    QString name;
    qint64 orgId = 0;
    bool isGrafanaAdmin = false;
    bool isDisabled = false;
    bool isExternal = false;
    QStringList authLabels;
};

// One session of GET /api/admin/users/:id/auth-tokens (8.x lacks authModule).
struct GrafanaAuthToken
{
    qint64 id = 0;
    bool isActive = false;
    QString clientIp;
    QString device;
    QString os;
    QString osVersion;
    QString browser;
    QString browserVersion;
    QString authModule;
    QDateTime createdAt; // keeps the server's UTC offset
    QDateTime seenAt;
    bool operator==(const GrafanaAuthToken &) const = default;
};

// GET /api/health.
struct GrafanaHealth
{
    QString version; // empty when the server hides it
    QString commit;
    QString database; // "ok" or "failing"
};

// POST /api/admin/users answer.
struct GrafanaCreatedUser
{
    qint64 id = 0;
    QString uid; // >= 11.4
    QString message;
};

// POST /api/admin/users body. orgId 0 means "not sent".
struct GrafanaNewUser
{
    QString name;
    QString email;
    QString login;
    QString password;
    qint64 orgId = 0;
};

Q_DECLARE_METATYPE(GrafanaSettings)
Q_DECLARE_METATYPE(GrafanaStats)
Q_DECLARE_METATYPE(GrafanaUsageReport)
Q_DECLARE_METATYPE(GrafanaUser)
Q_DECLARE_METATYPE(GrafanaUserPage)
Q_DECLARE_METATYPE(GrafanaUserProfile)
Q_DECLARE_METATYPE(GrafanaAuthToken)
Q_DECLARE_METATYPE(GrafanaHealth)
Q_DECLARE_METATYPE(GrafanaCreatedUser)
