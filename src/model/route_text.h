// The computed text of a direction (docs/wayfinding.md): the place's floor,
// the route's length rounded to 10 m and the walking time at 1.2 m/s
// ("P1 · 190 m · 3 min"), then the route's first change of level
// ("escalator up", "lift"; "escalator up to P1" when the route goes on from
// there to another floor), in Korean and English.
#pragma once

#include <string>
#include <vector>

#include "model/localized_text.h"
#include "model/route.h"
#include "model/venue_graph.h"

namespace signpost {

inline constexpr double kWalkingMetresPerSecond = 1.2;

// The length as shown: rounded to the nearest 10 m, at least 10 m.
int shown_metres(double length);
// The walking time in whole minutes, rounded to the nearest, at least 1.
int walking_minutes(double length);

// What a route's text is made of: the floor it ends on, its length and its
// first change of level ("escalator up", or "escalator up to P1" when the
// route ends on another floor; empty when it stays on one floor).
struct RouteSummary {
    std::string floor;
    double length = 0;
    LocalizedText step;
};
RouteSummary summarize_route(const VenueGraph& graph, const Route& route);

// Two routes that read the same but for their length: same floor, same first
// change of level.
bool same_floor_and_step(const RouteSummary& a, const RouteSummary& b);

// "P1 · 190 m · 3 min" [+ " · escalator up"] for a route of at least
// one edge.
LocalizedText route_text(const VenueGraph& graph, const Route& route);
LocalizedText route_text(const RouteSummary& route);

// Routes that share a floor and a first change of level (same_floor_and_step)
// as one line, their lengths and times as ranges when they differ:
// "P1 · 130–190 m · 2–3 min · escalator up". The directory reads it
// once over the rooms it leads to. Empty for no routes.
LocalizedText route_group_text(const std::vector<RouteSummary>& routes);

// The line shown when a place has no step-free route from the screen.
LocalizedText no_step_free_route_text();

}  // namespace signpost
