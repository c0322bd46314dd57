#include "Profile.h"

#include "UrlSafety.h"

#include <QUuid>

QVariantMap Profile::toMap() const
{
    // The settings file is plain text: a user:password@ in an address never reaches it.
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("url"), UrlSafety::withoutUserInfo(url).toString()},
        {QStringLiteral("generation"), generationKey(generation)},
        {QStringLiteral("nezhaUser"), nezhaUser},
        {QStringLiteral("offlineThresholdSecs"), offlineThresholdSecs},
        {QStringLiteral("pollIntervalMs"), pollIntervalMs},
        {QStringLiteral("grafanaUrl"), UrlSafety::withoutUserInfo(grafanaUrl).toString()},
        {QStringLiteral("grafanaUser"), grafanaUser},
        {QStringLiteral("secretsInFile"), secretsInFile},
    };
}

Profile Profile::fromMap(const QVariantMap &map)
{
    Profile p;
    p.id = map.value(QStringLiteral("id")).toString();
    p.name = map.value(QStringLiteral("name")).toString();
    p.url = QUrl(map.value(QStringLiteral("url")).toString());
    p.generation = generationFromKey(map.value(QStringLiteral("generation")).toString());
    p.nezhaUser = map.value(QStringLiteral("nezhaUser")).toString();
    p.offlineThresholdSecs = qBound(5, map.value(QStringLiteral("offlineThresholdSecs"), 30).toInt(), 86400);
    p.pollIntervalMs = qBound(1000, map.value(QStringLiteral("pollIntervalMs"), 5000).toInt(), 3600 * 1000);
    p.grafanaUrl = QUrl(map.value(QStringLiteral("grafanaUrl")).toString());
    p.grafanaUser = map.value(QStringLiteral("grafanaUser")).toString();
    p.secretsInFile = map.value(QStringLiteral("secretsInFile")).toBool();
    return p;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::generationKey(DashboardConnection::Generation generation)
{
    switch (generation) {
    case DashboardConnection::Generation::V0:
        return QStringLiteral("v0");
    case DashboardConnection::Generation::V1:
        return QStringLiteral("v1");
    case DashboardConnection::Generation::V2:
        return QStringLiteral("v2");
    case DashboardConnection::Generation::Auto:
        break;
    }
    return QStringLiteral("auto");
}

DashboardConnection::Generation Profile::generationFromKey(const QString &key)
{
    if (key == QLatin1String("v0"))
        return DashboardConnection::Generation::V0;
    if (key == QLatin1String("v1"))
        return DashboardConnection::Generation::V1;
    if (key == QLatin1String("v2"))
        return DashboardConnection::Generation::V2;
    return DashboardConnection::Generation::Auto; // "auto", absent (profiles saved before v1 support), unknown
}

DashboardConnection Profile::connection(const ProfileSecrets &secrets) const
{
    DashboardConnection c;
    c.url = url;
    c.generation = generation;
    c.token = secrets.token;
    // A v0 dashboard has no logins; a profile forced to v0 never sends a password.
    if (generation != DashboardConnection::Generation::V0) {
        c.username = nezhaUser;
        c.password = secrets.nezhaPassword;
    }
    c.offlineThresholdSecs = offlineThresholdSecs;
    c.pollIntervalMs = pollIntervalMs;
    return c;
}

bool Profile::hasNezhaCredentials(const ProfileSecrets &secrets) const
{
    const DashboardConnection c = connection(secrets);
    return !c.token.isEmpty() || c.hasLogin();
}
