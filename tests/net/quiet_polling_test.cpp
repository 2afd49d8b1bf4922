// The feed worker's rate during quiet hours, decided on instants (no waiting):
// slower inside the span, never past its end, unchanged outside it.
#include "net/quiet_polling.h"

#include <gtest/gtest.h>

#include "feed/feed_parser.h"
#include "test_support.h"

namespace signpost {
namespace {

using namespace std::chrono_literals;
using SysTime = std::chrono::system_clock::time_point;

// 2026-11-25 at hh:mm:ss UTC.
SysTime at(int hour, int minute, int second = 0, int day = 25) {
    return std::chrono::sys_days{std::chrono::year{2026} / 11 / day} + std::chrono::hours{hour} +
           std::chrono::minutes{minute} + std::chrono::seconds{second};
}

TimeZone zone(const char* name) {
    auto z = TimeZone::locate(name);
    EXPECT_TRUE(z) << name;
    return z ? *z : TimeZone{};
}

LocationConfig night_config(std::optional<Seconds> quiet_poll = std::nullopt) {
    LocationConfig config = test::make_config("feed.json", "");
    config.fetch.poll_interval = Seconds{60};
    config.quiet_hours = QuietHours{23 * 60, 7 * 60, quiet_poll};  // wraps midnight
    return config;
}

constexpr double kMiddle = 0.5;  // jittered() gives the base itself

TEST(QuietPolling, WithoutQuietHoursTheNormalDelayStands) {
    LocationConfig config = night_config();
    config.quiet_hours.reset();
    const PollDelay d = poll_delay(Millis{60000}, config, TimeZone{}, at(2, 0), kMiddle);
    EXPECT_EQ(d.delay, Millis{60000});
    EXPECT_FALSE(d.quiet);
}

TEST(QuietPolling, OutsideTheSpanTheNormalDelayStands) {
    for (SysTime t : {at(7, 0), at(12, 0), at(22, 59, 59)}) {
        const PollDelay d = poll_delay(Millis{60000}, night_config(), TimeZone{}, t, kMiddle);
        EXPECT_EQ(d.delay, Millis{60000});
        EXPECT_FALSE(d.quiet);
        // A failure's short backoff too: the sign is on, it needs the data.
        EXPECT_EQ(poll_delay(Millis{5000}, night_config(), TimeZone{}, t, kMiddle).delay,
                  Millis{5000});
    }
}

TEST(QuietPolling, InsideTheSpanTheQuietIntervalApplies) {
    // Default: max(4 x 60 s, 15 min) = 15 min.
    for (SysTime t : {at(23, 0), at(1, 30), at(5, 0)}) {
        const PollDelay d = poll_delay(Millis{60000}, night_config(), TimeZone{}, t, kMiddle);
        EXPECT_EQ(d.delay, Millis{15 * 60 * 1000});
        EXPECT_TRUE(d.quiet);
    }
    // The configured interval, jittered like the normal one.
    EXPECT_EQ(
        poll_delay(Millis{60000}, night_config(Seconds{1800}), TimeZone{}, at(1, 0), kMiddle).delay,
        Millis{1800 * 1000});
    EXPECT_EQ(
        poll_delay(Millis{60000}, night_config(Seconds{1800}), TimeZone{}, at(1, 0), 0.0).delay,
        Millis{1620 * 1000});
    // After a failure too: the backoff's 5 s would keep a black screen's
    // board asking all night while the server is down.
    EXPECT_EQ(poll_delay(Millis{5000}, night_config(), TimeZone{}, at(1, 0), kMiddle).delay,
              Millis{15 * 60 * 1000});
}

TEST(QuietPolling, NeverFasterThanTheNormalRate) {
    LocationConfig config = night_config(Seconds{30});
    config.fetch.poll_interval = Seconds{600};
    EXPECT_EQ(poll_delay(Millis{600000}, config, TimeZone{}, at(1, 0), kMiddle).delay,
              Millis{600000});
}

TEST(QuietPolling, WakesAtTheEndOfTheSpan) {
    // 06:50: the quiet interval (15 min) would reach past 07:00.
    const PollDelay d = poll_delay(Millis{60000}, night_config(), TimeZone{}, at(6, 50), kMiddle);
    EXPECT_EQ(d.delay, Millis{10 * 60 * 1000} + kQuietEdgeMargin);
    EXPECT_TRUE(d.quiet);
    // Sub-second: from 06:59:59.250 the edge is 750 ms away.
    const PollDelay close =
        poll_delay(Millis{60000}, night_config(), TimeZone{}, at(6, 59, 59) + 250ms, kMiddle);
    EXPECT_EQ(close.delay, Millis{750} + kQuietEdgeMargin);
    // Woken there, the next delay is the normal one again.
    const PollDelay after = poll_delay(Millis{60000}, night_config(), TimeZone{},
                                       at(6, 59, 59) + 250ms + close.delay, kMiddle);
    EXPECT_EQ(after.delay, Millis{60000});
    EXPECT_FALSE(after.quiet);
}

TEST(QuietPolling, ReadsTheSpanInTheVenuesZone) {
    // 23:30 in Seoul is 14:30 UTC; 03:00 UTC is noon in Seoul.
    const TimeZone seoul = zone("Asia/Seoul");
    EXPECT_TRUE(poll_delay(Millis{60000}, night_config(), seoul, at(14, 30), kMiddle).quiet);
    EXPECT_FALSE(poll_delay(Millis{60000}, night_config(), seoul, at(3, 0), kMiddle).quiet);
    // 07:00 Seoul is 22:00 UTC.
    EXPECT_EQ(poll_delay(Millis{60000}, night_config(), seoul, at(21, 55), kMiddle).delay,
              Millis{5 * 60 * 1000} + kQuietEdgeMargin);
}

TEST(QuietPolling, TheZoneIsTheConfigsElseTheSchedulesElseUtc) {
    auto parsed = parse_feed(test::read_file(test::net_data("feed-a.json")), FeedOptions{});
    ASSERT_TRUE(parsed) << parsed.error().to_string();
    const Schedule* berlin = parsed->schedule.get();  // the feed says Europe/Berlin
    LocationConfig config = night_config();
    EXPECT_EQ(venue_zone(config.timezone, nullptr).name(), "UTC");
    EXPECT_EQ(venue_zone(config.timezone, berlin).name(), "Europe/Berlin");
    config.timezone = "Asia/Seoul";
    EXPECT_EQ(venue_zone(config.timezone, berlin).name(), "Asia/Seoul");
    EXPECT_EQ(venue_zone(config.timezone, nullptr).name(), "Asia/Seoul");
}

}  // namespace
}  // namespace signpost
