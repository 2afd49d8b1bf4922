// frab / pretalx JSON: the real feeds in tests/data/import (counts and
// now/next read off the files by hand), then the quirks on small documents.
#include <gtest/gtest.h>

#include "feed/importers.h"
#include "import_test_support.h"

namespace signpost {
namespace {

using namespace import_test;

ParsedFeed import_fixture(const std::string& name, FeedOptions options = {}) {
    auto r = import_frab_json(read_import_fixture(name), options);
    EXPECT_TRUE(r.ok()) << name << ": " << (r.ok() ? "" : r.error().to_string());
    return r.ok() ? std::move(r).value() : ParsedFeed{};
}

ParsedFeed import_text(std::string_view json, FeedOptions options = {}) {
    return expect_imported(import_frab_json(json, options));
}

TEST(ImportFrabJson, Congress33c3) {
    const ParsedFeed feed = import_fixture("33c3.schedule.json");
    ASSERT_TRUE(feed.schedule);
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(feed.format, "frab-json");
    EXPECT_EQ(s.venue().rooms.size(),
              5u);  // dradio has no events and is still a room
    EXPECT_EQ(s.sessions().size(), 150u);
    // No time_zone_name: shown at the dates' +01:00, with a warning.
    EXPECT_EQ(s.zone().name(), "Etc/GMT-1");
    EXPECT_TRUE(has_warning(feed, "/schedule/conference/time_zone_name", "+01:00"));
    expect_now_next(
        s, {{"Saal 1", "2016-12-27T11:10:00+01:00", "b8e0eb47-4832-4726-bc9b-9015bd96becf",
             "87092ad2-d3fd-4a37-bb58-1fe71217a06b"},
            {"Saal 1", "2016-12-27T12:40:00+01:00", "", "1275f046-e52e-4b0b-9f5b-7eb2008b2ec4"},
            // Listed under day 1 with start 00:15: the night after, until 01:15.
            {"Saal 1", "2016-12-28T00:30:00+01:00", "2689ebfe-0d84-4c88-9ea6-5cadad9d4fa4",
             "d1681340-162c-48ce-8c0b-61c3e176696d"},
            {"dradio", "2016-12-28T00:30:00+01:00", "", ""}});
    // The venue: one building named after the conference, rooms in feed order.
    ASSERT_EQ(s.venue().buildings.size(), 1u);
    EXPECT_EQ(s.venue().buildings[0].id, "33c3");
    EXPECT_EQ(s.venue().rooms[3].id, "Saal 6");
    EXPECT_EQ(s.venue().rooms[4].id, "dradio");
    const Session* opening = s.find_session("b8e0eb47-4832-4726-bc9b-9015bd96becf");
    ASSERT_NE(opening, nullptr);
    EXPECT_EQ(opening->title.pick({}), "33C3 Opening Ceremony");
    EXPECT_EQ(opening->speakers, (std::vector<std::string>{"anna", "elisa"}));
    EXPECT_EQ(opening->track, "CCC");
    EXPECT_EQ(opening->kind, "lecture");
}

TEST(ImportFrabJson, Camp2019) {
    const ParsedFeed feed = import_fixture("frab-camp2019.json");
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(summary(s), "rooms 2, sessions 79, zone Europe/Berlin");
    EXPECT_TRUE(feed.warnings.empty());
    expect_now_next(
        s, {{"Curie", "2019-08-21T12:50:00+02:00", "", "24b58c74-2bba-412e-84ac-c206f714f0b7"},
            {"Curie", "2019-08-21T23:00:00+02:00", "d8db148c-39e4-4f1e-af23-a26a477c82ee",
             "36b973e6-6203-4506-9317-4959d04ce0d0"},
            {"Meitner", "2019-08-21T23:00:00+02:00", "", "d178f21d-4837-4a49-ae27-0f6abf703465"}});
}

TEST(ImportFrabJson, PretalxRc3) {
    const ParsedFeed feed = import_fixture("pretalx-rc3.json");
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(summary(s), "rooms 5, sessions 48, zone Etc/GMT-1");
    expect_now_next(s, {{"Chaos-West TV - Ennepetal", "2020-12-27T21:00:00+01:00",
                         "1cd19e87-f488-5e5f-b782-4984dfff7859", ""},
                        // 20:00 + 01:00 ends at 21:00: not running at 21:00.
                        {"r3s - Monheim/Rhein", "2020-12-27T21:00:00+01:00", "",
                         "52fc5180-b16c-5218-a4ba-9319eb02a15e"},
                        // Next is three days later.
                        {"hacc München / about:future - München", "2020-12-27T21:00:00+01:00", "",
                         "1e8baa54-4bc0-5b55-9fa9-c3a1c28b370c"}});
    // "<small>English Version below</small>\r\n<p>Im Juni 2020 ..." for display:
    const Session* esp = s.find_session("4a172fed-a56d-5513-8fdb-509aa4b56fc0");
    ASSERT_NE(esp, nullptr);
    EXPECT_EQ(esp->abstract.pick({}).rfind("English Version below\n\nIm Juni 2020 habe ich", 0),
              0u);
}

TEST(ImportFrabJson, PretalxDemoconDeclaresUtcButDatesSayPlusOne) {
    const ParsedFeed feed = import_fixture("pretalx-democon.json");
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(summary(s), "rooms 2, sessions 36, zone Etc/GMT-1");
    EXPECT_TRUE(has_warning(feed, "/schedule/conference/time_zone_name", "contradicts"));
    // 09:00+01:00 is 08:00Z: the dates win over "UTC".
    expect_now_next(
        s, {{"Gray Room", "2020-12-14T08:10:00Z", "8079583e-8321-506c-95af-fd2903a5f075",
             "2d64f8e2-26ee-529f-b5ab-3b3f326e31b9"},
            {"Tan Room", "2020-12-14T10:00:00Z", "", "ba72da9d-a522-54f6-9301-4bf4f3446425"}});
    EXPECT_EQ(s.venue().rooms[0].capacity, std::nullopt);  // "capacity": null
}

TEST(ImportFrabJson, ConfigZoneOverridesTheFeedsForDisplayOnly) {
    FeedOptions options;
    options.timezone = "Europe/Berlin";
    const ParsedFeed feed = import_fixture("pretalx-democon.json", options);
    EXPECT_EQ(feed.schedule->zone().name(), "Europe/Berlin");
    EXPECT_FALSE(has_warning(feed, "time_zone_name", ""));
    EXPECT_EQ(now_next_ids(*feed.schedule, "Gray Room", "2020-12-14T08:10:00Z").now,
              "8079583e-8321-506c-95af-fd2903a5f075");
}

TEST(ImportFrabJson, Schedule2FlatEvents) {
    const ParsedFeed feed = import_fixture("hub-schedule2.json");
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(summary(s), "rooms 5, sessions 2, zone Europe/Berlin");
    expect_now_next(
        s,
        {{"Saal 1", "2024-12-27T10:45:00+01:00", "270fa44c-821a-577f-8ca3-33e8d4a8c2a7", ""},
         {"Saal ZIGZAG", "2024-12-28T00:30:00+01:00", "b1740c2f-0c44-5f1b-89ed-456a9eecf0b8", ""},
         {"Stage HUFF", "2024-12-27T10:45:00+01:00", "", ""}});
    EXPECT_EQ(s.venue().rooms[0].capacity, 3025);
    const Session* talk = s.find_session("b1740c2f-0c44-5f1b-89ed-456a9eecf0b8");
    ASSERT_NE(talk, nullptr);
    EXPECT_EQ(talk->track,
              "Hardware & Making");  // the slug's name from conference.tracks
    EXPECT_EQ(talk->kind, "talk");
    EXPECT_EQ(talk->speakers, (std::vector<std::string>{"Sebastian Schwarz"}));
}

TEST(ImportFrabJson, InvalidExampleImportsWithAClearWarning) {
    const ParsedFeed feed = import_fixture("invalid-example.json");
    const Schedule& s = *feed.schedule;
    EXPECT_EQ(summary(s), "rooms 1, sessions 1, zone Europe/Zurich");
    EXPECT_TRUE(has_warning(feed, "/schedule/rooms", "outside /schedule/conference"));
    // "id": "2814" is a string, the guid is the id anyway.
    EXPECT_EQ(now_next_ids(s, "Winterchaos", "2022-12-28T14:30:00+01:00"),
              (ExpectedNowNext{"7a0fc001-e587-47e1-b378-b6ec7e666337", ""}));
    const Session& talk = s.sessions()[0];
    // <br /> in the description became line breaks (the abstract is plain).
    EXPECT_EQ(talk.abstract.pick({}).find("<br"), std::string::npos);
}

// A classic document around `days` (the value of schedule.conference.days).
std::string classic(std::string_view days, std::string_view conference_extra = "") {
    return std::string(
               R"({"schedule": {"version": "1", "conference": {"acronym": "conf",
        "title": "Conf")") +
           std::string(conference_extra) + R"(, "days": )" + std::string(days) + "}}}";
}

TEST(ImportFrabJson, WithoutDatesTheDayAndStartInTheZoneWithTheDayChange) {
    const ParsedFeed feed = import_text(classic(R"([{"index": 1, "date": "2024-03-30",
        "day_start": "2024-03-30T10:00:00+01:00", "day_end": "2024-03-31T04:00:00+02:00",
        "rooms": {"Hall": [
          {"id": 1, "start": "23:30", "duration": "0:45", "title": "Late"},
          {"id": 2, "start": "02:30", "duration": "00:30:00", "title": "After the DST change"}
        ]}}])",
                                                R"(, "time_zone_name": "Europe/Berlin")"));
    const Schedule& s = *feed.schedule;
    ASSERT_EQ(s.sessions().size(), 2u);
    EXPECT_EQ(s.find_session("1")->start, at("2024-03-30T23:30:00+01:00"));
    EXPECT_EQ(s.find_session("1")->end, at("2024-03-31T00:15:00+01:00"));
    // 02:30 is before the 10:00 day change: the next calendar day, which is
    // the night Berlin skips 02:00-03:00, so it reads with the offset before.
    EXPECT_EQ(s.find_session("2")->start, at("2024-03-31T02:30:00+01:00"));
    EXPECT_EQ(s.find_session("2")->end - s.find_session("2")->start, std::chrono::minutes(30));
}

