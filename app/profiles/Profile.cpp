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
