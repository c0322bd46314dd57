// libFuzzer harness: the small replies (setting, login, profile, envelope errors) and RFC 3339 parsing.
// Built by tests/fuzz/CMakeLists.txt (clang, -fsanitize=fuzzer); seeds in tests/fuzz/corpus/nezha_v1_auth/.

#include "nezha/v1/NezhaV1Codec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    NezhaV1::decodeSetting(body, 200);
    NezhaV1::decodeLogin(body, 200);
    NezhaV1::decodeProfile(body, 200);
    NezhaV1::envelopeError(body, 401);
    bool ok = false;
    NezhaV1::parseTimestampMs(QString::fromUtf8(body), &ok);
    return 0;
}
