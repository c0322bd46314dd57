// libFuzzer harness: decodeGrafanaMessage (a success answer's text) must stay within its length cap.
#include "FuzzCheck.h"
#include "grafana/GrafanaDecoders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString message = decodeGrafanaMessage(FuzzCheck::bytes(data, size));
    FuzzCheck::require(message.size() <= 512, "a success message is capped at 512 characters");
    return 0;
}
