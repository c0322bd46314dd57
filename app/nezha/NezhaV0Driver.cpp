#include "nezha/NezhaV0Driver.h"

#include "net/ReplyChecks.h"
#include "nezha/BackgroundDecode.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

NezhaV0Driver::NezhaV0Driver(QNetworkAccessManager *nam, QObject *parent) : DashboardDriver(parent), m_nam(nam)
{
    Q_ASSERT(nam);
}

void NezhaV0Driver::setConnection(const DashboardConnection &connection)
{
    if (!m_connection.sameCredentials(connection))
        cancelAll(); // answers for the old dashboard must not land in the new one's model
    m_connection = connection;
}

QUrl NezhaV0Driver::listUrl(const QString &tag) const
{
    QUrl url = ReplyChecks::joinPath(m_connection.url, QStringLiteral("/api/v1/server/list"));
    if (!tag.isEmpty())
        url.setQuery(QUrlQuery({{QStringLiteral("tag"), tag}}));
    return url;
}

QUrl NezhaV0Driver::detailsUrl(const DetailsQuery &query) const
{
    QUrl url = ReplyChecks::joinPath(m_connection.url, QStringLiteral("/api/v1/server/details"));
    QUrlQuery q;
    if (!query.tag().isEmpty()) {
        q.addQueryItem(QStringLiteral("tag"), query.tag());
    } else if (!query.ids().isEmpty()) {
        QStringList ids;
        for (quint64 id : query.ids())
            ids << QString::number(id);
        q.addQueryItem(QStringLiteral("id"), ids.join(QLatin1Char(',')));
    }
    if (!q.isEmpty())
        url.setQuery(q);
    return url;
}

HttpCall *NezhaV0Driver::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_connection.token.toUtf8()); // v0: raw token, no "Bearer "
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Farsight/" FARSIGHT_VERSION));
    return HttpCall::start(m_nam, request, "GET", {}, m_timeoutMs, m_maxBytes, this);
}

bool NezhaV0Driver::fetchServerList(const QString &tag)
{
    if (m_list)
        return false;
    HttpCall *call = send(listUrl(tag));
    m_list = call;
    connect(call, &HttpCall::finished, this, [this, call](const HttpResult &result) {
        if (m_list == call)
            m_list.clear();
        onFinished(Endpoint::ServerList, result, false);
    });
    return true;
}

bool NezhaV0Driver::fetchDetails(const DetailsQuery &query)
{
    if (m_details)
        return false;
    HttpCall *call = send(detailsUrl(query));
    m_details = call;
    const bool realIndex = query.isAll(); // only details without parameters carry the real display_index
    connect(call, &HttpCall::finished, this, [this, call, realIndex](const HttpResult &result) {
        if (m_details == call)
            m_details.clear();
        onFinished(Endpoint::Details, result, realIndex);
    });
    return true;
}

bool NezhaV0Driver::busy(Endpoint endpoint) const
{
    return endpoint == Endpoint::ServerList ? !m_list.isNull() || !m_listDecode.isNull()
                                            : !m_details.isNull() || !m_detailsDecode.isNull();
}

void NezhaV0Driver::cancelAll()
{
    // Deleting the call aborts its reply without a finished signal.
    delete m_list.data();
    delete m_details.data();
    // A decode in flight finishes on its worker; without its watcher nobody hears the result.
    delete m_listDecode.data();
    delete m_detailsDecode.data();
}

ApiError NezhaV0Driver::checkReply(const HttpResult &result, const QUrl &url) const
{
    if (result.error.isError())
        return result.error;
    const QString where = ReplyChecks::displayUrl(url);
    ApiError e;
    e.httpStatus = result.status;
    if (result.status == 401 || result.status == 403) {
        // v0 never sends these for a bad token (it answers 200 + code 403), but a proxy or a v2 dashboard does.
        return ApiError::auth(tr("the server refused access to %1").arg(where), result.status);
    }
    if (result.status != 200) {
        e.kind = ApiError::Kind::Http;
        if (ReplyChecks::looksLikeHtml(result) && result.status == 404)
            //: "Automatic" is the API generation choice of the profile dialog (and --api auto)
            e.detail = tr("%1 is not a Nezha v0 API: expected JSON, got an HTML page. Check the dashboard "
                          "address; for a Nezha v1 or v2 dashboard set the API generation to Automatic.").arg(where);
        else if (result.body.isEmpty())
            e.detail = tr("empty reply from %1, expected JSON; the dashboard may have failed internally").arg(where);
        else
            e.detail = tr("expected JSON from %1").arg(where);
        return e;
    }
    if (result.body.trimmed().isEmpty())
        e = ApiError::parse({}, tr("empty reply from %1, expected JSON").arg(where));
    else if (ReplyChecks::looksLikeHtml(result))
        e = ApiError::parse({}, tr("expected JSON from %1, got an HTML page; is this a Nezha v0 dashboard?").arg(where));
    else
        return {};
    e.httpStatus = result.status;
    return e;
}

void NezhaV0Driver::onFinished(Endpoint endpoint, const HttpResult &result, bool realDisplayIndex)
{
    const QUrl url = endpoint == Endpoint::ServerList ? listUrl({}) : detailsUrl(DetailsQuery::all());
    if (const ApiError error = checkReply(result, url); error.isError()) {
        emit requestFailed(endpoint, error);
        return;
    }
    const QByteArray body = result.body;
    auto *watcher = new QFutureWatcher<FleetDecodeResult>(this);
    (endpoint == Endpoint::ServerList ? m_listDecode : m_detailsDecode) = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, endpoint, result] {
        watcher->deleteLater();
        (endpoint == Endpoint::ServerList ? m_listDecode : m_detailsDecode).clear();
        onDecoded(endpoint, watcher->result(), result);
    });
    watcher->setFuture(decodeInBackground([endpoint, body, realDisplayIndex] {
        return endpoint == Endpoint::ServerList ? decodeNezhaV0ServerList(body)
                                                : decodeNezhaV0ServerDetails(body, realDisplayIndex);
    }));
}

void NezhaV0Driver::onDecoded(Endpoint endpoint, FleetDecodeResult decoded, const HttpResult &result)
{
    if (!decoded.ok()) {
        decoded.error.httpStatus = result.status;
        emit requestFailed(endpoint, decoded.error);
        return;
    }
    decoded.snapshot.dashboardTimeMs = result.serverDate.isValid() ? result.serverDate.toMSecsSinceEpoch() : 0;
    decoded.snapshot.receivedAtMs = result.receivedAtMs;
    if (endpoint == Endpoint::ServerList)
        emit serverListReceived(decoded.snapshot);
    else
        emit detailsReceived(decoded.snapshot);
}
