#include "history/HistorySchema.h"

#include "history/HistorySample.h"

namespace HistorySchema {

namespace {

QString name(int metric)
{
    return QLatin1String(HistorySample::metricName(metric));
}

QString joined(const QString &pattern, const QString &separator = QStringLiteral(", "))
{
    QStringList parts;
    for (int m = 0; m < HistorySample::MetricCount; ++m)
        parts << QString(pattern).replace(QLatin1String("%m"), name(m));
    return parts.join(separator);
}

QString bucketColumns()
{
    return joined(QStringLiteral("%m_min REAL, %m_avg REAL, %m_max REAL"));
}

QString bucketTable(const QString &table)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (sid INTEGER NOT NULL, t INTEGER NOT NULL, n INTEGER "
                          "NOT NULL, %2, PRIMARY KEY (sid, t)) WITHOUT ROWID")
        .arg(table, bucketColumns());
}

QString average(int metric, const QString &expression)
{
    return isIntegral(metric) ? QStringLiteral("ROUND(%1)").arg(expression) : expression;
}

} // namespace

bool isIntegral(int metric)
{
    switch (metric) {
    case HistorySample::Memory: case HistorySample::Swap: case HistorySample::Disk: case HistorySample::NetIn:
    case HistorySample::NetOut: case HistorySample::Tcp: case HistorySample::Udp: case HistorySample::Processes:
        return true;
    default:
        return false;
    }
}

QStringList createV2()
{
    QStringList result{
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS raw (sid INTEGER NOT NULL, t INTEGER NOT NULL, %1, "
                       "PRIMARY KEY (sid, t)) WITHOUT ROWID")
            .arg(joined(QStringLiteral("%m REAL"))),
        bucketTable(QStringLiteral("b1")),
        bucketTable(QStringLiteral("b15")),
    };
    return result + migrateV1ToV2();
}

QStringList migrateV1ToV2()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS servers (sid INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "first_t INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS traffic (sid INTEGER NOT NULL, cycle INTEGER NOT NULL, "
                       "in_bytes INTEGER NOT NULL, out_bytes INTEGER NOT NULL, last_in INTEGER NOT NULL, "
                       "last_out INTEGER NOT NULL, last_t INTEGER NOT NULL, PRIMARY KEY (sid, cycle)) WITHOUT ROWID"),
    };
}

QString insertRaw()
{
    QStringList marks;
    for (int m = 0; m < HistorySample::MetricCount + 2; ++m)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT OR REPLACE INTO raw (sid, t, %1) VALUES (%2)")
        .arg(joined(QStringLiteral("%m")), marks.join(QLatin1Char(',')));
}

QString rollUpMinute()
{
    QStringList values;
    for (int m = 0; m < HistorySample::MetricCount; ++m) {
        const QString c = name(m);
        values << QStringLiteral("MIN(%1), %2, MAX(%1)").arg(c, average(m, QStringLiteral("AVG(%1)").arg(c)));
    }
    return QStringLiteral("INSERT OR REPLACE INTO b1 SELECT sid, t - t % 60, COUNT(*), %1 FROM raw "
                          "WHERE t >= :from AND t < :to GROUP BY sid, t - t % 60")
        .arg(values.join(QStringLiteral(", ")));
}

QString rollUpQuarter()
{
    QStringList values;
    for (int m = 0; m < HistorySample::MetricCount; ++m) {
        const QString c = name(m);
        // The average of averages weighted by their sample counts (buckets where the metric was missing excluded).
        const QString avg = QStringLiteral("SUM(%1_avg * n) / SUM(CASE WHEN %1_avg IS NULL THEN 0 ELSE n END)").arg(c);
        values << QStringLiteral("MIN(%1_min), %2, MAX(%1_max)").arg(c, average(m, avg));
    }
    return QStringLiteral("INSERT OR REPLACE INTO b15 SELECT sid, t - t % 900, SUM(n), %1 FROM b1 "
                          "WHERE t >= :from AND t < :to GROUP BY sid, t - t % 900")
        .arg(values.join(QStringLiteral(", ")));
}

QString selectBuckets(const QString &table)
{
    return QStringLiteral("SELECT t, n, %1 FROM %2 WHERE sid = :sid AND t >= :from AND t < :to ORDER BY t")
        .arg(joined(QStringLiteral("%m_min, %m_avg, %m_max")), table);
}

QString selectRaw()
{
    return QStringLiteral("SELECT t, %1 FROM raw WHERE sid = :sid AND t >= :from AND t < :to ORDER BY t")
        .arg(joined(QStringLiteral("%m")));
}

} // namespace HistorySchema
