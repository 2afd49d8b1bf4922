// Wall-clock time in a venue zone: local fields, both DST edges, venue days,
// and which zone a venue is in.
#include "model/timezone.h"

#include "model/schedule.h"

#include <gtest/gtest.h>

using namespace signpost;

namespace {

constexpr Instant at(long long seconds) {
    return Instant{Seconds{seconds}};
}

const TimeZone& madrid() {
    static const TimeZone zone = *TimeZone::locate("Europe/Madrid");
    return zone;
}

}  // namespace

TEST(TimeZone, WallClockTimeAndOffset) {
    // 2016-10-26T09:40:00Z, a Wednesday: 11:40 in Madrid (CEST, +02:00).
    const Instant t = at(1477474800);
    const LocalDateTime local = madrid().to_local(t);
    EXPECT_EQ(local.year, 2016);
    EXPECT_EQ(local.month, 10u);
    EXPECT_EQ(local.day, 26u);
    EXPECT_EQ(local.hour, 11);
    EXPECT_EQ(local.minute, 40);
    EXPECT_EQ(local.weekday, 3u);
    EXPECT_EQ(local.offset, Seconds{7200});
    EXPECT_EQ(madrid().format_hhmm(t), "11:40");
    EXPECT_EQ(madrid().format_iso(t), "2016-10-26T11:40:00+02:00");
    EXPECT_EQ(TimeZone().format_hhmm(t), "09:40");
    EXPECT_EQ(madrid().from_local(2016, 10, 26, 11, 40), t);
}

TEST(TimeZone, TheRepeatedHourIsReadAsTheFirstAndTheSkippedOneWithTheOffsetBefore) {
    // 2016-10-30 03:00 CEST went back to 02:00 CET: 02:30 happened twice.
    EXPECT_EQ(madrid().from_local(2016, 10, 30, 2, 30), at(1477787400));  // 00:30Z, +02:00
    EXPECT_EQ(madrid().offset_at(at(1477787400)), Seconds{7200});
    EXPECT_EQ(madrid().offset_at(at(1477787400 + 3600)), Seconds{3600});
    // 2016-03-27 02:00 CET jumped to 03:00 CEST: 02:30 never happened.
    EXPECT_EQ(madrid().from_local(2016, 3, 27, 2, 30), at(1459042200));  // 01:30Z, +01:00
}

TEST(TimeZone, VenueDaysChangeAtLocalMidnight) {
    // 21:59Z and 22:01Z on 2016-10-26 are the 26th and the 27th in Madrid.
    const Instant before = at(1477474800 + 12 * 3600 + 19 * 60);
    const Instant after = before + Seconds{120};
    EXPECT_EQ(madrid().local_day_number(after), madrid().local_day_number(before) + 1);
    EXPECT_EQ(TimeZone().local_day_number(after), TimeZone().local_day_number(before));
}

TEST(VenueZone, TheConfigsZoneElseTheSchedulesElseUtc) {
    EXPECT_EQ(venue_zone(std::nullopt, nullptr).name(), "UTC");
    EXPECT_EQ(venue_zone(std::string("Asia/Seoul"), nullptr).name(), "Asia/Seoul");
    // A name tzdata does not know is passed over, not an error at this point
    // (the config check reports it).
    EXPECT_EQ(venue_zone(std::string("Europe/Madird"), nullptr).name(), "UTC");
}
