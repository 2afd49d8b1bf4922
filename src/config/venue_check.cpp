#include "config/venue_check.h"

#include "config/json_reader.h"

namespace signpost {
namespace {

// "a, b, c" of the venue's building ids, so the operator sees the spellings the
// feed uses; long lists are cut, since a big venue would flood the message.
std::string known_buildings(const Venue& venue) {
    constexpr size_t kMaxListed = 12;
    if (venue.buildings.empty()) {
        return "the feed has no buildings";
    }
    std::string out = "the feed's buildings: ";
    for (size_t i = 0; i < venue.buildings.size() && i < kMaxListed; ++i) {
        out += (i ? ", " : "") + venue.buildings[i].id;
    }
    if (venue.buildings.size() > kMaxListed) {
        out += ", ... (" + std::to_string(venue.buildings.size()) + " in all)";
    }
    return out;
}

}  // namespace

std::vector<Error> check_config_against_venue(const LocationConfig& config, const Venue& venue) {
    std::vector<Error> warnings;
    if (!config.building.empty() && !venue.find_building(config.building)) {
        warnings.push_back({"/location/building", "no building " + quote_value(config.building) +
                                                      " in the feed, so no building is marked "
                                                      "as \"you are here\" (" +
                                                      known_buildings(venue) + ")"});
    }
    for (size_t p = 0; p < config.pages.size(); ++p) {
        const PageConfig& page = config.pages[p];
        for (size_t b = 0; b < page.buildings.size(); ++b) {
            if (!venue.find_building(page.buildings[b])) {
                std::string where = json_pointer_child(
                    json_pointer_child(json_pointer_child("/pages", p), "buildings"), b);
                warnings.push_back({where, "no building " + quote_value(page.buildings[b]) +
                                               " in the feed, so this filter matches nothing (" +
                                               known_buildings(venue) + ")"});
            }
        }
    }
    for (const auto& [id, way] : config.directions) {
        if (!venue.find_building(id) && !venue.find_room(id)) {
            warnings.push_back({json_pointer_child("/directions", id),
                                "no building or room " + quote_value(id) +
                                    " in the feed, so this direction is never shown"});
        }
    }
    return warnings;
}

}  // namespace signpost
