#include "nezha/GenerationProbe.h"

#include "nezha/v1/NezhaV1Codec.h"
#include "nezha/v1/V1Replies.h"
#include "net/ReplyChecks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

GenerationProbe::GenerationProbe(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    Q_ASSERT(nam);
}

NezhaGeneration GenerationProbe::fromCredentials(const DashboardConnection &connection)
{
    if (connection.isPersonalAccessToken())
        return NezhaGeneration::V2;
    if (!connection.token.isEmpty())
        return NezhaGeneration::V0;
    return NezhaGeneration::Unknown;
}

void GenerationProbe::start(const DashboardConnection &connection)
{
    cancel();
    m_connection = connection;
    m_running = true;
    static const NezhaGeneration forced[] = {NezhaGeneration::Unknown, NezhaGeneration::V0, NezhaGeneration::V1,
                                             NezhaGeneration::V2};
    if (const NezhaGeneration generation = forced[int(connection.generation)];
        generation != NezhaGeneration::Unknown) {
        DashboardInfo info;
        info.generation = generation;
        QMetaObject::invokeMethod(this, [this, info] { finish(info); }, Qt::QueuedConnection);
        return;
    }
    HttpCall *call = get(QStringLiteral("/api/v1/setting"), {}); // no auth: /setting ignores it anyway
    m_call = call;
    connect(call, &HttpCall::finished, this, &GenerationProbe::onSetting);
}

void GenerationProbe::cancel()
{
    delete m_call.data();
    m_running = false;
}

HttpCall *GenerationProbe::get(const QString &path, const QByteArray &authorization)
{
    QNetworkRequest request(ReplyChecks::joinPath(m_connection.url, path));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Farsight/" FARSIGHT_VERSION));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return HttpCall::start(m_nam, request, "GET", {}, m_timeoutMs, 1024 * 1024, this);
}

void GenerationProbe::onSetting(const HttpResult &result)
{
    const QUrl url = ReplyChecks::joinPath(m_connection.url, QStringLiteral("/api/v1/setting"));
    if (result.ok() && result.status == 404 && !result.body.trimmed().startsWith('{')) {
        // v0 has no /api/v1/setting and answers with its HTML 404 page (v1/v2 answer a JSON 404 there).
        if (fromCredentials(m_connection) == NezhaGeneration::V0) {
            confirmV0();
        } else {
            DashboardInfo info;
            info.generation = NezhaGeneration::V0;
            finish(info, credentialMismatch(NezhaGeneration::V0));
        }
        return;
    }
    ApiError error = V1Replies::check(result, url, m_failedLogins);
    NezhaV1::SettingResult setting;
    if (!error.isError()) {
        setting = NezhaV1::decodeSetting(result.body, result.status);
        error = setting.error;
    }
    if (error.isError()) {
        if (!V1Replies::isWafPage(result)
            && (error.kind == ApiError::Kind::Parse || error.kind == ApiError::Kind::Http))
            error.detail = tr("%1 does not look like a Nezha dashboard (%2)").arg(ReplyChecks::displayUrl(url),
                                                                                   error.detail);
        finish({}, error);
        return;
    }
    finish(setting.info, credentialMismatch(setting.info.generation));
}

void GenerationProbe::confirmV0()
{
    HttpCall *call = get(QStringLiteral("/api/v1/server/list"), m_connection.token.toUtf8()); // v0: raw token
    m_call = call;
    connect(call, &HttpCall::finished, this, [this](const HttpResult &result) {
        DashboardInfo info;
        info.generation = NezhaGeneration::V0;
        const QJsonObject body = QJsonDocument::fromJson(result.body).object();
        if (result.ok() && result.status == 404 && body.contains(QLatin1String("error"))) {
            // A JSON 404 here is a v1/v2 route table: the HTML 404 came from something in front of it.
            finish({}, ApiError::parse({}, tr("%1 answers neither like Nezha v0 nor like v1/v2")
                                               .arg(ReplyChecks::displayUrl(m_connection.url))));
            return;
        }
        // A "code" key confirms v0 (0 = token accepted, 403 = refused: the v0 driver reports that); anything
        // else (unreachable now) still leaves the HTML 404 on /api/v1/setting as the v0 sign.
        finish(info);
    });
}

ApiError GenerationProbe::credentialMismatch(NezhaGeneration found) const
{
    const QString where = ReplyChecks::displayUrl(m_connection.url);
    const NezhaGeneration shape = fromCredentials(m_connection);
    if (found == NezhaGeneration::V0 && shape != NezhaGeneration::V0)
        return ApiError::auth(tr("%1 is a Nezha v0 dashboard: it needs its API token (Settings > API), not a "
                                 "username and password or an nzp_ token").arg(where));
    if (found == NezhaGeneration::V1 && shape != NezhaGeneration::Unknown)
        return ApiError::auth(tr("%1 is a Nezha v1 dashboard: it has no API tokens; log in with username and "
                                 "password").arg(where));
    if (found == NezhaGeneration::V2 && shape == NezhaGeneration::V0)
        return ApiError::auth(tr("%1 is a Nezha v2 dashboard: use username and password, or a personal access "
                                 "token (nzp_...) created in the dashboard").arg(where));
    return {};
}

void GenerationProbe::finish(const DashboardInfo &info, const ApiError &error)
{
    m_running = false;
    emit finished(info, error);
}
