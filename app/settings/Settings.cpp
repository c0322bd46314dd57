#include "Settings.h"

#include <algorithm>
#include <array>

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The single declaration of every key: name in the settings file and default value.
const std::array<KeyInfo, int(Settings::Key::KeyCount)> &keys()
{
    static const std::array<KeyInfo, int(Settings::Key::KeyCount)> table = {{
        {Settings::Key::Version, "version", 0},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::Theme, "ui/theme", QStringLiteral("system")},
        {Settings::Key::CloseToTray, "ui/closeToTray", true},
        {Settings::Key::StartMinimized, "ui/startMinimized", false},
        {Settings::Key::NotificationsEnabled, "notifications/enabled", true},
        {Settings::Key::OfflineGracePolls, "notifications/offlineGracePolls", 2},
        {Settings::Key::FlapWindowSecs, "notifications/flapWindowSecs", 300},
        {Settings::Key::MainWindowGeometry, "mainWindow/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "mainWindow/state", QByteArray()},
        {Settings::Key::MainSplitterState, "mainWindow/splitter", QByteArray()},
        {Settings::Key::ServerHeaderState, "serverList/headerState", QByteArray()},
        {Settings::Key::SortColumn, "serverList/sortColumn", -1},
        {Settings::Key::SortOrder, "serverList/sortOrder", int(Qt::AscendingOrder)},
        {Settings::Key::ServerColumns, "serverList/columns", QVariant()},
        {Settings::Key::CompactRows, "serverList/compactRows", false},
        {Settings::Key::ChartWindowSecs, "detail/chartWindowSecs", 300},
        {Settings::Key::ActiveProfileId, "profiles/active", QString()},
        {Settings::Key::Profiles, "profiles/list", QVariant()},
        {Settings::Key::Mutes, "notifications/mutes", QVariantMap()},
        {Settings::Key::NotificationHistory, "notifications/history", QVariantList()},
        {Settings::Key::HistoryRetentionDays, "history/retentionDays", 90},
        {Settings::Key::ServerViewMode, "serverList/view", QStringLiteral("table")},
        {Settings::Key::ServerGroupBy, "serverList/groupBy", false},
    }};
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    const auto &entry = keys()[size_t(key)];
    Q_ASSERT(entry.key == key);
    return entry;
}

// Profile fields kept in the array; secrets are never among them.
const char *const kProfileFields[] = {"id",          "name",       "url",         "generation",
                                      "nezhaUser",   "offlineThresholdSecs", "pollIntervalMs",
                                      "grafanaUrl",  "grafanaUser", "secretsInFile"};

} // namespace

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

void Settings::migrate()
{
    const int version = m_settings->value(keyName(Key::Version), 0).toInt();
    if (version == CurrentVersion)
        return;
    // Version 0 is "nothing written yet": there is no older layout to convert. Later versions add their
    // conversions here, one `if (version < N)` block each, in order.
    if (version == 1) {
        // Version 1 kept these under "general/", which QSettings' INI format writes as the section [%General]
        // and reads back, in the next process, as "General/...": they never survived a restart. Version 2
        // keeps them under "ui/"; whatever the old file holds is carried over.
        for (const char *name : {"language", "closeToTray", "startMinimized"}) {
            const QString from = QStringLiteral("General/") + QLatin1String(name);
            const QString to = QStringLiteral("ui/") + QLatin1String(name);
            if (m_settings->contains(from) && !m_settings->contains(to))
                m_settings->setValue(to, m_settings->value(from));
            m_settings->remove(from);
        }
    }
    m_settings->setValue(keyName(Key::Version), CurrentVersion);
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_settings->setValue(keyName(key), value);
    emit valueChanged(key);
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(keyName(key)))
        return;
    m_settings->remove(keyName(key));
    emit valueChanged(key);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::language() const { return value(Key::Language).toString(); }
