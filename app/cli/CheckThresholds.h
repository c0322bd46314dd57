#pragma once

// The thresholds of `farsight check`, in the Monitoring Plugins range syntax
// (https://www.monitoring-plugins.org/doc/guidelines.html#THRESHOLDFORMAT): "80" alerts outside 0..80,
// "10:" below 10, "~:80" above 80, "10:20" outside 10..20, "@10:20" inside 10..20. A threshold set names a range
// per metric: "cpu=80,mem=90,disk=90,offline=0". Pure values and parsing; used by CheckCommand and its tests;
// any thread.

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

struct CheckRange
{
    double start = 0;
    double end = 0;
    bool startInfinite = false; // "~:"
    bool endInfinite = false;   // "10:"
    bool inside = false;        // "@": alert inside the range instead of outside
    QString text;               // as typed, for the perfdata

    bool alerts(double value) const;
    static std::optional<CheckRange> parse(const QString &text);
};

class CheckThresholds
{
public:
    static QStringList metrics(); // "cpu", "mem", "disk", "offline"

    // Parses "cpu=80,mem=90:95"; an empty text is an empty set. Returns false with *error (translated) when a
    // metric is unknown or repeated or a range is malformed.
    bool parse(const QString &text, QString *error);

    const CheckRange *range(const QString &metric) const; // nullptr when not set
    QString text(const QString &metric) const;            // the range as typed, empty when not set

private:
    QMap<QString, CheckRange> m_ranges;
};
