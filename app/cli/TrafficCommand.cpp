#include "cli/TrafficCommand.h"

#include "Format.h"
#include "cli/CommandLine.h"
#include "history/HistoryDatabase.h"
#include "history/LocalHistory.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

namespace {

struct Store
{
    QString path;
    QString label; // the profile's name or the URL, for messages
    QString error; // translated usage problem
};

Store findStore(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("url"))) {
        const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
        if (!url.isValid() || url.host().isEmpty())
            return {{}, {}, CommandLine::tr("--url: \"%1\" is not a dashboard address.").arg(parser.value(QStringLiteral("url")))};
        return {LocalHistory::pathForUrl(url), url.toString(), {}};
    }
    const QString wanted = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                   : Settings::instance().activeProfileId();
    for (const QVariantMap &map : Settings::instance().profiles()) {
        const QString id = map.value(QStringLiteral("id")).toString();
        const QString name = map.value(QStringLiteral("name")).toString();
        if (!wanted.isEmpty() && (id == wanted || name == wanted))
            return {LocalHistory::pathForProfile(id), name.isEmpty() ? id : name, {}};
    }
    if (wanted.isEmpty())
        return {{}, {}, CommandLine::tr("No profile is active: name one with --profile, or give --url.")};
    return {{}, {}, CommandLine::tr("No profile is named \"%1\".").arg(wanted)};
}

QString table(const QHash<quint64, TrafficTotals> &traffic, const QHash<quint64, QString> &names, qint64 cycle)
{
    QList<quint64> ids = traffic.keys();
    std::sort(ids.begin(), ids.end());
    const QString since = QDateTime::fromSecsSinceEpoch(cycle, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
    QString text;
    QTextStream out(&text);
    //: %1 = the date the billing cycle started (UTC), e.g. 2026-11-01
    out << CommandLine::tr("Traffic this billing cycle (since %1, UTC)").arg(since) << '\n';
    int width = 4;
    for (quint64 id : ids)
        width = std::max(width, int(names.value(id).size()));
    out << qSetFieldWidth(8) << Qt::left << CommandLine::tr("ID") << qSetFieldWidth(width + 2)
        << CommandLine::tr("Name") << qSetFieldWidth(14) << CommandLine::tr("In", "traffic received")
        << CommandLine::tr("Out", "traffic sent") << qSetFieldWidth(0) << '\n';
    quint64 in = 0, outBytes = 0;
    for (quint64 id : ids) {
        const TrafficTotals &t = traffic[id];
        in += t.inBytes;
        outBytes += t.outBytes;
        out << qSetFieldWidth(8) << QString::number(id) << qSetFieldWidth(width + 2) << names.value(id)
            << qSetFieldWidth(14) << Format::bytes(t.inBytes) << Format::bytes(t.outBytes) << qSetFieldWidth(0) << '\n';
    }
    out << qSetFieldWidth(8) << QString() << qSetFieldWidth(width + 2) << CommandLine::tr("Total")
        << qSetFieldWidth(14) << Format::bytes(in) << Format::bytes(outBytes) << qSetFieldWidth(0) << '\n';
    return text;
}

QByteArray json(const QHash<quint64, TrafficTotals> &traffic, const QHash<quint64, QString> &names, qint64 cycle,
                int startDay)
{
    QList<quint64> ids = traffic.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray servers;
    for (quint64 id : ids) {
        servers.append(QJsonObject{{QStringLiteral("id"), qint64(id)},
                                   {QStringLiteral("name"), names.value(id)},
                                   {QStringLiteral("in_bytes"), qint64(traffic[id].inBytes)},
                                   {QStringLiteral("out_bytes"), qint64(traffic[id].outBytes)}});
    }
    const QJsonObject root{
        {QStringLiteral("cycle_start"), QDateTime::fromSecsSinceEpoch(cycle, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("cycle_start_day"), startDay},
        {QStringLiteral("servers"), servers}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

namespace TrafficCommand {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("profile"), CommandLine::tr("traffic: the profile (name or id) whose history to read; "
                                                    "default the active one."),
         CommandLine::tr("name")},
        {QStringLiteral("month"), CommandLine::tr("traffic: the current billing cycle (the default and only period).")},
        {QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv (default table)."),
         CommandLine::tr("format"), QStringLiteral("table")},
    };
}

int run(const QCommandLineParser &parser)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Farsight")); // the GUI's data folder
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return CommandLine::fail(CommandLine::UsageError,
                                 CommandLine::tr("traffic: unknown format \"%1\"; use table or json.").arg(format));
    const Store store = findStore(parser);
    if (!store.error.isEmpty())
        return CommandLine::fail(CommandLine::UsageError, store.error);
    if (!QFileInfo::exists(store.path))
        //: %1 = profile name or dashboard address, %2 = the file looked for
        return CommandLine::fail(CommandLine::Failed,
                                 CommandLine::tr("No local history for %1 yet (looked for %2); the window keeps it "
                                                 "while it watches the dashboard.")
                                     .arg(store.label, store.path));
    HistoryDatabase db;
    if (!db.open(store.path, HistoryDatabase::Mode::ReadOnly))
        return CommandLine::fail(CommandLine::Failed, db.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QHash<quint64, TrafficTotals> traffic = db.traffic(now);
    if (!db.error().isEmpty())
        return CommandLine::fail(CommandLine::Failed, db.error());
    const qint64 cycle = TrafficCycle::cycleStart(now, db.cycleStartDay());
    QTextStream out(stdout);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(json(traffic, db.serverNames(), cycle, db.cycleStartDay()));
    else
        out << table(traffic, db.serverNames(), cycle);
    return CommandLine::Success;
}

} // namespace TrafficCommand
