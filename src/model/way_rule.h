// The arrow a screen shows for a route (docs/wayfinding.md, "The rule"): fixed,
// so that every screen of a venue agrees. A first step on stairs, an
// escalator or a lift is "up" or "down" by the floors' order; any other first
// step is turned into one of eight arrows by its compass bearing relative to
// the way the reader faces.
#pragma once

#include <optional>

#include "model/direction.h"
#include "model/route.h"
#include "model/venue_graph.h"

namespace signpost {

// `degrees` normalised to (-180, 180].
double normalise_degrees(double degrees);

// The compass bearing from `a` to `b` in degrees (0 = +y north, 90 = +x
// east), in [0, 360). Exact on the axes and the diagonals.
double compass_bearing(const GraphNode& a, const GraphNode& b);

// The arrow for a step whose bearing minus the reader's facing is `rel`
// degrees (any value; normalised first). With a = |rel|: a <= 22.5 ahead,
// <= 67.5 ahead-right/left, <= 112.5 right/left, <= 157.5 back-right/left,
// else back; right when rel > 0. rel is rounded to 1e-9° first, so that a
// bearing computed as 90.00000000000001 counts as 90.
Arrow arrow_for_relative_bearing(double rel);

// The arrow for `route` seen by a reader facing `facing` degrees, or nullopt
// for a route of no edges (the place is at the screen).
//
// The first edge decides. Two cases the rule leaves open are settled so:
// a stairs/escalator/lift edge between two nodes of the same floor is no
// change of level and is read by its bearing like a walk; an edge whose
// ends stand at the same point of the plan (no bearing) is skipped for the
// next edge of the route that has one (or is vertical).
std::optional<Arrow> route_arrow(const VenueGraph& graph, const Route& route, double facing);

// The first edge of `route` that changes floors on stairs, an escalator or
// a lift, as an index into route.edges; nullopt when there is none.
std::optional<size_t> first_level_change(const VenueGraph& graph, const Route& route);

}  // namespace signpost
