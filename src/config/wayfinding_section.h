// "venue_graph", "position" and "qr": the sections that let a screen compute
// its directions from the venue's graph (docs/wayfinding.md) and show a QR
// code to take the way along.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "config/json_reader.h"
#include "config/location_config.h"

namespace signpost {

// "venue_graph": "venue.json" (relative to the config's folder), read and
// checked whole; "position": {"node": id, "facing": degrees}. A position
// without a graph, or naming a node the graph lacks, is an error; a place
// this screen cannot reach is a warning. With both, fills
// config.place_ways (call after "directions" and "venue_map": the
// hand-written entries win).
void read_wayfinding_sections(const nlohmann::json* graph, const nlohmann::json* position,
                              const std::string& graph_path, const std::string& position_path,
                              LocationConfig& config, Problems& problems);

// "qr": {"url": "https://…{location}…", "caption"?: text}; {location} and
// {building} are expanded here (call after "id" and "location").
void read_qr_section(const nlohmann::json* v, const std::string& path, LocationConfig& config,
                     Problems& problems);

// The way to one place from `at`, with the hand-written entry `written`
// (may be nullptr) laid over it: its arrow replaces the computed one and its
// text, when it has one, the computed text; the step-free line stays.
std::optional<Wayfinding> place_wayfinding(const VenueGraph& graph, const ScreenPosition& at,
                                           size_t place_node, const Wayfinding* written);

}  // namespace signpost
