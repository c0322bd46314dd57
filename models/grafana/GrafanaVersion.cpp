#include "grafana/GrafanaVersion.h"

#include <QRegularExpression>

GrafanaVersion GrafanaVersion::parse(const QString &text)
{
    GrafanaVersion v;
    v.text = text.trimmed().left(64); // server-sent: bounded
    static const QRegularExpression re(QStringLiteral("^v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,6}))?"));
    const QRegularExpressionMatch m = re.match(v.text);
    if (!m.hasMatch())
        return v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    return v;
}

bool GrafanaVersion::atLeast(int maj, int min, int pat) const
{
    if (major != maj)
        return major > maj;
    if (minor != min)
        return minor > min;
    return patch >= pat;
}

bool GrafanaFeatures::has(GrafanaFeature feature, const GrafanaVersion &v)
{
    if (!v.isKnown())
        return true;
    switch (feature) {
    case GrafanaFeature::RotateDataKeys: return v.atLeast(9, 0);
    case GrafanaFeature::ReencryptDataKeys:
    case GrafanaFeature::ReencryptSecrets:
    case GrafanaFeature::RollbackSecrets:
    case GrafanaFeature::ReloadAlerting: return v.atLeast(9, 1);
    case GrafanaFeature::ReloadNotifications: return !v.atLeast(11, 0);
    case GrafanaFeature::StatsActiveDevices: return v.atLeast(10, 2);
    case GrafanaFeature::AuthTokenModule: return v.atLeast(11, 3);
    case GrafanaFeature::UserUid: return v.atLeast(11, 4);
    case GrafanaFeature::LockoutMessageId: return v.atLeast(10, 0);
    }
    return true;
}

QString GrafanaFeatures::notAvailableText(const GrafanaVersion &version)
{
    if (version.text.isEmpty())
        return tr("not available on this Grafana server");
    //: %1 is a Grafana version such as 8.5.15
    return tr("not available on Grafana %1").arg(version.text);
}

ApiError GrafanaFeatures::notAvailable(const GrafanaVersion &version, int httpStatus)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.kind = ApiError::Kind::Api;
    e.detail = notAvailableText(version);
    e.errorId = QLatin1String(NotAvailableId);
    return e;
}

bool GrafanaFeatures::isNotAvailable(const ApiError &error)
{
    return error.kind == ApiError::Kind::Api && error.errorId == QLatin1String(NotAvailableId);
}

bool GrafanaFeatures::isLockout(const ApiError &error)
{
    return error.httpStatus == 401 && error.errorId == QLatin1String("login-attempt.blocked");
}
