#pragma once

// What a Nezha dashboard told us about itself: its API generation (v0 token API, v1 JWT, v2 JWT + PAT + TSDB),
// its version when it says (v1/v2 /api/v1/setting shows it to admins only), whether it keeps history (v2 TSDB).
// Filled by app/'s generation probe and drivers; shown by Test connection and the status bar. Plain value.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

enum class NezhaGeneration { Unknown, V0, V1, V2 };

struct DashboardInfo
{
    Q_DECLARE_TR_FUNCTIONS(DashboardInfo)
public:
    NezhaGeneration generation = NezhaGeneration::Unknown;
    QString version;          // e.g. "1.14.14" (no leading v); empty when the dashboard does not say
    bool tsdbEnabled = false; // v2: /api/v1/setting data.tsdb_enabled
    QString siteName;         // data.config.site_name, untrusted plain text

    // "Nezha v2 (2.3.7)", "Nezha v1", "Nezha v0"; translated.
    QString describe() const;
    bool operator==(const DashboardInfo &) const = default;
};

Q_DECLARE_METATYPE(DashboardInfo)
