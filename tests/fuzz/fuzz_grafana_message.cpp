// libFuzzer harness: decodeGrafanaMessage (a success answer's text) must stay within its length cap, and
// checkGrafanaMessageBody (is this a body Grafana would send?) reports only Parse errors, in words.
#include "FuzzCheck.h"
#include "grafana/GrafanaDecoders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body = FuzzCheck::bytes(data, size);
    const QString message = decodeGrafanaMessage(body);
    FuzzCheck::require(message.size() <= 512, "a success message is capped at 512 characters");
    const ApiError check = checkGrafanaMessageBody(body);
    FuzzCheck::checkError(check);
    FuzzCheck::require(!check.isError() || check.kind == ApiError::Kind::Parse, "a body check only reports Parse");
    return 0;
}
