// libFuzzer harness: a GET /api/v1/server-group body through NezhaV1::decodeServerGroups and applyGroups.
// Built by tests/fuzz/CMakeLists.txt (clang, -fsanitize=fuzzer); seeds in tests/fuzz/corpus/nezha_v1_groups/.

#include "nezha/v1/NezhaV1Codec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const NezhaV1::GroupsResult r = NezhaV1::decodeServerGroups(body, 200);
    if (r.groups.size() > NezhaV1::MaxGroups)
        __builtin_trap();
    FleetSnapshot fleet = NezhaV1::decodeStreamFrame(body).snapshot;
    NezhaV1::applyGroups(fleet, r.groups);
    return 0;
}