void Settings::setLanguage(const QString &code) { setValue(Key::Language, code); }
QString Settings::theme() const
{
    const QString theme = value(Key::Theme).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QStringLiteral("system");
}
void Settings::setTheme(const QString &theme) { setValue(Key::Theme, theme); }
bool Settings::closeToTray() const { return value(Key::CloseToTray).toBool(); }
void Settings::setCloseToTray(bool on) { setValue(Key::CloseToTray, on); }
bool Settings::startMinimized() const { return value(Key::StartMinimized).toBool(); }
void Settings::setStartMinimized(bool on) { setValue(Key::StartMinimized, on); }
bool Settings::notificationsEnabled() const { return value(Key::NotificationsEnabled).toBool(); }
void Settings::setNotificationsEnabled(bool on) { setValue(Key::NotificationsEnabled, on); }
int Settings::offlineGracePolls() const { return qMax(0, value(Key::OfflineGracePolls).toInt()); }
void Settings::setOfflineGracePolls(int polls) { setValue(Key::OfflineGracePolls, qMax(0, polls)); }
int Settings::flapWindowSecs() const { return qMax(0, value(Key::FlapWindowSecs).toInt()); }
void Settings::setFlapWindowSecs(int secs) { setValue(Key::FlapWindowSecs, qMax(0, secs)); }
QByteArray Settings::mainWindowGeometry() const { return value(Key::MainWindowGeometry).toByteArray(); }
void Settings::setMainWindowGeometry(const QByteArray &state) { setValue(Key::MainWindowGeometry, state); }
QByteArray Settings::mainWindowState() const { return value(Key::MainWindowState).toByteArray(); }
void Settings::setMainWindowState(const QByteArray &state) { setValue(Key::MainWindowState, state); }
QByteArray Settings::mainSplitterState() const { return value(Key::MainSplitterState).toByteArray(); }
void Settings::setMainSplitterState(const QByteArray &state) { setValue(Key::MainSplitterState, state); }
QByteArray Settings::serverHeaderState() const { return value(Key::ServerHeaderState).toByteArray(); }
void Settings::setServerHeaderState(const QByteArray &state) { setValue(Key::ServerHeaderState, state); }
int Settings::sortColumn() const { return value(Key::SortColumn).toInt(); }
void Settings::setSortColumn(int column) { setValue(Key::SortColumn, column); }

Qt::SortOrder Settings::sortOrder() const
{
    return value(Key::SortOrder).toInt() == int(Qt::DescendingOrder) ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void Settings::setSortOrder(Qt::SortOrder order) { setValue(Key::SortOrder, int(order)); }
QStringList Settings::serverColumns() const { return value(Key::ServerColumns).toStringList(); }
void Settings::setServerColumns(const QStringList &names) { setValue(Key::ServerColumns, names); }
bool Settings::compactRows() const { return value(Key::CompactRows).toBool(); }
void Settings::setCompactRows(bool on) { setValue(Key::CompactRows, on); }

int Settings::chartWindowSecs() const
{
    const int secs = value(Key::ChartWindowSecs).toInt();
    // Live windows and the long ones (the detail view shows a long window it cannot serve as 1 hour).
    static constexpr int windows[] = {300, 900, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400};
    return std::find(std::begin(windows), std::end(windows), secs) != std::end(windows) ? secs : 300;
}

void Settings::setChartWindowSecs(int secs) { setValue(Key::ChartWindowSecs, secs); }
int Settings::historyRetentionDays() const { return std::clamp(value(Key::HistoryRetentionDays).toInt(), 1, 3650); }
void Settings::setHistoryRetentionDays(int days) { setValue(Key::HistoryRetentionDays, std::clamp(days, 1, 3650)); }
QString Settings::activeProfileId() const { return value(Key::ActiveProfileId).toString(); }
void Settings::setActiveProfileId(const QString &id) { setValue(Key::ActiveProfileId, id); }

QList<QVariantMap> Settings::profiles() const
{
    QList<QVariantMap> result;
    const int count = m_settings->beginReadArray(keyName(Key::Profiles));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        QVariantMap map;
        for (const char *field : kProfileFields) {
            const QString name = QString::fromLatin1(field);
            if (m_settings->contains(name))
                map.insert(name, m_settings->value(name));
        }
        result.append(map);
    }
    m_settings->endArray();
    return result;
}

void Settings::setProfiles(const QList<QVariantMap> &profiles)
{
    m_settings->remove(keyName(Key::Profiles));
    m_settings->beginWriteArray(keyName(Key::Profiles), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        for (const char *field : kProfileFields) {
            const QString name = QString::fromLatin1(field);
            if (profiles[i].contains(name))
                m_settings->setValue(name, profiles[i].value(name));
        }
    }
    m_settings->endArray();
    emit valueChanged(Key::Profiles);
}

QVariantMap Settings::mutes() const { return value(Key::Mutes).toMap(); }
void Settings::setMutes(const QVariantMap &mutes) { setValue(Key::Mutes, mutes); }

QVariantList Settings::notificationHistory() const
{
    const QVariantList entries = value(Key::NotificationHistory).toList();
    return entries.mid(std::max<qsizetype>(0, entries.size() - MaxNotificationHistory));
}

void Settings::setNotificationHistory(const QVariantList &entries)
{
    setValue(Key::NotificationHistory, entries.mid(std::max<qsizetype>(0, entries.size() - MaxNotificationHistory)));
}
