// Small venue graphs written in tests as lists, with lengths defaulting to
// the straight line as the file format does.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>

#include "model/venue_graph.h"

namespace signpost::testing {

struct NodeSpec {
    std::string id;
    double x = 0;
    double y = 0;
    size_t floor = 0;
};

struct EdgeSpec {
    std::string from;
    std::string to;
    EdgeKind kind = EdgeKind::walk;
    std::optional<double> length = std::nullopt;
    bool one_way = false;
};

inline VenueGraph make_graph(std::initializer_list<NodeSpec> nodes,
                             std::initializer_list<EdgeSpec> edges) {
    VenueGraph g;
    g.floors = {"P0", "P1", "P2"};
    for (const auto& n : nodes) {
        g.nodes.push_back({n.id, n.x, n.y, n.floor});
    }
    for (const auto& e : edges) {
        GraphEdge edge;
        edge.from = *g.find_node(e.from);
        edge.to = *g.find_node(e.to);
        edge.kind = e.kind;
        edge.length = e.length ? *e.length : plan_distance(g.nodes[edge.from], g.nodes[edge.to]);
        edge.one_way = e.one_way;
        g.edges.push_back(edge);
    }
    return g;
}

}  // namespace signpost::testing
