// "venue_map": buildings, floors and directions for feeds that only know rooms
// (frab, Pentabarf, iCalendar), and the rules that place rooms in them
// (docs/importers.md). Read into LocationConfig::venue_map, which the app
// hands to the feed reader as FeedOptions::venue_map.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "config/json_reader.h"
#include "config/location_config.h"

namespace signpost {

// {"buildings": [{"id", "name", "floors", "arrow", "directions"}],
//  "rules": [{"room" | "pattern", "building", "floor"}], "default_building"}
// Every problem is an error at its JSON path; a building's arrow and
// directions also become its entry in config.directions unless the
// "directions" section already has one (call this after that section).
void read_venue_map_section(const nlohmann::json* v, const std::string& path,
                            LocationConfig& config, Problems& problems);

}  // namespace signpost
