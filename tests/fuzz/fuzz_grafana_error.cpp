// libFuzzer harness: decodeGrafanaError. The first two bytes choose the HTTP status (401 and 403 included),
// the rest is the body. The detail shown to the user is capped at 512 characters.
#include "FuzzCheck.h"
#include "grafana/GrafanaDecoders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const int status = size >= 2 ? 100 + (data[0] << 8 | data[1]) % 500 : 500;
    const size_t skip = size >= 2 ? 2 : 0;
    const ApiError e = decodeGrafanaError(status, FuzzCheck::bytes(data + skip, size - skip));
    FuzzCheck::require(e.isError(), "an error answer is an error");
    FuzzCheck::require(e.kind == (status == 401 ? ApiError::Kind::Auth : ApiError::Kind::Http), "kind follows status");
    FuzzCheck::require(e.detail.size() <= 512, "error detail is capped at 512 characters");
    FuzzCheck::require(!e.text().isEmpty(), "an error renders a sentence");
    return 0;
}
