// Which way to go from this screen: a room's own way, else its building's
// (docs/config.md, docs/wayfinding.md). An id's own way is the one computed
// from the venue graph when the id is a place of it (hand-written entries
// laid over it), else its entry in "directions". A place with no arrow from
// here (it is at this screen, or cannot be reached) has no way, and a room
// there does not take its building's. Layout asks this for every row it draws.
#pragma once

#include <cstddef>
#include <string_view>

#include "config/location_config.h"
#include "model/venue.h"

namespace signpost {

// The id's own way (computed for a place of the graph, else its
// "directions" entry), or nullptr: a room without one takes its building's.
const Wayfinding* find_own_direction(const LocationConfig& config, std::string_view id);

// The way to this building id, or nullptr.
const Wayfinding* find_direction_to_building(const LocationConfig& config,
                                             std::string_view building_id);

// The room's own entry, else its building's, else nullptr (also for an index
// outside venue.rooms). The pointer lives as long as `config`.
const Wayfinding* find_direction_to_room(const LocationConfig& config, const Venue& venue,
                                         size_t room_index);

}  // namespace signpost
