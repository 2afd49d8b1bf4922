#include "layout/venue_order.h"

#include <algorithm>

namespace signpost::layout_detail {

std::vector<BuildingGroup> group_rooms(const Venue& venue, const std::vector<std::string>& filter,
                                       std::string_view own_building) {
    const auto wanted = [&](const Building& b) {
        return filter.empty() || std::find(filter.begin(), filter.end(), b.id) != filter.end();
    };
    std::vector<size_t> order;
    for (size_t b = 0; b < venue.buildings.size(); ++b) {
        if (wanted(venue.buildings[b])) {
            order.push_back(b);
        }
    }
    std::stable_partition(order.begin(), order.end(), [&](size_t b) {
        return !own_building.empty() && venue.buildings[b].id == own_building;
    });

    std::vector<bool> placed(venue.rooms.size(), false);
    std::vector<BuildingGroup> groups;
    for (size_t b : order) {
        BuildingGroup g{b, {}};
        // The building's own list first (the feed's order), then any room that
        // names this building but is missing from its list.
        for (size_t r : venue.buildings[b].rooms) {
            if (r < venue.rooms.size() && venue.rooms[r].building == b && !placed[r]) {
                placed[r] = true;
                g.rooms.push_back(r);
            }
        }
        for (size_t r = 0; r < venue.rooms.size(); ++r) {
            if (venue.rooms[r].building == b && !placed[r]) {
                placed[r] = true;
                g.rooms.push_back(r);
            }
        }
        groups.push_back(std::move(g));
    }
    if (filter.empty()) {
        BuildingGroup orphans;
        for (size_t r = 0; r < venue.rooms.size(); ++r) {
            if (!placed[r] && venue.rooms[r].building >= venue.buildings.size()) {
                orphans.rooms.push_back(r);
            }
        }
        if (!orphans.rooms.empty()) {
            groups.push_back(std::move(orphans));
        }
    }
    return groups;
}

}  // namespace signpost::layout_detail
