// "venue_graph", "position" and "qr" in a location config: the graph file's
// checks (errors by JSON path, warnings), the computed ways with hand-written
// entries laid over them, and the lookup a directory page makes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "config/config_loader.h"
#include "config/direction_lookup.h"
#include "config_test_support.h"

using namespace signpost;
using namespace signpost::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

namespace {

std::string graph_fixture() {
    return config_data("graphs/two-buildings.json").string();
}

ConfigCheck with_graph(const std::string& graph, std::string_view extra) {
    return check_inline(
        minimal_with(R"("venue_graph": ")" + graph + R"(", )" + std::string(extra)));
}

// A graph written to a temporary file.
std::string graph_file(std::string_view text) {
    static int n = 0;
    auto file =
        std::filesystem::temp_directory_path() /
        ("signpost-graph-" + std::to_string(::getpid()) + "-" + std::to_string(n++) + ".json");
    std::ofstream(file) << text;
    return file.string();
}

std::string en(const LocalizedText& t) {
    const std::string* s = t.get("en");
    return s ? *s : "";
}

}  // namespace

TEST(WayfindingConfig, ComputesEveryPlaceFromThePosition) {
    auto check = with_graph(graph_fixture(), R"("position": {"node": "entrance", "facing": 0})");
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    EXPECT_THAT(as_lines(check.warnings), IsEmpty());
    const auto& ways = check.config->place_ways;
    ASSERT_EQ(ways.size(), 4u);
    EXPECT_EQ(ways.at("main")->arrow, Arrow::ahead);
    EXPECT_EQ(en(ways.at("main")->text), "P0 · 40 m · 1 min");
    EXPECT_FALSE(ways.at("main")->step_free);
    EXPECT_EQ(ways.at("annex")->arrow, Arrow::left);
    EXPECT_FALSE(ways.at("desk"));  // at the screen: no arrow
    // room-up: ahead (the first edge walks north), by escalator; the
    // step-free line turns right at the hall to the lift, so its arrow is the
    // first edge's too: ahead.
    const auto& up = *ways.at("room-up");
    EXPECT_EQ(up.arrow, Arrow::ahead);
    EXPECT_EQ(en(up.text), "P1 · 60 m · 1 min · escalator up");
    ASSERT_TRUE(up.step_free);
    EXPECT_EQ(up.step_free->arrow, Arrow::ahead);
    EXPECT_EQ(en(up.step_free->text), "P1 · 120 m · 2 min · lift");
}

TEST(WayfindingConfig, FacingTurnsTheArrows) {
    auto check = with_graph(graph_fixture(), R"("position": {"node": "entrance", "facing": 270})");
    ASSERT_TRUE(check.config);
    EXPECT_EQ(check.config->place_ways.at("main")->arrow, Arrow::right);
    EXPECT_EQ(check.config->place_ways.at("annex")->arrow, Arrow::ahead);
}

TEST(WayfindingConfig, FromUpstairsTheFirstStepIsDownTheStairs) {
    auto check = with_graph(graph_fixture(), R"("position": {"node": "hall-up", "facing": 0})");
    ASSERT_TRUE(check.config);
    const auto& main = *check.config->place_ways.at("main");
    EXPECT_EQ(main.arrow, Arrow::down);
    EXPECT_EQ(en(main.text), "P0 · 20 m · 1 min · stairs down");
    ASSERT_TRUE(main.step_free);
    EXPECT_EQ(main.step_free->arrow, Arrow::right);  // the ramp east to the lift
}

TEST(WayfindingConfig, HandWrittenArrowAndTextWin) {
    auto check = with_graph(graph_fixture(), R"("position": {"node": "entrance", "facing": 0},
        "directions": {"annex": {"arrow": "back", "text": "Out and round"},
                       "room-up": {"arrow": "up"}})");
    ASSERT_TRUE(check.config);
    const auto& ways = check.config->place_ways;
    EXPECT_EQ(ways.at("annex")->arrow, Arrow::back);
    EXPECT_EQ(en(ways.at("annex")->text), "");
    EXPECT_EQ(*ways.at("annex")->text.get(""), "Out and round");
    // No hand-written text: the computed one stays, and the step-free line.
    EXPECT_EQ(ways.at("room-up")->arrow, Arrow::up);
    EXPECT_EQ(en(ways.at("room-up")->text), "P1 · 60 m · 1 min · escalator up");
    EXPECT_TRUE(ways.at("room-up")->step_free);
}

TEST(WayfindingConfig, RoomWithoutAPlaceTakesItsBuildings) {
    auto check = with_graph(graph_fixture(), R"("position": {"node": "entrance", "facing": 0},
        "directions": {"r-2": {"arrow": "right"}})");
    ASSERT_TRUE(check.config);
    Venue v;
    v.buildings.push_back(Building{"main", LocalizedText::plain("Main"), {}, {0, 1, 2}});
    v.buildings.push_back(Building{"desk", LocalizedText::plain("Desk"), {}, {3}});
    v.rooms.push_back(Room{"r-1", LocalizedText::plain("1"), "0", {}, 0});
    v.rooms.push_back(Room{"room-up", LocalizedText::plain("Up"), "1", {}, 0});
    v.rooms.push_back(Room{"r-2", LocalizedText::plain("2"), "0", {}, 0});
    v.rooms.push_back(Room{"d-1", LocalizedText::plain("D"), "0", {}, 1});
    const LocationConfig& c = *check.config;
    EXPECT_EQ(find_direction_to_room(c, v, 0), find_direction_to_building(c, "main"));
    EXPECT_EQ(find_direction_to_room(c, v, 1)->arrow, Arrow::ahead);
    EXPECT_EQ(en(find_direction_to_room(c, v, 1)->text), "P1 · 60 m · 1 min · escalator up");
    EXPECT_EQ(find_direction_to_room(c, v, 2)->arrow, Arrow::right);  // hand-written, no place
    EXPECT_EQ(find_direction_to_room(c, v, 3), nullptr);  // its building is at the screen
}

