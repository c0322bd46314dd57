// `farsight grafana reload dashboards|datasources|plugins|notifications|alerting|ldap` and
// `farsight grafana encryption rotate-data-keys|reencrypt-data-keys|reencrypt-secrets|rollback-secrets`,
// plus the --yes rule of every group.

#include "cli/grafana/GrafanaCommands.h"

using Op = GrafanaClient::Operation;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaCli)
};

struct Action
{
    const char *group;
    const char *name;
    Op op;
};

const Action actions[] = {
    {"reload", "dashboards", Op::ReloadDashboards},
    {"reload", "datasources", Op::ReloadDatasources},
    {"reload", "plugins", Op::ReloadPlugins},
    {"reload", "notifications", Op::ReloadNotifications},
    {"reload", "alerting", Op::ReloadAlerting},
    {"reload", "ldap", Op::ReloadLdap},
    {"encryption", "rotate-data-keys", Op::RotateDataKeys},
    {"encryption", "reencrypt-data-keys", Op::ReencryptDataKeys},
    {"encryption", "reencrypt-secrets", Op::ReencryptSecrets},
    {"encryption", "rollback-secrets", Op::RollbackSecrets},
};

QStringList namesOf(const QString &group)
{
    QStringList names;
    for (const Action &a : actions) {
        if (group == QLatin1String(a.group))
            names << QLatin1String(a.name);
    }
    return names;
}

QString encryptionEffect(const QString &name)
{
    if (name == QLatin1String("rotate-data-keys"))
        return Tr::tr("rotate every data encryption key of the server (new secrets use new keys)");
    if (name == QLatin1String("reencrypt-data-keys"))
        return Tr::tr("re-encrypt every data key of the server with the current secret key");
    if (name == QLatin1String("reencrypt-secrets"))
        return Tr::tr("re-encrypt every stored secret of the server (data sources, alerting, plugins)");
    return Tr::tr("roll every stored secret of the server back to the legacy encryption");
}

} // namespace

namespace GrafanaCommands {

QString needsYes(const QStringList &w)
{
    const QString group = w.value(0), verb = w.value(1);
    if (group == QLatin1String("users") && verb == QLatin1String("delete"))
        return Tr::tr("delete user %1 and everything only they own").arg(w.value(2));
    if (group == QLatin1String("users") && verb == QLatin1String("set-password"))
        return Tr::tr("replace the password of user %1 (Grafana 12 also ends all their sessions)").arg(w.value(2));
    if (group == QLatin1String("sessions") && verb == QLatin1String("revoke"))
        return Tr::tr("end session %1 of user %2").arg(w.value(3), w.value(2));
    if (group == QLatin1String("sessions") && verb == QLatin1String("logout"))
        return Tr::tr("sign user %1 out of every device").arg(w.value(2));
    if (group == QLatin1String("encryption") && namesOf(group).contains(verb))
        return encryptionEffect(verb);
    return {};
}

int runActions(GrafanaCli &cli)
{
    const QString group = cli.words.value(0);
    const QString name = cli.words.value(1);
    if (cli.words.size() > 2)
        return cli.usage(Tr::tr("Unexpected argument \"%1\".").arg(cli.words.at(2)));
    for (const Action &a : actions) {
        if (group != QLatin1String(a.group) || name != QLatin1String(a.name))
            continue;
        const QString command = group + QLatin1Char(' ') + name;
        if (!cli.call(a.op, [&] { cli.client().runServerAction(a.op); }))
            return cli.fail(command);
        //: printed after a reload or encryption command succeeded, before the server's own message
        return cli.printAction(command, Tr::tr("Done", "command finished"));
    }
    return cli.usage(Tr::tr("Use %1 with one of: %2.").arg(group, namesOf(group).join(QStringLiteral(", "))));
}

} // namespace GrafanaCommands
