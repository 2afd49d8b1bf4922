#include "model/place_way.h"

#include "model/route_text.h"
#include "model/way_rule.h"

namespace signpost {

PlaceWay compute_place_way(const VenueGraph& graph, const ScreenPosition& at, size_t place_node) {
    PlaceWay way;
    if (place_node == at.node) {
        way.status = PlaceWay::Status::at_screen;
        return way;
    }
    auto shortest = find_route(graph, at.node, place_node, RouteKind::shortest);
    if (!shortest) {
        way.status = PlaceWay::Status::unreachable;
        return way;
    }
    way.status = PlaceWay::Status::routed;
    way.shortest.arrow = route_arrow(graph, *shortest, at.facing);
    way.shortest.summary = summarize_route(graph, *shortest);
    way.shortest.text = route_text(*way.shortest.summary);
    way.shortest.route = std::move(*shortest);
    if (way.shortest.route.has_steps(graph)) {
        ComputedLine line;
        if (auto step_free = find_route(graph, at.node, place_node, RouteKind::step_free)) {
            line.arrow = route_arrow(graph, *step_free, at.facing);
            line.summary = summarize_route(graph, *step_free);
            line.text = route_text(*line.summary);
            line.route = std::move(*step_free);
        } else {
            line.text = no_step_free_route_text();
        }
        way.step_free = std::move(line);
    }
    return way;
}

}  // namespace signpost
