// `farsight grafana health|whoami|settings|stats|usage-report`: read-only server information.

#include "cli/grafana/GrafanaCommands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using Op = GrafanaClient::Operation;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaCli)
};

QString yesNo(bool value)
{
    //: a yes/no cell in a table (e.g. "Grafana server admin: yes")
    return value ? Tr::tr("yes", "table cell") : Tr::tr("no", "table cell");
}

int health(GrafanaCli &cli)
{
    const GrafanaHealth &h = cli.health;
    //: shown instead of the version when Grafana hides it ([auth.anonymous] hide_version)
    const QString hidden = Tr::tr("(hidden)");
    const int code = h.database == QLatin1String("ok") ? GrafanaCli::Ok : GrafanaCli::Failed;
    cli.print({{Tr::tr("Field"), Tr::tr("Value")},
               {Tr::tr("Version"), h.version.isEmpty() ? hidden : h.version},
               {Tr::tr("Commit"), h.commit.isEmpty() ? hidden : h.commit},
               {Tr::tr("Database"), h.database}},
              QJsonObject{{QStringLiteral("version"), h.version}, {QStringLiteral("commit"), h.commit},
                          {QStringLiteral("database"), h.database}, {QStringLiteral("httpStatus"), cli.healthStatus}});
    return code; // 1 when Grafana says its database is failing (503)
}

int whoami(GrafanaCli &cli)
{
    if (!cli.call(Op::CurrentUser, [&] { cli.client().fetchCurrentUser(); }))
        return cli.fail(QStringLiteral("whoami"));
    const GrafanaUserProfile &p = cli.profile;
    return cli.print({{Tr::tr("Field"), Tr::tr("Value")},
                      {Tr::tr("ID"), QString::number(p.id)},
                      {Tr::tr("Login"), p.login},
                      {Tr::tr("Email"), p.email},
                      {Tr::tr("Name"), p.name},
                      {Tr::tr("Grafana server admin"), yesNo(p.isGrafanaAdmin)},
                      {Tr::tr("Server version"), cli.version().text}},
                     QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("uid"), p.uid},
                                 {QStringLiteral("login"), p.login},
                                 {QStringLiteral("email"), p.email},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("orgId"), p.orgId},
                                 {QStringLiteral("isGrafanaAdmin"), p.isGrafanaAdmin},
                                 {QStringLiteral("isDisabled"), p.isDisabled},
                                 {QStringLiteral("serverVersion"), cli.version().text}});
}

int settings(GrafanaCli &cli)
{
    if (!cli.call(Op::Settings, [&] { cli.client().fetchSettings(); }))
        return cli.fail(QStringLiteral("settings"));
    const QString section = cli.parser.value(QStringLiteral("section"));
    const QString key = cli.parser.value(QStringLiteral("key"));
    QList<QStringList> rows{{Tr::tr("Section"), Tr::tr("Key"), Tr::tr("Value")}};
    QJsonObject json;
    for (auto s = cli.settings.sections.cbegin(); s != cli.settings.sections.cend(); ++s) {
        if (!section.isEmpty() && s.key() != section)
            continue;
        QJsonObject keys;
        for (auto k = s.value().cbegin(); k != s.value().cend(); ++k) {
            if (!key.isEmpty() && k.key() != key)
                continue;
            rows.append({s.key(), k.key(), k.value()});
            keys.insert(k.key(), k.value());
        }
        if (!keys.isEmpty() || key.isEmpty())
            json.insert(s.key(), keys);
    }
    if (rows.size() == 1 && (!section.isEmpty() || !key.isEmpty()))
        return cli.failed(Tr::tr("No such setting in Grafana's answer: it does not exist, or your role may not read "
                                "it (with fine-grained access Grafana leaves out what you may not see)."));
    return cli.print(rows, QJsonObject{{QStringLiteral("settings"), json}});
}

int stats(GrafanaCli &cli)
{
    if (!cli.call(Op::Stats, [&] { cli.client().fetchStats(); }))
        return cli.fail(QStringLiteral("stats"));
    QList<QStringList> rows{{Tr::tr("Statistic"), Tr::tr("Value")}};
    QJsonObject values;
    QJsonArray missing;
    for (const GrafanaStats::Field &f : cli.stats.fields) {
        rows.append({f.key, QString::number(f.value)});
        values.insert(f.key, f.value);
    }
    // Known counters this release does not have: say so instead of leaving the reader to guess.
    for (const QString &key : GrafanaStats::knownKeys()) {
        if (!cli.stats.value(key)) {
            rows.append({key, GrafanaFeatures::notAvailableText(cli.version())});
            missing.append(key);
        }
    }
    return cli.print(rows, QJsonObject{{QStringLiteral("stats"), values}, {QStringLiteral("notAvailable"), missing}});
}

int usageReport(GrafanaCli &cli)
{
    if (!cli.call(Op::UsageReport, [&] { cli.client().fetchUsageReport(); }))
        return cli.fail(QStringLiteral("usage-report"));
    const GrafanaUsageReport &u = cli.usageReport;
    QList<QStringList> rows{{Tr::tr("Field"), Tr::tr("Value")},
                            {Tr::tr("Version"), u.displayVersion()},
                            {Tr::tr("Edition"), u.edition},
                            {Tr::tr("OS"), u.os},
                            {Tr::tr("Architecture"), u.arch},
                            {Tr::tr("Packaging"), u.packaging},
                            {Tr::tr("Usage stats ID"), u.usageStatsId},
                            {Tr::tr("Valid license"), yesNo(u.hasValidLicense)}};
    QJsonObject metrics;
    for (auto it = u.metrics.cbegin(); it != u.metrics.cend(); ++it) {
        rows.append({it.key(), QString::number(it.value(), 'g', 15)});
        metrics.insert(it.key(), it.value());
    }
    return cli.print(rows, QJsonObject{{QStringLiteral("version"), u.displayVersion()},
                                       {QStringLiteral("edition"), u.edition},
                                       {QStringLiteral("os"), u.os},
                                       {QStringLiteral("arch"), u.arch},
                                       {QStringLiteral("packaging"), u.packaging},
                                       {QStringLiteral("usageStatsId"), u.usageStatsId},
                                       {QStringLiteral("hasValidLicense"), u.hasValidLicense},
                                       {QStringLiteral("metrics"), metrics}});
}

} // namespace

namespace GrafanaCommands {

int runServer(GrafanaCli &cli)
{
    const QString command = cli.words.first();
    if (cli.words.size() > 1)
        return cli.usage(Tr::tr("Unexpected argument \"%1\" after %2.").arg(cli.words.at(1), command));
    if (command == QLatin1String("health"))
        return health(cli);
    if (command == QLatin1String("whoami"))
        return whoami(cli);
    if (command == QLatin1String("settings"))
        return settings(cli);
    if (command == QLatin1String("stats"))
        return stats(cli);
    return usageReport(cli);
}

} // namespace GrafanaCommands
