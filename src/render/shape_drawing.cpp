#include "render/shape_drawing.h"

#include <algorithm>
#include <cmath>

namespace signpost {
namespace {

constexpr float kFeather = 1.0f;   // pixels of the soft edge
constexpr float kMaxMiter = 3.0f;  // sharp corners: do not let the band spike out

SDL_Vertex vertex(Point p, Color c, uint8_t alpha) {
    return SDL_Vertex{SDL_FPoint{p.x, p.y}, SDL_Color{c.r, c.g, c.b, alpha}, SDL_FPoint{0, 0}};
}

Point unit_normal(Point a, Point b, float outward_sign) {
    float dx = b.x - a.x;
    float dy = b.y - a.y;
    float length = std::hypot(dx, dy);
    if (length <= 0) {
        return {0, 0};
    }
    return {outward_sign * dy / length, -outward_sign * dx / length};
}

// The outline pushed out by kFeather along each corner's mitre.
Polygon feather_outline(const Polygon& polygon) {
    const float outward = signed_area2(polygon) >= 0 ? 1.0f : -1.0f;
    const size_t n = polygon.size();
    Polygon outer(n);
    for (size_t i = 0; i < n; ++i) {
        Point prev = polygon[(i + n - 1) % n];
        Point cur = polygon[i];
        Point next = polygon[(i + 1) % n];
        Point n0 = unit_normal(prev, cur, outward);
        Point n1 = unit_normal(cur, next, outward);
        Point sum{n0.x + n1.x, n0.y + n1.y};
        float length = std::hypot(sum.x, sum.y);
        Point miter = length > 1e-4f ? Point{sum.x / length, sum.y / length} : n1;
        float cosine = miter.x * n1.x + miter.y * n1.y;
        float reach = kFeather * std::min(kMaxMiter, cosine > 1e-3f ? 1 / cosine : kMaxMiter);
        outer[i] = {cur.x + miter.x * reach, cur.y + miter.y * reach};
    }
    return outer;
}

}  // namespace

void fill_polygon(SDL_Renderer* renderer, const Polygon& polygon, Color color) {
    if (polygon.size() < 3 || color.a == 0) {
        return;
    }
    std::vector<SDL_Vertex> vertices;
    std::vector<int> indices;
    vertices.reserve(polygon.size() * 2);
    for (const Point& p : polygon) {
        vertices.push_back(vertex(p, color, color.a));
    }
    for (const auto& triangle : triangulate(polygon)) {
        indices.insert(indices.end(), triangle.begin(), triangle.end());
    }
    // The soft band: one quad per edge between the outline (full alpha) and
    // the pushed-out outline (alpha 0).
    const int n = static_cast<int>(polygon.size());
    for (const Point& p : feather_outline(polygon)) {
        vertices.push_back(vertex(p, color, 0));
    }
    for (int i = 0; i < n; ++i) {
        int j = (i + 1) % n;
        int inner_i = i, inner_j = j, outer_i = n + i, outer_j = n + j;
        indices.insert(indices.end(), {inner_i, inner_j, outer_j, inner_i, outer_j, outer_i});
    }
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(renderer, nullptr, vertices.data(), static_cast<int>(vertices.size()),
                       indices.data(), static_cast<int>(indices.size()));
}

void fill_rect(SDL_Renderer* renderer, const Rect& rect, float radius, Color color) {
    if (!(rect.w > 0) || !(rect.h > 0) || color.a == 0) {
        return;
    }
    if (radius >= 0.5f) {
        fill_polygon(renderer, rounded_rect_outline(rect, radius), color);
        return;
    }
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, color.r, color.g, color.b, color.a);
    SDL_FRect r{rect.x, rect.y, rect.w, rect.h};
    SDL_RenderFillRectF(renderer, &r);
}

}  // namespace signpost
