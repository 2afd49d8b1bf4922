// The arrow rule of docs/wayfinding.md: eight sectors with their exact
// boundaries, up/down by the floors' order, nothing for the screen's own node;
// and the computed text.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "graph_test_support.h"
#include "model/place_way.h"
#include "model/route_text.h"
#include "model/way_rule.h"

using namespace signpost;
using signpost::testing::make_graph;

TEST(WayRule, NormalisesToTheHalfOpenCircle) {
    EXPECT_EQ(normalise_degrees(180), 180);
    EXPECT_EQ(normalise_degrees(-180), 180);
    EXPECT_EQ(normalise_degrees(540), 180);
    EXPECT_EQ(normalise_degrees(-190), 170);
    EXPECT_EQ(normalise_degrees(190), -170);
    EXPECT_EQ(normalise_degrees(-360), 0);
    EXPECT_EQ(normalise_degrees(720.5), 0.5);
}

TEST(WayRule, SectorsAtTheirBoundaries) {
    // Clockwise from ahead, each sector runs from just above the previous
    // bound up to and including its own; to the left (negative) the mirror.
    struct Sector {
        double up_to;
        Arrow right;
        Arrow left;
    };
    const Sector sectors[] = {
        {22.5, Arrow::ahead, Arrow::ahead}, {67.5, Arrow::ahead_right, Arrow::ahead_left},
        {112.5, Arrow::right, Arrow::left}, {157.5, Arrow::back_right, Arrow::back_left},
        {180, Arrow::back, Arrow::back},
    };
    double from = 0;
    for (const Sector& sector : sectors) {
        for (double rel : {from + 0.0001, (from + sector.up_to) / 2, sector.up_to}) {
            EXPECT_EQ(arrow_for_relative_bearing(rel), sector.right) << rel;
            EXPECT_EQ(arrow_for_relative_bearing(-rel), sector.left) << -rel;
        }
        from = sector.up_to;
    }
    EXPECT_EQ(arrow_for_relative_bearing(0), Arrow::ahead);
    // Whole turns and the other side of the circle.
    EXPECT_EQ(arrow_for_relative_bearing(360 + 45), Arrow::ahead_right);
    EXPECT_EQ(arrow_for_relative_bearing(-360 - 45), Arrow::ahead_left);
    EXPECT_EQ(arrow_for_relative_bearing(270), Arrow::left);
}

TEST(WayRule, CompassBearingIsClockwiseFromNorth) {
    const GraphNode o{"o", 0, 0, 0};
    EXPECT_EQ(compass_bearing(o, {"n", 0, 5, 0}), 0);
    EXPECT_EQ(compass_bearing(o, {"e", 5, 0, 0}), 90);
    EXPECT_EQ(compass_bearing(o, {"s", 0, -5, 0}), 180);
    EXPECT_EQ(compass_bearing(o, {"w", -5, 0, 0}), 270);
    EXPECT_EQ(compass_bearing(o, {"ne", 3, 3, 0}), 45);
    EXPECT_EQ(compass_bearing(o, {"nw", -3, 3, 0}), 315);
    EXPECT_NEAR(compass_bearing(o, {"x", 1, std::sqrt(3.0), 0}), 30, 1e-9);
}

namespace {

// The screen at "o" (0,0) on P0; one edge to a node in each compass direction
// `bearing` at 10 m.
std::optional<Arrow> arrow_towards(double bearing, double facing) {
    const double r = bearing * std::numbers::pi / 180;
    auto g = make_graph({{"o", 0, 0}, {"t", 10 * std::sin(r), 10 * std::cos(r)}}, {{"o", "t"}});
    auto route = find_route(g, 0, 1);
    return route_arrow(g, *route, facing);
}

}  // namespace

TEST(WayRule, BearingMinusFacing) {
    // Facing east, a step north is to the left, a step east ahead.
    EXPECT_EQ(arrow_towards(0, 90), Arrow::left);
    EXPECT_EQ(arrow_towards(90, 90), Arrow::ahead);
    EXPECT_EQ(arrow_towards(180, 90), Arrow::right);
    EXPECT_EQ(arrow_towards(270, 90), Arrow::back);
    // The boundaries through the facing: due east seen facing 67.5 is 22.5.
    EXPECT_EQ(arrow_towards(90, 67.5), Arrow::ahead);
    EXPECT_EQ(arrow_towards(90, 22.5), Arrow::ahead_right);
    EXPECT_EQ(arrow_towards(0, 337.5), Arrow::ahead);
    EXPECT_EQ(arrow_towards(0, 337.4), Arrow::ahead_right);
    EXPECT_EQ(arrow_towards(0, 157.5), Arrow::back_left);
    EXPECT_EQ(arrow_towards(0, 202.5), Arrow::back_right);
    EXPECT_EQ(arrow_towards(0, 180), Arrow::back);
    EXPECT_EQ(arrow_towards(0, -90), Arrow::right);
    EXPECT_EQ(arrow_towards(45, 0), Arrow::ahead_right);
    EXPECT_EQ(arrow_towards(315, 0), Arrow::ahead_left);
}

