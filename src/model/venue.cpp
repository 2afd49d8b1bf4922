#include "model/venue.h"

#include <charconv>

namespace signpost {

std::optional<size_t> Venue::find_room(std::string_view id) const {
    for (size_t i = 0; i < rooms.size(); ++i) {
        if (rooms[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<size_t> Venue::find_building(std::string_view id) const {
    for (size_t i = 0; i < buildings.size(); ++i) {
        if (buildings[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<int> floor_number(std::string_view label) {
    bool basement = false;
    if (!label.empty() && (label.front() == 'B' || label.front() == 'b')) {
        basement = true;
        label.remove_prefix(1);
    }
    int value = 0;
    auto [ptr, ec] = std::from_chars(label.data(), label.data() + label.size(), value);
    if (ec != std::errc{} || ptr != label.data() + label.size() || label.empty()) {
        return std::nullopt;
    }
    if (basement) {
        return value > 0 ? -value : std::optional<int>{};
    }
    return value;
}

}  // namespace signpost
