#pragma once

// The SQL text of the local history's tables, generated from HistorySample's metric list so the columns, the
// inserts and the roll-ups never disagree. Used by HistoryDatabase (any thread); pure functions.

#include <QString>
#include <QStringList>

namespace HistorySchema {

QStringList createV2();        // every CREATE TABLE of the current schema
QStringList migrateV1ToV2();   // what v1 lacks: servers and traffic
QString insertRaw();           // INSERT OR REPLACE INTO raw (...) VALUES (?, ...)
QString rollUpMinute();        // raw -> b1 for [:from, :to)
QString rollUpQuarter();       // b1 -> b15 for [:from, :to)
QString selectBuckets(const QString &table); // sid, [from, to): t, n, then min/avg/max per metric
QString selectRaw();                         // sid, [from, to): t, then the value per metric
bool isIntegral(int metric);                 // bytes and counts: averages rounded to whole numbers

} // namespace HistorySchema
