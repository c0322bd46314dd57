#pragma once

// Pure CSV writers for File → Export and the chart's "Export data as CSV…": RFC 4180 quoting (comma, quote,
// line breaks), UTF-8, CRLF line ends, and a leading ' on text a spreadsheet would run as a formula (=, +, -, @
// that is not a number: server names are untrusted). Qt Core only; any thread.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

class QAbstractItemModel;

namespace Csv {

constexpr int MaxRows = 200000; // bound on what a server-sized table or a series union may write

QString field(const QString &text);
// ISO 8601 in UTC to the second: 2026-11-24T10:52:03Z
QString isoUtc(qint64 ms);

// The given columns of the model (in that order) with their horizontal header texts, every row's DisplayRole.
QByteArray table(const QAbstractItemModel &model, const QList<int> &columns);

struct Column
{
    QString header;        // e.g. "In (B/s)"
    QList<QPointF> points; // x = ms since the epoch, y = value; NaN = gap (empty cell)
};
// One row per distinct time of any column, oldest first: "time (UTC)", then one cell per column (empty when the
// column has no value at that time).
QByteArray series(const QList<Column> &columns);

} // namespace Csv
