#include "nezha/v1/NezhaV1Driver.h"

#include "nezha/BackgroundDecode.h"
#include "nezha/v1/NezhaV1Codec.h"
#include "nezha/v1/V1Api.h"
#include "nezha/v1/V1GuestGuard.h"
#include "nezha/v1/V1Metrics.h"
#include "nezha/v1/V1Replies.h"
#include "nezha/v1/V1Session.h"
#include "nezha/v1/V1Stream.h"
#include "net/ReplyChecks.h"

#include <QNetworkAccessManager>

namespace {

// The part of a snapshot a query asks for: some ids, the servers of one group (v1/v2's "tag"), or all.
FleetSnapshot filtered(const FleetSnapshot &snapshot, const QList<quint64> &ids, const QString &group)
{
    if (ids.isEmpty() && group.isEmpty())
        return snapshot;
    FleetSnapshot out = snapshot;
    out.servers.clear();
    for (const ServerSnapshot &server : snapshot.servers) {
        if (ids.isEmpty() ? server.groups.contains(group) : ids.contains(server.id))
            out.servers.append(server);
    }
    return out;
}

} // namespace

NezhaV1Driver::NezhaV1Driver(QNetworkAccessManager *nam, QObject *parent)
    : DashboardDriver(parent), m_nam(nam), m_session(new V1Session(nam, this)), m_stream(new V1Stream(this)),
      m_guard(new V1GuestGuard(nam, m_session, this)), m_api(new V1Api(nam, m_session, this)),
      m_metrics(new V1Metrics(m_api, this))
{
    connect(m_metrics, &V1Metrics::received, this, &DashboardDriver::metricsReceived);
    connect(m_metrics, &V1Metrics::failed, this, &DashboardDriver::metricsFailed);
    Q_ASSERT(nam);
    m_groupsTimer.setInterval(60000);
    m_streamRetry.setInterval(60000);
    m_streamRetry.setSingleShot(true);
    m_detailsDeadline.setSingleShot(true);
    connect(&m_groupsTimer, &QTimer::timeout, this, &NezhaV1Driver::fetchGroups);
    connect(&m_streamRetry, &QTimer::timeout, m_stream, &V1Stream::start);
    connect(&m_detailsDeadline, &QTimer::timeout, this, [this] {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        failDetails(e);
    });
    connect(m_session, &V1Session::ready, this, [this] {
        m_stream->setAuthorization(m_session->authorization()); // for the next upgrade
        if (std::exchange(m_pendingList, false))
            requestList(m_listTag); // a one-shot list (the CLI's `servers`) waited for this login
        const bool restart = std::exchange(m_restartOnReady, false);
        if ((!m_started && m_pendingDetails) || restart)
            start(); // first login, or a re-login after a guest view: (re)open the stream
        else if (m_polling && m_pendingDetails)
            poll(false); // a poll refused for an expired token asked for this login
        // a renewal: the open stream stays authorized as it was upgraded
    });
    connect(m_session, &V1Session::failed, this, &NezhaV1Driver::onSessionFailed);
    connect(m_stream, &V1Stream::connected, this, [this] {
        m_guard->reset(); // a new upgrade: its first frame needs a confirmed token again
        m_polling = false;
        m_streamRetry.stop();
    });
    connect(m_stream, &V1Stream::frameReceived, this, &NezhaV1Driver::onFrame);
    connect(m_stream, &V1Stream::interrupted, this, &NezhaV1Driver::failDetails);
    connect(m_stream, &V1Stream::upgradeFailed, this, &NezhaV1Driver::onUpgradeFailed);
    connect(m_guard, &V1GuestGuard::accepted, this, &NezhaV1Driver::deliver);
    connect(m_guard, &V1GuestGuard::tokenRejected, this, &NezhaV1Driver::onTokenRejected);
    connect(m_guard, &V1GuestGuard::checkFailed, this, &NezhaV1Driver::failDetails);
}

NezhaV1Driver::~NezhaV1Driver()
{
    cancelAll();
}

void NezhaV1Driver::setConnection(const DashboardConnection &connection)
{
    if (!m_connection.sameCredentials(connection)) {
        cancelAll(); // answers for the old dashboard must not land in the new one's model
        m_guard->clear();
        m_groups.clear();
        m_versionAsked = false;
    }
    m_connection = connection;
    m_session->setConnection(connection);
    m_stream->setUrl(connection.url);
    m_guard->setDashboardUrl(connection.url);
    m_api->setDashboardUrl(connection.url);
}