TEST(ImportFrabJson, RepeatedIdsGetSuffixesInDocumentOrder) {
    const ParsedFeed feed = import_text(classic(R"([
      {"index": 1, "date": "2024-05-01", "rooms": {
        "A": [{"id": 7, "guid": "g", "date": "2024-05-01T10:00:00Z", "duration": "01:00"},
              {"id": 8, "date": "2024-05-01T12:00:00Z", "duration": "01:00"}],
        "B": [{"id": 9, "guid": "g", "date": "2024-05-01T10:00:00Z", "duration": "01:00"}]}},
      {"index": 2, "date": "2024-05-02", "rooms": {
        "A": [{"id": 7, "guid": "g", "date": "2024-05-02T10:00:00Z", "duration": "01:00"},
              {"id": 8, "date": "2024-05-02T12:00:00Z", "duration": "01:00"}]}}])"));
    const Schedule& s = *feed.schedule;
    ASSERT_EQ(s.sessions().size(), 5u);
    EXPECT_EQ(s.find_session("g")->room_id, "A");
    EXPECT_EQ(s.find_session("g#2")->room_id, "B");
    EXPECT_EQ(s.find_session("g#3")->start, at("2024-05-02T10:00:00Z"));
    EXPECT_EQ(s.find_session("8")->start, at("2024-05-01T12:00:00Z"));
    EXPECT_EQ(s.find_session("8#2")->start, at("2024-05-02T12:00:00Z"));
}

