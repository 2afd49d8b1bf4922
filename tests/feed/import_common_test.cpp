// What the importers share: unique ids, buildings for rooms, the zone choice.
#include <gtest/gtest.h>

#include "feed/import_common.h"
#include "import_test_support.h"

namespace signpost {
namespace {

using import_test::at;

TEST(ImportCommon, RepeatedIdsBecomeHashTwoHashThreeInOrder) {
    UniqueIds ids;
    EXPECT_EQ(ids.make_unique("a"), "a");
    EXPECT_EQ(ids.make_unique("b"), "b");
    EXPECT_EQ(ids.make_unique("a"), "a#2");
    EXPECT_EQ(ids.make_unique("a"), "a#3");
    // A feed that itself uses "c#2" keeps it; the generated one moves on.
    EXPECT_EQ(ids.make_unique("c#2"), "c#2");
    EXPECT_EQ(ids.make_unique("c"), "c");
    EXPECT_EQ(ids.make_unique("c"), "c#3");
}

std::vector<DraftRoom> rooms(std::initializer_list<const char*> names) {
    std::vector<DraftRoom> out;
    for (const char* n : names) {
        out.push_back(DraftRoom{n, std::nullopt});
    }
    return out;
}

TEST(ImportCommon, WithoutAMapOneBuildingNamedAfterTheConference) {
    std::vector<Error> warnings;
    const Venue v =
        assemble_venue(rooms({"A", "B"}), "fosdem-2025", "FOSDEM 2025", std::nullopt, warnings);
    ASSERT_EQ(v.buildings.size(), 1u);
    EXPECT_EQ(v.buildings[0].id, "fosdem-2025");
    EXPECT_EQ(v.buildings[0].name.pick({}), "FOSDEM 2025");
    EXPECT_EQ(v.buildings[0].rooms, (std::vector<size_t>{0, 1}));
    EXPECT_TRUE(warnings.empty());
    // Without an acronym the title is the id too.
    EXPECT_EQ(assemble_venue(rooms({"A"}), "", "PyCon UK", std::nullopt, warnings).buildings[0].id,
              "PyCon UK");
}

TEST(ImportCommon, MapRulesDefaultAndFloors) {
    VenueMap map;
    map.buildings.push_back({"K", LocalizedText::plain("Building K"), {}, Arrow::left, {}});
    map.buildings.push_back({"H", LocalizedText::plain("Building H"), {"0", "1", "2"}, {}, {}});
    map.buildings.push_back({"tent", LocalizedText::plain("Tent"), {}, {}, {}});
    map.rules.push_back(RoomRule::pattern(R"(^K\.(\d)\.)", "K", "$1").value());
    map.rules.push_back(RoomRule::pattern(R"(^H\.(\d))", "H", "$1").value());
    map.rules.push_back(RoomRule::exact("K.4.201", "K", "B1"));  // exact wins over the pattern
    map.default_building = "tent";
    std::vector<Error> warnings;
    const Venue v = assemble_venue(
        rooms({"K.3.401", "H.1302 (Depage)", "K.4.201", "Janson", "K.1.105 (La Fontaine)"}), "c",
        "C", map, warnings);
    EXPECT_TRUE(warnings.empty());
    ASSERT_EQ(v.buildings.size(),
              3u);  // no conference building: the default takes the rest
    EXPECT_EQ(v.rooms[0].floor, "3");
    EXPECT_EQ(v.rooms[1].floor, "1");
    EXPECT_EQ(v.rooms[2].floor, "B1");
    EXPECT_EQ(v.buildings[v.rooms[3].building].id, "tent");
    EXPECT_EQ(v.rooms[3].floor, "");
    EXPECT_EQ(v.buildings[0].rooms, (std::vector<size_t>{0, 2, 4}));
    // K's floors come from its rooms, lowest first; H keeps the map's.
    EXPECT_EQ(v.buildings[0].floors, (std::vector<std::string>{"B1", "1", "3"}));
    EXPECT_EQ(v.buildings[1].floors, (std::vector<std::string>{"0", "1", "2"}));
}

TEST(ImportCommon, AMapRuleRenamesTheRoomButNotItsId) {
    VenueMap map;
    map.buildings.push_back({"ccib", LocalizedText::plain("CCIB"), {}, {}, {}});
    map.rules.push_back(RoomRule::pattern(R"(^CCIB - (P\d) - (.+)$)", "ccib", "$1")
                            .value()
                            .with_name(LocalizedText::plain("$2")));
    std::vector<Error> warnings;
    const Venue v =
        assemble_venue(rooms({"CCIB - P1 - Room 111", "Hall C"}), "c", "C", map, warnings);
    EXPECT_TRUE(warnings.empty());
    ASSERT_EQ(v.rooms.size(), 2u);
    // Sessions and live updates still find the room by the feed's name.
    EXPECT_EQ(v.rooms[0].id, "CCIB - P1 - Room 111");
    EXPECT_EQ(v.rooms[0].name.pick({}), "Room 111");
    EXPECT_EQ(v.rooms[0].floor, "P1");
    EXPECT_EQ(v.rooms[1].name.pick({}), "Hall C");  // no rule: the feed's name
}

TEST(ImportCommon, AMapWithoutDefaultAndWithBadRulesStillPlacesEveryRoom) {
    VenueMap map;
    map.buildings.push_back({"K", LocalizedText::plain("K"), {}, {}, {}});
    map.rules.push_back(RoomRule::exact("Aula", "nowhere"));
    std::vector<Error> warnings;
    const Venue v = assemble_venue(rooms({"Aula", "K.1"}), "conf", "Conf", map, warnings);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where, "venue_map/rules/0/building");
    ASSERT_EQ(v.buildings.size(), 2u);
    EXPECT_EQ(v.buildings[1].id, "conf");
    EXPECT_EQ(v.buildings[1].rooms, (std::vector<size_t>{0, 1}));
}

std::vector<DatedSample> samples(std::initializer_list<const char*> dates) {
    std::vector<DatedSample> out;
    for (const char* d : dates) {
        out.push_back({parse_iso8601_with_offset(d).value(), d});
    }
    return out;
}

TEST(ImportCommon, ZoneChoice) {
    std::vector<Error> w;
    // The declared zone when the dates agree (UTC-written ones say nothing).
    EXPECT_EQ(choose_zone({}, "Europe/Berlin", "tz",
                          samples({"2024-01-10T10:00:00+01:00", "2024-07-10T10:00:00+02:00",
                                   "2024-07-10T08:00:00Z"}),
                          w)
                  .name(),
              "Europe/Berlin");
    EXPECT_TRUE(w.empty());
    // Contradicted by most dates: the dates' offset, as a fixed zone.
    EXPECT_EQ(choose_zone({}, "UTC", "tz", samples({"2020-12-14T09:00:00+01:00"}), w).name(),
              "Etc/GMT-1");
    EXPECT_NE(w.at(0).what.find("contradicts"), std::string::npos);
    w.clear();
    // Contradicted by a few: kept, with a warning.
    EXPECT_EQ(choose_zone({}, "Europe/Berlin", "tz",
                          samples({"2024-01-10T10:00:00+01:00", "2024-01-11T10:00:00+01:00",
                                   "2024-01-12T10:00:00+05:00"}),
                          w)
                  .name(),
              "Europe/Berlin");
    EXPECT_NE(w.at(0).what.find("1 of 3"), std::string::npos);
    w.clear();
    // The config wins; an unknown one in the config falls back to the feed's.
    FeedOptions seoul;
    seoul.timezone = "Asia/Seoul";
    EXPECT_EQ(choose_zone(seoul, "UTC", "tz", {}, w).name(), "Asia/Seoul");
    FeedOptions bad;
    bad.timezone = "Nowhere/Land";
    EXPECT_EQ(choose_zone(bad, "Europe/Paris", "tz", {}, w).name(), "Europe/Paris");
    EXPECT_EQ(w.at(0).where, "timezone");
    w.clear();
    // Offsets that are no whole hour cannot be a fixed Etc zone: UTC.
    EXPECT_EQ(choose_zone({}, "", "tz", samples({"2024-01-10T10:00:00+05:30"}), w).name(), "UTC");
    EXPECT_NE(w.at(0).what.find("read as UTC"), std::string::npos);
    EXPECT_EQ(choose_zone({}, "", "tz", samples({"2024-01-10T10:00:00-05:00"}), w).name(),
              "Etc/GMT+5");
}

TEST(ImportCommon, FrabLocalStart) {
    auto zone = TimeZone::locate("Europe/Brussels").value();
    const CalendarDate day{2025, 2, 1};
    EXPECT_EQ(frab_local_start(day, std::chrono::hours(10), std::chrono::hours(9), zone),
              at("2025-02-01T10:00:00+01:00"));
    EXPECT_EQ(frab_local_start(day, std::chrono::hours(1), std::chrono::hours(9), zone),
              at("2025-02-02T01:00:00+01:00"));
    EXPECT_EQ(frab_local_start(day, std::chrono::hours(1), Seconds{0}, zone),
              at("2025-02-01T01:00:00+01:00"));
    EXPECT_EQ(written_time_of_day("2016-12-27T10:00:00+01:00"), std::chrono::hours(10));
    EXPECT_EQ(written_time_of_day("2024-12-27T09:30:00+00:00"), std::chrono::minutes(570));
    EXPECT_EQ(written_time_of_day("10:00"), std::nullopt);
    EXPECT_EQ(parse_local_datetime("2024-12-27T10:30:00", zone), at("2024-12-27T10:30:00+01:00"));
    EXPECT_EQ(parse_local_datetime("2024-12-27", zone), std::nullopt);
}

TEST(ImportCommon, FinishImportKeepsListedRoomsAndDropsSessionsWithoutRoom) {
    ImportDraft draft;
    draft.format = "test";
    draft.conference_name = "C";
    draft.add_room("Empty", 40);
    draft.add_room("Empty");  // again: still one room, capacity kept
    DraftSession a;
    a.id = "x";
    a.room = "Hall";
    a.start = at("2024-01-01T10:00:00Z");
    a.end = at("2024-01-01T11:00:00Z");
    DraftSession b = a;
    b.room = "";
    DraftSession c = a;
    c.start = at("2024-01-01T12:00:00Z");
    c.end = at("2024-01-01T13:00:00Z");
    draft.sessions = {a, b, c};
    auto r = finish_import(std::move(draft), {});
    ASSERT_TRUE(r.ok());
    const Schedule& s = *r->schedule;
    ASSERT_EQ(s.venue().rooms.size(), 2u);
    EXPECT_EQ(s.venue().rooms[0].capacity, 40);
    EXPECT_EQ(s.sessions().size(), 2u);
    EXPECT_NE(s.find_session("x"), nullptr);
    EXPECT_NE(s.find_session("x#3"), nullptr);  // x#2 was the one without a room
    EXPECT_TRUE(import_test::has_warning(*r, "", "session x#2 has no room"));
    EXPECT_EQ(r->format, "test");
}

}  // namespace
}  // namespace signpost
