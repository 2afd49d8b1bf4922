// The config against the feed's venue: warnings for ids the venue lacks, and
// the room -> building fallback of directions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config/config_loader.h"
#include "config/direction_lookup.h"
#include "config/venue_check.h"
#include "config_test_support.h"

using namespace signpost;
using namespace signpost::test;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

// Two buildings; ccib has rooms 111 and 112, auditorium has "main".
Venue make_venue() {
    Venue v;
    v.buildings.push_back(Building{"ccib", LocalizedText::plain("CCIB"), {}, {0, 1}});
    v.buildings.push_back(Building{"auditorium", LocalizedText::plain("Auditorium"), {}, {2}});
    v.rooms.push_back(Room{"ccib-p1-room-111", LocalizedText::plain("111"), "1", {}, 0});
    v.rooms.push_back(Room{"ccib-p1-room-112", LocalizedText::plain("112"), "1", {}, 0});
    v.rooms.push_back(Room{"main", LocalizedText::plain("Main hall"), "0", {}, 1});
    return v;
}

LocationConfig config_from(std::string_view extra) {
    auto check = check_inline(R"({"id": "k", "location": {"name": "n", "building": "ccib"},
        "feed": {"source": "feeds/empty-feed.json"}, )" +
                              std::string(extra) + "}");
    EXPECT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    return check.config.value_or(LocationConfig{});
}

}  // namespace

TEST(VenueCheck, AConfigThatMatchesTheVenueHasNoWarnings) {
    LocationConfig c = config_from(R"("pages": [{"kind": "now_next", "buildings": ["auditorium"]}],
        "directions": {"ccib": {"arrow": "ahead"}, "ccib-p1-room-111": {"arrow": "up"},
                       "main": {"arrow": "left"}})");
    EXPECT_THAT(check_config_against_venue(c, make_venue()), IsEmpty());
}

TEST(VenueCheck, WarnsAboutEveryIdTheVenueLacks) {
    LocationConfig c = config_from(R"("pages": [{"kind": "directory"},
                  {"kind": "now_next", "buildings": ["auditorium", "hall-9", "CCIB"]}],
        "directions": {"ccib": {"arrow": "ahead"}, "room-404": {"arrow": "up"},
                       "a/b": {"arrow": "left"}})");
    c.building = "annex";
    EXPECT_THAT(
        as_lines(check_config_against_venue(c, make_venue())),
        ElementsAre(
            "/location/building: no building \"annex\" in the feed, so no building is marked as "
            "\"you are here\" (the feed's buildings: ccib, auditorium)",
            "/pages/1/buildings/1: no building \"hall-9\" in the feed, so this filter matches "
            "nothing (the feed's buildings: ccib, auditorium)",
            // Ids are exact: the feed spells it "ccib".
            "/pages/1/buildings/2: no building \"CCIB\" in the feed, so this filter matches "
            "nothing (the feed's buildings: ccib, auditorium)",
            "/directions/a~1b: no building or room \"a/b\" in the feed, so this direction is "
            "never shown",
            "/directions/room-404: no building or room \"room-404\" in the feed, so this "
            "direction is never shown"));
}

TEST(VenueCheck, AnEmptyVenueSaysSoAndLongListsAreCut) {
    LocationConfig c = config_from(R"("directions": {})");
    EXPECT_THAT(as_lines(check_config_against_venue(c, Venue{})),
                ElementsAre("/location/building: no building \"ccib\" in the feed, so no building "
                            "is marked as \"you are here\" (the feed has no buildings)"));
    Venue big;
    for (int i = 0; i < 40; ++i) {
        big.buildings.push_back(Building{"b" + std::to_string(i), {}, {}, {}});
    }
    auto warnings = check_config_against_venue(c, big);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_THAT(warnings[0].what,
                ::testing::HasSubstr("b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, ... (40 "
                                     "in all)"));
}

TEST(DirectionLookup, ARoomUsesItsOwnEntryElseItsBuildings) {
    LocationConfig c = config_from(R"("directions": {
        "ccib": {"arrow": "ahead", "text": "Straight ahead"},
        "ccib-p1-room-111": {"arrow": "up", "text": "Escalator up"}})");
    Venue v = make_venue();
    const Wayfinding* own = find_direction_to_room(c, v, 0);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->arrow, Arrow::up);
    const Wayfinding* building = find_direction_to_room(c, v, 1);
    ASSERT_NE(building, nullptr);
    EXPECT_EQ(building->arrow, Arrow::ahead);
    EXPECT_EQ(building, find_direction_to_building(c, "ccib"));
    EXPECT_EQ(find_direction_to_room(c, v, 2), nullptr);   // auditorium has none
    EXPECT_EQ(find_direction_to_room(c, v, 99), nullptr);  // no such room
    EXPECT_EQ(find_direction_to_building(c, "auditorium"), nullptr);
}

TEST(DirectionLookup, ARoomWithABadBuildingIndexFindsOnlyItsOwnEntry) {
    LocationConfig c = config_from(R"("directions": {"ccib": {"arrow": "ahead"}})");
    Venue v = make_venue();
    v.rooms[1].building = 7;
    EXPECT_EQ(find_direction_to_room(c, v, 1), nullptr);
}
