#include "history/HistoryDatabase.h"

#include "history/HistorySchema.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

QAtomicInteger<quint64> connectionCounter;

QVariant bindable(float value)
{
    return std::isnan(value) ? QVariant() : QVariant(double(value));
}

} // namespace

int HistoryDatabase::tierWidthSecs(Tier tier)
{
    return tier == Tier::Raw ? 0 : tier == Tier::Minute ? 60 : 900;
}

HistoryDatabase::HistoryDatabase()
    : m_connection(QStringLiteral("farsight-history-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

bool HistoryDatabase::fail(const QString &what, const QString &sqlError)
{
    //: %1 = the database file, %2 = what failed ("could not be opened"), %3 = SQLite's reason (English)
    m_error = tr("The history database %1 %2: %3").arg(m_path, what, sqlError);
    return false;
}

bool HistoryDatabase::exec(QSqlQuery &query, const QString &sql)
{
    if (sql.isEmpty() ? query.exec() : query.exec(sql))
        return true;
    const QSqlError error = query.lastError();
    const QString reason = error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6")
                               ? tr("it is locked by another process")
                               : error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return fail(tr("could not be written or read"), reason);
}

bool HistoryDatabase::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return exec(query, sql);
}

bool HistoryDatabase::connectTo(const QString &path, Mode mode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(tr("could not be opened"), tr("Qt's SQLite driver (libqt6sql6-sqlite) is not installed"));
    db.setDatabaseName(path);
    db.setConnectOptions(mode == Mode::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return fail(tr("could not be opened"), db.lastError().databaseText());
    return true;
}

bool HistoryDatabase::open(const QString &path, Mode mode)
{
    close();
    m_path = path;
    m_error.clear();
    if (!connectTo(path, mode)) {
        close();
        return false;
    }
    m_open = true;
    const int version = userVersion();
    if (version < 0) {
        close();
        return false;
    }
    if (mode == Mode::ReadOnly) {
        if (version == 0 || version > SchemaVersion) {
            fail(tr("could not be read"), tr("it holds no Farsight history of a known version"));
            close();
            return false;
        }
    } else if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
               || !(version == 0 ? createSchema() : migrate(version))) {
        close();
        return false;
    }
    if (!loadState()) {
        close();
        return false;
    }
    return true;
}

void HistoryDatabase::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
    m_counters.clear();
    m_names.clear();
}

int HistoryDatabase::userVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!exec(query, QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool HistoryDatabase::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("could not be written or read"), db.lastError().databaseText());
    for (const QString &sql : HistorySchema::createV2()) {
        if (!exec(sql)) {
            db.rollback();
            return false;
        }
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool HistoryDatabase::migrate(int from)
{
    if (from == SchemaVersion)
        return true;
    if (from > SchemaVersion)
        return fail(tr("could not be opened"), tr("it was written by a newer Farsight (schema %1)").arg(from));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("could not be written or read"), db.lastError().databaseText());
    bool ok = true;
    if (from == 1) {
        for (const QString &sql : HistorySchema::migrateV1ToV2())
            ok = ok && exec(sql);
    }
    ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)) && db.commit();
    if (!ok)
        db.rollback();
    return ok;
}

bool HistoryDatabase::loadState()
{
    m_cycleStartDay = int(std::clamp<qint64>(meta(QStringLiteral("cycle_start_day"), 1), 1, 31));
    m_rolled[int(Tier::Minute)] = meta(QStringLiteral("rolled60"), 0);
    m_rolled[int(Tier::Quarter)] = meta(QStringLiteral("rolled900"), 0);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!exec(query, QStringLiteral("SELECT t.sid, t.cycle, t.in_bytes, t.out_bytes, t.last_in, t.last_out, t.last_t "
                                    "FROM traffic t JOIN (SELECT sid, MAX(cycle) c FROM traffic GROUP BY sid) l "
                                    "ON t.sid = l.sid AND t.cycle = l.c")))
        return false;
    while (query.next()) {
        m_counters.insert(query.value(0).toULongLong(),
                          TrafficCycle::Counter{query.value(1).toLongLong(), query.value(2).toULongLong(),
                                                query.value(3).toULongLong(), query.value(4).toULongLong(),
                                                query.value(5).toULongLong(), query.value(6).toLongLong()});
    }
    m_names = serverNames();
    return m_error.isEmpty();
}

qint64 HistoryDatabase::meta(const QString &key, qint64 fallback)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!exec(query) || !query.next())
        return fallback;
    return query.value(0).toLongLong();
}

bool HistoryDatabase::setMeta(const QString &key, qint64 value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return exec(query);
}

bool HistoryDatabase::setCycleStartDay(int day)
{
    m_cycleStartDay = qBound(1, day, 31);
    return !m_open || setMeta(QStringLiteral("cycle_start_day"), m_cycleStartDay);
}

