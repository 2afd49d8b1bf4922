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

// A summit's feed names its rooms "CCIB - P1 - Room 111": once the rule has
// put the room in CCIB on P1, the sign shows "Room 111" (or a name in the
// venue's languages); a template that comes out empty keeps the feed's name.
TEST(VenueMap, RulesGiveTheNameTheSignShows) {
    VenueMap map;
    map.buildings.push_back({"ccib", {}, {}, {}, {}});
    map.rules.push_back(RoomRule::pattern(R"(^CCIB - (P\d) - (Room (\d+))?)", "ccib", "$1")
                            .value()
                            .with_name(LocalizedText::plain("$2")));
    LocalizedText hall;
    hall.set("ko", "$1홀");
    hall.set("en", "Hall $1");
    map.rules.push_back(RoomRule::pattern(R"(^Hall (\w+)$)", "ccib").value().with_name(hall));
    LocalizedText foyer;
    foyer.set("ko", "로비");
    foyer.set("en", "Foyer $1");  // an exact rule's name is taken as written
    map.rules.push_back(RoomRule::exact("Foyer", "ccib", "P0").with_name(foyer));
    map.rules.push_back(RoomRule::pattern("^Aula", "ccib").value());

    auto p = map.place("CCIB - P1 - Room 111");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->floor, "P1");
    EXPECT_EQ(p->name.pick({}), "Room 111");
    p = map.place("CCIB - P2 - Lounge");  // group 2 took no part: no name
    ASSERT_TRUE(p);
    EXPECT_EQ(p->floor, "P2");
    EXPECT_TRUE(p->name.empty());
    p = map.place("Hall C");
    ASSERT_TRUE(p);
    EXPECT_EQ(*p->name.get("ko"), "C홀");
    EXPECT_EQ(*p->name.get("en"), "Hall C");
    p = map.place("Foyer");
    ASSERT_TRUE(p);
    EXPECT_EQ(*p->name.get("en"), "Foyer $1");
    p = map.place("Aula Magna");
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->name.empty());
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
