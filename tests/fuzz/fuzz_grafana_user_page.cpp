// libFuzzer harness: decodeGrafanaUserPage (models/grafana/GrafanaDecoders).
#include "FuzzCheck.h"
#include "grafana/GrafanaDecoders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto r = decodeGrafanaUserPage(FuzzCheck::bytes(data, size));
    FuzzCheck::checkError(r.error);
    FuzzCheck::require(r.ok() || r.error.kind == ApiError::Kind::Parse, "decoders only report Parse errors");
    return 0;
}
