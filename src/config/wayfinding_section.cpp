#include "config/wayfinding_section.h"

#include <cmath>

#include "config/config_sections.h"
#include "config/venue_graph_file.h"
#include "model/route.h"

namespace signpost {
using nlohmann::json;

namespace {

std::optional<ScreenPlace> read_position(const json& v, const std::string& path,
                                         Problems& problems) {
    ObjectReader reader(v, path, {"node", "facing"}, problems);
    if (!reader.is_object()) {
        return std::nullopt;
    }
    ScreenPlace out;
    bool ok = true;
    if (const json* node = reader.require("node")) {
        auto id = read_nonempty_string(*node, reader.path("node"), problems);
        ok = ok && id.has_value();
        out.node = id.value_or("");
    } else {
        ok = false;
    }
    if (const json* facing = reader.require("facing")) {
        if (!facing->is_number() || !std::isfinite(facing->get<double>()) ||
            std::fabs(facing->get<double>()) > 360) {
            problems.error(reader.path("facing"),
                           "must be the compass direction the reader faces in degrees (0 = +y, "
                           "90 = +x), from -360 to 360, not " +
                               describe_value(*facing));
            ok = false;
        } else {
            out.facing = facing->get<double>();
        }
    } else {
        ok = false;
    }
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

std::string expand(std::string text, std::string_view key, const std::string& value) {
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at)) {
        text.replace(at, key.size(), value);
        at += value.size();
    }
    return text;
}

}  // namespace

std::optional<Wayfinding> place_wayfinding(const VenueGraph& graph, const ScreenPosition& at,
                                           size_t place_node, const Wayfinding* written) {
    const PlaceWay way = compute_place_way(graph, at, place_node);
    std::optional<Wayfinding> out;
    if (way.status == PlaceWay::Status::routed && way.shortest.arrow) {
        out =
            Wayfinding{*way.shortest.arrow, way.shortest.text, std::nullopt, way.shortest.summary};
        if (way.step_free) {
            out->step_free =
                StepFreeWay{way.step_free->arrow, way.step_free->text, way.step_free->summary};
        }
    }
    if (written) {
        if (!out) {
            return *written;
        }
        out->arrow = written->arrow;
        if (!written->text.empty()) {
            out->text = written->text;
            out->summary.reset();
        }
    }
    return out;
}

void read_wayfinding_sections(const json* graph_value, const json* position_value,
                              const std::string& graph_path, const std::string& position_path,
                              LocationConfig& config, Problems& problems) {
    if (graph_value) {
        if (auto file = read_config_path(*graph_value, graph_path, config, problems)) {
            config.venue_graph_file = *file;
            // Problems inside the graph are named by the file as the config
            // writes it and their pointer in it: "venue.json#/edges/3/from".
            const std::string name = graph_value->get<std::string>();
            if (auto graph = read_venue_graph_file(*file, name, graph_path, problems)) {
                config.venue_graph = std::make_shared<const VenueGraph>(std::move(*graph));
            }
        }
    }
    if (position_value) {
        config.position = read_position(*position_value, position_path, problems);
        if (config.position && !graph_value) {
            problems.error(position_path, "needs a \"venue_graph\" to stand in");
        }
    }
    if (!config.venue_graph || !config.position) {
        return;
    }
    const VenueGraph& graph = *config.venue_graph;
    const auto node = graph.find_node(config.position->node);
    if (!node) {
        problems.error(json_pointer_child(position_path, "node"),
                       "the venue graph has no node " + quote_value(config.position->node));
        return;
    }
    const ScreenPosition at{*node, config.position->facing};
    const auto reachable = reachable_from(graph, *node);
    for (const auto& [id, place_node] : graph.places) {
        if (!reachable[place_node]) {
            problems.warning(position_path,
                             "place " + quote_value(id) + " (node " +
                                 quote_value(graph.nodes[place_node].id) +
                                 ") cannot be reached from this screen: it gets no arrow");
        }
        const auto written = config.directions.find(id);
        config.place_ways[id] = place_wayfinding(
            graph, at, place_node, written == config.directions.end() ? nullptr : &written->second);
    }
}

void read_qr_section(const json* v, const std::string& path, LocationConfig& config,
                     Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader reader(*v, path, {"url", "caption"}, problems);
    if (!reader.is_object()) {
        return;
    }
    QrConfig qr;
    bool ok = true;
    if (const json* url = reader.require("url")) {
        auto text = read_nonempty_string(*url, reader.path("url"), problems);
        ok = ok && text.has_value();
        qr.url = expand(expand(text.value_or(""), "{location}", config.id), "{building}",
                        config.building);
        // A QR code holds at most 2953 bytes (version 40, low error correction);
        // a phone camera reads one of a few hundred bytes at a glance.
        if (text && qr.url.size() > 1000) {
            problems.error(reader.path("url"), "is " + std::to_string(qr.url.size()) +
                                                   " bytes once expanded; keep it under 1000 so "
                                                   "a phone reads the code from a few steps away");
            ok = false;
        }
    } else {
        ok = false;
    }
    if (const json* caption = reader.get("caption")) {
        auto text = read_localized_text(*caption, reader.path("caption"), problems);
        ok = ok && text.has_value();
        qr.caption = text.value_or(LocalizedText{});
    }
    if (ok) {
        config.qr = std::move(qr);
    }
}

}  // namespace signpost
