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

bool natural_less(std::string_view a, std::string_view b) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            size_t ei = i;
            size_t ej = j;
            while (ei < a.size() && digit(a[ei]))
                ++ei;
            while (ej < b.size() && digit(b[ej]))
                ++ej;
            // Leading zeros do not count; then the longer run is the larger number.
            std::string_view x = a.substr(i, ei - i);
            std::string_view y = b.substr(j, ej - j);
            while (x.size() > 1 && x.front() == '0')
                x.remove_prefix(1);
            while (y.size() > 1 && y.front() == '0')
                y.remove_prefix(1);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
            continue;
        }
        if (lower(a[i]) != lower(b[j]))
            return static_cast<unsigned char>(lower(a[i])) <
                   static_cast<unsigned char>(lower(b[j]));
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

void sort_rooms_naturally(const Venue& venue, std::vector<size_t>& rooms,
                          std::span<const std::string> langs) {
    const std::vector<std::string> order(langs.begin(), langs.end());
    const auto floor_rank = [&](const Room& room) -> size_t {
        if (room.building < venue.buildings.size()) {
            const auto& floors = venue.buildings[room.building].floors;
            const auto it = std::find(floors.begin(), floors.end(), room.floor);
            if (it != floors.end())
                return static_cast<size_t>(it - floors.begin());
            return floors.size();
        }
        return 0;
    };
    std::stable_sort(rooms.begin(), rooms.end(), [&](size_t x, size_t y) {
        const Room& a = venue.rooms[x];
        const Room& b = venue.rooms[y];
        if (floor_rank(a) != floor_rank(b))
            return floor_rank(a) < floor_rank(b);
        if (a.floor != b.floor)
            return natural_less(a.floor, b.floor);
        const std::string na = a.name.pick(order);
        const std::string nb = b.name.pick(order);
        if (na != nb)
            return natural_less(na, nb);
        return a.id < b.id;
    });
}

}  // namespace signpost::layout_detail
