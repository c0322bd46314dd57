#include "cli/CheckThresholds.h"

#include "cli/CommandLine.h"

#include <cmath>

namespace {

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

bool CheckRange::alerts(double value) const
{
    const bool within = (startInfinite || value >= start) && (endInfinite || value <= end);
    return inside ? within : !within;
}

std::optional<CheckRange> CheckRange::parse(const QString &typed)
{
    CheckRange range;
    range.text = typed.trimmed();
    QString body = range.text;
    if (body.startsWith(QLatin1Char('@'))) {
        range.inside = true;
        body.remove(0, 1);
    }
    if (body.isEmpty() || body.size() > 64)
        return std::nullopt;
    const qsizetype colon = body.indexOf(QLatin1Char(':'));
    const QString startText = colon < 0 ? QString() : body.left(colon);
    const QString endText = colon < 0 ? body : body.mid(colon + 1);
    if (startText.isEmpty() && endText.isEmpty())
        return std::nullopt; // ":" bounds nothing
    if (startText == QLatin1String("~")) {
        range.startInfinite = true;
    } else if (!startText.isEmpty()) {
        const auto start = number(startText);
        if (!start)
            return std::nullopt;
        range.start = *start;
    }
    if (endText.isEmpty()) {
        if (colon < 0)
            return std::nullopt;
        range.endInfinite = true;
    } else {
        const auto end = number(endText);
        if (!end)
            return std::nullopt;
        range.end = *end;
    }
    if (!range.startInfinite && !range.endInfinite && range.start > range.end)
        return std::nullopt;
    return range;
}

QStringList CheckThresholds::metrics()
{
    return {QStringLiteral("cpu"), QStringLiteral("mem"), QStringLiteral("disk"), QStringLiteral("offline")};
}

bool CheckThresholds::parse(const QString &text, QString *error)
{
    m_ranges.clear();
    if (text.trimmed().isEmpty())
        return true;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString metric = item.left(equals).trimmed().toLower();
        if (equals < 0 || !metrics().contains(metric)) {
            *error = CommandLine::tr("Unknown threshold \"%1\"; use %2, e.g. cpu=80,offline=0.")
                         .arg(item.trimmed(), metrics().join(QStringLiteral(", ")));
            return false;
        }
        if (m_ranges.contains(metric)) {
            *error = CommandLine::tr("The threshold for %1 is given twice.").arg(metric);
            return false;
        }
        const auto range = CheckRange::parse(item.mid(equals + 1));
        if (!range) {
            *error = CommandLine::tr("Invalid range \"%1\" for %2; use e.g. 80, 10:, ~:80, 10:20 or @10:20.")
                         .arg(item.mid(equals + 1).trimmed(), metric);
            return false;
        }
        m_ranges.insert(metric, *range);
    }
    return true;
}

const CheckRange *CheckThresholds::range(const QString &metric) const
{
    const auto it = m_ranges.constFind(metric);
    return it == m_ranges.cend() ? nullptr : &*it;
}

QString CheckThresholds::text(const QString &metric) const
{
    const CheckRange *r = range(metric);
    return r ? r->text : QString();
}
