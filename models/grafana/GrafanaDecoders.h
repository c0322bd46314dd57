#pragma once

// Pure decoders from Grafana Admin API bodies to the values in GrafanaTypes.h, plus the one error-shape
// decoder and the request-body encoders. Called by app/grafana/GrafanaClient (GUI thread) and by tests
// on recorded fixtures; no state, no network. Known fields are read optionally, unknown ones ignored
// (grafana-admin.md §5: never require traceID, messageId or uid).

#include "grafana/GrafanaTypes.h"

#include <QByteArray>
#include <QByteArrayView>

GrafanaDecoded<GrafanaSettings> decodeGrafanaSettings(QByteArrayView body);
GrafanaDecoded<GrafanaStats> decodeGrafanaStats(QByteArrayView body);
GrafanaDecoded<GrafanaUsageReport> decodeGrafanaUsageReport(QByteArrayView body);
GrafanaDecoded<GrafanaUserPage> decodeGrafanaUserPage(QByteArrayView body);  // /api/users/search
GrafanaDecoded<QList<GrafanaUser>> decodeGrafanaUserList(QByteArrayView body); // /api/users (bare array)
GrafanaDecoded<GrafanaUserProfile> decodeGrafanaUserProfile(QByteArrayView body);
GrafanaDecoded<QList<GrafanaAuthToken>> decodeGrafanaAuthTokens(QByteArrayView body);
GrafanaDecoded<GrafanaHealth> decodeGrafanaHealth(QByteArrayView body);
GrafanaDecoded<GrafanaCreatedUser> decodeGrafanaCreatedUser(QByteArrayView body);

// A success answer's text: {"message":"…"} or a plain-text body (encryption endpoints), empty for a 204.
QString decodeGrafanaMessage(QByteArrayView body);
// Whether a success answer's body is something Grafana would send: empty, a JSON object, or plain text. An HTML
// page (a proxy's sign-in page answering 200) or a JSON object cut short is a Parse error: the action may not
// have reached Grafana, so it is not reported as done.
ApiError checkGrafanaMessageBody(QByteArrayView body);

// Any error answer, whatever its shape: {message}, {message,messageId,statusCode}, the RBAC
// {accessErrorId,message,title}, plain text, the 8.x binding array, or nothing. 401 gives Kind::Auth,
// every other status Kind::Http; httpStatus, detail (the server's message) and errorId are filled.
ApiError decodeGrafanaError(int httpStatus, QByteArrayView body);

// Request bodies (compact JSON, camelCase keys).
QByteArray encodeGrafanaNewUser(const GrafanaNewUser &user);
QByteArray encodeGrafanaSettingsUpdate(const GrafanaSettingsUpdate &update);
QByteArray encodeGrafanaPassword(const QString &password);
QByteArray encodeGrafanaAdminFlag(bool isGrafanaAdmin); // always explicit: an omitted flag demotes
QByteArray encodeGrafanaRevokeToken(qint64 authTokenId);