TEST(ImportFrabJson, RoomNamesAsWrittenEventRoomWinsOverTheKey) {
    const ParsedFeed feed = import_text(classic(R"([{"index": 1, "date": "2024-05-01", "rooms": {
        "Saal 1": [{"id": 1, "room": "saal 1", "date": "2024-05-01T10:00:00Z", "duration": "01:00"}],
        "🎪 Zelt": [{"id": 2, "date": "2024-05-01T10:00:00Z", "duration": "01:00"}],
        "대강당": [{"id": 3, "room": "대강당", "date": "2024-05-01T10:00:00Z", "duration": "01:00"}],
        "Salle Émile": []}}])"));
    const Schedule& s = *feed.schedule;
    ASSERT_EQ(s.venue().rooms.size(), 5u);
    // In the order the document names them.
    EXPECT_EQ(s.venue().rooms[0].id,
              "Saal 1");  // listed, but its event says "saal 1"
    EXPECT_EQ(s.venue().rooms[1].id,
              "saal 1");  // differs only in case: its own room
    EXPECT_EQ(s.venue().rooms[2].id, "🎪 Zelt");
    EXPECT_EQ(s.venue().rooms[3].id, "대강당");
    EXPECT_EQ(s.venue().rooms[4].id, "Salle Émile");
    EXPECT_EQ(s.find_session("1")->room_id, "saal 1");
    EXPECT_TRUE(s.sessions_in_room(0).empty());
}

