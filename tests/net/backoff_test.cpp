#include "net/backoff.h"

#include <gtest/gtest.h>

#include <cmath>

namespace signpost {
namespace {

using std::chrono::seconds;

TEST(Jitter, SpansTenPercentEitherSide) {
    EXPECT_EQ(jittered(Millis{60000}, 0.0), Millis{54000});
    EXPECT_EQ(jittered(Millis{60000}, 0.5), Millis{60000});
    EXPECT_EQ(jittered(Millis{60000}, 0.75), Millis{63000});
    // The top of [0, 1) reaches +10% (rounding), never more.
    EXPECT_EQ(jittered(Millis{60000}, std::nextafter(1.0, 0.0)), Millis{66000});
}

TEST(Jitter, ABrokenRandomSourceIsClamped) {
    EXPECT_EQ(jittered(Millis{10000}, -3.0), Millis{9000});
    EXPECT_EQ(jittered(Millis{10000}, 7.0), Millis{11000});
    EXPECT_EQ(jittered(Millis{10000}, std::nan("")), Millis{9000});
}

TEST(Jitter, RealRandomSourceStaysInRange) {
    RandomUnit unit = make_random_unit();
    double low = 1.0;
    double high = 0.0;
    for (int i = 0; i < 10000; ++i) {
        double u = unit();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        low = std::min(low, u);
        high = std::max(high, u);
        Millis delay = jittered(Millis{60000}, u);
        ASSERT_GE(delay, Millis{54000});
        ASSERT_LE(delay, Millis{66000});
    }
    // 10000 draws cover the range: a constant source would fail here.
    EXPECT_LT(low, 0.01);
    EXPECT_GT(high, 0.99);
}

TEST(Backoff, DoublesFromFiveSecondsUpToThePollInterval) {
    Backoff backoff(seconds(60));
    EXPECT_EQ(backoff.after_failure(), seconds(5));
    EXPECT_EQ(backoff.after_failure(), seconds(10));
    EXPECT_EQ(backoff.after_failure(), seconds(20));
    EXPECT_EQ(backoff.after_failure(), seconds(40));
    EXPECT_EQ(backoff.after_failure(), seconds(60));
    EXPECT_EQ(backoff.after_failure(), seconds(60));
    EXPECT_EQ(backoff.consecutive_failures(), 6);
}

TEST(Backoff, StaysCappedAfterVeryManyFailures) {
    Backoff backoff(seconds(300));
    for (int i = 0; i < 100000; ++i) {
        ASSERT_LE(backoff.after_failure(), seconds(300));
    }
    EXPECT_EQ(backoff.after_failure(), seconds(300));
}

TEST(Backoff, SuccessStartsOver) {
    Backoff backoff(seconds(60));
    backoff.after_failure();
    backoff.after_failure();
    backoff.reset();
    EXPECT_EQ(backoff.consecutive_failures(), 0);
    EXPECT_EQ(backoff.after_failure(), seconds(5));
}

TEST(Backoff, AShortPollIntervalCapsEvenTheFirstDelay) {
    Backoff backoff(seconds(2));
    EXPECT_EQ(backoff.after_failure(), seconds(2));
    EXPECT_EQ(backoff.after_failure(), seconds(2));
}

}  // namespace
}  // namespace signpost
