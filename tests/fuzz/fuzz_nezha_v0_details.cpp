// libFuzzer harness: Nezha v0 /api/v1/server/details decoder (models/NezhaV0Codec). The first byte picks
// whether the request was the unparameterised one (real display_index) so both paths are reached.
#include "FuzzCheck.h"
#include "NezhaV0Codec.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bool realIndex = size > 0 && (data[0] & 1);
    const FleetDecodeResult r = decodeNezhaV0ServerDetails(FuzzCheck::bytes(data, size), realIndex);
    FuzzCheck::checkError(r.error);
    FuzzCheck::require(r.ok() || r.snapshot.servers.isEmpty(), "a failed decode keeps no servers");
    FuzzCheck::require(r.snapshot.servers.size() <= 50'000, "the server cap holds");
    for (const ServerSnapshot &s : r.snapshot.servers) {
        FuzzCheck::require(s.status.cpu >= 0 && s.status.cpu <= 100, "CPU is clamped");
        FuzzCheck::require(s.status.gpu >= 0 && s.status.gpu <= 100, "GPU is clamped");
    }
    if (r.ok()) { // oracle: success only when the envelope's code is exactly the number 0
        const QJsonValue code = QJsonDocument::fromJson(FuzzCheck::bytes(data, size).toByteArray())
                                    .object()
                                    .value(QLatin1StringView("code"));
        FuzzCheck::require(code.isDouble() && code.toDouble() == 0.0, "success means code 0");
    }
    return 0;
}
