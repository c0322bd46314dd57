#include "MuteList.h"

#include <QLocale>

#include <algorithm>

MuteList::MuteList(QObject *parent)
    : MuteList([] { return QDateTime::currentDateTime(); }, parent)
{
}

MuteList::MuteList(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &MuteList::purgeExpired);
}

void MuteList::muteServer(quint64 serverId, const QDateTime &until)
{
    if (!until.isValid() || until <= m_clock())
        return unmuteServer(serverId);
    m_servers.insert(serverId, until);
    scheduleNextExpiry();
    emit changed();
}

void MuteList::unmuteServer(quint64 serverId)
{
    if (m_servers.remove(serverId) == 0)
        return;
    scheduleNextExpiry();
    emit changed();
}

void MuteList::muteAll(const QDateTime &until)
{
    if (!until.isValid() || until <= m_clock())
        return;
    m_global = until;
    scheduleNextExpiry();
    emit changed();
}

void MuteList::unmuteAll()
{
    if (isEmpty())
        return;
    m_global = {};
    m_servers.clear();
    scheduleNextExpiry();
    emit changed();
}

bool MuteList::isServerMuted(quint64 serverId) const
{
    const auto it = m_servers.constFind(serverId);
    return it != m_servers.cend() && *it > m_clock();
}

bool MuteList::isGloballyMuted() const
{
    return m_global.isValid() && m_global > m_clock();
}

QDateTime MuteList::globalMuteUntil() const
{
    return isGloballyMuted() ? m_global : QDateTime();
}

QDateTime MuteList::serverMuteUntil(quint64 serverId) const
{
    return isServerMuted(serverId) ? m_servers.value(serverId) : QDateTime();
}

QList<quint64> MuteList::mutedServers() const
{
    QList<quint64> ids;
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        if (*it > m_clock())
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool MuteList::isEmpty() const
{
    return !isGloballyMuted() && mutedServers().isEmpty();
}

QDateTime MuteList::tomorrowMorning(const QDateTime &now)
{
    return QDateTime(now.date().addDays(1), QTime(8, 0), now.timeSpec());
}

QString MuteList::tomorrowMorningTimeText()
{
    return QLocale().toString(tomorrowMorning(QDateTime::currentDateTime()).time(), QLocale::ShortFormat);
}

QVariantMap MuteList::toVariant() const
{
    QVariantMap servers;
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it)
        servers.insert(QString::number(it.key()), it->toMSecsSinceEpoch());
    QVariantMap state{{QStringLiteral("servers"), servers}};
    if (m_global.isValid())
        state.insert(QStringLiteral("all"), m_global.toMSecsSinceEpoch());
    return state;
}

void MuteList::restore(const QVariantMap &state)
{
    const QDateTime now = m_clock();
    auto endTime = [&now](const QVariant &value) {
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        const QDateTime until = ok ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
        return until.isValid() && until > now ? until : QDateTime();
    };
    m_global = endTime(state.value(QStringLiteral("all")));
    m_servers.clear();
    const QVariantMap servers = state.value(QStringLiteral("servers")).toMap();
    for (auto it = servers.cbegin(); it != servers.cend(); ++it) {
        bool ok = false;
        const quint64 id = it.key().toULongLong(&ok);
        const QDateTime until = endTime(*it);
        if (ok && until.isValid())
            m_servers.insert(id, until);
    }
    scheduleNextExpiry();
    emit changed();
}

void MuteList::purgeExpired()
{
    const QDateTime now = m_clock();
    bool removed = false;
    if (m_global.isValid() && m_global <= now) {
        m_global = {};
        removed = true;
    }
    for (auto it = m_servers.begin(); it != m_servers.end();) {
        if (*it <= now) {
            it = m_servers.erase(it);
            removed = true;
        } else {
            ++it;
        }
    }
    scheduleNextExpiry();
    if (removed)
        emit changed();
}

void MuteList::scheduleNextExpiry()
{
    QDateTime next = m_global;
    for (const QDateTime &until : std::as_const(m_servers)) {
        if (!next.isValid() || until < next)
            next = until;
    }
    if (!next.isValid()) {
        m_expiryTimer.stop();
        return;
    }
    // QTimer takes int milliseconds: cap at a day and re-check then (mutes until tomorrow fit easily).
    const qint64 ms = std::clamp<qint64>(m_clock().msecsTo(next) + 1, 0, 24LL * 3600 * 1000);
    m_expiryTimer.start(std::chrono::milliseconds(ms));
}
