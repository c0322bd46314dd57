// libFuzzer harness: Nezha v0 /api/v1/server/list decoder (models/NezhaV0Codec).
#include "FuzzCheck.h"
#include "NezhaV0Codec.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FleetDecodeResult r = decodeNezhaV0ServerList(FuzzCheck::bytes(data, size));
    FuzzCheck::checkError(r.error);
    FuzzCheck::require(r.ok() || r.snapshot.servers.isEmpty(), "a failed decode keeps no servers");
    FuzzCheck::require(r.snapshot.servers.size() <= 50'000, "the server cap holds");
    for (const ServerSnapshot &s : r.snapshot.servers)
        FuzzCheck::require(!s.hasDetails, "a list has no details");
    if (r.ok()) { // oracle: success only when the envelope's code is exactly the number 0
        const QJsonValue code = QJsonDocument::fromJson(FuzzCheck::bytes(data, size).toByteArray())
                                    .object()
                                    .value(QLatin1StringView("code"));
        FuzzCheck::require(code.isDouble() && code.toDouble() == 0.0, "success means code 0");
    }
    return 0;
}
