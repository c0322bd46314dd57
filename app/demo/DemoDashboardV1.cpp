// DemoDashboard's v1/v2 half: the settings the tests and the command line reach, and the one request path
// for every Nezha v1/v2 route (WAF block first, then the fault modes, then DemoNezhaV1's answer).
// The WebSocket upgrade never gets here: DemoTcpServer hands it to DemoStream before QHttpServer sees it.

#include "demo/DemoDashboard.h"

#include "demo/DemoTcpServer.h"
#include "demo/v1/DemoAuth.h"
#include "demo/v1/DemoNezhaV1.h"
#include "demo/v1/DemoRequest.h"
#include "demo/v1/DemoStream.h"
#include "nezha/v1/NezhaV1Codec.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTimer>

QString DemoDashboard::generationName(Generation generation)
{
    switch (generation) {
    case Generation::V0: return QStringLiteral("v0");
    case Generation::V1: return QStringLiteral("v1");
    case Generation::V2: return QStringLiteral("v2");
    }
    return {};
}

bool DemoDashboard::parseGeneration(const QString &name, Generation *generation)
{
    for (Generation g : {Generation::V0, Generation::V1, Generation::V2}) {
        if (generationName(g) == name.trimmed().toLower()) {
            *generation = g;
            return true;
        }
    }
    return false;
}

QString DemoDashboard::loginUser() { return DemoAuth::adminLogin(); }
QString DemoDashboard::loginPassword() { return DemoAuth::adminPassword(); }
QString DemoDashboard::memberUser() { return DemoAuth::memberLogin(); }
QString DemoDashboard::memberPassword() { return DemoAuth::memberPassword(); }

void DemoDashboard::setJwtTtlSecs(int secs)
{
    m_auth->setJwtTtlSecs(secs);
}

int DemoDashboard::jwtTtlSecs() const
{
    return m_auth->jwtTtlSecs();
}

void DemoDashboard::setStreamIntervalMs(int ms)
{
    m_stream->setIntervalMs(ms);
}

int DemoDashboard::streamIntervalMs() const
{
    return m_stream->intervalMs();
}

QString DemoDashboard::createPersonalAccessToken(const QStringList &scopes, const QList<quint64> &serverIds)
{
    return m_auth->createPat(scopes, serverIds);
}

void DemoDashboard::invalidateSessions()
{
    m_auth->invalidateSessions();
}

int DemoDashboard::wafStrikes() const
{
    return m_auth->totalStrikes();
}

// The fault modes in v1/v2 dress: false when the request should be answered normally.
bool DemoDashboard::faultAnswer(const QHttpServerRequest &request, DemoAnswer *answer)
{
    switch (m_fault) {
    case Fault::ServerError: *answer = {500, {}, {}, {}}; return true;
    case Fault::HtmlNotFound: *answer = DemoAnswer::html(notFoundPage(), 404); return true;
    case Fault::RejectToken: // every credential is refused; /setting needs none
        if (request.url().path() == QLatin1String("/api/v1/setting"))
            return false;
        *answer = DemoAnswer::json(NezhaV1::encodeError(QStringLiteral("ApiErrorUnauthorized")));
        return true;
    case Fault::ErrorInBody: *answer = DemoAnswer::json(NezhaV1::encodeError(QStringLiteral("database is locked"))); return true;
    case Fault::HugeBody: {
        QByteArray body = QByteArrayLiteral("{\"success\":true,\"data\":[");
        body.append(QByteArray(qMax<qint64>(0, m_hugeBytes - body.size() - 2), ' '));
        *answer = DemoAnswer::json(body.append("]}"));
        return true;
    }
    default: return false;
    }
}

void DemoDashboard::handleV1(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_requests;
    const DemoRequest r = DemoRequest::from(request);
    QTcpSocket *socket = m_tcp ? m_tcp->currentSocket() : nullptr;
    DemoAnswer answer;
    if (m_auth->blocked(r.ip)) { // the WAF middleware runs before everything else
        answer = DemoAnswer::html(DemoAuth::blockPage(), 403);
    } else if (m_fault == Fault::DropConnection) {
        if (socket)
            socket->abort();
        emit requestServed(r.path);
        return;
    } else if (!faultAnswer(request, &answer)) {
        answer = m_v1->handle(r);
        if (m_fault == Fault::TruncatedJson)
            answer.body.truncate(answer.body.size() / 2);
    }
    if (m_fault == Fault::Slow) {
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(m_slowDelayMs, socket ? static_cast<QObject *>(socket) : this, [this, held, answer, r] {
            write(std::move(*held), answer);
            emit requestServed(r.path);
        });
        return;
    }
    if (m_fault == Fault::Trickle)
        return trickle(std::move(responder), answer.body, answer.type, answer.status, socket);
    write(std::move(responder), answer);
    emit requestServed(r.path);
}

void DemoDashboard::write(QHttpServerResponder &&responder, const DemoAnswer &answer)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    if (!answer.type.isEmpty())
        responder.writeHeader("Content-Type", answer.type);
    responder.writeHeader("Date", httpDate(m_fleet.nowMs()));
    for (const QByteArray &cookie : answer.cookies)
        responder.writeHeader("Set-Cookie", cookie);
    // Go's net/http buffers 2 KiB; a longer body goes out chunked (nezha.md 5.6.10), so clients meet both.
    constexpr qsizetype GoBufferBytes = 2048;
    if (answer.body.size() <= GoBufferBytes) {
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        responder.writeBody(answer.body);
        return;
    }
    responder.writeHeader("Transfer-Encoding", "chunked");
    QByteArray out;
    for (qsizetype at = 0; at < answer.body.size(); at += 2 * GoBufferBytes) {
        const QByteArray chunk = answer.body.mid(at, 2 * GoBufferBytes);
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    responder.writeBody(out + "0\r\n\r\n");
}
