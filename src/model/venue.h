// The place: buildings, their rooms and floors. Plain data, built by a feed
// parser or an importer and then frozen inside a Schedule.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/localized_text.h"

namespace signpost {

struct Room {
    std::string id;
    LocalizedText name;
    std::string floor;  // a label as the feed writes it: "2", "0", "P1", "B1"
    std::optional<int> capacity;
    size_t building = 0;  // index into Venue::buildings
};

struct Building {
    std::string id;
    LocalizedText name;
    std::vector<std::string> floors;  // optional, in the feed's order (bottom to top)
    std::vector<size_t> rooms;        // indices into Venue::rooms, in the feed's order
};

struct Venue {
    LocalizedText name;
    std::string timezone;  // IANA name, e.g. "Europe/Madrid"
    std::vector<Building> buildings;
    std::vector<Room> rooms;  // every room of every building, in the feed's order

    std::optional<size_t> find_room(std::string_view id) const;
    std::optional<size_t> find_building(std::string_view id) const;
};

// "2F · 2층" style floor labels need the number: "2" -> 2, "B1" -> -1, "-1" -> -1,
// "P1" and other labels -> nullopt.
std::optional<int> floor_number(std::string_view label);

}  // namespace signpost
