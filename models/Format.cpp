#include "Format.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

QString Format::bytes(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(std::min<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))),
                                       1, QLocale::DataSizeIecFormat);
}

QString Format::bytesPerSecond(quint64 bytes)
{
    //: a data rate, %1 is an amount of bytes such as "1.5 MiB"
    return tr("%1/s", "data rate").arg(Format::bytes(bytes));
}

QString Format::percent(double value, int decimals)
{
    //: %1 is a number; put the percent sign where your language does
    return tr("%1%", "percent").arg(QLocale().toString(value, 'f', decimals));
}

QString Format::load(double load)
{
    return QLocale().toString(load, 'f', 2);
}

QString Format::count(quint64 value)
{
    return QLocale().toString(value);
}

QString Format::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 days = seconds / 86400;
    const int hours = int(seconds % 86400 / 3600);
    const int minutes = int(seconds % 3600 / 60);
    const int secs = int(seconds % 60);
    // Two units at most: precise for short spans, short for long ones.
    if (days > 0) {
        const QString d = tr("%n d", "duration in days", int(std::min<qint64>(days, std::numeric_limits<int>::max())));
        return hours > 0 ? tr("%1 %2", "two duration parts").arg(d, tr("%n h", "duration in hours", hours)) : d;
    }
    if (hours > 0) {
        const QString h = tr("%n h", "duration in hours", hours);
        return minutes > 0 ? tr("%1 %2", "two duration parts").arg(h, tr("%n min", "duration in minutes", minutes)) : h;
    }
    if (minutes > 0) {
        const QString m = tr("%n min", "duration in minutes", minutes);
        return secs > 0 ? tr("%1 %2", "two duration parts").arg(m, tr("%n s", "duration in seconds", secs)) : m;
    }
    return tr("%n s", "duration in seconds", secs);
}

QString Format::ago(qint64 seconds)
{
    if (seconds < 2) // includes a slightly fast dashboard clock
        return tr("just now");
    //: %1 is a duration such as "4 min 12 s"
    return tr("%1 ago").arg(duration(seconds));
}

QString Format::dateTime(qint64 unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds), QLocale::ShortFormat);
}

QString Format::temperature(double celsius)
{
    return tr("%1 °C", "temperature").arg(QLocale().toString(celsius, 'f', 1));
}

QString Format::notAvailable()
{
    //: shown in a table cell that has no value (e.g. a server that never reported)
    return tr("–", "no value");
}