TEST(WayfindingConfig, NamesEveryBadIdInTheGraph) {
    const std::string graph = graph_file(R"({"floors": ["P0", "P1"],
        "nodes": [{"id": "a", "x": 0, "y": 0, "floor": "P0"},
                  {"id": "b", "x": 1, "y": 0, "floor": "P7"},
                  {"id": "a", "x": 2, "y": 0, "floor": "P1"},
                  {"id": "c", "x": 3, "y": 0, "floor": "P1"}],
        "edges": [{"from": "a", "to": "ghost"},
                  {"from": "a", "to": "c", "kind": "lift"},
                  {"from": "a", "to": "c", "kind": "elevator", "length": 3},
                  {"from": "a", "to": "c", "length": -1}],
        "places": {"hall": "nowhere", "desk": "a"}})");
    auto check = with_graph(graph, R"("position": {"node": "zz", "facing": 0})");
    EXPECT_FALSE(check.config);
    const std::string g = graph + "#";
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre(g + "/nodes/1/floor: floor \"P7\" is not in /floors",
                            g + "/nodes/2/id: node id \"a\" is used twice",
                            g + "/edges/0/to: no node has the id \"ghost\"",
                            HasSubstr(g + "/edges/1: a lift edge needs a \"length\""),
                            HasSubstr(g + "/edges/2/kind: must be one of walk, ramp"),
                            g + "/edges/3/length: must not be negative, not -1",
                            g + "/places/hall: no node has the id \"nowhere\""));
}

TEST(WayfindingConfig, PositionOnAnUnknownNodeIsAnError) {
    auto check = with_graph(graph_fixture(), R"("position": {"node": "zz", "facing": 0})");
    EXPECT_FALSE(check.config);
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre("/position/node: the venue graph has no node \"zz\""));
}

TEST(WayfindingConfig, PositionNeedsAGraphAndAFacing) {
    auto check = check_inline(minimal_with(R"("position": {"node": "a", "facing": "north"})"));
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre(HasSubstr("/position/facing: must be the compass direction")));
    check = check_inline(minimal_with(R"("position": {"node": "a", "facing": 90})"));
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre("/position: needs a \"venue_graph\" to stand in"));
    check = check_inline(minimal_with(R"("venue_graph": "no-such-graph.json")"));
    EXPECT_THAT(as_lines(check.errors),
                ElementsAre(HasSubstr("/venue_graph: cannot read the venue graph")));
}

TEST(WayfindingConfig, WarnsAboutUnreachablePlacesAndAGraphInPieces) {
    const std::string graph = graph_file(R"({"floors": ["P0"],
        "nodes": [{"id": "a", "x": 0, "y": 0, "floor": "P0"},
                  {"id": "b", "x": 10, "y": 0, "floor": "P0"},
                  {"id": "island", "x": 50, "y": 0, "floor": "P0"}],
        "edges": [{"from": "b", "to": "a", "one_way": true}],
        "places": {"far": "b", "lost": "island"}})");
    auto check = with_graph(graph, R"("position": {"node": "a", "facing": 0})");
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    EXPECT_THAT(
        as_lines(check.warnings),
        ElementsAre(graph + "#/edges: the graph is not connected: no way between node \"a\" and "
                            "\"island\"",
                    HasSubstr("/position: place \"far\" (node \"b\") cannot be reached"),
                    HasSubstr("/position: place \"lost\" (node \"island\") cannot be reached")));
    EXPECT_FALSE(check.config->place_ways.at("far"));
}

TEST(WayfindingConfig, DiagonalArrowsCanBeWrittenByHand) {
    auto check = check_inline(minimal_with(R"("directions": {"x": {"arrow": "back-left"}})"));
    ASSERT_TRUE(check.config);
    EXPECT_EQ(check.config->directions.at("x").arrow, Arrow::back_left);
}

TEST(QrConfig, ExpandsLocationAndBuilding) {
    auto check = check_inline(minimal_with(
        R"("qr": {"url": "https://map.example.org/{building}/{location}?from={location}",
                  "caption": {"ko": "길 안내", "en": "Take the way along"}})"));
    ASSERT_TRUE(check.config) << ::testing::PrintToString(as_lines(check.errors));
    EXPECT_EQ(check.config->qr->url, "https://map.example.org/main/kiosk-1?from=kiosk-1");
    EXPECT_EQ(*check.config->qr->caption.get("en"), "Take the way along");
    check = check_inline(minimal_with(R"("qr": {"caption": "x"})"));
    EXPECT_THAT(as_lines(check.errors), ElementsAre("/qr/url: is required"));
}
