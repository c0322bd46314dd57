// `farsight grafana users list|create|set-password|grant-admin|revoke-admin|delete`.

#include "cli/grafana/GrafanaCommands.h"

#include "Format.h"
#include "cli/ConnectionOptions.h"
#include "grafana/GrafanaValidation.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using Op = GrafanaClient::Operation;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaCli)
};

// Grafana's lastSeenAtAge is English ("3 minutes"): the table says it in the UI language from lastSeenAt instead
// (the JSON keeps both fields as sent). Grafana dates a user who never signed in 10 years back.
QString lastSeenText(const GrafanaUser &u)
{
    if (!u.lastSeenAt.isValid())
        return u.lastSeenAtAge;
    const qint64 age = qMax<qint64>(0, u.lastSeenAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (age >= qint64(9) * 365 * 86400)
        return Tr::tr("never", "user never signed in");
    return Format::ago(age);
}

QJsonObject userJson(const GrafanaUser &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("uid"), u.uid},
            {QStringLiteral("login"), u.login},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("isGrafanaAdmin"), u.isGrafanaAdmin},
            {QStringLiteral("isDisabled"), u.isDisabled},
            {QStringLiteral("lastSeenAt"), GrafanaCli::isoOrEmpty(u.lastSeenAt)},
            {QStringLiteral("lastSeenAtAge"), u.lastSeenAtAge},
            {QStringLiteral("authLabels"), QJsonArray::fromStringList(u.authLabels)}};
}

int list(GrafanaCli &cli)
{
    bool pageOk = false, perPageOk = false;
    const int page = cli.parser.value(QStringLiteral("page")).toInt(&pageOk);
    const int perPage = cli.parser.value(QStringLiteral("per-page")).toInt(&perPageOk);
    if (!pageOk || page < 1 || !perPageOk || perPage < 1 || perPage > 1000)
        return cli.usage(Tr::tr("--page needs a number from 1, --per-page one from 1 to 1000."));
    const QString query = cli.parser.value(QStringLiteral("query"));
    if (!cli.call(Op::SearchUsers, [&] { cli.client().searchUsers(query, page, perPage); }))
        return cli.fail(QStringLiteral("users list"));
    QList<QStringList> rows{{Tr::tr("ID"), Tr::tr("Login"), Tr::tr("Email"), Tr::tr("Name"),
                             Tr::tr("Server admin"), Tr::tr("Last seen")}};
    QJsonArray users;
    for (const GrafanaUser &u : cli.users.users) {
        rows.append({QString::number(u.id), u.login, u.email, u.name, u.isGrafanaAdmin ? Tr::tr("yes", "table cell") : Tr::tr("no", "table cell"),
                     lastSeenText(u)});
        users.append(userJson(u));
    }
    return cli.print(rows, QJsonObject{{QStringLiteral("totalCount"), cli.users.totalCount},
                                       {QStringLiteral("page"), cli.users.page},
                                       {QStringLiteral("perPage"), cli.users.perPage},
                                       {QStringLiteral("users"), users}});
}

// The new password: the last --password-file (the admin's is the first, or FARSIGHT_GRAFANA_PASSWORD).
bool newPassword(GrafanaCli &cli, QString *password, int *code)
{
    const QStringList files = cli.parser.values(QStringLiteral("password-file"));
    if (files.isEmpty()) {
        *code = cli.usage(Tr::tr("Give the new password in a file with --password-file FILE (never on the command "
                                 "line)."));
        return false;
    }
    QString error;
    *password = ConnectionOptions::readPassword(files.last(), &error);
    if (error.isEmpty())
        error = GrafanaValidation::checkPassword(*password);
    if (!error.isEmpty())
        *code = cli.usage(error);
    return error.isEmpty();
}

int create(GrafanaCli &cli)
{
    GrafanaNewUser user;
    user.login = cli.parser.value(QStringLiteral("login")).trimmed();
    user.email = cli.parser.value(QStringLiteral("email")).trimmed();
    user.name = cli.parser.value(QStringLiteral("name")).trimmed();
    int code = 0;
    if (!newPassword(cli, &user.password, &code))
        return code;
    const QList<GrafanaFieldProblem> problems = GrafanaValidation::checkNewUser(user);
    if (!problems.isEmpty())
        return cli.usage(problems.first().message);
    if (!cli.call(Op::CreateUser, [&] { cli.client().createUser(user); }))
        return cli.fail(QStringLiteral("users create"));
    const GrafanaCreatedUser &c = cli.created;
    return cli.print({{Tr::tr("Field"), Tr::tr("Value")},
                      {Tr::tr("ID"), QString::number(c.id)},
                      {Tr::tr("UID"), c.uid.isEmpty() ? GrafanaFeatures::notAvailableText(cli.version()) : c.uid},
                      {Tr::tr("Message"), c.message}},
                     QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("uid"), c.uid},
                                 {QStringLiteral("message"), c.message}});
}

int setPassword(GrafanaCli &cli, qint64 id)
{
    QString password;
    int code = 0;
    if (!newPassword(cli, &password, &code))
        return code;
    if (!cli.call(Op::ChangePassword, [&] { cli.client().changePassword(id, password); }))
        return cli.fail(QStringLiteral("users set-password"));
    return cli.printAction(QStringLiteral("users set-password"), Tr::tr("Password of user %1 changed").arg(id));
}

int setAdmin(GrafanaCli &cli, qint64 id, bool admin)
{
    if (!cli.call(Op::SetGrafanaAdmin, [&] { cli.client().setGrafanaAdmin(id, admin); }))
        return cli.fail(admin ? QStringLiteral("users grant-admin") : QStringLiteral("users revoke-admin"));
    return cli.printAction(admin ? QStringLiteral("users grant-admin") : QStringLiteral("users revoke-admin"),
                           admin ? Tr::tr("User %1 is now a Grafana server admin").arg(id)
                                 : Tr::tr("User %1 is no longer a Grafana server admin").arg(id));
}

int remove(GrafanaCli &cli, qint64 id)
{
    if (!cli.call(Op::DeleteUser, [&] { cli.client().deleteUser(id); }))
        return cli.fail(QStringLiteral("users delete"));
    return cli.printAction(QStringLiteral("users delete"), Tr::tr("User %1 deleted").arg(id));
}

} // namespace

namespace GrafanaCommands {

int runUsers(GrafanaCli &cli)
{
    const QString verb = cli.words.value(1);
    const int expected = verb == QLatin1String("list") || verb == QLatin1String("create") ? 2 : 3;
    if (cli.words.size() > expected)
        return cli.usage(Tr::tr("Unexpected argument \"%1\".").arg(cli.words.at(expected)));
    if (verb == QLatin1String("list"))
        return list(cli);
    if (verb == QLatin1String("create"))
        return create(cli);
    const QStringList withId = {QStringLiteral("set-password"), QStringLiteral("grant-admin"),
                                QStringLiteral("revoke-admin"), QStringLiteral("delete")};
    if (!withId.contains(verb))
        return cli.usage(Tr::tr("Use users list, create, set-password ID, grant-admin ID, revoke-admin ID or "
                                "delete ID."));
    const std::optional<qint64> id = cli.idAt(2, QStringLiteral("USER_ID"));
    if (!id)
        return GrafanaCli::Usage;
    if (verb == QLatin1String("set-password"))
        return setPassword(cli, *id);
    if (verb == QLatin1String("delete"))
        return remove(cli, *id);
    return setAdmin(cli, *id, verb == QLatin1String("grant-admin"));
}

} // namespace GrafanaCommands
