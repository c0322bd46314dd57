#pragma once

// Unit formatting for everything the UI shows: bytes, rates, percentages, load, durations, "x ago", dates.
// Static, stateless, uses the default QLocale() (set by Translations on a language switch), so callers
// re-render by calling again. Used by FleetModel's DisplayRole/ToolTipRole and by ui/ labels. Any thread.

#include <QCoreApplication>
#include <QString>

class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString bytes(quint64 bytes);              // "1.5 GiB" (IEC units, locale digits)
    static QString bytesPerSecond(quint64 bytes);     // "1.5 MiB/s"
    static QString percent(double value, int decimals = 1); // "42.5%" (value already in percent)
    static QString load(double load);                 // "0.42"
    static QString count(quint64 value);              // "12,345"
    static QString duration(qint64 seconds);          // "4 min 12 s", "3 d 4 h": the two largest units
    static QString ago(qint64 seconds);               // "12 s ago", "just now"
    static QString dateTime(qint64 unixSeconds);      // short locale date and time, local time zone
    static QString temperature(double celsius);       // "48.5 °C"
    static QString notAvailable();                    // placeholder for "no value"
};
