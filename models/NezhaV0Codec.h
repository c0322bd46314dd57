#pragma once

// Pure decoders and encoders for the Nezha v0 dashboard REST API (/api/v1/server/list and /server/details).
// Bytes in, values out: no network, no QObject, callable from any thread. app/'s Nezha client calls the
// decoders on each reply; the demo dashboard (app/demo) and the benchmarks use the encoders to produce
// exactly the v0 wire shape (PascalCase host/status keys, "status" not "state").
// Errors come back as values: the body's code 403 is Auth, another non-zero code is Api, anything that is
// not the expected JSON (HTML, truncated, wrong type) is Parse with the JSON path of the offending value.

#include "ApiError.h"
#include "FleetDecodeResult.h"
#include "ServerSnapshot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>

// /api/v1/server/list: id, name, tag, last_active, ips. display_index/hide_for_guest are fake zeros there.
FleetDecodeResult decodeNezhaV0ServerList(QByteArrayView body);

// /api/v1/server/details: list fields plus host and status. realDisplayIndex = the request had neither id nor
// tag; only then does the dashboard fill display_index and hide_for_guest (nezha.md 1.3).
FleetDecodeResult decodeNezhaV0ServerDetails(QByteArrayView body, bool realDisplayIndex);

// The dashboard's own display order: display_index descending, then id ascending (nezha.md 1.4). Stable.
void sortNezhaServers(QList<ServerSnapshot> &servers);

// One result item. withDetails adds host + status; withRealDisplayIndex writes display_index/hide_for_guest
// as they are, otherwise as the zeros v0 sends for /server/list and /server/details?id=|tag=.
QJsonObject encodeNezhaV0Server(const ServerSnapshot &server, bool withDetails, bool withRealDisplayIndex);

// {"code":0,"message":"success","result":[...]}, compact.
QByteArray encodeNezhaV0Response(const QJsonArray &result);
