#include "model/way_rule.h"

#include <cmath>
#include <numbers>

namespace signpost {

double normalise_degrees(double degrees) {
    double r = std::fmod(degrees, 360.0);
    if (r <= -180.0) {
        r += 360.0;
    } else if (r > 180.0) {
        r -= 360.0;
    }
    return r;
}

double compass_bearing(const GraphNode& a, const GraphNode& b) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    // atan2 on the axes and diagonals can be an ulp off 90 or 45; the sector
    // boundaries are exactly there, so those are written out.
    if (dx == 0 && dy >= 0) {
        return 0;
    }
    if (dx == 0) {
        return 180;
    }
    if (dy == 0) {
        return dx > 0 ? 90 : 270;
    }
    if (std::fabs(dx) == std::fabs(dy)) {
        return dx > 0 ? (dy > 0 ? 45 : 135) : (dy < 0 ? 225 : 315);
    }
    double deg = std::atan2(dx, dy) * 180.0 / std::numbers::pi;
    return deg < 0 ? deg + 360.0 : deg;
}

Arrow arrow_for_relative_bearing(double rel) {
    rel = normalise_degrees(rel);
    rel = std::round(rel * 1e9) / 1e9;
    if (rel == -180.0) {
        rel = 180.0;
    }
    const double a = std::fabs(rel);
    const bool right = rel > 0;
    if (a <= 22.5) {
        return Arrow::ahead;
    }
    if (a <= 67.5) {
        return right ? Arrow::ahead_right : Arrow::ahead_left;
    }
    if (a <= 112.5) {
        return right ? Arrow::right : Arrow::left;
    }
    if (a <= 157.5) {
        return right ? Arrow::back_right : Arrow::back_left;
    }
    return Arrow::back;
}

namespace {

bool changes_level(const VenueGraph& graph, const GraphEdge& edge) {
    return is_vertical(edge.kind) && graph.nodes[edge.from].floor != graph.nodes[edge.to].floor;
}

}  // namespace

std::optional<size_t> first_level_change(const VenueGraph& graph, const Route& route) {
    for (size_t i = 0; i < route.edges.size(); ++i) {
        if (changes_level(graph, graph.edges[route.edges[i]])) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<Arrow> route_arrow(const VenueGraph& graph, const Route& route, double facing) {
    for (size_t i = 0; i < route.edges.size(); ++i) {
        const GraphNode& from = graph.nodes[route.nodes[i]];
        const GraphNode& to = graph.nodes[route.nodes[i + 1]];
        if (changes_level(graph, graph.edges[route.edges[i]])) {
            return to.floor > from.floor ? Arrow::up : Arrow::down;
        }
        if (from.x == to.x && from.y == to.y) {
            continue;
        }
        return arrow_for_relative_bearing(compass_bearing(from, to) - facing);
    }
    return std::nullopt;
}

}  // namespace signpost
