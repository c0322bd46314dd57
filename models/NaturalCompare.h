#pragma once

// Natural ("human") order for server names: runs of ASCII digits compare as numbers, so ams-db-09 < ams-db-21
// < ams-db-100, and letters compare without case. Used by ServerFilterProxy for every text column.
// Deterministic and locale-free (same order under the C locale in CI as on a desktop), no allocation,
// digit runs of any length (compared by length after leading zeros, never parsed into an integer).
// Pure function; any thread.

#include <QStringView>

// < 0, 0 or > 0. Returns 0 only for strings that are equal; strings equal but for case or leading zeros
// ("a1" / "A01") still get a stable order (fewer leading zeros first, then by code point).
int naturalCompare(QStringView left, QStringView right);
