#include "export/Csv.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace Csv {

namespace {

void appendRow(QByteArray *out, const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(cells.at(i));
    }
    *out += line.toUtf8();
    *out += "\r\n";
}

QString number(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 12) : QString();
}

} // namespace

QString field(const QString &text)
{
    QString value = text;
    bool isNumber = false;
    value.toDouble(&isNumber);
    if (!value.isEmpty() && !isNumber && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QByteArray table(const QAbstractItemModel &model, const QList<int> &columns)
{
    QByteArray out;
    QStringList cells;
    for (int column : columns)
        cells.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    appendRow(&out, cells);
    const int rows = std::min(model.rowCount(), MaxRows);
    for (int row = 0; row < rows; ++row) {
        cells.clear();
        for (int column : columns)
            cells.append(model.index(row, column).data(Qt::DisplayRole).toString());
        appendRow(&out, cells);
    }
    return out;
}

QByteArray series(const QList<Column> &columns)
{
    QList<qint64> times;
    for (const Column &column : columns)
        for (const QPointF &p : column.points)
            times.append(qint64(p.x()));
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    if (times.size() > MaxRows)
        times.remove(0, times.size() - MaxRows); // keep the newest

    QByteArray out;
    QStringList cells = {QStringLiteral("time (UTC)")};
    for (const Column &column : columns)
        cells.append(column.header);
    appendRow(&out, cells);
    QList<qsizetype> next(columns.size(), 0);
    for (qint64 t : std::as_const(times)) {
        cells = {isoUtc(t)};
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QList<QPointF> &points = columns.at(c).points;
            qsizetype &i = next[c];
            while (i < points.size() && qint64(points.at(i).x()) < t)
                ++i;
            cells.append(i < points.size() && qint64(points.at(i).x()) == t ? number(points.at(i).y()) : QString());
        }
        appendRow(&out, cells);
    }
    return out;
}

} // namespace Csv