void NezhaV1Driver::setDashboardInfo(const DashboardInfo &info)
{
    m_info = info;
    m_session->setGeneration(info.generation);
}

void NezhaV1Driver::setRequestTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    m_session->setRequestTimeoutMs(ms);
    m_guard->setRequestTimeoutMs(ms);
    m_api->setRequestTimeoutMs(ms);
}

bool NezhaV1Driver::isStreaming() const
{
    return m_started && !m_polling && m_stream->isRunning();
}

void NezhaV1Driver::start()
{
    m_started = true;
    m_stream->setAuthorization(m_session->authorization());
    if (m_polling) {
        if (m_pendingDetails)
            poll(false);
    } else if (m_stream->isRunning()) {
        m_stream->reconnectNow(); // e.g. after a re-login: the upgrade carries the new token
    } else if (m_session->usesToken()) {
        // A PAT is tried on plain HTTP first: a refused upgrade cannot say 401 or which scope is missing, and
        // every request with a bad token is a WAF strike, so the first one must be the one that explains.
        m_streamAfterGroups = true;
    } else {
        m_stream->start();
    }
    fetchGroups();
    m_groupsTimer.start();
    fetchVersion();
}

void NezhaV1Driver::fetchVersion()
{
    // /setting shows the version to a logged-in admin only (a PAT reads as a guest there): ask once per login.
    if (m_session->usesToken() || m_versionAsked || !m_info.version.isEmpty())
        return;
    m_versionAsked = true;
    HttpCall *call = m_api->get(QStringLiteral("/api/v1/setting"), {}, this);
    connect(call, &HttpCall::finished, this, [this](const HttpResult &result) {
        if (m_api->check(result, m_api->url(QStringLiteral("/api/v1/setting"))).isError())
            return; // the version is a nicety
        const NezhaV1::SettingResult setting = NezhaV1::decodeSetting(result.body, result.status);
        if (!setting.ok() || setting.info.version.isEmpty())
            return;
        m_info.version = setting.info.version;
        if (!setting.info.siteName.isEmpty())
            m_info.siteName = setting.info.siteName;
        emit identified(m_info);
    });
}

bool NezhaV1Driver::fetchDetails(const DetailsQuery &query)
{
    if (m_pendingDetails)
        return false;
    m_pendingDetails = true;
    m_query = query;
    m_detailsDeadline.start(m_stream->silenceLimitMs() + m_timeoutMs);
    if (m_session->isRejected()) {
        QMetaObject::invokeMethod(this, [this] { failDetails(m_session->rejection()); }, Qt::QueuedConnection);
    } else if (!m_session->ensure()) {
        // a login is on its way: ready() starts the stream, failed() answers this call
    } else if (!m_started) {
        start();
    } else if (m_polling) {
        poll(false);
    } else if (!m_stream->isRunning()) {
        m_stream->start();
    }
    return true;
}

void NezhaV1Driver::onSessionFailed(const ApiError &error)
{
    if (m_session->isRejected()) {
        // A rejected password stops everything until the credentials change.
        m_stream->stop();
        m_groupsTimer.stop();
        m_started = false;
    }
    failDetails(error);
    if (std::exchange(m_pendingList, false))
        emit requestFailed(Endpoint::ServerList, error);
}

void NezhaV1Driver::onFrame(const QString &frame, qint64 receivedAtMs)
{
    if (m_frameDecode) { // still decoding the previous one: keep only the newest
        m_waitingFrame = frame;
        m_waitingFrameAtMs = receivedAtMs;
        return;
    }
    decodeFrame(frame, receivedAtMs);
}

void NezhaV1Driver::decodeFrame(const QString &frame, qint64 receivedAtMs)
{
    const QList<ServerGroup> groups = m_groups;
    m_frameDecode = BackgroundDecode::run<FleetDecodeResult>(
        this,
        [frame, groups] {
            FleetDecodeResult decoded = NezhaV1::decodeStreamFrame(frame.toUtf8());
            if (decoded.ok())
                NezhaV1::applyGroups(decoded.snapshot, groups);
            return decoded;
        },
        [this, receivedAtMs](FleetDecodeResult decoded) {
            m_frameDecode.clear();
            if (decoded.ok()) {
                decoded.snapshot.receivedAtMs = receivedAtMs;
                m_guard->offer(decoded.snapshot);
            } else {
                failDetails(decoded.error);
            }
            if (!m_waitingFrame.isEmpty())
                decodeFrame(std::exchange(m_waitingFrame, {}), m_waitingFrameAtMs);
        });
}

