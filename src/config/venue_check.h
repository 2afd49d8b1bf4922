// Cross-checks a location config against the venue of the feed it shows:
// ids in the config that the venue lacks. These are warnings, not errors: the
// feed may change under a running screen (a building added next week), and
// the screen should keep working with what it can match.
#pragma once

#include <vector>

#include "config/location_config.h"
#include "model/venue.h"
#include "util/result.h"

namespace signpost {

// One warning per unknown id, where = the JSON path of the key in the config
// ("/directions/hall-9", "/pages/1/buildings/0", "/location/building").
std::vector<Error> check_config_against_venue(const LocationConfig& config, const Venue& venue);

}  // namespace signpost
