// Everything a screen shows about the way to one place, computed from the
// venue graph and the screen's position by the rule of model/way_rule.h:
// the shortest route's arrow and text, and, when that route takes stairs or
// an escalator, the step-free route's (or the fact that there is none).
#pragma once

#include <optional>
#include <string>

#include "model/direction.h"
#include "model/localized_text.h"
#include "model/route.h"
#include "model/route_text.h"
#include "model/venue_graph.h"

namespace signpost {

// Where a screen stands and which way its reader faces (compass degrees,
// 0 = +y, 90 = +x).
struct ScreenPosition {
    size_t node = 0;  // index into VenueGraph::nodes
    double facing = 0;
};

struct ComputedLine {
    std::optional<Arrow> arrow;  // nullopt: no arrow (no step-free route)
    LocalizedText text;
    Route route;                          // empty when there is no route
    std::optional<RouteSummary> summary;  // what `text` says, when there is a route
};

struct PlaceWay {
    enum class Status { at_screen, unreachable, routed };
    Status status = Status::unreachable;
    ComputedLine shortest;  // when routed
    // When routed and the shortest route has stairs or an escalator: the
    // step-free line, without arrow and with no_step_free_route_text() when
    // there is no step-free route.
    std::optional<ComputedLine> step_free;
};

PlaceWay compute_place_way(const VenueGraph& graph, const ScreenPosition& at, size_t place_node);

}  // namespace signpost
