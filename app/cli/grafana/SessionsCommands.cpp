// `farsight grafana sessions list USER_ID | revoke USER_ID TOKEN_ID | logout USER_ID`.

#include "cli/grafana/GrafanaCommands.h"

#include <QJsonArray>
#include <QJsonObject>

using Op = GrafanaClient::Operation;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaCli)
};

int list(GrafanaCli &cli, qint64 userId)
{
    if (!cli.call(Op::AuthTokens, [&] { cli.client().fetchAuthTokens(userId); }))
        return cli.fail(QStringLiteral("sessions list"));
    // authModule arrived in 11.3: older servers show that instead of an empty column.
    const bool hasModule = GrafanaFeatures::has(GrafanaFeature::AuthTokenModule, cli.version());
    const QString noModule = GrafanaFeatures::notAvailableText(cli.version());
    QList<QStringList> rows{{Tr::tr("ID"), Tr::tr("Created"), Tr::tr("Last seen"), Tr::tr("IP address"),
                             Tr::tr("Browser"), Tr::tr("OS"), Tr::tr("Device"), Tr::tr("Sign-in method")}};
    QJsonArray tokens;
    for (const GrafanaAuthToken &t : cli.tokens) {
        rows.append({QString::number(t.id), GrafanaCli::isoOrEmpty(t.createdAt), GrafanaCli::isoOrEmpty(t.seenAt),
                     t.clientIp, QStringLiteral("%1 %2").arg(t.browser, t.browserVersion).trimmed(),
                     QStringLiteral("%1 %2").arg(t.os, t.osVersion).trimmed(), t.device,
                     hasModule ? t.authModule : noModule});
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("isActive"), t.isActive},
                      {QStringLiteral("clientIp"), t.clientIp},
                      {QStringLiteral("browser"), t.browser},
                      {QStringLiteral("browserVersion"), t.browserVersion},
                      {QStringLiteral("os"), t.os},
                      {QStringLiteral("osVersion"), t.osVersion},
                      {QStringLiteral("device"), t.device},
                      {QStringLiteral("createdAt"), GrafanaCli::isoOrEmpty(t.createdAt)},
                      {QStringLiteral("seenAt"), GrafanaCli::isoOrEmpty(t.seenAt)}};
        // null when the release has no such field, a string (maybe empty) when it has
        o.insert(QStringLiteral("authModule"), hasModule ? QJsonValue(t.authModule) : QJsonValue());
        tokens.append(o);
    }
    return cli.print(rows, QJsonObject{{QStringLiteral("userId"), userId}, {QStringLiteral("sessions"), tokens}});
}

} // namespace

namespace GrafanaCommands {

int runSessions(GrafanaCli &cli)
{
    const QString verb = cli.words.value(1);
    const int expected = verb == QLatin1String("revoke") ? 4 : 3;
    if (verb != QLatin1String("list") && verb != QLatin1String("revoke") && verb != QLatin1String("logout"))
        return cli.usage(Tr::tr("Use sessions list USER_ID, revoke USER_ID TOKEN_ID or logout USER_ID."));
    if (cli.words.size() > expected)
        return cli.usage(Tr::tr("Unexpected argument \"%1\".").arg(cli.words.at(expected)));
    const std::optional<qint64> userId = cli.idAt(2, QStringLiteral("USER_ID"));
    if (!userId)
        return GrafanaCli::Usage;
    if (verb == QLatin1String("list"))
        return list(cli, *userId);
    if (verb == QLatin1String("logout")) {
        if (!cli.call(Op::LogoutUser, [&] { cli.client().logoutUser(*userId); }))
            return cli.fail(QStringLiteral("sessions logout"));
        return cli.printAction(QStringLiteral("sessions logout"),
                               Tr::tr("User %1 signed out everywhere").arg(*userId));
    }
    const std::optional<qint64> tokenId = cli.idAt(3, QStringLiteral("TOKEN_ID"));
    if (!tokenId)
        return GrafanaCli::Usage;
    if (!cli.call(Op::RevokeAuthToken, [&] { cli.client().revokeAuthToken(*userId, *tokenId); }))
        return cli.fail(QStringLiteral("sessions revoke"));
    return cli.printAction(QStringLiteral("sessions revoke"),
                           Tr::tr("Session %1 of user %2 revoked").arg(QString::number(*tokenId),
                                                                       QString::number(*userId)));
}

} // namespace GrafanaCommands
