// iCalendar: the real feeds in tests/data/import (counts and now/next read
// off the files by hand), then VTIMEZONE/TZID, UTC and floating times,
// recurrences, and the quirks of hand-made calendars.
#include <gtest/gtest.h>

#include "feed/importers.h"
#include "import_test_support.h"

namespace signpost {
namespace {

using namespace import_test;

ParsedFeed import_ics(std::string_view ics, FeedOptions options = {}) {
    return expect_imported(import_icalendar(ics, options));
}

// CRLF line ends, as RFC 5545 wants them (the tests also use LF alone).
std::string crlf(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') {
            out += '\r';
        }
        out += c;
    }
    return out;
}

TEST(ImportICalendar, Congress33c3WithVtimezoneAndLfEndings) {
    const std::string bytes = read_import_fixture("33c3.schedule.ics");
    ASSERT_EQ(bytes.find('\r'), std::string::npos);  // the fixture is LF-only
    const ParsedFeed feed = import_ics(bytes);
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(feed.format, "ical");
    // No dradio: iCalendar has no empty rooms.
    EXPECT_EQ(summary(s), "rooms 4, sessions 150, zone Europe/Berlin");
    EXPECT_TRUE(feed.warnings.empty());
    expect_now_next(s, {{"Saal 1", "2016-12-27T11:10:00+01:00",
                         "b8e0eb47-4832-4726-bc9b-9015bd96becf@frab.cccv.de",
                         "87092ad2-d3fd-4a37-bb58-1fe71217a06b@frab.cccv.de"},
                        {"Saal 1", "2016-12-28T00:30:00+01:00",
                         "2689ebfe-0d84-4c88-9ea6-5cadad9d4fa4@frab.cccv.de",
                         "d1681340-162c-48ce-8c0b-61c3e176696d@frab.cccv.de"}});
    // "SUMMARY: From Server Farm..." has a leading space.
    const Session* farm = s.find_session("2aba641b-114d-4dac-866e-533314a3c108@frab.cccv.de");
    ASSERT_NE(farm, nullptr);
    EXPECT_EQ(farm->title.pick({}), "From Server Farm to Data Table - Ingrid Burrington");
    EXPECT_EQ(farm->start, at("2016-12-29T21:15:00+01:00"));
}

TEST(ImportICalendar, PyconUk2015WithUtcTimesNoDtendAndARepeatedUid) {
    const ParsedFeed feed = import_ics(read_import_fixture("pyconuk2015.schedule.ics"));
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(summary(s), "rooms 11, sessions 162, zone UTC");  // nothing says Europe/London
    EXPECT_TRUE(has_warning(feed, "", "no usable time zone"));
    const std::string host = "@testing-worker-linux-docker-3ee836b9-3394-linux-5";
    EXPECT_EQ(now_next_ids(s, "PythonAnywhere Room (CC1.3)", "2015-09-18T08:45:00Z"),
              (ExpectedNowNext{"20160417T070217Z-17774" + host, "20160417T070217Z-1650" + host}));
    // The social has no DTEND: the default hour, 18:30-19:30.
    EXPECT_EQ(now_next_ids(s, "PythonAnywhere Room (CC1.3)", "2015-09-18T19:00:00Z").now,
              "20160417T070217Z-2495" + host);
    EXPECT_EQ(now_next_ids(s, "PythonAnywhere Room (CC1.3)", "2015-09-18T19:45:00Z").now, "");
    // Overlaps in one room: DjangoGirls 09:30-11:00 and Trans*Code 09:30-11:30
    // (equal starts: the smaller id), then DjangoGirls Lunch 11:00-11:30 while
    // Trans*Code still runs (the latest start).
    EXPECT_EQ(
        now_next_ids(s, "Training and Hackathon (Simulation Centre)", "2015-09-18T10:00:00Z").now,
        "20160417T070217Z-48153" + host);
    EXPECT_EQ(
        now_next_ids(s, "Training and Hackathon (Simulation Centre)", "2015-09-18T11:15:00Z").now,
        "20160417T070217Z-68941" + host);
    // One UID on two events: the second one in the file is "#2".
    EXPECT_EQ(now_next_ids(s, "LaterPay Learning Space (Bistro)", "2015-09-19T15:45:00Z").now,
              "20160417T070217Z-58703" + host);
    EXPECT_EQ(now_next_ids(s, "The Software Sustainability Institute Room (CC2.1)",
                           "2015-09-20T10:45:00Z")
                  .now,
              "20160417T070217Z-58703" + host + "#2");
}

