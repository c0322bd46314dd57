// libFuzzer harness: decodeGrafanaHealth (models/grafana/GrafanaDecoders) and GrafanaVersion::parse of the
// version it carries (server-sent text: bounded, never a negative or absurd release).
#include "FuzzCheck.h"
#include "grafana/GrafanaDecoders.h"
#include "grafana/GrafanaVersion.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto r = decodeGrafanaHealth(FuzzCheck::bytes(data, size));
    FuzzCheck::checkError(r.error);
    FuzzCheck::require(r.ok() || r.error.kind == ApiError::Kind::Parse, "decoders only report Parse errors");
    const GrafanaVersion v = GrafanaVersion::parse(r.value.version);
    FuzzCheck::require(v.text.size() <= 64, "the version text is bounded");
    FuzzCheck::require(v.major >= 0 && v.major <= 9999 && v.minor >= 0 && v.patch >= 0, "a plausible release");
    FuzzCheck::require(!v.isKnown() || v.atLeast(v.major, v.minor, v.patch), "a release is at least itself");
    return 0;
}
