// The computed text of a direction (docs/wayfinding.md): the place's floor,
// the route's length rounded to 10 m and the walking time at 1.2 m/s
// ("P1 · 190 m · 3 min"), then the route's first change of level
// ("escalator up to P1", "lift to P1"), in Korean and English.
#pragma once

#include "model/localized_text.h"
#include "model/route.h"
#include "model/venue_graph.h"

namespace signpost {

inline constexpr double kWalkingMetresPerSecond = 1.2;

// The length as shown: rounded to the nearest 10 m, at least 10 m.
int shown_metres(double length);
// The walking time in whole minutes, rounded to the nearest, at least 1.
int walking_minutes(double length);

// "P1 · 190 m · 3 min" [+ " · escalator up to P1"] for a route of at least
// one edge.
LocalizedText route_text(const VenueGraph& graph, const Route& route);

// The line shown when a place has no step-free route from the screen.
LocalizedText no_step_free_route_text();

}  // namespace signpost
