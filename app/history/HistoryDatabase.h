#pragma once

// The local history's SQLite file through Qt SQL (QSQLITE), used synchronously by ONE thread: the history
// writer thread (HistoryWorker), a crash-test child process, or the `traffic` subcommand (read-only). Each
// instance has its own connection name. Owns the schema (PRAGMA user_version, migrations from older versions),
// WAL with synchronous=NORMAL (a killed process loses no committed batch), one transaction per batch in which
// the raw samples, the roll-up into 1-minute and 15-minute buckets and the traffic counters are written
// together, and pruning by tier. Errors are kept as translated words in error().
//
// Tiers (defaults): raw samples 2 h, 1-minute buckets 48 h, 15-minute buckets `retentionDays` (90) days; each
// bucket holds the sample count and min/avg/max of HistorySample's metrics. Byte and count averages are
// rounded to whole numbers (SQLite then stores the REAL as a small integer), which keeps a row compact.

#include "history/HistorySample.h"
#include "history/MetricBucket.h"
#include "history/TrafficCycle.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QSqlQuery;

struct TrafficTotals
{
    qint64 cycleStart = 0; // Unix seconds
    quint64 inBytes = 0;
    quint64 outBytes = 0;
    bool operator==(const TrafficTotals &) const = default;
};
Q_DECLARE_METATYPE(TrafficTotals)

class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)
public:
    static constexpr int SchemaVersion = 2; // 1: tiers only; 2: + servers (names, first seen) and traffic
    static constexpr int RawKeepSecs = 2 * 3600;
    static constexpr int MinuteKeepSecs = 48 * 3600;
    static constexpr int DefaultRetentionDays = 90;
    enum class Tier { Raw, Minute, Quarter };
    static int tierWidthSecs(Tier tier); // 0 (a sample), 60, 900

    enum class Mode { ReadWrite, ReadOnly };
    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // path ":memory:" = a private in-memory database. Creates or migrates the schema (ReadWrite).
    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    int userVersion();

    // One transaction: raw rows, names, roll-ups up to the newest complete minute / quarter, traffic.
    bool write(const QList<HistorySample> &batch);
    // Deletes what the tiers no longer keep, relative to nowSecs; traffic cycles older than ~13 months.
    bool prune(qint64 nowSecs);
    bool clear(); // every row (the schema and settings stay)

    void setRetentionDays(int days) { m_retentionDays = qBound(1, days, 3650); }
    int retentionDays() const { return m_retentionDays; }
    bool setCycleStartDay(int day); // 1..31, kept in the file (the CLI reads it)
    int cycleStartDay() const { return m_cycleStartDay; }

    // Buckets of every metric of one server in [fromSecs, toSecs) (HistoryQuery.cpp).
    MetricBuckets query(quint64 serverId, qint64 fromSecs, qint64 toSecs, int maxBuckets);
    Tier tierFor(qint64 windowSecs, int maxBuckets) const;
    qint64 rowCount(Tier tier);
    QHash<quint64, qint64> oldestSecs();                 // per server
    QHash<quint64, QString> serverNames();
    QHash<quint64, TrafficTotals> traffic(qint64 nowSecs); // the cycle containing nowSecs
    const QHash<quint64, TrafficCycle::Counter> &counters() const { return m_counters; }

private:
    bool connectTo(const QString &path, Mode mode);
    bool exec(QSqlQuery &query, const QString &sql = {});
    bool exec(const QString &sql);
    bool createSchema();
    bool migrate(int from);
    bool loadState();
    bool writeSamples(const QList<HistorySample> &batch);
    bool writeServers(const QList<HistorySample> &batch);
    bool writeTraffic(const QList<HistorySample> &batch);
    bool rollUp(Tier tier, qint64 latestSecs);
    bool setMeta(const QString &key, qint64 value);
    qint64 meta(const QString &key, qint64 fallback);
    bool fail(const QString &what, const QString &sqlError);

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_open = false;
    int m_retentionDays = DefaultRetentionDays;
    int m_cycleStartDay = 1;
    qint64 m_rolled[3] = {0, 0, 0}; // per tier: buckets complete before this time (Minute, Quarter)
    QHash<quint64, TrafficCycle::Counter> m_counters;
    QHash<quint64, QString> m_names;
};
