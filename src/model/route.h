// Routes through a venue graph, by the one rule every screen of a venue
// shares (docs/wayfinding.md): the shortest path by length; among paths of
// the same length the one with fewer edges; among those the one whose
// sequence of node ids is lexicographically smaller.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "model/venue_graph.h"

namespace signpost {

// `shortest` may use every edge; `step_free` only walk, ramp and lift edges.
enum class RouteKind { shortest, step_free };

std::string_view to_string(RouteKind kind);

struct Route {
    std::vector<size_t> nodes;  // from .. to, indices into VenueGraph::nodes
    std::vector<size_t> edges;  // edges[i] joins nodes[i] and nodes[i + 1]
    double length = 0;          // metres

    // True when some edge of the route is stairs or an escalator.
    bool has_steps(const VenueGraph& graph) const;
};

// Lengths closer than this are the same length for the tie rules: lengths
// that are sums of square roots differ in their last bits with the order of
// the additions, and a route must not change with that.
inline constexpr double kSameLengthMetres = 1e-6;

// The route from node `from` to node `to` by the rule above, or nullopt when
// `to` cannot be reached. from == to is a route of no edges. Both must be
// node indices of `graph`.
std::optional<Route> find_route(const VenueGraph& graph, size_t from, size_t to,
                                RouteKind kind = RouteKind::shortest);

// Every node reachable from `from` (all edges, one_way respected): used to
// warn about places a screen cannot reach and graphs in several pieces.
std::vector<bool> reachable_from(const VenueGraph& graph, size_t from);

}  // namespace signpost
