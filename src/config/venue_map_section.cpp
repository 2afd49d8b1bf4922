#include "config/venue_map_section.h"

#include "model/venue_map.h"

namespace signpost {
using nlohmann::json;

namespace {

// Floors are labels ("2", "B1", "P1"); a number is taken as its label.
std::optional<std::string> read_floor(const json& v, const std::string& path, Problems& problems) {
    if (auto n = as_whole_number(v)) {
        return std::to_string(*n);
    }
    if (!v.is_string()) {
        problems.error(
            path, "must be a floor label (a string or a whole number), not " + describe_value(v));
        return std::nullopt;
    }
    return v.get<std::string>();
}

std::optional<VenueMapBuilding> read_building(const json& v, const std::string& path,
                                              Problems& problems) {
    ObjectReader reader(v, path, {"id", "name", "floors", "arrow", "directions"}, problems);
    if (!reader.is_object()) {
        return std::nullopt;
    }
    VenueMapBuilding out;
    bool ok = true;
    if (const json* id = reader.require("id")) {
        auto text = read_nonempty_string(*id, reader.path("id"), problems);
        ok = ok && text.has_value();
        out.id = text.value_or("");
    } else {
        ok = false;
    }
    if (const json* name = reader.get("name")) {
        auto text = read_localized_text(*name, reader.path("name"), problems);
        ok = ok && text.has_value();
        out.name = text.value_or(LocalizedText{});
    }
    if (out.name.empty()) {
        out.name = LocalizedText::plain(out.id);
    }
    if (const json* floors = reader.get("floors")) {
        if (!floors->is_array()) {
            problems.error(
                reader.path("floors"),
                "must be a list of floor labels, bottom to top, not " + describe_value(*floors));
            ok = false;
        } else {
            for (size_t i = 0; i < floors->size(); ++i) {
                auto label = read_floor((*floors)[i], json_pointer_child(reader.path("floors"), i),
                                        problems);
                ok = ok && label.has_value();
                out.floors.push_back(label.value_or(""));
            }
        }
    }
    if (const json* arrow = reader.get("arrow")) {
        auto name = read_string(*arrow, reader.path("arrow"), problems);
        out.arrow = name ? parse_arrow(*name) : std::nullopt;
        if (name && !out.arrow) {
            problems.error(reader.path("arrow"),
                           "must be one of ahead, ahead-left, ahead-right, left, right, back, "
                           "back-left, back-right, up, down, not " +
                               quote_value(*name));
        }
        ok = ok && out.arrow.has_value();
    }
    if (const json* directions = reader.get("directions")) {
        auto text = read_localized_text(*directions, reader.path("directions"), problems);
        ok = ok && text.has_value();
        out.directions = text.value_or(LocalizedText{});
        // As in the "directions" section: a direction without an arrow would
        // silently point ahead.
        if (!reader.get("arrow")) {
            problems.error(reader.path("directions"), "needs an \"arrow\" beside it");
            ok = false;
        }
    }
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

std::optional<RoomRule> read_rule(const json& v, const std::string& path, Problems& problems) {
    ObjectReader reader(v, path, {"room", "pattern", "building", "floor", "name"}, problems);
    if (!reader.is_object()) {
        return std::nullopt;
    }
    const json* room = reader.get("room");
    const json* pattern = reader.get("pattern");
    if ((room == nullptr) == (pattern == nullptr)) {
        problems.error(path, room ? "has both \"room\" and \"pattern\"; a rule matches one way"
                                  : "needs \"room\" (an exact room name) or \"pattern\" (a "
                                    "regular expression)");
        return std::nullopt;
    }
    std::optional<std::string> building;
    if (const json* b = reader.require("building")) {
        building = read_nonempty_string(*b, reader.path("building"), problems);
    }
    std::optional<std::string> floor = std::string();
    if (const json* f = reader.get("floor")) {
        floor = read_floor(*f, reader.path("floor"), problems);
    }
    // The name the sign shows: a string or {"ko": ..., "en": ...}; in a
    // pattern rule each text is a template like the floor.
    std::optional<LocalizedText> shown = LocalizedText{};
    if (const json* n = reader.get("name")) {
        shown = read_localized_text(*n, reader.path("name"), problems);
    }
    if (room) {
        auto name = read_nonempty_string(*room, reader.path("room"), problems);
        if (!name || !building || !floor || !shown) {
            return std::nullopt;
        }
        return RoomRule::exact(std::move(*name), std::move(*building), std::move(*floor))
            .with_name(std::move(*shown));
    }
    auto text = read_nonempty_string(*pattern, reader.path("pattern"), problems);
    if (!text || !building || !floor || !shown) {
        return std::nullopt;
    }
    auto rule = RoomRule::pattern(std::move(*text), std::move(*building), std::move(*floor),
                                  reader.path("pattern"));
    if (!rule) {
        problems.error(rule.error().where, rule.error().what);
        return std::nullopt;
    }
    return std::move(rule.value().with_name(std::move(*shown)));
}

}  // namespace

void read_venue_map_section(const json* v, const std::string& path, LocationConfig& config,
                            Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader reader(*v, path, {"buildings", "rules", "default_building"}, problems);
    if (!reader.is_object()) {
        return;
    }
    VenueMap map;
    const size_t errors_before = problems.errors.size();
    if (const json* buildings = reader.require("buildings")) {
        if (!buildings->is_array() || buildings->empty()) {
            problems.error(reader.path("buildings"), "must be a non-empty list of buildings, not " +
                                                         describe_value(*buildings));
        } else {
            for (size_t i = 0; i < buildings->size(); ++i) {
                if (auto b =
                        read_building((*buildings)[i],
                                      json_pointer_child(reader.path("buildings"), i), problems)) {
                    map.buildings.push_back(std::move(*b));
                }
            }
        }
    }
    if (const json* rules = reader.get("rules")) {
        if (!rules->is_array()) {
            problems.error(reader.path("rules"),
                           "must be a list of rules, not " + describe_value(*rules));
        } else {
            for (size_t i = 0; i < rules->size(); ++i) {
                if (auto r = read_rule((*rules)[i], json_pointer_child(reader.path("rules"), i),
                                       problems)) {
                    map.rules.push_back(std::move(*r));
                }
            }
        }
    }
    if (const json* d = reader.get("default_building")) {
        map.default_building =
            read_nonempty_string(*d, reader.path("default_building"), problems).value_or("");
    }
    if (problems.errors.size() != errors_before) {
        return;  // the check below would repeat them in other words
    }
    // Names that point nowhere: the map's own check, at this section's paths.
    for (const Error& e : map.check()) {
        problems.error(path + "/" + e.where, e.what);
    }
    if (problems.errors.size() != errors_before) {
        return;
    }
    for (const auto& b : map.buildings) {
        if (b.arrow && !config.directions.count(b.id)) {
            config.directions[b.id] = Wayfinding{*b.arrow, b.directions};
        }
    }
    config.venue_map = std::move(map);
}

}  // namespace signpost
