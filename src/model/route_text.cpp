#include "model/route_text.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "model/way_rule.h"

namespace signpost {

int shown_metres(double length) {
    return std::max(10, static_cast<int>(std::lround(length / 10.0)) * 10);
}

int walking_minutes(double length) {
    return std::max(1, static_cast<int>(std::lround(length / kWalkingMetresPerSecond / 60.0)));
}

namespace {

struct LevelStep {
    EdgeKind kind;
    bool up;
    size_t floor;  // the floor reached
};

// The first change of level and where it ends: consecutive edges of the same
// kind going the same way are one ride ("escalator up to P2" over two
// escalators P0-P1-P2).
std::optional<LevelStep> first_level_step(const VenueGraph& graph, const Route& route) {
    const auto first = first_level_change(graph, route);
    if (!first) {
        return std::nullopt;
    }
    const GraphEdge& edge = graph.edges[route.edges[*first]];
    const auto floor_at = [&](size_t i) { return graph.nodes[route.nodes[i]].floor; };
    LevelStep step{edge.kind, floor_at(*first + 1) > floor_at(*first), floor_at(*first + 1)};
    for (size_t i = *first + 1; i < route.edges.size(); ++i) {
        const GraphEdge& next = graph.edges[route.edges[i]];
        const bool up = floor_at(i + 1) > floor_at(i);
        if (next.kind != step.kind || floor_at(i + 1) == floor_at(i) || up != step.up) {
            break;
        }
        step.floor = floor_at(i + 1);
    }
    return step;
}

// The step's words; `floor` empty when the route ends on the floor the step
// reaches (the text starts with that floor: "P1 · 190 m · 3 min · escalator
// up", not "… escalator up to P1").
std::string english_step(const LevelStep& s, const std::string& floor) {
    const std::string to = floor.empty() ? "" : " to " + floor;
    switch (s.kind) {
        case EdgeKind::lift:
            return "lift" + to;
        case EdgeKind::escalator:
            return std::string(s.up ? "escalator up" : "escalator down") + to;
        default:
            return std::string(s.up ? "stairs up" : "stairs down") + to;
    }
}

std::string korean_step(const LevelStep& s, const std::string& floor) {
    const std::string to = floor.empty() ? "" : " " + floor;
    const std::string way = s.up ? " 올라가기" : " 내려가기";
    switch (s.kind) {
        case EdgeKind::lift:
            return floor.empty() ? "엘리베이터" : "엘리베이터로" + to;
        case EdgeKind::escalator:
            return "에스컬레이터로" + to + way;
        default:
            return "계단으로" + to + way;
    }
}

}  // namespace

RouteSummary summarize_route(const VenueGraph& graph, const Route& route) {
    RouteSummary out;
    out.floor = graph.floors[graph.nodes[route.nodes.back()].floor];
    out.length = route.length;
    if (auto step = first_level_step(graph, route)) {
        const bool ends_there = step->floor == graph.nodes[route.nodes.back()].floor;
        const std::string to = ends_there ? std::string{} : graph.floors[step->floor];
        out.step.set("ko", korean_step(*step, to));
        out.step.set("en", english_step(*step, to));
    }
    return out;
}

bool same_floor_and_step(const RouteSummary& a, const RouteSummary& b) {
    return a.floor == b.floor && a.step.variants() == b.step.variants();
}

namespace {

// "130 m" or "130–190 m"; "2" or "2–3" (minutes): a range only when the shown
// numbers differ.
std::string range_text(int low, int high) {
    return low == high ? std::to_string(low) : std::to_string(low) + "–" + std::to_string(high);
}

LocalizedText summary_text(const RouteSummary& first, const std::string& metres,
                           const std::string& minutes) {
    std::string ko = first.floor + " · " + metres + " m · " + minutes + "분";
    std::string en = first.floor + " · " + metres + " m · " + minutes + " min";
    if (const std::string* step = first.step.get("ko")) {
        ko += " · " + *step;
    }
    if (const std::string* step = first.step.get("en")) {
        en += " · " + *step;
    }
    LocalizedText text;
    text.set("ko", std::move(ko));
    text.set("en", std::move(en));
    return text;
}

}  // namespace

LocalizedText route_text(const RouteSummary& route) {
    return summary_text(route, std::to_string(shown_metres(route.length)),
                        std::to_string(walking_minutes(route.length)));
}

LocalizedText route_text(const VenueGraph& graph, const Route& route) {
    return route_text(summarize_route(graph, route));
}

LocalizedText route_group_text(const std::vector<RouteSummary>& routes) {
    if (routes.empty()) {
        return {};
    }
    double low = routes.front().length;
    double high = low;
    for (const RouteSummary& r : routes) {
        low = std::min(low, r.length);
        high = std::max(high, r.length);
    }
    return summary_text(routes.front(), range_text(shown_metres(low), shown_metres(high)),
                        range_text(walking_minutes(low), walking_minutes(high)));
}

LocalizedText no_step_free_route_text() {
    LocalizedText text;
    text.set("ko", "계단 없는 길 없음");
    text.set("en", "no step-free route");
    return text;
}

}  // namespace signpost
