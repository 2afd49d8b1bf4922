#include "layout/room_name_prefix.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace signpost::layout_detail {
namespace {

// The start the names of `rooms` (at least two) all share, up to and with a
// separator; 0 as shared_name_prefix says.
size_t shared_prefix_of(const PageContext& pc, const Venue& venue,
                        const std::vector<size_t>& rooms) {
    if (rooms.size() < 2) {
        return 0;
    }
    std::vector<std::string> names;
    for (size_t r : rooms) {
        Bilingual name = pc.pick(venue.rooms[r].name);
        if (!name.secondary.empty()) {
            return 0;  // a translation would keep the prefix (or its own)
        }
        names.push_back(std::move(name.primary));
    }
    size_t common = names.front().size();
    for (const std::string& n : names) {
        size_t i = 0;
        while (i < common && i < n.size() && n[i] == names.front()[i]) {
            ++i;
        }
        common = i;
    }
    const std::string_view shared = std::string_view(names.front()).substr(0, common);
    // Up to the last separator the shared part holds whole ("CCIB - ", not
    // "CCIB - P"; "Room 1" and "Room 2" share no such prefix).
    static constexpr std::string_view kSeparators[] = {" - ", " – ", " — ", ": ",
                                                       " | ", " / ", " · "};
    size_t end = 0;
    for (const std::string_view sep : kSeparators) {
        for (size_t at = shared.find(sep); at != std::string_view::npos;
             at = shared.find(sep, at + 1)) {
            end = std::max(end, at + sep.size());
        }
    }
    for (const std::string& n : names) {
        if (n.find_first_not_of(' ', end) == std::string::npos) {
            return 0;  // a name that is the prefix alone
        }
    }
    return end;
}

}  // namespace

size_t shared_name_prefix(const PageContext& pc, const Venue& venue) {
    std::vector<size_t> all(venue.rooms.size());
    for (size_t r = 0; r < all.size(); ++r) {
        all[r] = r;
    }
    return shared_prefix_of(pc, venue, all);
}

std::vector<size_t> shared_name_prefixes(const PageContext& pc, const Venue& venue) {
    const size_t whole = shared_name_prefix(pc, venue);
    std::vector<size_t> out(venue.buildings.size(), whole);
    for (size_t b = 0; b < venue.buildings.size(); ++b) {
        out[b] = std::max(whole, shared_prefix_of(pc, venue, venue.buildings[b].rooms));
    }
    return out;
}

Bilingual without_prefix(Bilingual name, size_t prefix) {
    if (prefix > 0 && name.secondary.empty() && prefix < name.primary.size()) {
        name.primary.erase(0, prefix);
    }
    return name;
}

}  // namespace signpost::layout_detail
