#include "model/venue_graph.h"

#include <array>
#include <cmath>
#include <utility>

namespace signpost {
namespace {
constexpr std::array<std::pair<EdgeKind, std::string_view>, 5> kKinds{{
    {EdgeKind::walk, "walk"},
    {EdgeKind::ramp, "ramp"},
    {EdgeKind::stairs, "stairs"},
    {EdgeKind::escalator, "escalator"},
    {EdgeKind::lift, "lift"},
}};
}  // namespace

std::string_view to_string(EdgeKind kind) {
    for (auto [k, n] : kKinds) {
        if (k == kind) {
            return n;
        }
    }
    return "walk";
}

std::optional<EdgeKind> parse_edge_kind(std::string_view text) {
    for (auto [k, n] : kKinds) {
        if (n == text) {
            return k;
        }
    }
    return std::nullopt;
}

bool is_vertical(EdgeKind kind) {
    return kind == EdgeKind::stairs || kind == EdgeKind::escalator || kind == EdgeKind::lift;
}

bool is_step_free(EdgeKind kind) {
    return kind == EdgeKind::walk || kind == EdgeKind::ramp || kind == EdgeKind::lift;
}

std::optional<size_t> VenueGraph::find_node(std::string_view id) const {
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<size_t> VenueGraph::find_place(std::string_view id) const {
    auto it = places.find(id);
    if (it == places.end()) {
        return std::nullopt;
    }
    return it->second;
}

double plan_distance(const GraphNode& a, const GraphNode& b) {
    return std::hypot(b.x - a.x, b.y - a.y);
}

}  // namespace signpost
