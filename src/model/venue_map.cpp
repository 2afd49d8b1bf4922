#include "model/venue_map.h"

#include <set>

namespace signpost {

RoomRule RoomRule::exact(std::string room_name, std::string building, std::string floor) {
    RoomRule rule;
    rule.text_ = std::move(room_name);
    rule.building_ = std::move(building);
    rule.floor_ = std::move(floor);
    return rule;
}

Result<RoomRule> RoomRule::pattern(std::string pattern, std::string building,
                                   std::string floor_template, std::string where) {
    RoomRule rule;
    try {
        rule.regex_ = std::make_shared<const std::regex>(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
        return Error{std::move(where), "pattern \"" + pattern + "\" does not compile: " + e.what()};
    }
    rule.text_ = std::move(pattern);
    rule.building_ = std::move(building);
    rule.floor_ = std::move(floor_template);
    return rule;
}

RoomRule& RoomRule::with_name(LocalizedText name_template) {
    name_ = std::move(name_template);
    return *this;
}

std::optional<RoomPlacement> RoomRule::match(std::string_view room_name) const {
    if (!regex_) {
        if (room_name != text_) {
            return std::nullopt;
        }
        return RoomPlacement{building_, floor_, name_};
    }
    std::match_results<std::string_view::const_iterator> m;
    try {
        if (!std::regex_search(room_name.begin(), room_name.end(), m, *regex_)) {
            return std::nullopt;
        }
    } catch (const std::regex_error&) {
        // error_complexity / error_stack on a pathological name: no match.
        return std::nullopt;
    }
    std::string floor;
    if (!floor_.empty()) {
        floor = m.format(floor_);
    }
    // A language whose template comes out empty (a group that took part in
    // no match) keeps nothing: the sign falls back to the feed's name then.
    LocalizedText name;
    for (const auto& [lang, text] : name_.variants()) {
        if (std::string shown = m.format(text); !shown.empty()) {
            name.set(lang, std::move(shown));
        }
    }
    return RoomPlacement{building_, std::move(floor), std::move(name)};
}

std::vector<Error> VenueMap::check() const {
    std::vector<Error> problems;
    std::set<std::string_view> ids;
    for (size_t i = 0; i < buildings.size(); ++i) {
        const std::string where = "buildings/" + std::to_string(i);
        if (buildings[i].id.empty()) {
            problems.push_back({where + "/id", "a building needs an id"});
        } else if (!ids.insert(buildings[i].id).second) {
            problems.push_back(
                {where + "/id", "building \"" + buildings[i].id + "\" appears twice"});
        }
    }
    for (size_t i = 0; i < rules.size(); ++i) {
        if (!find_building(rules[i].building())) {
            problems.push_back({"rules/" + std::to_string(i) + "/building",
                                "no building \"" + rules[i].building() + "\" in the map"});
        }
    }
    if (!default_building.empty() && !find_building(default_building)) {
        problems.push_back(
            {"default_building", "no building \"" + default_building + "\" in the map"});
    }
    return problems;
}

std::optional<RoomPlacement> VenueMap::place(std::string_view room_name) const {
    for (const auto& rule : rules) {
        if (!rule.is_pattern()) {
            if (auto placed = rule.match(room_name)) {
                return placed;
            }
        }
    }
    for (const auto& rule : rules) {
        if (rule.is_pattern()) {
            if (auto placed = rule.match(room_name)) {
                return placed;
            }
        }
    }
    return std::nullopt;
}

const VenueMapBuilding* VenueMap::find_building(std::string_view id) const {
    for (const auto& b : buildings) {
        if (b.id == id) {
            return &b;
        }
    }
    return nullptr;
}

}  // namespace signpost
