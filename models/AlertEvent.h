#pragma once

// One announcement decided by OfflinePolicy: a server went offline or came back, or the dashboard itself became
// unreachable, rejected the token or recovered. Plain value, any thread. OfflinePolicy creates them, the
// notifier (app/notify), the history model and the tray consume them. text() renders the event in the current
// UI language on demand, so stored history re-renders after a language switch.

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

struct AlertEvent
{
    Q_DECLARE_TR_FUNCTIONS(AlertEvent)
public:
    enum class Kind {
        ServerOffline,        // durationSecs = seconds since the server's last report when announced
        ServerOnline,         // durationSecs = length of the outage (gap between reports, dashboard clock)
        DashboardUnreachable, // detail = the error sentence
        TokenRejected,        // detail = the error sentence
        DashboardRecovered,   // durationSecs = how long the dashboard could not be used
    };

    Kind kind = Kind::ServerOffline;
    quint64 serverId = 0; // 0 for dashboard events
    QString serverName;   // empty for dashboard events
    qint64 atMs = 0;      // local clock (the policy's injected clock) when the event was decided
    qint64 durationSecs = 0;
    QString detail;

    bool isServerEvent() const { return kind == Kind::ServerOffline || kind == Kind::ServerOnline; }
    bool isProblem() const { return kind != Kind::ServerOnline && kind != Kind::DashboardRecovered; }

    QString text() const;      // one sentence: "web-1 is back online after 4 min 12 s"
    QString detailText() const; // a notification body line: "web-1: no report for 42 s"
    QString kindText() const;  // short label for the history: "Offline", "Back online", ...
    static QString durationText(qint64 secs); // "4 min 12 s" in the current locale

    // The persisted form (notification history in Settings). fromVariant() returns nullopt for an entry it
    // cannot read (unknown kind, missing time), so a damaged settings file drops entries instead of inventing them.
    QVariantMap toVariant() const;
    static std::optional<AlertEvent> fromVariant(const QVariant &value);

    bool operator==(const AlertEvent &) const = default;
};

Q_DECLARE_METATYPE(AlertEvent)
