// libFuzzer harness: decodeGrafanaCreatedUser (models/grafana/GrafanaDecoders).
#include "FuzzCheck.h"
#include "grafana/GrafanaDecoders.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto r = decodeGrafanaCreatedUser(FuzzCheck::bytes(data, size));
    FuzzCheck::checkError(r.error);
    FuzzCheck::require(r.ok() || r.error.kind == ApiError::Kind::Parse, "decoders only report Parse errors");
    if (r.ok()) { // oracle: the id is exactly the JSON number (1.5 or 1e300 must not read as 0)
        const QJsonValue id =
            QJsonDocument::fromJson(FuzzCheck::bytes(data, size).toByteArray()).object().value(QLatin1StringView("id"));
        const bool absent = id.isUndefined() || id.isNull(); // the profile decoder keeps its default then
        FuzzCheck::require(absent || (id.isDouble() && id.toDouble() == double(r.value.id)),
                           "the id is the number sent");
    }
    return 0;
}
