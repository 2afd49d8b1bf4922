#include "config/venue_graph_file.h"

#include <cmath>
#include <set>

#include "config/strict_json.h"
#include "model/route.h"
#include "util/file_read.h"

namespace signpost {
using nlohmann::json;

namespace {

// A graph for a venue of a few buildings has hundreds of nodes; this bounds
// what a wrong file (a map export, a log) can make the loader read.
constexpr size_t kMaxGraphFileBytes = size_t{16} << 20;

// Floors are labels ("P1", "B1", "2"); a whole number is taken as its label.
std::optional<std::string> read_floor_label(const json& v, const std::string& path,
                                            Problems& problems) {
    if (auto n = as_whole_number(v)) {
        return std::to_string(*n);
    }
    if (v.is_string() && !v.get<std::string>().empty()) {
        return v.get<std::string>();
    }
    problems.error(path, "must be a floor label (a non-empty string or a whole number), not " +
                             describe_value(v));
    return std::nullopt;
}

std::optional<double> read_metres(const json& v, const std::string& path, Problems& problems) {
    if (!v.is_number() || !std::isfinite(v.get<double>())) {
        problems.error(path, "must be a number of metres, not " + describe_value(v));
        return std::nullopt;
    }
    return v.get<double>();
}

struct Reader {
    std::string where;  // "venue.json#"
    Problems& problems;
    VenueGraph graph;
    bool ok = true;

    std::string at(std::string_view pointer) const { return where + std::string(pointer); }
    void error(const std::string& path, std::string what) {
        problems.error(path, std::move(what));
        ok = false;
    }

    // A node id in an edge or a place: it must name a node.
    std::optional<size_t> node_ref(const json& v, const std::string& path) {
        auto id = read_nonempty_string(v, path, problems);
        if (!id) {
            ok = false;
            return std::nullopt;
        }
        auto n = graph.find_node(*id);
        if (!n) {
            error(path, "no node has the id " + quote_value(*id));
        }
        return n;
    }

    void floors(const json* v, const std::string& path) {
        if (!v) {
            ok = false;
            return;
        }
        if (!v->is_array() || v->empty()) {
            error(path, "must be a non-empty list of floor labels, bottom to top, not " +
                            describe_value(*v));
            return;
        }
        for (size_t i = 0; i < v->size(); ++i) {
            const std::string p = json_pointer_child(path, i);
            auto label = read_floor_label((*v)[i], p, problems);
            if (!label) {
                ok = false;
            } else if (std::find(graph.floors.begin(), graph.floors.end(), *label) !=
                       graph.floors.end()) {
                error(p, "floor " + quote_value(*label) + " is listed twice");
            } else {
                graph.floors.push_back(*label);
            }
        }
    }

    void node(const json& v, const std::string& path) {
        ObjectReader r(v, path, {"id", "x", "y", "floor"}, problems);
        if (!r.is_object()) {
            ok = false;
            return;
        }
        GraphNode node;
        bool good = true;
        if (const json* id = r.require("id")) {
            auto text = read_nonempty_string(*id, r.path("id"), problems);
            good = good && text.has_value();
            node.id = text.value_or("");
            if (text && graph.find_node(*text)) {
                error(r.path("id"), "node id " + quote_value(*text) + " is used twice");
                good = false;
            }
        } else {
            good = false;
        }
        for (auto [key, out] : {std::pair<const char*, double*>{"x", &node.x}, {"y", &node.y}}) {
            if (const json* c = r.require(key)) {
                auto m = read_metres(*c, r.path(key), problems);
                good = good && m.has_value();
                *out = m.value_or(0);
            } else {
                good = false;
            }
        }
        if (const json* f = r.require("floor")) {
            auto label = read_floor_label(*f, r.path("floor"), problems);
            auto it = label ? std::find(graph.floors.begin(), graph.floors.end(), *label)
                            : graph.floors.end();
            if (label && it == graph.floors.end()) {
                problems.error(r.path("floor"),
                               "floor " + quote_value(*label) + " is not in /floors");
            }
            good = good && it != graph.floors.end();
            node.floor = static_cast<size_t>(it - graph.floors.begin());
        } else {
            good = false;
        }
        ok = ok && good;
        // A node with a bad coordinate or floor is kept (the graph is refused
        // anyway), so that the edges and places naming it are not reported
        // as naming an unknown node too.
        if (!node.id.empty() && graph.find_node(node.id) == std::nullopt) {
            graph.nodes.push_back(std::move(node));
        }
    }

    void edge(const json& v, const std::string& path) {
        ObjectReader r(v, path, {"from", "to", "kind", "length", "one_way"}, problems);
        if (!r.is_object()) {
            ok = false;
            return;
        }
        GraphEdge edge;
        std::optional<size_t> from, to;
        if (const json* f = r.require("from")) {
            from = node_ref(*f, r.path("from"));
        }
        if (const json* t = r.require("to")) {
            to = node_ref(*t, r.path("to"));
        }
        bool good = from && to;
        if (const json* k = r.get("kind")) {
            auto name = read_string(*k, r.path("kind"), problems);
            auto kind = name ? parse_edge_kind(*name) : std::nullopt;
            if (name && !kind) {
                problems.error(r.path("kind"),
                               "must be one of walk, ramp, stairs, escalator, lift, not " +
                                   quote_value(*name));
            }
            good = good && kind.has_value();
            edge.kind = kind.value_or(EdgeKind::walk);
        }
        // Kept as a flag and a double: GCC 12 cannot see through an optional
        // reset on one branch (-Wmaybe-uninitialized).
        bool has_length = false;
        double length = 0;
        if (const json* l = r.get("length")) {
            auto m = read_metres(*l, r.path("length"), problems);
            if (m && *m < 0) {
                problems.error(r.path("length"), "must not be negative, not " + describe_value(*l));
            }
            has_length = m && *m >= 0;
            length = m.value_or(0);
            good = good && has_length;
        } else if (is_vertical(edge.kind)) {
            problems.error(path, std::string(edge.kind == EdgeKind::escalator ? "an " : "a ") +
                                     std::string(to_string(edge.kind)) +
                                     " edge needs a \"length\": its line on the plan says "
                                     "nothing about the way along it");
            good = false;
        }
        if (const json* o = r.get("one_way")) {
            auto b = read_bool(*o, r.path("one_way"), problems);
            good = good && b.has_value();
            edge.one_way = b.value_or(false);
        }
        ok = ok && good;
        if (!good) {
            return;
        }
        edge.from = *from;
        edge.to = *to;
        edge.length = has_length ? length : plan_distance(graph.nodes[*from], graph.nodes[*to]);
        graph.edges.push_back(edge);
    }

