// libFuzzer harness: one WebSocket frame of /api/v1/ws/server through NezhaV1::decodeStreamFrame.
// Built by tests/fuzz/CMakeLists.txt (clang, -fsanitize=fuzzer); seeds in tests/fuzz/corpus/nezha_v1_frame/.

#include "nezha/v1/NezhaV1Codec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const FleetDecodeResult r = NezhaV1::decodeStreamFrame(body);
    if (!r.ok() && !r.snapshot.servers.isEmpty()) // never both a snapshot and an error
        __builtin_trap();
    return 0;
}
