#pragma once

// The result of decoding one fleet reply (any generation): a snapshot or an error, never both.
// Produced by the pure decoders in models/ (NezhaV0Codec, nezha/v1/NezhaV1Codec); plain value, any thread.

#include "ApiError.h"
#include "ServerSnapshot.h"

struct FleetDecodeResult
{
    FleetSnapshot snapshot;
    ApiError error;
    bool ok() const { return !error.isError(); }
};
