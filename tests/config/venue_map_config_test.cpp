// "venue_map" in a location config: FOSDEM's campus read into a VenueMap that
// places its rooms, building directions, and every mistake at its JSON path.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config/config_loader.h"
#include "config_test_support.h"

using namespace signpost;
using namespace signpost::test;
using ::testing::ElementsAre;

namespace {

constexpr const char* kFosdemMap = R"json("venue_map": {
    "buildings": [
      {"id": "U", "name": {"en": "Building U", "fr": "Bâtiment U"}, "arrow": "left",
       "directions": {"en": "Across the square"}},
      {"id": "K", "name": "Building K", "floors": [1, 2, 3, 4, "5"]},
      {"id": "H", "arrow": "right"},
      {"id": "J", "name": "Janson"},
      {"id": "ULB", "name": "ULB Solbosch"}
    ],
    "rules": [
      {"room": "Janson", "building": "J", "floor": 0},
      {"pattern": "^U[A-D](\\d)\\.", "building": "U", "floor": "$1"},
      {"pattern": "^K\\.(\\d)\\.", "building": "K", "floor": "$1"},
      {"pattern": "^H\\.(\\d)", "building": "H", "floor": "$1"}
    ],
    "default_building": "ULB"
  })json";

std::string placed(const VenueMap& map, std::string_view room) {
    auto p = map.place(room);
    return p ? p->building + "/" + p->floor : "-";
}

TEST(VenueMapConfig, FosdemCampus) {
    // "directions" already names H: the section wins over the map's arrow.
    auto check = check_inline(minimal_with(
        std::string(kFosdemMap) + R"(, "directions": {"H": {"arrow": "back", "text": "Behind"}})"));
    ASSERT_TRUE(check.config) << (check.errors.empty() ? "" : check.errors[0].to_string());
    ASSERT_TRUE(check.config->venue_map);
    const VenueMap& map = *check.config->venue_map;
    ASSERT_EQ(map.buildings.size(), 5u);
    EXPECT_EQ(*map.buildings[0].name.get("fr"), "Bâtiment U");
    EXPECT_EQ(map.buildings[1].floors, (std::vector<std::string>{"1", "2", "3", "4", "5"}));
    EXPECT_EQ(map.buildings[2].name.pick({}), "H");  // no name: the id
    EXPECT_EQ(map.default_building, "ULB");
    EXPECT_EQ(placed(map, "UB2.252A (Lameere)"), "U/2");
    EXPECT_EQ(placed(map, "K.3.401"), "K/3");
    EXPECT_EQ(placed(map, "H.1302 (Depage)"), "H/1");
    EXPECT_EQ(placed(map, "Janson"), "J/0");
    EXPECT_EQ(placed(map, "AW1.120"), "-");

    const auto& directions = check.config->directions;
    ASSERT_EQ(directions.count("U"), 1u);
    EXPECT_EQ(directions.at("U").arrow, Arrow::left);
    EXPECT_EQ(*directions.at("U").text.get("en"), "Across the square");
    EXPECT_EQ(directions.at("H").arrow, Arrow::back);
    EXPECT_EQ(directions.count("K"), 0u);
}

TEST(VenueMapConfig, TheFullFixtureHasOne) {
    auto check = check_config_file(config_data("full.json"));
    ASSERT_TRUE(check.config);
    ASSERT_TRUE(check.config->venue_map);
    EXPECT_EQ(placed(*check.config->venue_map, "B-201"), "hall-b/2");
    EXPECT_EQ(placed(*check.config->venue_map, "C-3 (east)"), "hall-c/3");
    // hall-b has an entry in "directions": the map's "left" does not replace it.
    EXPECT_EQ(check.config->directions.at("hall-b").arrow, Arrow::ahead);
}

TEST(VenueMapConfig, AbsentMeansNoMap) {
    auto check = check_inline(minimal_with(""));
    ASSERT_TRUE(check.config);
    EXPECT_FALSE(check.config->venue_map);
}

TEST(VenueMapConfig, EveryMistakeAtItsPath) {
    auto check = check_inline(minimal_with(R"("venue_map": {
        "buildings": [{"id": "K", "floors": "1,2", "directions": "Left"}, {"name": "No id"},
                      {"id": "H", "arrow": "sideways"}],
        "rules": [{"room": "A", "pattern": "A", "building": "K"},
                  {"building": "K"},
                  {"pattern": "(unclosed", "building": "K"},
                  {"room": "B", "building": "K", "floor": [1]},
                  {"room": "C", "building": "K", "level": 1}],
        "default": "K"})"));
    EXPECT_FALSE(check.config);
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre("/venue_map/default: unknown key; did you mean \"default_building\"?",
                            "/venue_map/buildings/0/floors: must be a list of floor labels, "
                            "bottom to top, not "
                            "\"1,2\"",
                            "/venue_map/buildings/0/directions: needs an \"arrow\" beside it",
                            "/venue_map/buildings/1/id: is required",
                            "/venue_map/buildings/2/arrow: must be one of ahead, ahead-left, "
                            "ahead-right, left, right, back, back-left, back-right, up, down, not "
                            "\"sideways\"",
                            "/venue_map/rules/0: has both \"room\" and \"pattern\"; a rule "
                            "matches one way",
                            "/venue_map/rules/1: needs \"room\" (an exact room name) or "
                            "\"pattern\" (a regular "
                            "expression)",
                            ::testing::StartsWith(
                                "/venue_map/rules/2/pattern: pattern \"(unclosed\" does not "
                                "compile: "),
                            "/venue_map/rules/3/floor: must be a floor label (a string or a "
                            "whole number), not a "
                            "list",
                            ::testing::StartsWith("/venue_map/rules/4/level: unknown key")));
}

TEST(VenueMapConfig, ARuleMayNameTheRoomInTheVenuesLanguages) {
    auto check = check_inline(minimal_with(R"("venue_map": {
        "buildings": [{"id": "ccib"}],
        "rules": [{"pattern": "^CCIB - (P\\d) - Room (\\d+)$", "building": "ccib",
                   "floor": "$1", "name": {"ko": "$2호", "en": "Room $2"}},
                  {"room": "Hall C", "building": "ccib", "name": "C홀"}]})"));
    ASSERT_TRUE(check.config) << (check.errors.empty() ? "" : check.errors[0].to_string());
    const VenueMap& map = *check.config->venue_map;
    auto p = map.place("CCIB - P1 - Room 111");
    ASSERT_TRUE(p);
    EXPECT_EQ(*p->name.get("ko"), "111호");
    EXPECT_EQ(*p->name.get("en"), "Room 111");
    EXPECT_EQ(map.place("Hall C")->name.pick({}), "C홀");

    auto bad = check_inline(minimal_with(R"("venue_map": {
        "buildings": [{"id": "K"}],
        "rules": [{"room": "A", "building": "K", "name": 7}]})"));
    EXPECT_FALSE(bad.config);
    ASSERT_EQ(bad.errors.size(), 1u);
    EXPECT_EQ(bad.errors[0].where, "/venue_map/rules/0/name");
}

TEST(VenueMapConfig, NamesThatPointNowhere) {
    auto check = check_inline(minimal_with(R"("venue_map": {
        "buildings": [{"id": "K"}, {"id": "K"}],
        "rules": [{"room": "A", "building": "Z"}],
        "default_building": "Q"})"));
    EXPECT_FALSE(check.config);
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre("/venue_map/buildings/1/id: building \"K\" appears twice",
                            "/venue_map/rules/0/building: no building \"Z\" in the map",
                            "/venue_map/default_building: no building \"Q\" in the map"));
}

}  // namespace
