// Plain 2-D geometry for filled shapes (arrows, rounded rectangles): outlines
// as simple polygons and their triangulation. No SDL here, so the shapes can be
// checked without drawing them.
#pragma once

#include <array>
#include <vector>

#include "layout/display_list.h"

namespace signpost {

struct Point {
    float x = 0;
    float y = 0;
};

// A simple polygon (no self-intersections), closed implicitly; either winding.
using Polygon = std::vector<Point>;

// Twice the signed area (positive: counter-clockwise in x-right, y-up terms).
float signed_area2(const Polygon& polygon);

// Triangles (indices into polygon) covering the polygon exactly, by ear
// clipping; concave outlines such as an arrow's are fine.
std::vector<std::array<int, 3>> triangulate(const Polygon& polygon);

// A rectangle with circular corners of `radius` (clamped to half the shorter
// side), corners approximated finely enough that no facet is visible.
Polygon rounded_rect_outline(const Rect& rect, float radius);

// Smallest rectangle holding all points of all polygons.
Rect bounds_of(const std::vector<Polygon>& polygons);

}  // namespace signpost
