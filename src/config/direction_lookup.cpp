#include "config/direction_lookup.h"

#include <string>

namespace signpost {

const Wayfinding* find_direction_to_building(const LocationConfig& config,
                                             std::string_view building_id) {
    auto it = config.directions.find(std::string(building_id));
    return it == config.directions.end() ? nullptr : &it->second;
}

const Wayfinding* find_direction_to_room(const LocationConfig& config, const Venue& venue,
                                         size_t room_index) {
    if (room_index >= venue.rooms.size()) {
        return nullptr;
    }
    const Room& room = venue.rooms[room_index];
    if (auto it = config.directions.find(room.id); it != config.directions.end()) {
        return &it->second;
    }
    if (room.building >= venue.buildings.size()) {
        return nullptr;
    }
    return find_direction_to_building(config, venue.buildings[room.building].id);
}

}  // namespace signpost
