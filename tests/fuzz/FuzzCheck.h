#pragma once

// Shared by the fuzz harnesses (tests/fuzz/fuzz_*.cpp): the invariants every decoder result must hold.
// A broken invariant aborts, which libFuzzer and the CTest replay driver both report as a crash.

#include "ApiError.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace FuzzCheck {

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

// An error renders a sentence, and server-sent text in it is capped (512 characters plus our own wording).
inline void checkError(const ApiError &error)
{
    if (!error.isError())
        return;
    require(!error.text().isEmpty(), "an error renders a sentence");
    require(error.detail.size() <= 1024, "error detail is capped");
}

} // namespace FuzzCheck
