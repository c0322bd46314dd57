#pragma once

// The fields `farsight details --format json` adds to each server: everything the dashboard sent about the host and
// its status, under stable snake_case keys that the man page documents (keys(), checked by tst_details_json and by
// the man page test). Raw numbers (bytes, bytes per second, seconds, percent), times as ISO 8601 UTC or null,
// lists as arrays. Called by FleetPrinter; pure; any thread.

#include "ServerSnapshot.h"

#include <QJsonObject>
#include <QStringList>

namespace DetailsJson {

QJsonObject fields(const ServerSnapshot &server); // the details fields only (not id, name, status...)
QStringList keys();                               // every key fields() writes, in documentation order

} // namespace DetailsJson
