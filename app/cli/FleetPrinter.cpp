#include "cli/FleetPrinter.h"

#include "cli/DetailsJson.h"

#include "Format.h"
#include "ServerStateText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // East Asian wide and full-width ranges take two terminal cells.
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        if (!c.isLowSurrogate())
            width += wide ? 2 : 1;
    }
    return width;
}

QString csvCell(QString text, bool untrusted)
{
    if (untrusted && !text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\'')); // never let a spreadsheet evaluate a server name
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

QString lastActiveIso(const ServerSnapshot &s)
{
    return s.neverReported() ? QString()
                             : QDateTime::fromSecsSinceEpoch(s.lastActive, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

bool FleetPrinter::parseFormat(const QString &name, Format *format)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("table"))
        *format = Format::Table;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else if (n == QLatin1String("csv"))
        *format = Format::Csv;
    else
        return false;
    return true;
}

QString FleetPrinter::statusKey(ServerState state)
{
    switch (state) {
    case ServerState::Online: return QStringLiteral("online");
    case ServerState::Offline: return QStringLiteral("offline");
    case ServerState::NeverReported: return QStringLiteral("never-reported");
    }
    return {};
}

QString FleetPrinter::statusText(ServerState state)
{
    return ServerStateText::name(state);
}

QString FleetPrinter::sanitize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            continue;
        out += c;
    }
    return out;
}

QString FleetPrinter::render(const FleetSnapshot &snapshot, Format format, Columns columns, int thresholdSecs)
{
    const qint64 nowSecs = dashboardNowMs(snapshot) / 1000;
    const bool details = columns == Columns::Details;

    if (format == Format::Json) {
        QJsonArray array;
        for (const ServerSnapshot &s : snapshot.servers) {
            QJsonObject o{{QStringLiteral("id"), qint64(s.id)},
                          {QStringLiteral("name"), s.name},
                          {QStringLiteral("tag"), s.tag},
                          {QStringLiteral("status"), statusKey(serverStateAt(s, nowSecs, thresholdSecs))},
                          {QStringLiteral("last_active"), s.neverReported() ? QJsonValue() : QJsonValue(lastActiveIso(s))},
                          {QStringLiteral("ipv4"), s.ipv4},
                          {QStringLiteral("ipv6"), s.ipv6}};
            if (details) {
                const QJsonObject fields = DetailsJson::fields(s);
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    o.insert(it.key(), it.value());
            }
            array.append(o);
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }

    QList<QStringList> rows;
    if (format == Format::Csv) {
        QStringList header = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("tag"),
                              QStringLiteral("status"), QStringLiteral("last_active"), QStringLiteral("ip")};
        if (details)
            header << QStringLiteral("cpu") << QStringLiteral("mem_used") << QStringLiteral("mem_total")
                   << QStringLiteral("disk_used") << QStringLiteral("disk_total") << QStringLiteral("net_in_speed")
                   << QStringLiteral("net_out_speed") << QStringLiteral("load1") << QStringLiteral("uptime");
        rows << header;
    } else {
        QStringList header = {tr("ID"), tr("Name"), tr("Tag"), tr("Status"), tr("Last active"), tr("IP")};
        if (details)
            header << tr("CPU") << tr("Memory") << tr("Disk") << tr("In", "network download speed")
                   << tr("Out", "network upload speed") << tr("Load", "system load") << tr("Uptime");
        rows << header;
    }
    for (const ServerSnapshot &s : snapshot.servers) {
        const ServerState state = serverStateAt(s, nowSecs, thresholdSecs);
        QStringList row;
        if (format == Format::Csv) {
            row << QString::number(s.id) << csvCell(sanitize(s.name), true) << csvCell(sanitize(s.tag), true)
                << statusKey(state) << lastActiveIso(s) << csvCell(s.validIp, true);
            if (details)
                row << QString::number(s.status.cpu, 'f', 2) << QString::number(s.status.memUsed)
                    << QString::number(s.host.memTotal) << QString::number(s.status.diskUsed)
                    << QString::number(s.host.diskTotal) << QString::number(s.status.netInSpeed)
                    << QString::number(s.status.netOutSpeed) << QString::number(s.status.load1, 'f', 2)
                    << QString::number(s.status.uptime);
        } else {
            const QString seen = s.neverReported() ? ::Format::notAvailable() : ::Format::ago(qMax<qint64>(0, nowSecs - s.lastActive));
            row << QString::number(s.id) << sanitize(s.name) << sanitize(s.tag) << statusText(state) << seen
                << sanitize(s.validIp);
            if (details) {
                const bool has = state != ServerState::NeverReported;
                const auto pair = [has](quint64 used, quint64 total) {
                    return has && total > 0 ? ::Format::bytes(used) + QLatin1Char('/') + ::Format::bytes(total)
                                            : ::Format::notAvailable();
                };
                row << (has ? ::Format::percent(s.status.cpu) : ::Format::notAvailable())
                    << pair(s.status.memUsed, s.host.memTotal) << pair(s.status.diskUsed, s.host.diskTotal)
                    << (has ? ::Format::bytesPerSecond(s.status.netInSpeed) : ::Format::notAvailable())
                    << (has ? ::Format::bytesPerSecond(s.status.netOutSpeed) : ::Format::notAvailable())
                    << (has ? ::Format::load(s.status.load1) : ::Format::notAvailable())
                    << (has ? ::Format::duration(qint64(s.status.uptime)) : ::Format::notAvailable());
            }
        }
        rows << row;
    }

    QString out;
    if (format == Format::Csv) {
        for (const QStringList &row : std::as_const(rows))
            out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        return out;
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row.at(c)));
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += row.at(c);
            if (c + 1 < row.size())
                line += QString(widths[c] - displayWidth(row.at(c)) + 2, QLatin1Char(' '));
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}