void NezhaV1Driver::deliver(const FleetSnapshot &snapshot)
{
    m_pendingDetails = false;
    m_detailsDeadline.stop();
    emit detailsReceived(filtered(snapshot, m_query.ids(), m_query.tag()));
}

void NezhaV1Driver::failDetails(const ApiError &error)
{
    if (!m_pendingDetails)
        return; // nobody asked: the next fetchDetails() hears about it
    m_pendingDetails = false;
    m_detailsDeadline.stop();
    emit requestFailed(Endpoint::Details, error);
}

void NezhaV1Driver::onUpgradeFailed(const ApiError &error)
{
    if (m_polling) {
        m_stream->stop(); // the retry failed again: keep polling, try later
        m_streamRetry.start();
        return;
    }
    if (!m_pollCall && !m_pollDecode)
        poll(true); // does plain HTTP work? then the upgrade itself is refused: poll instead
    Q_UNUSED(error)
}

void NezhaV1Driver::onTokenRejected()
{
    if (m_session->relogin()) {
        m_restartOnReady = true; // ready() reopens the stream with the new token
        return;
    }
    m_stream->stop();
    m_started = false;
    ApiError e = ApiError::auth(tr("the login to %1 has expired and logging in again did not help; check the "
                                   "username and password")
                                    .arg(ReplyChecks::displayUrl(m_connection.url)));
    failDetails(e);
}

void NezhaV1Driver::poll(bool fallbackProbe)
{
    if (m_pollCall || m_pollDecode)
        return;
    const QUrl url = m_api->url(QStringLiteral("/api/v1/server"));
    HttpCall *call = m_api->get(QStringLiteral("/api/v1/server"), {}, this);
    m_pollCall = call;
    connect(call, &HttpCall::finished, this, [this, url, fallbackProbe](const HttpResult &result) {
        m_pollCall.clear();
        if (const ApiError error = m_api->check(result, url); error.isError()) {
            if (error.kind == ApiError::Kind::Auth && m_session->relogin())
                return; // ready() polls again with the new token
            if (error.kind == ApiError::Kind::Auth && fallbackProbe) {
                m_stream->stop(); // e.g. a bad token refused on the upgrade too: no reconnect loop
                m_started = false;
            }
            failDetails(error);
            return;
        }
        const QByteArray body = result.body;
        const QList<ServerGroup> groups = m_groups;
        m_pollDecode = BackgroundDecode::run<FleetDecodeResult>(
            this,
            [body, groups, status = result.status] {
                FleetDecodeResult decoded = NezhaV1::decodeServerList(body, status);
                if (decoded.ok())
                    NezhaV1::applyGroups(decoded.snapshot, groups);
                return decoded;
            },
            [this, url, result, fallbackProbe](FleetDecodeResult decoded) {
                m_pollDecode.clear();
                if (const ApiError error = m_api->check(result, url, decoded.error); error.isError()) {
                    if (!(error.kind == ApiError::Kind::Auth && m_session->relogin()))
                        failDetails(error);
                    return;
                }
                if (fallbackProbe && !m_polling) {
                    m_polling = true; // HTTP works but the upgrade does not: poll, and try the stream later
                    m_stream->stop();
                    m_streamRetry.start();
                }
                decoded.snapshot.dashboardTimeMs =
                    result.serverDate.isValid() ? result.serverDate.toMSecsSinceEpoch() : 0;
                decoded.snapshot.receivedAtMs = result.receivedAtMs;
                deliver(decoded.snapshot); // a strict route: an expired token is an error here, never a guest
            });
    });
}

bool NezhaV1Driver::fetchServerList(const QString &tag)
{
    if (busy(Endpoint::ServerList))
        return false;
    m_listRelogged = false;
    if (m_session->isRejected()) {
        QMetaObject::invokeMethod(
            this, [this] { emit requestFailed(Endpoint::ServerList, m_session->rejection()); }, Qt::QueuedConnection);
        return true;
    }
    // With a login, /server without the JWT is a guest's (or refused): log in first, ready() sends it.
    if (!m_session->ensure() && m_connection.hasLogin()) {
        m_pendingList = true;
        m_listTag = tag;
        return true;
    }
    requestList(tag);
    return true;
}

