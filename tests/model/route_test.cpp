// The route rule: shortest by length, then fewer edges, then the smaller
// sequence of node ids; one-way edges; step-free routes; unreachable nodes.
#include <gtest/gtest.h>

#include "graph_test_support.h"
#include "model/route.h"

using namespace signpost;
using signpost::testing::make_graph;

namespace {

std::vector<std::string> ids(const VenueGraph& g, const std::optional<Route>& r) {
    std::vector<std::string> out;
    if (r) {
        for (size_t n : r->nodes) {
            out.push_back(g.nodes[n].id);
        }
    }
    return out;
}

std::optional<Route> route(const VenueGraph& g, const std::string& from, const std::string& to,
                           RouteKind kind = RouteKind::shortest) {
    return find_route(g, *g.find_node(from), *g.find_node(to), kind);
}

using Ids = std::vector<std::string>;

// The node ids from `from` to `to`, checked to be the same way back: a tie
// must break alike in both directions.
Ids there_and_back(const VenueGraph& g, const std::string& from, const std::string& to) {
    const Ids there = ids(g, route(g, from, to));
    EXPECT_EQ(ids(g, route(g, to, from)), Ids(there.rbegin(), there.rend())) << "back from " << to;
    return there;
}

}  // namespace

TEST(Route, TakesTheShortestByLengthNotByEdges) {
    // a-b-c is 10 + 10; the direct a-c edge is given 25 m.
    auto g = make_graph({{"a", 0, 0}, {"b", 10, 0}, {"c", 20, 0}},
                        {{"a", "b"}, {"b", "c"}, {"a", "c", EdgeKind::walk, 25.0}});
    auto r = route(g, "a", "c");
    ASSERT_TRUE(r);
    EXPECT_EQ(ids(g, r), (Ids{"a", "b", "c"}));
    EXPECT_DOUBLE_EQ(r->length, 20);
    EXPECT_EQ(r->edges.size(), 2u);
}

TEST(Route, DefaultLengthIsTheStraightLine) {
    auto g = make_graph({{"a", 0, 0}, {"b", 3, 4}}, {{"a", "b"}});
    EXPECT_DOUBLE_EQ(route(g, "a", "b")->length, 5);
}

TEST(Route, SameLengthTakesFewerEdges) {
    // a-b-c (10 + 10) against a-c given 20 m: one edge wins, though "b" < "c".
    auto g = make_graph({{"a", 0, 0}, {"b", 10, 0}, {"c", 20, 0}},
                        {{"a", "b"}, {"b", "c"}, {"a", "c", EdgeKind::walk, 20.0}});
    EXPECT_EQ(ids(g, route(g, "a", "c")), (Ids{"a", "c"}));
}

TEST(Route, SameLengthAndEdgesTakesTheSmallerIdSequence) {
    // A square: s to t round either side is 20 m in two edges.
    auto g = make_graph({{"s", 0, 0}, {"y", 10, 0}, {"x", 0, 10}, {"t", 10, 10}},
                        {{"s", "y"}, {"y", "t"}, {"s", "x"}, {"x", "t"}});
    EXPECT_EQ(there_and_back(g, "s", "t"), (Ids{"s", "x", "t"}));
}

TEST(Route, IdSequenceDecidesAtTheFirstDifferenceNotAtTheSecondNode) {
    // Two ways of three edges, same length: s-m-a-t and s-m-b-t share "m"
    // and differ at the third node; a longer way through "b0" loses on length.
    auto g = make_graph(
        {{"s", 0, 0}, {"m", 10, 0}, {"b", 20, 0}, {"a", 10, 10}, {"t", 20, 10}, {"b0", 0, 10}},
        {{"s", "m"},
         {"m", "b", EdgeKind::walk, 10.0},
         {"m", "a", EdgeKind::walk, 10.0},
         {"b", "t", EdgeKind::walk, 10.0},
         {"a", "t", EdgeKind::walk, 10.0},
         {"s", "b0", EdgeKind::walk, 10.0},
         {"b0", "t", EdgeKind::walk, 30.0}});
    EXPECT_EQ(ids(g, route(g, "s", "t")), (Ids{"s", "m", "a", "t"}));
}