    void places(const json* v, const std::string& path) {
        if (!v) {
            return;
        }
        if (!v->is_object()) {
            error(path, "must be an object from building or room id to node id, not " +
                            describe_value(*v));
            return;
        }
        for (const auto& [id, node] : v->items()) {
            const std::string p = json_pointer_child(path, id);
            if (id.empty()) {
                error(p, "a building or room id must not be empty");
                continue;
            }
            if (auto n = node_ref(node, p)) {
                graph.places[id] = *n;
            }
        }
    }

    template <class Each>
    void list(const json* v, const std::string& path, std::string_view what, Each each) {
        if (!v) {
            ok = false;
            return;
        }
        if (!v->is_array()) {
            error(path, "must be a list of " + std::string(what) + ", not " + describe_value(*v));
            return;
        }
        for (size_t i = 0; i < v->size(); ++i) {
            each((*v)[i], json_pointer_child(path, i));
        }
    }
};

// Warns when some nodes cannot be reached from the first one nor reach it
// (edges taken both ways): a piece of the venue no screen in the other piece
// can show the way to.
void warn_if_in_pieces(const VenueGraph& graph, const std::string& where, Problems& problems) {
    if (graph.nodes.empty()) {
        return;
    }
    VenueGraph undirected = graph;
    for (auto& e : undirected.edges) {
        e.one_way = false;
    }
    const auto seen = reachable_from(undirected, 0);
    std::vector<std::string> apart;
    for (size_t i = 0; i < seen.size(); ++i) {
        if (!seen[i]) {
            apart.push_back(graph.nodes[i].id);
        }
    }
    if (apart.empty()) {
        return;
    }
    std::string names;
    for (size_t i = 0; i < apart.size() && i < 5; ++i) {
        names += (i ? ", " : "") + quote_value(apart[i]);
    }
    if (apart.size() > 5) {
        names += " and " + std::to_string(apart.size() - 5) + " more";
    }
    problems.warning(where + "/edges", "the graph is not connected: no way between node " +
                                           quote_value(graph.nodes[0].id) + " and " + names);
}

}  // namespace

std::optional<VenueGraph> read_venue_graph(const json& doc, const std::string& where,
                                           Problems& problems) {
    Reader reader{where, problems, {}, true};
    ObjectReader root(doc, where, {"$schema", "floors", "nodes", "edges", "places"}, problems);
    if (!root.is_object()) {
        return std::nullopt;
    }
    if (const json* schema = root.get("$schema")) {
        (void)read_string(*schema, root.path("$schema"), problems);
    }
    reader.floors(root.require("floors"), root.path("floors"));
    reader.list(root.require("nodes"), root.path("nodes"), "nodes",
                [&](const json& v, const std::string& p) { reader.node(v, p); });
    reader.list(root.require("edges"), root.path("edges"), "edges",
                [&](const json& v, const std::string& p) { reader.edge(v, p); });
    reader.places(root.get("places"), root.path("places"));
    if (!reader.ok) {
        return std::nullopt;
    }
    warn_if_in_pieces(reader.graph, where, problems);
    return std::move(reader.graph);
}

std::optional<VenueGraph> read_venue_graph_file(const std::filesystem::path& file,
                                                const std::string& name,
                                                const std::string& config_path,
                                                Problems& problems) {
    const std::string& where = config_path;
    FileRead read = read_whole_file(file, kMaxGraphFileBytes);
    switch (read.problem) {
        case FileReadProblem::none:
            break;
        case FileReadProblem::missing:
        case FileReadProblem::directory:
        case FileReadProblem::not_regular:
            problems.error(where,
                           "cannot read the venue graph " + file.string() + ": no such file");
            return std::nullopt;
        case FileReadProblem::too_large:
            problems.error(where, "the venue graph " + file.string() + " is larger than " +
                                      std::to_string(kMaxGraphFileBytes) + " bytes");
            return std::nullopt;
        case FileReadProblem::unreadable:
        case FileReadProblem::read_error:
            problems.error(where, "cannot read the venue graph " + file.string());
            return std::nullopt;
    }
    // Parse problems are reported at the file's own pointers.
    Problems parsed;
    std::optional<json> doc = parse_strict_json(read.bytes, parsed);
    for (auto& e : parsed.errors) {
        problems.error(name + "#" + e.where, e.what);
    }
    if (!doc || !parsed.errors.empty()) {
        return std::nullopt;
    }
    return read_venue_graph(*doc, name + "#", problems);
}

}  // namespace signpost
