// "directions": which way to go from this screen, per building or room id.
#include "config/config_sections.h"
#include "model/direction.h"

namespace signpost {
using nlohmann::json;

namespace {

std::optional<Wayfinding> read_wayfinding(const json& v, const std::string& path,
                                          Problems& problems) {
    ObjectReader reader(v, path, {"arrow", "text"}, problems);
    if (!reader.is_object()) {
        return std::nullopt;
    }
    Wayfinding out;
    bool ok = true;
    // The arrow is required: a direction without one would silently point ahead.
    if (const json* arrow = reader.require("arrow")) {
        auto name = read_string(*arrow, reader.path("arrow"), problems);
        auto parsed = name ? parse_arrow(*name) : std::nullopt;
        if (name && !parsed) {
            problems.error(
                reader.path("arrow"),
                "must be one of ahead, ahead-left, ahead-right, left, right, back, back-left, "
                "back-right, up, down, not " +
                    quote_value(*name));
        }
        ok = ok && parsed.has_value();
        out.arrow = parsed.value_or(Arrow::ahead);
    } else {
        ok = false;
    }
    if (const json* text = reader.get("text")) {
        auto parsed = read_localized_text(*text, reader.path("text"), problems);
        ok = ok && parsed.has_value();
        out.text = parsed.value_or(LocalizedText{});
    }
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

}  // namespace

void read_directions_section(const json* v, const std::string& path, LocationConfig& config,
                             Problems& problems) {
    if (!v) {
        return;
    }
    if (!v->is_object()) {
        problems.error(path, "must be an object from building or room id to {\"arrow\", \"text\"}");
        return;
    }
    for (const auto& [id, value] : v->items()) {
        std::string at = json_pointer_child(path, id);
        if (id.empty()) {
            problems.error(at, "a building or room id must not be empty");
            continue;
        }
        if (auto way = read_wayfinding(value, at, problems)) {
            config.directions[id] = std::move(*way);
        }
    }
}

}  // namespace signpost