// An expired JWT (401, or the error inside a 200) gets one re-login and the list again (ready() sends it);
// anything else answers the caller.
void NezhaV1Driver::failList(const ApiError &error, const QString &tag)
{
    if (error.kind == ApiError::Kind::Auth && !std::exchange(m_listRelogged, true) && m_session->relogin()) {
        m_pendingList = true;
        m_listTag = tag;
        return;
    }
    emit requestFailed(Endpoint::ServerList, error);
}

void NezhaV1Driver::requestList(const QString &tag)
{
    const QUrl url = m_api->url(QStringLiteral("/api/v1/server"));
    HttpCall *call = m_api->get(QStringLiteral("/api/v1/server"), {}, this);
    m_listCall = call;
    connect(call, &HttpCall::finished, this, [this, url, tag](const HttpResult &result) {
        m_listCall.clear();
        if (const ApiError error = m_api->check(result, url); error.isError()) {
            failList(error, tag);
            return;
        }
        const QList<ServerGroup> groups = m_groups;
        m_listDecode = BackgroundDecode::run<FleetDecodeResult>(
            this,
            [body = result.body, status = result.status, groups] {
                FleetDecodeResult decoded = NezhaV1::decodeServerList(body, status);
                if (decoded.ok())
                    NezhaV1::applyGroups(decoded.snapshot, groups);
                return decoded;
            },
            [this, url, result, tag](FleetDecodeResult decoded) {
                m_listDecode.clear();
                if (const ApiError error = m_api->check(result, url, decoded.error); error.isError()) {
                    failList(error, tag); // e.g. "ApiErrorUnauthorized" in a 200 body
                    return;
                }
                decoded.snapshot.dashboardTimeMs =
                    result.serverDate.isValid() ? result.serverDate.toMSecsSinceEpoch() : 0;
                decoded.snapshot.receivedAtMs = result.receivedAtMs;
                emit serverListReceived(filtered(decoded.snapshot, {}, tag));
            });
    });
}

void NezhaV1Driver::fetchGroups()
{
    if (m_groupsCall)
        return;
    HttpCall *call = m_api->get(QStringLiteral("/api/v1/server-group"), {}, this);
    m_groupsCall = call;
    connect(call, &HttpCall::finished, this, [this](const HttpResult &result) {
        m_groupsCall.clear();
        const QUrl url = m_api->url(QStringLiteral("/api/v1/server-group"));
        NezhaV1::GroupsResult decoded;
        ApiError error = V1Replies::check(result, url, m_session->failedLogins());
        if (!error.isError())
            decoded = NezhaV1::decodeServerGroups(result.body, result.status);
        error = m_api->check(result, url, decoded.error);
        if (!error.isError())
            m_groups = decoded.groups;
        if (!std::exchange(m_streamAfterGroups, false))
            return; // groups are an extra: the fleet still shows without them, the next refresh retries
        if (error.kind == ApiError::Kind::Auth || V1Replies::isWafPage(result)) {
            m_started = false; // the token is refused: no stream, no reconnect loop of WAF strikes
            m_groupsTimer.stop();
            failDetails(error);
            return;
        }
        m_stream->start();
    });
}

bool NezhaV1Driver::fetchMetrics(quint64 serverId, const QString &metric, const QString &period)
{
    return m_info.generation == NezhaGeneration::V2 && m_session->isReady()
        && m_metrics->fetch(serverId, metric, period);
}

bool NezhaV1Driver::busy(Endpoint endpoint) const
{
    return endpoint == Endpoint::ServerList ? m_pendingList || !m_listCall.isNull() || !m_listDecode.isNull()
                                            : m_pendingDetails;
}

void NezhaV1Driver::cancelAll()
{
    // Deleting a call aborts its reply without a finished signal; deleting a watcher drops its decode.
    delete m_pollCall.data();
    delete m_listCall.data();
    delete m_groupsCall.data();
    delete m_frameDecode.data();
    delete m_pollDecode.data();
    delete m_listDecode.data();
    m_metrics->cancel();
    m_waitingFrame.clear();
    m_stream->stop();
    m_guard->reset();
    m_groupsTimer.stop();
    m_streamRetry.stop();
    m_detailsDeadline.stop();
    m_pendingDetails = false;
    m_pendingList = false;
    m_started = false;
    m_polling = false;
    m_restartOnReady = false;
    m_streamAfterGroups = false;
}
