// Shared by the model tests.
#pragma once

#include <gtest/gtest.h>

#include "util/time.h"

namespace signpost::test {

// The instant an ISO 8601 text with an offset names (a test failure if none).
inline Instant at(const char* iso) {
    auto t = parse_iso8601(iso);
    EXPECT_TRUE(t) << iso;
    return t.value_or(Instant{});
}

}  // namespace signpost::test
