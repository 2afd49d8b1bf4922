// The venue map's rules (model/venue_map.h), FOSDEM's room names as examples.
#include <gtest/gtest.h>

#include "model/venue_map.h"

namespace signpost {
namespace {

std::string placed(const VenueMap& map, std::string_view room) {
    auto p = map.place(room);
    return p ? p->building + "/" + p->floor : "-";
}

VenueMap fosdem() {
    VenueMap map;
    for (const char* id : {"U", "K", "H", "J"}) {
        map.buildings.push_back({id, LocalizedText::plain(id), {}, {}, {}});
    }
    map.rules.push_back(RoomRule::pattern(R"(^U[A-D](\d)\.)", "U", "$1").value());
    map.rules.push_back(RoomRule::pattern(R"(^K\.(\d)\.)", "K", "$1").value());
    map.rules.push_back(RoomRule::pattern(R"(^H\.(\d))", "H", "$1").value());
    map.rules.push_back(RoomRule::exact("Janson", "J", "0"));
    return map;
}

TEST(VenueMap, FosdemRoomNames) {
    const VenueMap map = fosdem();
    EXPECT_TRUE(map.check().empty());
    EXPECT_EQ(placed(map, "UB2.252A (Lameere)"), "U/2");
    EXPECT_EQ(placed(map, "UD6.215"), "U/6");
    EXPECT_EQ(placed(map, "K.3.401"), "K/3");
    EXPECT_EQ(placed(map, "H.1302 (Depage)"), "H/1");
    EXPECT_EQ(placed(map, "Janson"), "J/0");
    EXPECT_EQ(placed(map, "janson"), "-");  // exact means exact
    EXPECT_EQ(placed(map, "AW1.120"), "-");
    EXPECT_EQ(placed(map, "XK.3.401"), "-");  // anchored by the pattern's ^
}

TEST(VenueMap, ExactRulesWinOverPatternsAndFloorTemplates) {
    VenueMap map;
    map.buildings.push_back({"A", {}, {}, {}, {}});
    map.buildings.push_back({"B", {}, {}, {}, {}});
    map.rules.push_back(RoomRule::pattern("^(.)(.)", "A", "$2-$1 $$ x").value());
    map.rules.push_back(RoomRule::exact("Hall", "B"));
    map.rules.push_back(RoomRule::pattern("Room", "B").value());  // searched, no floor
    EXPECT_EQ(placed(map, "Hall"), "B/");
    EXPECT_EQ(placed(map, "xy"), "A/y-x $ x");
    EXPECT_EQ(placed(map, "R"), "-");
}

TEST(VenueMap, BadPatternsAndDanglingNamesAreReported) {
    auto bad = RoomRule::pattern("(unclosed", "A", "", "venue_map/rules/3");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().where, "venue_map/rules/3");
    EXPECT_NE(bad.error().what.find("(unclosed"), std::string::npos);

    VenueMap map;
    map.buildings.push_back({"A", {}, {}, {}, {}});
    map.buildings.push_back({"A", {}, {}, {}, {}});
    map.buildings.push_back({"", {}, {}, {}, {}});
    map.rules.push_back(RoomRule::exact("x", "Z"));
    map.default_building = "Q";
    const auto problems = map.check();
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].where, "buildings/1/id");
    EXPECT_EQ(problems[1].where, "buildings/2/id");
    EXPECT_EQ(problems[2].where, "rules/0/building");
    EXPECT_EQ(problems[3].where, "default_building");
}

TEST(VenueMap, CopiesShareTheCompiledPattern) {
    VenueMap map = fosdem();
    VenueMap copy = map;
    map.rules.clear();
    EXPECT_EQ(placed(copy, "K.4.201"), "K/4");
}

}  // namespace
}  // namespace signpost
