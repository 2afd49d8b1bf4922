// Which rooms a page shows and in what order: grouped by building, this
// screen's own building first, then the venue's order; rooms in the feed's
// order. A page's "buildings" filter keeps only those buildings. Each room
// appears once, in the group of the building it names.
#pragma once

#include <optional>
#include <span>
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

// Natural order: "Room 2" < "Room 10" < "Room 118/119". Runs of digits compare
// as numbers, other bytes one by one (ASCII letters without case).
bool natural_less(std::string_view a, std::string_view b);

// A building's rooms by floor (the building's floors in its order, bottom to
// top; floors it does not list after them, in natural order), then by name in
// natural order (the first of `langs` the name has), then by id.
void sort_rooms_naturally(const Venue& venue, std::vector<size_t>& rooms,
                          std::span<const std::string> langs);

}  // namespace signpost::layout_detail