TEST(WayRule, VerticalFirstEdgeIsUpOrDownByFloorOrder) {
    auto g = make_graph({{"a", 0, 0, 1}, {"up", 0, 5, 2}, {"down", 5, 0, 0}},
                        {{"a", "up", EdgeKind::escalator, 12.0},
                         {"a", "down", EdgeKind::stairs, 6.0},
                         {"down", "up", EdgeKind::lift, 20.0}});
    auto to_up = find_route(g, 0, 1);
    auto to_down = find_route(g, 0, 2);
    EXPECT_EQ(route_arrow(g, *to_up, 0), Arrow::up);
    EXPECT_EQ(route_arrow(g, *to_down, 0), Arrow::down);
    EXPECT_EQ(route_arrow(g, *find_route(g, 2, 1, RouteKind::step_free), 0), Arrow::up);
}

TEST(WayRule, OnlyTheFirstEdgeDecides) {
    // A walk east first, then stairs: the arrow is the walk's.
    auto g = make_graph({{"a", 0, 0}, {"b", 10, 0}, {"c", 10, 0, 1}},
                        {{"a", "b"}, {"b", "c", EdgeKind::stairs, 5.0}});
    EXPECT_EQ(route_arrow(g, *find_route(g, 0, 2), 0), Arrow::right);
}

TEST(WayRule, PlaceAtTheScreenHasNoArrow) {
    auto g = make_graph({{"a", 0, 0}, {"b", 10, 0}}, {{"a", "b"}});
    PlaceWay way = compute_place_way(g, {0, 0}, 0);
    EXPECT_EQ(way.status, PlaceWay::Status::at_screen);
    EXPECT_FALSE(way.shortest.arrow);
    EXPECT_EQ(route_arrow(g, *find_route(g, 0, 0), 0), std::nullopt);
}

TEST(WayRule, UnreachablePlaceHasNoArrow) {
    auto g =
        make_graph({{"a", 0, 0}, {"b", 10, 0}}, {{"b", "a", EdgeKind::walk, std::nullopt, true}});
    PlaceWay way = compute_place_way(g, {0, 0}, 1);
    EXPECT_EQ(way.status, PlaceWay::Status::unreachable);
    EXPECT_FALSE(way.shortest.arrow);
}

TEST(RouteText, FloorDistanceAndMinutes) {
    EXPECT_EQ(shown_metres(187), 190);
    EXPECT_EQ(shown_metres(184.9), 180);
    EXPECT_EQ(shown_metres(3), 10);
    EXPECT_EQ(walking_minutes(190), 3);  // 158 s
    EXPECT_EQ(walking_minutes(20), 1);
    EXPECT_EQ(walking_minutes(250), 3);  // 208 s = 3.47 min
    auto g = make_graph({{"a", 0, 0}, {"b", 0, 187, 1}}, {{"a", "b", EdgeKind::walk}});
    g.floors = {"P0", "P1"};
    auto text = route_text(g, *find_route(g, 0, 1));
    EXPECT_EQ(*text.get("en"), "P1 · 190 m · 3 min");
    EXPECT_EQ(*text.get("ko"), "P1 · 190 m · 3분");
}

TEST(RouteText, FirstLevelChangeAsOneRide) {
    // Two escalators P0 -> P1 -> P2 in a row are one ride to P2.
    auto g = make_graph(
        {{"a", 0, 0}, {"b", 0, 10, 0}, {"c", 0, 20, 1}, {"d", 0, 30, 2}},
        {{"a", "b"}, {"b", "c", EdgeKind::escalator, 20.0}, {"c", "d", EdgeKind::escalator, 20.0}});
    EXPECT_EQ(*route_text(g, *find_route(g, 0, 3)).get("en"), "P2 · 50 m · 1 min · escalator up");
    EXPECT_EQ(*route_text(g, *find_route(g, 3, 1)).get("en"), "P0 · 40 m · 1 min · escalator down");
}

