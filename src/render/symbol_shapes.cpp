#include "render/symbol_shapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace signpost {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;

// A stroke of `width` from a to b as a quadrilateral.
Polygon stroke(Point a, Point b, float width) {
    const float dx = b.x - a.x;
    const float dy = b.y - a.y;
    const float len = std::hypot(dx, dy);
    const float nx = -dy / len * width / 2;
    const float ny = dx / len * width / 2;
    return {{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny}, {a.x - nx, a.y - ny}};
}

Polygon disc(Point c, float r) {
    Polygon out;
    const int n = 32;
    for (int i = 0; i < n; ++i) {
        const float a = 2 * kPi * static_cast<float>(i) / n;
        out.push_back({c.x + r * std::cos(a), c.y + r * std::sin(a)});
    }
    return out;
}

// A ring from angle `from` to `to` (radians, y down: clockwise on the
// screen), as short quadrilaterals: each is convex, so the triangulation
// never has to cut a long curved outline.
void ring(std::vector<Polygon>& out, Point c, float r, float width, float from, float to) {
    const int n = 28;
    const float ro = r + width / 2;
    const float ri = r - width / 2;
    for (int i = 0; i < n; ++i) {
        // Overlap each piece a little with the next, so no hairline shows
        // between them after anti-aliasing.
        const float a0 = from + (to - from) * static_cast<float>(i) / n;
        const float a1 = from + (to - from) * (static_cast<float>(i) + 1.05f) / n;
        out.push_back({{c.x + ro * std::cos(a0), c.y + ro * std::sin(a0)},
                       {c.x + ro * std::cos(a1), c.y + ro * std::sin(a1)},
                       {c.x + ri * std::cos(a1), c.y + ri * std::sin(a1)},
                       {c.x + ri * std::cos(a0), c.y + ri * std::sin(a0)}});
    }
}

// In a unit square, y down, the figure facing right.
std::vector<Polygon> accessible_unit() {
    const float w = 0.1f;  // stroke
    std::vector<Polygon> out;
    out.push_back(disc({0.46f, 0.1f}, 0.085f));                    // head
    out.push_back(stroke({0.42f, 0.22f}, {0.42f, 0.56f}, w));      // back
    out.push_back(stroke({0.42f, 0.56f}, {0.72f, 0.56f}, w));      // seat, thighs
    out.push_back(stroke({0.72f, 0.56f}, {0.84f, 0.86f}, w));      // lower legs
    out.push_back(stroke({0.84f, 0.86f}, {0.95f, 0.86f}, 0.08f));  // foot
    out.push_back(stroke({0.42f, 0.36f}, {0.66f, 0.36f}, 0.08f));  // arm
    // The wheel, open at the top right where the seat and legs cross it.
    ring(out, {0.4f, 0.66f}, 0.26f, 0.075f, -0.2f * kPi, 1.45f * kPi);
    return out;
}

}  // namespace

std::vector<Polygon> symbol_outline(Symbol symbol, const Rect& box) {
    if (!(box.w > 0) || !(box.h > 0)) {
        return {};
    }
    std::vector<Polygon> shape;
    switch (symbol) {
        case Symbol::accessible:
            shape = accessible_unit();
            break;
    }
    const float side = std::min(box.w, box.h);
    const float x0 = box.x + (box.w - side) / 2;
    const float y0 = box.y + (box.h - side) / 2;
    for (auto& polygon : shape) {
        for (Point& p : polygon) {
            p = {x0 + p.x * side, y0 + p.y * side};
        }
    }
    return shape;
}

}  // namespace signpost
