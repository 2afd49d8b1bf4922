// Zones are read one file each (model/timezone.cpp), not through the date
// library's database of every zone.
#include "model/timezone.h"

#include <gtest/gtest.h>

namespace signpost {
namespace {

using namespace std::chrono_literals;

Instant at(int64_t unix_seconds) {
    return Instant{Seconds{unix_seconds}};
}

TEST(TimeZoneLocate, ReadsAZoneWithItsSummerAndWinterOffsets) {
    auto berlin = TimeZone::locate("Europe/Berlin");
    ASSERT_TRUE(berlin.ok()) << berlin.error().to_string();
    EXPECT_EQ(berlin->name(), "Europe/Berlin");
    EXPECT_EQ(berlin->offset_at(at(1477476000)), Seconds{2h});  // 2016-10-26
    EXPECT_EQ(berlin->offset_at(at(1481068800)), Seconds{1h});  // 2016-12-07
    // Korea: no daylight saving time.
    auto seoul = TimeZone::locate("Asia/Seoul");
    ASSERT_TRUE(seoul.ok());
    EXPECT_EQ(seoul->format_hhmm(at(1477476000)), "19:00");
}

TEST(TimeZoneLocate, TheSameZoneTwiceIsTheSame) {
    auto a = TimeZone::locate("America/New_York");
    auto b = TimeZone::locate("America/New_York");
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(a->offset_at(at(1477476000)), b->offset_at(at(1477476000)));
    EXPECT_EQ(a->offset_at(at(1477476000)), Seconds{-4h});
}

TEST(TimeZoneLocate, UtcNeedsNoFile) {
    for (const char* name : {"UTC", "Etc/UTC", "Z"}) {
        auto utc = TimeZone::locate(name);
        ASSERT_TRUE(utc.ok()) << name;
        EXPECT_EQ(utc->offset_at(at(1477476000)), Seconds{0});
    }
}

TEST(TimeZoneLocate, UnknownOrPathLikeNamesAreErrors) {
    for (const char* name : {"Europe/Atlantis", "", "../../etc/passwd", "/etc/localtime",
                             "Europe/../Europe/Berlin", "Europe"}) {
        auto zone = TimeZone::locate(name);
        EXPECT_FALSE(zone.ok()) << name;
        if (!zone.ok()) {
            EXPECT_NE(zone.error().to_string().find("unknown time zone"), std::string::npos);
        }
    }
}

}  // namespace
}  // namespace signpost
