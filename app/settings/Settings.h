#pragma once

// The one facade over QSettings for Farsight's preferences. Every key is declared once (Settings.cpp, table
// `kKeys`) with its QSettings name and default; callers use the typed accessors below and never spell a key.
// Secrets (tokens, passwords) are NOT settings: they go through CredentialStore. Profiles' non-secret fields
// live here as one array written by ProfileStore.
// Owned by the GUI entry point (one instance for the process, reachable through Settings::instance());
// used by the main window, the tray, the preferences dialog and ProfileStore. GUI/main thread only.
// A version key lets migrate() upgrade older layouts; valueChanged() reports every effective change.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>

class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        Version,
        Language,             // "" = system locale, else "en" / "zh_CN"
        Theme,                // "system" / "light" / "dark"
        CloseToTray,          // the close button hides to the tray (when a tray exists)
        StartMinimized,
        NotificationsEnabled,
        OfflineGracePolls,    // missed polls before a server counts as offline for notifications
        FlapWindowSecs,       // a server that recovers within this window is "flapping", not re-notified
        MainWindowGeometry,
        MainWindowState,
        MainSplitterState,
        ServerHeaderState,
        SortColumn,           // -1 = the dashboard's order
        SortOrder,            // Qt::SortOrder as int
        ServerColumns,        // names of the shown table columns (ColumnChooser); unset = the default set
        CompactRows,          // the server table's compact density
        ChartWindowSecs,      // 300 / 900 / 3600
        ActiveProfileId,
        Profiles,             // array of profile maps, written by ProfileStore
        Mutes,                // MuteList::toVariant(): the global and per-server mutes with their end times
        NotificationHistory,  // list of AlertEvent::toVariant(), oldest first, at most MaxNotificationHistory
        HistoryRetentionDays, // days of 15-minute buckets the local history keeps (app/history/)
        ServerViewMode,       // "table" or "cards": how the server list is shown
        ServerGroupBy,        // bool: the server list shows tag/group headers
        KeyCount
    };
    Q_ENUM(Key)

    static constexpr int CurrentVersion = 2;
    static constexpr int MaxNotificationHistory = 200; // entries kept across restarts (the newest)

    // The process-wide instance over the default QSettings (organization/application names).
    static Settings &instance();
    // An instance over an explicit INI file (tests, --config); does not replace instance().
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value); // emits valueChanged when the value differs
    void reset(Key key);
    void sync();
    QString fileName() const;

    // Typed accessors.
    QString language() const;
    void setLanguage(const QString &code);
    QString theme() const; // "system", "light" or "dark" (anything else reads as "system")
    void setTheme(const QString &theme);
    bool closeToTray() const;
    void setCloseToTray(bool on);
    bool startMinimized() const;
    void setStartMinimized(bool on);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);
    int offlineGracePolls() const;
    void setOfflineGracePolls(int polls);
    int flapWindowSecs() const;
    void setFlapWindowSecs(int secs);
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &state);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    QByteArray serverHeaderState() const;
    void setServerHeaderState(const QByteArray &state);
    int sortColumn() const;
    void setSortColumn(int column);
    Qt::SortOrder sortOrder() const;
    void setSortOrder(Qt::SortOrder order);
    QStringList serverColumns() const;
    void setServerColumns(const QStringList &names);
    bool compactRows() const;
    void setCompactRows(bool on);
    int chartWindowSecs() const;
    void setChartWindowSecs(int secs);
    QString activeProfileId() const;
    void setActiveProfileId(const QString &id);
    QList<QVariantMap> profiles() const;
    void setProfiles(const QList<QVariantMap> &profiles);
    QVariantMap mutes() const;
    void setMutes(const QVariantMap &mutes);
    QVariantList notificationHistory() const;
    void setNotificationHistory(const QVariantList &entries); // keeps the last MaxNotificationHistory
    int historyRetentionDays() const; // 1..3650, default 90
    void setHistoryRetentionDays(int days);

signals:
    void valueChanged(Settings::Key key);

private:
    Settings();
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};