TEST(ImportFrabJson, HtmlAbstractsAreStrippedAndLocalizedOnesKeepTheirLanguages) {
    const ParsedFeed feed = import_text(R"({"schedule": {"conference": {"title": "C",
      "time_zone_name": "Europe/Berlin", "rooms": [{"name": "R", "guid": "r1"}]},
      "events": [{"guid": "e1", "start": "2024-12-27T10:00:00+01:00", "end": "2024-12-27T11:00:00+01:00",
        "room": {"guid": "r1"}, "title": "T", "type": "WORKSHOP", "state": "CANCELED",
        "abstract": {"en": "<p>Hello &amp; <b>welcome</b></p>", "de": "Hallo"}}]}})");
    const Schedule& s = *feed.schedule;
    ASSERT_EQ(s.sessions().size(), 1u);
    const Session& e = s.sessions()[0];
    EXPECT_EQ(e.room_id,
              "R");  // the room reference's guid, named by conference.rooms
    EXPECT_EQ(*e.abstract.get("en"), "Hello & welcome");
    EXPECT_EQ(*e.abstract.get("de"), "Hallo");
    EXPECT_EQ(e.status, SessionStatus::cancelled);
    EXPECT_EQ(e.kind, "workshop");
}

TEST(ImportFrabJson, BadEventsAreSkippedWithWarningsTheRestKept) {
    const ParsedFeed feed = import_text(classic(R"([{"index": 1, "date": "2024-05-01", "rooms": {
        "A": [{"id": 1, "date": "2024-05-01T10:00:00Z", "duration": "ninety"},
              {"id": 2, "start": "25:99", "duration": "01:00"},
              {"id": 3, "date": "2024-05-01T12:00:00Z", "duration": "00:00"},
              {"id": 4, "date": "2024-05-01T13:00:00Z", "duration": "01:00"}]}}])"));
    const Schedule& s = *feed.schedule;
    ASSERT_EQ(s.sessions().size(), 1u);
    EXPECT_EQ(s.sessions()[0].id, "4");
    EXPECT_TRUE(has_warning(feed, "/schedule/conference/days/0/rooms/A/0/duration", "ninety"));
    EXPECT_TRUE(has_warning(feed, "/rooms/A/1", "no readable start"));
    EXPECT_TRUE(has_warning(feed, "/rooms/A/2", "ends at or before its start"));
}

TEST(ImportFrabJson, UnknownZoneFallsBackToTheDatesOffsets) {
    const ParsedFeed feed =
        import_text(classic(R"([{"index": 1, "date": "2024-05-01", "rooms": {"A": [
            {"id": 1, "date": "2024-05-01T10:00:00+02:00", "duration": "01:00"}]}}])",
                            R"(, "time_zone_name": "Mars/Olympus_Mons")"));
    EXPECT_TRUE(has_warning(feed, "time_zone_name", "unknown time zone \"Mars/Olympus_Mons\""));
    EXPECT_EQ(feed.schedule->zone().name(), "Etc/GMT-2");
    EXPECT_EQ(feed.schedule->sessions()[0].start, at("2024-05-01T08:00:00Z"));
}

TEST(ImportFrabJson, DocumentsThatAreNotSchedulesAreErrorsThatSayWhere) {
    EXPECT_THAT(import_error(import_frab_json(R"({"schedule": )", {})).what,
                HasSubstr("not valid JSON"));
    EXPECT_EQ(import_error(import_frab_json(R"({"schedule": {"version": "1"}})", {})).where,
              "/schedule/conference");
    EXPECT_EQ(
        import_error(import_frab_json(R"({"schedule": {"conference": {"title": "x"}}})", {})).where,
        "/schedule/conference/days");
    EXPECT_EQ(import_error(import_frab_json(R"({"$schema": "x", "definitions": {}})", {})).where,
              "/schedule");
}

}  // namespace
}  // namespace signpost