TEST(ImportICalendar, DefaultLengthComesFromTheOptions) {
    FeedOptions options;
    options.default_session_length = std::chrono::minutes(90);
    const ParsedFeed feed = import_ics(read_import_fixture("pyconuk2015.schedule.ics"), options);
    const std::string host = "@testing-worker-linux-docker-3ee836b9-3394-linux-5";
    const Session* social = feed.schedule->find_session("20160417T070217Z-2495" + host);
    ASSERT_NE(social, nullptr);
    EXPECT_EQ(social->end, at("2015-09-18T20:00:00Z"));
}

constexpr std::string_view kZonesAndQuirks = R"(BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
X-WR-CALNAME:Zones
VTIMEZONE:Europe/Vienna
BEGIN:VTIMEZONE
TZID:Custom Standard Time
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:tzid-vtimezone
DTSTART;TZID=Custom Standard Time:20240601T100000
DTEND;TZID=Custom Standard Time:20240601T110000
SUMMARY:Read through the calendar's own VTIMEZONE
LOCATION:  Hall A  
END:VEVENT
BEGIN:VEVENT
UID:tzid-iana
DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Lisbon:20240601T100000
DURATION:PT45M
SUMMARY:An IANA zone with a vendor prefix
LOCATION:Hall A
END:VEVENT
BEGIN:VEVENT
UID:utc
DTSTART:20240601T120000Z
DTEND:20240601T130000Z
SUMMARY:UTC
LOCATION:hall a
END:VEVENT
BEGIN:VEVENT
UID:floating
DTSTART:20240601T140000
SUMMARY:Floating: read in the feed's zone
LOCATION:Hall A
END:VEVENT
BEGIN:VEVENT
UID:all-day
DTSTART;VALUE=DATE:20240602
SUMMARY:All day
LOCATION:Foyer 🎪
END:VEVENT
BEGIN:VEVENT
UID:cancelled
DTSTART:20240601T150000Z
DTEND:20240601T150000Z
STATUS:CANCELLED
SUMMARY:No length
LOCATION:Hall A
END:VEVENT
BEGIN:VEVENT
UID:nowhere
DTSTART:20240601T150000Z
SUMMARY:No location
END:VEVENT
END:VCALENDAR
)";

TEST(ImportICalendar, TzidUtcFloatingAndDates) {
    const ParsedFeed feed = import_ics(crlf(kZonesAndQuirks));
    const Schedule& s = *feed.schedule;
    // "Custom Standard Time" is no IANA name; its VTIMEZONE says +03:00, so
    // the feed is shown at that offset, with a warning.
    EXPECT_EQ(s.zone().name(), "Etc/GMT-3");
    EXPECT_TRUE(has_warning(feed, "VTIMEZONE TZID", "unknown time zone \"Custom Standard Time\""));
    EXPECT_EQ(s.find_session("tzid-vtimezone")->start, at("2024-06-01T10:00:00+03:00"));
    EXPECT_EQ(s.find_session("tzid-vtimezone")->end, at("2024-06-01T11:00:00+03:00"));
    EXPECT_EQ(s.find_session("tzid-iana")->start,
              at("2024-06-01T10:00:00+01:00"));  // WEST
    EXPECT_EQ(s.find_session("tzid-iana")->end, at("2024-06-01T10:45:00+01:00"));
    EXPECT_EQ(s.find_session("utc")->start, at("2024-06-01T12:00:00Z"));
    EXPECT_EQ(s.find_session("floating")->start, at("2024-06-01T14:00:00+03:00"));
    EXPECT_EQ(s.find_session("floating")->end, at("2024-06-01T15:00:00+03:00"));
    EXPECT_EQ(s.find_session("all-day")->start, at("2024-06-02T00:00:00+03:00"));
    EXPECT_EQ(s.find_session("all-day")->end, at("2024-06-03T00:00:00+03:00"));
    // LOCATION is trimmed; "hall a" is another room than "Hall A".
    EXPECT_TRUE(s.venue().find_room("Hall A").has_value());
    EXPECT_TRUE(s.venue().find_room("hall a").has_value());
    EXPECT_TRUE(s.venue().find_room("Foyer 🎪").has_value());
    EXPECT_EQ(s.venue().buildings[0].id, "Zones");  // named after X-WR-CALNAME
    // The bogus "VTIMEZONE:" line is reported, not fatal.
    EXPECT_TRUE(has_warning(feed, "VCALENDAR", "VTIMEZONE"));
    EXPECT_EQ(s.find_session("cancelled"), nullptr);
    EXPECT_TRUE(has_warning(feed, "VEVENT 6 (cancelled)", "ends at or before its start"));
    EXPECT_EQ(s.find_session("nowhere"), nullptr);
    EXPECT_TRUE(has_warning(feed, "VEVENT 7 (nowhere)", "no room"));
}

