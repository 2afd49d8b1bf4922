#include "util/result.h"

#include <gtest/gtest.h>

#include <memory>

using namespace signpost;

TEST(Result, HoldsAValueOrAnError) {
    Result<int> good = 42;
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 42);
    Result<int> bad = Error{"/sessions/3/start", "has no UTC offset"};
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().to_string(), "/sessions/3/start: has no UTC offset");
    const Error plain{"", "plain"};
    EXPECT_EQ(plain.to_string(), "plain");
}

TEST(Result, MovesItsValueOut) {
    Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
    std::unique_ptr<int> out = std::move(r).value();
    ASSERT_TRUE(out);
    EXPECT_EQ(*out, 7);
}

TEST(Result, VoidIsSuccessOrAnError) {
    Result<void> done = ok();
    EXPECT_TRUE(done.ok());
    Result<void> failed = Error{"cache", "disk full"};
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().what, "disk full");
}
