// Quiet hours: inside or not, and the next edge, across midnight and DST.
#include <gtest/gtest.h>

#include "config/quiet_hours.h"

namespace signpost::test {
namespace {

TimeZone zone(const char* name) {
    auto z = TimeZone::locate(name);
    EXPECT_TRUE(z) << name;
    return z ? *z : TimeZone{};
}

constexpr QuietHours kNight{23 * 60, 7 * 60, std::nullopt};       // wraps midnight
constexpr QuietHours kAfternoon{13 * 60, 14 * 60, std::nullopt};  // does not

TEST(QuietHours, WrapsMidnight) {
    const TimeZone seoul = zone("Asia/Seoul");
    auto at = [&](int d, int h, int m) {
        return seoul.from_local(2016, 10, static_cast<unsigned>(d), h, m);
    };
    EXPECT_FALSE(in_quiet_hours(kNight, at(25, 22, 59), seoul));
    EXPECT_TRUE(in_quiet_hours(kNight, at(25, 23, 0), seoul));
    EXPECT_TRUE(in_quiet_hours(kNight, at(26, 0, 30), seoul));
    EXPECT_TRUE(in_quiet_hours(kNight, at(26, 6, 59), seoul));
    EXPECT_FALSE(in_quiet_hours(kNight, at(26, 7, 0), seoul));
    EXPECT_FALSE(in_quiet_hours(kNight, at(26, 12, 0), seoul));

    EXPECT_EQ(next_quiet_edge(kNight, at(25, 12, 0), seoul), at(25, 23, 0));
    EXPECT_EQ(next_quiet_edge(kNight, at(25, 23, 30), seoul), at(26, 7, 0));
    EXPECT_EQ(next_quiet_edge(kNight, at(26, 3, 0), seoul), at(26, 7, 0));
    EXPECT_EQ(next_quiet_edge(kNight, at(26, 7, 0), seoul), at(26, 23, 0));
}

TEST(QuietHours, WithinOneDay) {
    const TimeZone seoul = zone("Asia/Seoul");
    auto at = [&](int h, int m) { return seoul.from_local(2016, 10, 25, h, m); };
    EXPECT_FALSE(in_quiet_hours(kAfternoon, at(12, 59), seoul));
    EXPECT_TRUE(in_quiet_hours(kAfternoon, at(13, 0), seoul));
    EXPECT_FALSE(in_quiet_hours(kAfternoon, at(14, 0), seoul));
    EXPECT_FALSE(in_quiet_hours(kAfternoon, at(23, 30), seoul));
    EXPECT_EQ(next_quiet_edge(kAfternoon, at(13, 30), seoul), at(14, 0));
    // After today's span: tomorrow's start.
    EXPECT_EQ(next_quiet_edge(kAfternoon, at(15, 0), seoul), seoul.from_local(2016, 10, 26, 13, 0));
}

TEST(QuietHours, FollowTheWallClockOnDstDays) {
    const TimeZone madrid = zone("Europe/Madrid");
    // 2016-10-30: clocks go back at 03:00 CEST to 02:00 CET; the night is 9 h of real time.
    const Instant evening = madrid.from_local(2016, 10, 29, 22, 0);
    const Instant start = next_quiet_edge(kNight, evening, madrid);
    EXPECT_EQ(start, madrid.from_local(2016, 10, 29, 23, 0));
    const Instant end = next_quiet_edge(kNight, start, madrid);
    EXPECT_EQ(end, madrid.from_local(2016, 10, 30, 7, 0));
    EXPECT_EQ(end - start, std::chrono::hours{9});
    EXPECT_EQ(madrid.to_local(end).hour, 7);
    // 2016-03-27: clocks go forward at 02:00 CET to 03:00 CEST; a 02:30 start falls
    // in the gap and takes effect at 03:00 CEST.
    const QuietHours gap{2 * 60 + 30, 5 * 60, std::nullopt};
    const Instant before = madrid.from_local(2016, 3, 27, 1, 0);
    EXPECT_FALSE(in_quiet_hours(gap, before, madrid));
    const Instant gap_start = next_quiet_edge(gap, before, madrid);
    EXPECT_EQ(madrid.to_local(gap_start).hour, 3);
    EXPECT_TRUE(in_quiet_hours(gap, gap_start, madrid));
    EXPECT_FALSE(in_quiet_hours(gap, gap_start - Seconds{1}, madrid));
}

}  // namespace
}  // namespace signpost::test
