#include "config/direction_lookup.h"

#include <string>

namespace signpost {
namespace {

// The way to one id: a place of the venue graph takes its computed way (with
// the hand-written entry already laid over it), else the hand-written entry.
// `found` says whether the id has either, so that a place with no arrow from
// here (at this screen, unreachable) does not fall back to its building's.
const Wayfinding* way_to(const LocationConfig& config, std::string_view id, bool& found) {
    if (auto it = config.place_ways.find(id); it != config.place_ways.end()) {
        found = true;
        return it->second ? &*it->second : nullptr;
    }
    auto it = config.directions.find(std::string(id));
    found = it != config.directions.end();
    return found ? &it->second : nullptr;
}

}  // namespace

const Wayfinding* find_own_direction(const LocationConfig& config, std::string_view id) {
    bool found = false;
    return way_to(config, id, found);
}

const Wayfinding* find_direction_to_building(const LocationConfig& config,
                                             std::string_view building_id) {
    bool found = false;
    return way_to(config, building_id, found);
}

const Wayfinding* find_direction_to_room(const LocationConfig& config, const Venue& venue,
                                         size_t room_index) {
    if (room_index >= venue.rooms.size()) {
        return nullptr;
    }
    const Room& room = venue.rooms[room_index];
    bool found = false;
    const Wayfinding* own = way_to(config, room.id, found);
    if (found) {
        return own;
    }
    if (room.building >= venue.buildings.size()) {
        return nullptr;
    }
    return find_direction_to_building(config, venue.buildings[room.building].id);
}

}  // namespace signpost