TEST(Route, IdsCompareAsStringsNotNumbers) {
    // "n10" < "n9" as strings.
    auto g = make_graph({{"s", 0, 0}, {"n9", 10, 0}, {"n10", 0, 10}, {"t", 10, 10}},
                        {{"s", "n9"}, {"n9", "t"}, {"s", "n10"}, {"n10", "t"}});
    EXPECT_EQ(ids(g, route(g, "s", "t")), (Ids{"s", "n10", "t"}));
}

TEST(Route, LengthsEqualUpToRoundingAreATie) {
    // Both ways are sqrt(2)*10 + 10, summed in different orders; the
    // smaller ids win, not the last bit of a sum.
    auto g = make_graph({{"s", 0, 0}, {"b", 10, 10}, {"a", 10, 0}, {"t", 20, 10}},
                        {{"s", "b"}, {"b", "t"}, {"s", "a"}, {"a", "t"}});
    EXPECT_EQ(there_and_back(g, "s", "t"), (Ids{"s", "a", "t"}));
}

TEST(Route, OneWayEdgesAreTakenOnlyForwards) {
    auto g = make_graph({{"a", 0, 0}, {"b", 10, 0}, {"c", 0, 30}},
                        {{"a", "b", EdgeKind::escalator, 10.0, true}, {"a", "c"}, {"c", "b"}});
    EXPECT_EQ(ids(g, route(g, "a", "b")), (Ids{"a", "b"}));
    EXPECT_EQ(ids(g, route(g, "b", "a")), (Ids{"b", "c", "a"}));
}

TEST(Route, UnreachableIsNoRoute) {
    auto g = make_graph({{"a", 0, 0}, {"b", 10, 0}, {"c", 20, 0}},
                        {{"a", "b", EdgeKind::walk, std::nullopt, true}});
    EXPECT_FALSE(route(g, "b", "a"));
    EXPECT_FALSE(route(g, "a", "c"));
    auto seen = reachable_from(g, *g.find_node("a"));
    EXPECT_EQ(seen, (std::vector<bool>{true, true, false}));
}

TEST(Route, ToItselfIsARouteOfNoEdges) {
    auto g = make_graph({{"a", 0, 0}}, {});
    auto r = route(g, "a", "a");
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->edges.empty());
    EXPECT_EQ(r->length, 0);
}

TEST(Route, StepFreeAvoidsStairsAndEscalatorsButTakesLifts) {
    auto g = make_graph({{"a", 0, 0}, {"b", 0, 0, 1}, {"l0", 50, 0}, {"l1", 50, 0, 1}},
                        {{"a", "b", EdgeKind::stairs, 8.0},
                         {"a", "l0"},
                         {"l0", "l1", EdgeKind::lift, 10.0},
                         {"l1", "b"}});
    auto shortest = route(g, "a", "b");
    EXPECT_EQ(ids(g, shortest), (Ids{"a", "b"}));
    EXPECT_TRUE(shortest->has_steps(g));
    auto step_free = route(g, "a", "b", RouteKind::step_free);
    EXPECT_EQ(ids(g, step_free), (Ids{"a", "l0", "l1", "b"}));
    EXPECT_FALSE(step_free->has_steps(g));
    EXPECT_DOUBLE_EQ(step_free->length, 110);
}

TEST(Route, ZeroLengthLoopsDoNotHang) {
    auto g = make_graph({{"a", 0, 0}, {"b", 0, 0}, {"c", 0, 0}, {"d", 5, 0}},
                        {{"a", "b"}, {"b", "c"}, {"c", "a"}, {"c", "d"}});
    EXPECT_EQ(ids(g, route(g, "a", "d")), (Ids{"a", "c", "d"}));
}
