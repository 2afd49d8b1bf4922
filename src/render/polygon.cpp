#include "render/polygon.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace signpost {
namespace {

float cross(Point o, Point a, Point b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Inside or on the edge of triangle abc, whichever its winding.
bool in_triangle(Point p, Point a, Point b, Point c) {
    float d1 = cross(a, b, p);
    float d2 = cross(b, c, p);
    float d3 = cross(c, a, p);
    bool has_negative = d1 < 0 || d2 < 0 || d3 < 0;
    bool has_positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(has_negative && has_positive);
}

}  // namespace

float signed_area2(const Polygon& polygon) {
    float area = 0;
    for (size_t i = 0, n = polygon.size(); i < n; ++i) {
        const Point& a = polygon[i];
        const Point& b = polygon[(i + 1) % n];
        area += a.x * b.y - b.x * a.y;
    }
    return area;
}

std::vector<std::array<int, 3>> triangulate(const Polygon& polygon) {
    std::vector<std::array<int, 3>> triangles;
    if (polygon.size() < 3) {
        return triangles;
    }
    const float orientation = signed_area2(polygon) >= 0 ? 1.0f : -1.0f;
    std::vector<int> remaining(polygon.size());
    for (size_t i = 0; i < remaining.size(); ++i) {
        remaining[i] = static_cast<int>(i);
    }
    // Ear clipping: cut off a convex corner whose triangle holds no other
    // vertex, until a triangle is left. O(n^2) for the few dozen points here.
    size_t i = 0;
    size_t stalled = 0;
    while (remaining.size() > 3 && stalled < remaining.size()) {
        size_t n = remaining.size();
        int prev = remaining[(i + n - 1) % n];
        int cur = remaining[i % n];
        int next = remaining[(i + 1) % n];
        const Point& a = polygon[static_cast<size_t>(prev)];
        const Point& b = polygon[static_cast<size_t>(cur)];
        const Point& c = polygon[static_cast<size_t>(next)];
        bool is_ear = cross(a, b, c) * orientation > 0;
        for (size_t k = 0; is_ear && k < n; ++k) {
            int other = remaining[k];
            if (other != prev && other != cur && other != next &&
                in_triangle(polygon[static_cast<size_t>(other)], a, b, c)) {
                is_ear = false;
            }
        }
        if (is_ear) {
            triangles.push_back({prev, cur, next});
            remaining.erase(remaining.begin() + static_cast<std::ptrdiff_t>(i % n));
            stalled = 0;
        } else {
            i = (i + 1) % n;
            ++stalled;
        }
    }
    // Three left, or no ear found (collinear or self-touching input): fan the
    // rest, which is exact for the convex leftovers that remain in practice.
    for (size_t k = 1; k + 1 < remaining.size(); ++k) {
        triangles.push_back({remaining[0], remaining[k], remaining[k + 1]});
    }
    return triangles;
}

Polygon rounded_rect_outline(const Rect& rect, float radius) {
    float r = std::clamp(radius, 0.0f, std::min(rect.w, rect.h) / 2);
    if (r < 0.5f) {
        return {{rect.x, rect.y},
                {rect.right(), rect.y},
                {rect.right(), rect.bottom()},
                {rect.x, rect.bottom()}};
    }
    // About 3 px of arc per segment.
    int segments =
        std::clamp(static_cast<int>(std::ceil(r * std::numbers::pi_v<float> / 6)), 2, 24);
    struct Corner {
        float cx, cy, start;  // centre and starting angle (radians, y down)
    };
    const float half_pi = std::numbers::pi_v<float> / 2;
    const Corner corners[] = {
        {rect.right() - r, rect.y + r, -half_pi},  // top right: from up to right
        {rect.right() - r, rect.bottom() - r, 0},  // bottom right
        {rect.x + r, rect.bottom() - r, half_pi},  // bottom left
        {rect.x + r, rect.y + r, 2 * half_pi},     // top left
    };
    Polygon outline;
    for (const Corner& corner : corners) {
        for (int s = 0; s <= segments; ++s) {
            float angle =
                corner.start + half_pi * static_cast<float>(s) / static_cast<float>(segments);
            outline.push_back({corner.cx + r * std::cos(angle), corner.cy + r * std::sin(angle)});
        }
    }
    return outline;
}

Rect bounds_of(const std::vector<Polygon>& polygons) {
    float min_x = std::numeric_limits<float>::max();
    float min_y = min_x;
    float max_x = std::numeric_limits<float>::lowest();
    float max_y = max_x;
    for (const auto& polygon : polygons) {
        for (const Point& p : polygon) {
            min_x = std::min(min_x, p.x);
            min_y = std::min(min_y, p.y);
            max_x = std::max(max_x, p.x);
            max_y = std::max(max_y, p.y);
        }
    }
    if (min_x > max_x) {
        return {};
    }
    return {min_x, min_y, max_x - min_x, max_y - min_y};
}

}  // namespace signpost
