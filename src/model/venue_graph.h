// A venue's walkable graph, shared by every screen of the venue
// (docs/wayfinding.md): floors bottom to top, nodes on one plan in metres
// (x east, y north), edges with a kind and a length, and the places (building
// or room ids) that stand at nodes. Plain data; config/venue_graph_file.*
// reads it from JSON and checks it, model/route.* finds ways through it.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signpost {

enum class EdgeKind { walk, ramp, stairs, escalator, lift };

std::string_view to_string(EdgeKind kind);
std::optional<EdgeKind> parse_edge_kind(std::string_view text);

// Stairs, escalators and lifts: they change floors, so a route's first step on
// one of them is drawn "up" or "down", and they need a length (their straight
// line on the plan says nothing about the time they take).
bool is_vertical(EdgeKind kind);
// Walk, ramp and lift: the edges a wheelchair or a pram can take.
bool is_step_free(EdgeKind kind);

struct GraphNode {
    std::string id;
    double x = 0;      // metres east
    double y = 0;      // metres north
    size_t floor = 0;  // index into VenueGraph::floors
};

struct GraphEdge {
    size_t from = 0;  // indices into VenueGraph::nodes
    size_t to = 0;
    EdgeKind kind = EdgeKind::walk;
    double length = 0;     // metres, >= 0
    bool one_way = false;  // only from -> to
};

struct VenueGraph {
    std::vector<std::string> floors;  // labels, bottom to top
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::map<std::string, size_t, std::less<>> places;  // building or room id -> node index

    std::optional<size_t> find_node(std::string_view id) const;
    std::optional<size_t> find_place(std::string_view id) const;
};

// The straight-line distance between two nodes on the plan (the default length
// of an edge).
double plan_distance(const GraphNode& a, const GraphNode& b);

}  // namespace signpost