bool HistoryDatabase::write(const QList<HistorySample> &batch)
{
    if (!m_open || batch.isEmpty())
        return m_open;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(tr("could not be written or read"), db.lastError().databaseText());
    qint64 latest = 0;
    for (const HistorySample &s : batch)
        latest = std::max(latest, s.tSecs);
    const bool ok = writeSamples(batch) && writeServers(batch) && writeTraffic(batch) && rollUp(Tier::Minute, latest)
                    && rollUp(Tier::Quarter, m_rolled[int(Tier::Minute)]);
    if (ok && db.commit())
        return true;
    if (ok)
        fail(tr("could not be written or read"), db.lastError().databaseText());
    db.rollback();
    loadState(); // the counters and roll-up marks of the rolled-back transaction are void
    return false;
}

bool HistoryDatabase::writeSamples(const QList<HistorySample> &batch)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.prepare(HistorySchema::insertRaw()))
        return exec(query);
    for (const HistorySample &s : batch) {
        query.bindValue(0, s.serverId);
        query.bindValue(1, s.tSecs);
        for (int m = 0; m < HistorySample::MetricCount; ++m)
            query.bindValue(m + 2, bindable(s.values[m]));
        if (!exec(query))
            return false;
    }
    return true;
}

bool HistoryDatabase::writeServers(const QList<HistorySample> &batch)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    for (const HistorySample &s : batch) {
        const auto known = m_names.constFind(s.serverId);
        if (known != m_names.cend() && *known == s.name)
            continue;
        // A new server is first seen now; a renamed one keeps its first time.
        query.prepare(QStringLiteral("INSERT INTO servers (sid, name, first_t) VALUES (?, ?, ?) "
                                     "ON CONFLICT(sid) DO UPDATE SET name = excluded.name"));
        query.addBindValue(s.serverId);
        query.addBindValue(s.name);
        query.addBindValue(s.tSecs);
        if (!exec(query))
            return false;
        m_names.insert(s.serverId, s.name);
    }
    return true;
}

bool HistoryDatabase::writeTraffic(const QList<HistorySample> &batch)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    bool prepared = false;
    for (const HistorySample &s : batch) {
        TrafficCycle::Counter &counter = m_counters[s.serverId];
        if (!TrafficCycle::add(&counter, s.inTransfer, s.outTransfer, s.tSecs, m_cycleStartDay))
            continue;
        if (!prepared && !query.prepare(QStringLiteral("INSERT OR REPLACE INTO traffic VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return exec(query);
        prepared = true;
        const QVariantList values{s.serverId,        counter.cycle,  counter.inBytes, counter.outBytes,
                                  counter.lastIn,    counter.lastOut, counter.lastT};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (!exec(query))
            return false;
    }
    return true;
}

bool HistoryDatabase::rollUp(Tier tier, qint64 latestSecs)
{
    const int width = tierWidthSecs(tier);
    const qint64 to = latestSecs - latestSecs % width; // buckets before the one still filling
    qint64 &from = m_rolled[int(tier)];
    if (to <= from)
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(tier == Tier::Minute ? HistorySchema::rollUpMinute() : HistorySchema::rollUpQuarter());
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (!exec(query) || !setMeta(tier == Tier::Minute ? QStringLiteral("rolled60") : QStringLiteral("rolled900"), to))
        return false;
    from = to;
    return true;
}

bool HistoryDatabase::prune(qint64 nowSecs)
{
    if (!m_open)
        return false;
    // Never drop a finer row before it went into the coarser tier.
    const qint64 rawCut = std::min(nowSecs - RawKeepSecs, m_rolled[int(Tier::Minute)]);
    const qint64 minuteCut = std::min(nowSecs - MinuteKeepSecs, m_rolled[int(Tier::Quarter)]);
    const qint64 quarterCut = nowSecs - qint64(m_retentionDays) * 86400;
    const qint64 trafficCut = nowSecs - 400LL * 86400;
    return exec(QStringLiteral("DELETE FROM raw WHERE t < %1").arg(rawCut))
           && exec(QStringLiteral("DELETE FROM b1 WHERE t < %1").arg(minuteCut))
           && exec(QStringLiteral("DELETE FROM b15 WHERE t < %1").arg(quarterCut))
           && exec(QStringLiteral("DELETE FROM traffic WHERE cycle < %1").arg(trafficCut))
           && exec(QStringLiteral("UPDATE servers SET first_t = %1 WHERE first_t < %1").arg(quarterCut));
}

bool HistoryDatabase::clear()
{
    if (!m_open)
        return false;
    const bool ok = exec(QStringLiteral("DELETE FROM raw")) && exec(QStringLiteral("DELETE FROM b1"))
                    && exec(QStringLiteral("DELETE FROM b15")) && exec(QStringLiteral("DELETE FROM traffic"))
                    && exec(QStringLiteral("DELETE FROM servers"))
                    && exec(QStringLiteral("DELETE FROM meta WHERE key IN ('rolled60', 'rolled900')"))
                    && exec(QStringLiteral("VACUUM"));
    m_counters.clear();
    m_names.clear();
    m_rolled[1] = m_rolled[2] = 0;
    return ok;
}
