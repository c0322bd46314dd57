// libFuzzer harness: a GET /api/v1/server/:id/metrics body through NezhaV1::decodeMetrics.
// Built by tests/fuzz/CMakeLists.txt (clang, -fsanitize=fuzzer); seeds in tests/fuzz/corpus/nezha_v1_metrics/.

#include "nezha/v1/NezhaV1Codec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const NezhaV1::MetricsResult r = NezhaV1::decodeMetrics(body, 200);
    if (r.points.size() > NezhaV1::MaxMetricPoints)
        __builtin_trap();
    for (qsizetype i = 1; i < r.points.size(); ++i) {
        if (r.points[i - 1].tsMs > r.points[i].tsMs) // promised ascending
            __builtin_trap();
    }
    return 0;
}
