// Which rooms a page shows and in what order: grouped by building, this
// screen's own building first, then the venue's order; rooms in the feed's
// order. A page's "buildings" filter keeps only those buildings. Each room
// appears once, in the group of the building it names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/venue.h"

namespace signpost::layout_detail {

struct BuildingGroup {
    std::optional<size_t> building;  // nullopt: rooms whose building is unknown
    std::vector<size_t> rooms;       // indices into venue.rooms
};

std::vector<BuildingGroup> group_rooms(const Venue& venue, const std::vector<std::string>& filter,
                                       std::string_view own_building);

}  // namespace signpost::layout_detail