// The step names the floor it reaches only when the route goes on from there
// to another: the text starts with the floor it ends on.
TEST(RouteText, TheStepNamesItsFloorOnlyWhereTheRouteDoesNotEndThere) {
    auto g = make_graph(
        {{"a", 0, 0}, {"b", 0, 10, 0}, {"c", 0, 20, 1}, {"d", 0, 30, 2}},
        {{"a", "b"}, {"b", "c", EdgeKind::escalator, 20.0}, {"c", "d", EdgeKind::stairs, 20.0}});
    g.floors = {"P0", "P1", "P2"};
    const LocalizedText on = route_text(g, *find_route(g, 0, 3));
    EXPECT_EQ(*on.get("en"), "P2 · 50 m · 1 min · escalator up to P1");
    EXPECT_EQ(*on.get("ko"), "P2 · 50 m · 1분 · 에스컬레이터로 P1 올라가기");
    const LocalizedText there = route_text(g, *find_route(g, 0, 2));
    EXPECT_EQ(*there.get("en"), "P1 · 30 m · 1 min · escalator up");
    EXPECT_EQ(*there.get("ko"), "P1 · 30 m · 1분 · 에스컬레이터로 올라가기");
    auto lift = make_graph({{"a", 0, 0}, {"b", 0, 10, 1}}, {{"a", "b", EdgeKind::lift, 20.0}});
    lift.floors = {"P0", "P1"};
    const LocalizedText up = route_text(lift, *find_route(lift, 0, 1));
    EXPECT_EQ(*up.get("en"), "P1 · 20 m · 1 min · lift");
    EXPECT_EQ(*up.get("ko"), "P1 · 20 m · 1분 · 엘리베이터");
}

TEST(PlaceWay, StepFreeOnlyWhenTheShortestHasSteps) {
    auto g = make_graph({{"s", 0, 0},
                         {"e1", 0, 10, 1},
                         {"l0", 20, 0},
                         {"l1", 20, 0, 1},
                         {"r", 0, -10},
                         {"x", 0, 20, 1}},
                        {{"s", "e1", EdgeKind::escalator, 15.0},
                         {"s", "l0"},
                         {"l0", "l1", EdgeKind::lift, 10.0},
                         {"l1", "e1"},
                         {"s", "r"},
                         {"e1", "x", EdgeKind::stairs, 4.0}});
    // To "r": a walk; no step-free line.
    PlaceWay r = compute_place_way(g, {0, 0}, *g.find_node("r"));
    EXPECT_EQ(r.shortest.arrow, Arrow::back);
    EXPECT_FALSE(r.step_free);
    // To "e1": escalator up; the step-free line walks east to the lift.
    PlaceWay e1 = compute_place_way(g, {0, 0}, *g.find_node("e1"));
    EXPECT_EQ(e1.shortest.arrow, Arrow::up);
    ASSERT_TRUE(e1.step_free);
    EXPECT_EQ(e1.step_free->arrow, Arrow::right);
    EXPECT_EQ(*e1.step_free->text.get("en"), "P1 · 50 m · 1 min · lift");
    // To "x": only stairs reach it, so the step-free line says there is none.
    PlaceWay x = compute_place_way(g, {0, 0}, *g.find_node("x"));
    ASSERT_TRUE(x.step_free);
    EXPECT_FALSE(x.step_free->arrow);
    EXPECT_EQ(*x.step_free->text.get("en"), "no step-free route");
}

TEST(RouteText, RoutesOfOneFloorAndStepShareALineWithRanges) {
    // Two rooms up the same escalator, 120 m and 197 m away, and one up a lift.
    auto g = make_graph({{"a", 0, 0},
                         {"b", 0, 10, 0},
                         {"c", 0, 20, 1},
                         {"near", 0, 120, 1},
                         {"far", 0, 197, 1},
                         {"lift", 30, 0, 1}},
                        {{"a", "b"},
                         {"b", "c", EdgeKind::escalator, 10.0},
                         {"c", "near"},
                         {"c", "far"},
                         {"a", "lift", EdgeKind::lift, 30.0}});
    g.floors = {"P0", "P1"};
    const RouteSummary near = summarize_route(g, *find_route(g, 0, *g.find_node("near")));
    const RouteSummary far = summarize_route(g, *find_route(g, 0, *g.find_node("far")));
    const RouteSummary lift = summarize_route(g, *find_route(g, 0, *g.find_node("lift")));
    EXPECT_TRUE(same_floor_and_step(near, far));
    EXPECT_FALSE(same_floor_and_step(near, lift));
    EXPECT_EQ(*route_text(near).get("en"), "P1 · 120 m · 2 min · escalator up");
    const LocalizedText both = route_group_text({near, far});
    EXPECT_EQ(*both.get("en"), "P1 · 120–200 m · 2–3 min · escalator up");
    EXPECT_EQ(*both.get("ko"), "P1 · 120–200 m · 2–3분 · 에스컬레이터로 올라가기");
    // Equal shown numbers are not a range.
    EXPECT_EQ(*route_group_text({near, near}).get("en"), *route_text(near).get("en"));
    EXPECT_TRUE(route_group_text({}).empty());
}