TEST(ImportICalendar, ConfigZoneReadsFloatingTimesButNotTzidOrUtcOnes) {
    FeedOptions options;
    options.timezone = "Asia/Seoul";
    const ParsedFeed feed = import_ics(kZonesAndQuirks, options);  // LF alone this time
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(s.zone().name(), "Asia/Seoul");
    EXPECT_EQ(s.find_session("floating")->start, at("2024-06-01T14:00:00+09:00"));
    EXPECT_EQ(s.find_session("tzid-vtimezone")->start, at("2024-06-01T10:00:00+03:00"));
    EXPECT_EQ(s.find_session("utc")->start, at("2024-06-01T12:00:00Z"));
}

TEST(ImportICalendar, RecurrencesAreExpandedWithExdatesAndOverrides) {
    const ParsedFeed feed = import_ics(crlf(R"(BEGIN:VCALENDAR
VERSION:2.0
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
UID:standup
DTSTART;TZID=Europe/Berlin:20240329T090000
DTEND;TZID=Europe/Berlin:20240329T091500
RRULE:FREQ=DAILY;COUNT=5
EXDATE;TZID=Europe/Berlin:20240330T090000
SUMMARY:Stand-up
LOCATION:Room 1
END:VEVENT
BEGIN:VEVENT
UID:standup
RECURRENCE-ID;TZID=Europe/Berlin:20240401T090000
DTSTART;TZID=Europe/Berlin:20240401T100000
DTEND;TZID=Europe/Berlin:20240401T101500
SUMMARY:Stand-up (moved)
LOCATION:Room 2
END:VEVENT
BEGIN:VEVENT
UID:forever
DTSTART:20240101T000000Z
DURATION:PT10M
RRULE:FREQ=HOURLY
SUMMARY:No end
LOCATION:Room 3
END:VEVENT
END:VCALENDAR
)"));
    const Schedule& s = *feed.schedule;
    // 29th, (30th excluded), 31st across the DST change, 1st replaced, 2nd;
    // the replacement is the fourth "standup" in document order.
    EXPECT_EQ(s.find_session("standup")->start, at("2024-03-29T09:00:00+01:00"));
    EXPECT_EQ(s.find_session("standup#2")->start, at("2024-03-31T09:00:00+02:00"));
    EXPECT_EQ(s.find_session("standup#3")->start, at("2024-04-02T09:00:00+02:00"));
    EXPECT_EQ(s.find_session("standup#4")->start, at("2024-04-01T10:00:00+02:00"));
    EXPECT_EQ(s.find_session("standup#4")->room_id, "Room 2");
    EXPECT_EQ(s.find_session("standup#5"), nullptr);
    // An endless rule is cut, with a warning.
    EXPECT_EQ(s.sessions_in_room(s.venue().find_room("Room 3").value()).size(), 1000u);
    EXPECT_TRUE(has_warning(feed, "VEVENT 3 (forever)", "the first 1000"));
}

TEST(ImportICalendar, NotACalendarIsAnError) {
    EXPECT_THAT(import_error(import_icalendar("BEGIN:VEVENT\nUID:x\nEND:VEVENT\n", {})).what,
                HasSubstr("not a VCALENDAR"));
    EXPECT_FALSE(import_icalendar("hello", {}).ok());
}

}  // namespace
}  // namespace signpost
