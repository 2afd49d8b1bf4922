#include <gtest/gtest.h>

#include "model/schedule.h"
#include "model_test_support.h"

using namespace signpost;

namespace {

using test::at;

Session make(std::string id, size_t room, const char* start, const char* end) {
    Session s;
    s.id = std::move(id);
    s.room = room;
    s.room_id = "r" + std::to_string(room);
    s.start = at(start);
    s.end = at(end);
    s.title = LocalizedText::plain(s.id);
    return s;
}

Schedule make_schedule(std::vector<Session> sessions, size_t rooms = 2) {
    Venue v;
    v.timezone = "Europe/Madrid";
    Building b;
    b.id = "b";
    for (size_t i = 0; i < rooms; ++i) {
        Room r;
        r.id = "r" + std::to_string(i);
        v.rooms.push_back(r);
        b.rooms.push_back(i);
    }
    v.buildings.push_back(b);
    return Schedule(v, TimeZone::locate("Europe/Madrid").value(), std::move(sessions), {});
}

const char* id_of(const Session* s) {
    return s ? s->id.c_str() : "(none)";
}

// "now a, next b" in `room` at `iso`; "(none)" for no session.
std::string now_next_at(const Schedule& s, size_t room, const char* iso) {
    const NowNext nn = s.now_next(room, at(iso));
    return std::string("now ") + id_of(nn.now) + ", next " + id_of(nn.next);
}

}  // namespace

TEST(NowNext, StartIsInclusiveEndIsExclusive) {
    auto s = make_schedule({make("a", 0, "2016-10-25T09:00:00Z", "2016-10-25T10:00:00Z"),
                            make("b", 0, "2016-10-25T10:00:00Z", "2016-10-25T11:00:00Z")});
    EXPECT_EQ(now_next_at(s, 0, "2016-10-25T09:00:00Z"), "now a, next b");
    // Back to back: at 10:00 a has ended and b runs.
    EXPECT_EQ(now_next_at(s, 0, "2016-10-25T10:00:00Z"), "now b, next (none)");
    EXPECT_EQ(now_next_at(s, 0, "2016-10-25T09:59:59Z"), "now a, next b");
    EXPECT_EQ(now_next_at(s, 0, "2016-10-25T11:00:00Z"), "now (none), next (none)");
}

TEST(NowNext, BeforeTheFirstSessionOnlyNext) {
    auto s = make_schedule({make("a", 0, "2016-10-25T09:00:00Z", "2016-10-25T10:00:00Z")});
    EXPECT_EQ(now_next_at(s, 0, "2016-10-25T08:00:00Z"), "now (none), next a");
}

TEST(NowNext, OverlapPicksLatestStartThenSmallestId) {
    auto s = make_schedule({
        make("long", 0, "2016-10-25T08:00:00Z", "2016-10-25T18:00:00Z"),
        make("z", 0, "2016-10-25T10:00:00Z", "2016-10-25T11:00:00Z"),
        make("m", 0, "2016-10-25T10:00:00Z", "2016-10-25T12:00:00Z"),
        make("late", 0, "2016-10-25T10:30:00Z", "2016-10-25T10:45:00Z"),
    });
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-25T10:10:00Z")).now), "m");
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-25T10:40:00Z")).now), "late");
    // late has ended, z and m started together: smallest id.
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-25T10:50:00Z")).now), "m");
    // z ended at 11:00, m goes on to 12:00.
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-25T11:30:00Z")).now), "m");
    // Only the long one remains; it started earliest but is the only one running.
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-25T13:00:00Z")).now), "long");
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-25T09:00:00Z")).next), "m");
}

TEST(NowNext, NextTiesToSmallestIdAndIsNeverNow) {
    auto s = make_schedule({
        make("b2", 0, "2016-10-25T12:00:00Z", "2016-10-25T13:00:00Z"),
        make("b1", 0, "2016-10-25T12:00:00Z", "2016-10-25T13:30:00Z"),
        make("a", 0, "2016-10-25T11:00:00Z", "2016-10-25T12:30:00Z"),
    });
    EXPECT_EQ(now_next_at(s, 0, "2016-10-25T11:30:00Z"), "now a, next b1");
    EXPECT_EQ(now_next_at(s, 0, "2016-10-25T12:00:00Z"), "now b1, next (none)");
}

TEST(NowNext, NextOnALaterDayAndEmptyRooms) {
    auto s = make_schedule({make("d1", 0, "2016-10-25T16:00:00Z", "2016-10-25T17:00:00Z"),
                            make("d3", 0, "2016-10-27T07:00:00Z", "2016-10-27T08:00:00Z")},
                           3);
    EXPECT_EQ(now_next_at(s, 0, "2016-10-25T18:00:00Z"), "now (none), next d3");
    auto all = s.now_next_all(at("2016-10-25T16:30:00Z"));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_STREQ(id_of(all[0].now), "d1");
    EXPECT_EQ(all[1].now, nullptr);
    EXPECT_EQ(all[1].next, nullptr);
    EXPECT_EQ(all[2].now, nullptr);
}

TEST(NowNext, RoomsDoNotLeakIntoEachOther) {
    auto s = make_schedule({make("x", 1, "2016-10-25T09:00:00Z", "2016-10-25T10:00:00Z")});
    EXPECT_EQ(s.now_next(0, at("2016-10-25T09:30:00Z")).now, nullptr);
    EXPECT_STREQ(id_of(s.now_next(1, at("2016-10-25T09:30:00Z")).now), "x");
    EXPECT_NE(s.find_session("x"), nullptr);
    EXPECT_EQ(s.find_session("y"), nullptr);
}

// Europe/Madrid left summer time on 2016-10-30: 03:00 CEST became 02:00 CET, so
// the wall-clock hour 02:00-03:00 happened twice.
TEST(NowNext, RepeatedHourAtTheDstChange) {
    auto first = make("first", 0, "2016-10-30T02:15:00+02:00", "2016-10-30T02:45:00+02:00");
    auto second = make("second", 0, "2016-10-30T02:15:00+01:00", "2016-10-30T02:45:00+01:00");
    auto s = make_schedule({second, first});
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-30T00:30:00Z")).now), "first");
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-30T00:30:00Z")).next), "second");
    EXPECT_EQ(s.now_next(0, at("2016-10-30T01:00:00Z")).now, nullptr);
    EXPECT_STREQ(id_of(s.now_next(0, at("2016-10-30T01:30:00Z")).now), "second");
    // Both show 02:15 on the wall clock, an hour apart.
    const TimeZone& tz = s.zone();
    EXPECT_EQ(tz.format_hhmm(s.find_session("first")->start), "02:15");
    EXPECT_EQ(tz.format_hhmm(s.find_session("second")->start), "02:15");
    EXPECT_EQ(tz.format_iso(s.find_session("second")->start), "2016-10-30T02:15:00+01:00");
}

TEST(TimeZone, FromLocalInTheRepeatedHourTakesTheFirst) {
    auto tz = TimeZone::locate("Europe/Madrid").value();
    EXPECT_EQ(format_iso8601_utc(tz.from_local(2016, 10, 30, 2, 30)), "2016-10-30T00:30:00Z");
    EXPECT_EQ(format_iso8601_utc(tz.from_local(2016, 10, 25, 9, 0)), "2016-10-25T07:00:00Z");
    EXPECT_FALSE(TimeZone::locate("Mars/Olympus_Mons").ok());
}
