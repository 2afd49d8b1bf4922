// When the kiosk's screen is dark for quiet hours, and what the service status
// then says.
#include "app/quiet_screen.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

TimeZone madrid() {
    auto z = TimeZone::locate("Europe/Madrid");
    EXPECT_TRUE(z);
    return z ? *z : TimeZone{};
}

Instant at(const char* iso) {
    auto t = parse_iso8601(iso);
    EXPECT_TRUE(t) << iso;
    return t ? *t : Instant{};
}

LocationConfig with_night() {
    LocationConfig config;
    config.quiet_hours = QuietHours{23 * 60, 7 * 60, std::nullopt};
    return config;
}

TEST(QuietScreen, DarkInsideTheSpanUntilItsEnd) {
    const auto until =
        quiet_screen_until(with_night(), madrid(), at("2016-10-25T02:00:00+02:00"), false, false);
    ASSERT_TRUE(until);
    EXPECT_EQ(*until, at("2016-10-25T07:00:00+02:00"));
}

TEST(QuietScreen, OnOutsideTheSpanOrWithoutQuietHours) {
    EXPECT_FALSE(
        quiet_screen_until(with_night(), madrid(), at("2016-10-25T07:00:00+02:00"), false, false));
    EXPECT_FALSE(quiet_screen_until(LocationConfig{}, madrid(), at("2016-10-25T02:00:00+02:00"),
                                    false, false));
}

TEST(QuietScreen, AnEmergencyOrAnUntrustedClockKeepsTheSignOn) {
    const Instant night = at("2016-10-25T02:00:00+02:00");
    EXPECT_FALSE(
        quiet_screen_until(with_night(), madrid(), night, /*emergency_active=*/true, false));
    EXPECT_FALSE(quiet_screen_until(with_night(), madrid(), night, false,
                                    /*clock_untrusted=*/true));
}

TEST(QuietScreen, ReadsTheSpanInTheVenuesZone) {
    // 02:00 in Madrid is 00:00 UTC; in UTC that is quiet too, but 06:30 UTC
    // (08:30 in Madrid) is quiet only in UTC.
    EXPECT_FALSE(
        quiet_screen_until(with_night(), madrid(), at("2016-10-25T06:30:00Z"), false, false));
    EXPECT_TRUE(
        quiet_screen_until(with_night(), TimeZone{}, at("2016-10-25T06:30:00Z"), false, false));
}

}  // namespace
}  // namespace signpost
