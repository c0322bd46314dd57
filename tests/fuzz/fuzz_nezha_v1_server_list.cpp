// libFuzzer harness: a GET /api/v1/server body through NezhaV1::decodeServerList.
// Built by tests/fuzz/CMakeLists.txt (clang, -fsanitize=fuzzer); seeds in tests/fuzz/corpus/nezha_v1_server_list/.

#include "nezha/v1/NezhaV1Codec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const FleetDecodeResult r = NezhaV1::decodeServerList(body, 200);
    if (!r.ok() && !r.snapshot.servers.isEmpty())
        __builtin_trap();
    return 0;
}
