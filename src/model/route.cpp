#include "model/route.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <queue>
#include <utility>

namespace signpost {
namespace {

struct Step {
    size_t edge;
    size_t to;
};

// Outgoing steps of every node; an edge both ways unless one_way. Parallel
// steps stay in the file's order, so between two nodes joined twice with the
// same length the edge written first is taken.
std::vector<std::vector<Step>> outgoing(const VenueGraph& graph, RouteKind kind) {
    std::vector<std::vector<Step>> out(graph.nodes.size());
    for (size_t e = 0; e < graph.edges.size(); ++e) {
        const GraphEdge& edge = graph.edges[e];
        if (kind == RouteKind::step_free && !is_step_free(edge.kind)) {
            continue;
        }
        out[edge.from].push_back({e, edge.to});
        if (!edge.one_way) {
            out[edge.to].push_back({e, edge.from});
        }
    }
    return out;
}

// Dijkstra: the length of the shortest path from `from` to every node.
std::vector<double> distances(const VenueGraph& graph, const std::vector<std::vector<Step>>& out,
                              size_t from) {
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> dist(graph.nodes.size(), inf);
    using Entry = std::pair<double, size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    dist[from] = 0;
    queue.push({0, from});
    while (!queue.empty()) {
        auto [d, u] = queue.top();
        queue.pop();
        if (d > dist[u]) {
            continue;
        }
        for (const Step& s : out[u]) {
            double nd = d + graph.edges[s.edge].length;
            if (nd < dist[s.to]) {
                dist[s.to] = nd;
                queue.push({nd, s.to});
            }
        }
    }
    return dist;
}

}  // namespace

std::string_view to_string(RouteKind kind) {
    return kind == RouteKind::step_free ? "step-free" : "shortest";
}

bool Route::has_steps(const VenueGraph& graph) const {
    return std::any_of(edges.begin(), edges.end(), [&](size_t e) {
        EdgeKind k = graph.edges[e].kind;
        return k == EdgeKind::stairs || k == EdgeKind::escalator;
    });
}

// The ties are broken in three passes over the shortest-path graph rather than
// with one composite key in Dijkstra, so that lengths equal within
// kSameLengthMetres count as equal without that tolerance leaking into the
// order of the queue:
//  1. the steps that lie on some shortest path (dist[u] + length ~ dist[v]);
//  2. over those steps only, the fewest edges to each node (breadth first) --
//     a path of the fewest edges climbs these counts one by one;
//  3. from the target backwards, the nodes that still lead to it that way,
//     then from the start forwards the smallest node id at each step. Every
//     remaining path has the same number of nodes, so the first id where two
//     differ decides, and the greedy choice is the smallest sequence.
std::optional<Route> find_route(const VenueGraph& graph, size_t from, size_t to, RouteKind kind) {
    const size_t n = graph.nodes.size();
    if (from >= n || to >= n) {
        return std::nullopt;
    }
    const auto out = outgoing(graph, kind);
    const auto dist = distances(graph, out, from);
    if (dist[to] == std::numeric_limits<double>::infinity()) {
        return std::nullopt;
    }
    auto tight = [&](size_t u, const Step& s) {
        return dist[u] + graph.edges[s.edge].length <= dist[s.to] + kSameLengthMetres;
    };

    const size_t unseen = std::numeric_limits<size_t>::max();
    std::vector<size_t> hops(n, unseen);
    std::deque<size_t> queue{from};
    hops[from] = 0;
    while (!queue.empty()) {
        size_t u = queue.front();
        queue.pop_front();
        for (const Step& s : out[u]) {
            if (hops[s.to] == unseen && tight(u, s)) {
                hops[s.to] = hops[u] + 1;
                queue.push_back(s.to);
            }
        }
    }
    auto layered = [&](size_t u, const Step& s) {
        return hops[u] != unseen && hops[s.to] == hops[u] + 1 && tight(u, s);
    };

    // Nodes that reach `to` over layered steps: walk the layers backwards.
    std::vector<bool> leads(n, false);
    leads[to] = true;
    std::vector<std::vector<size_t>> by_layer(hops[to] + 1);
    for (size_t v = 0; v < n; ++v) {
        if (hops[v] != unseen && hops[v] <= hops[to]) {
            by_layer[hops[v]].push_back(v);
        }
    }
    for (size_t layer = hops[to]; layer-- > 0;) {
        for (size_t u : by_layer[layer]) {
            for (const Step& s : out[u]) {
                if (leads[s.to] && layered(u, s)) {
                    leads[u] = true;
                    break;
                }
            }
        }
    }

    Route route;
    route.nodes.push_back(from);
    size_t u = from;
    while (u != to) {
        const Step* best = nullptr;
        for (const Step& s : out[u]) {
            if (!leads[s.to] || !layered(u, s)) {
                continue;
            }
            if (!best || graph.nodes[s.to].id < graph.nodes[best->to].id) {
                best = &s;
            }
        }
        if (!best) {
            return std::nullopt;  // cannot happen: `to` was reached
        }
        route.edges.push_back(best->edge);
        route.nodes.push_back(best->to);
        route.length += graph.edges[best->edge].length;
        u = best->to;
    }
    return route;
}

std::vector<bool> reachable_from(const VenueGraph& graph, size_t from) {
    std::vector<bool> seen(graph.nodes.size(), false);
    if (from >= graph.nodes.size()) {
        return seen;
    }
    const auto out = outgoing(graph, RouteKind::shortest);
    std::vector<size_t> stack{from};
    seen[from] = true;
    while (!stack.empty()) {
        size_t u = stack.back();
        stack.pop_back();
        for (const Step& s : out[u]) {
            if (!seen[s.to]) {
                seen[s.to] = true;
                stack.push_back(s.to);
            }
        }
    }
    return seen;
}

}  // namespace signpost
