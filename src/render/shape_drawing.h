// Filling polygons with SDL_RenderGeometry. SDL draws triangles without
// anti-aliasing; a one-pixel band around the outline whose alpha falls from
// the fill's to zero (vertex colours interpolate) softens the staircase on
// arrow heads and rounded corners. The band lies outside the outline, so a
// translucent fill is not blended twice.
#pragma once

#include <SDL.h>

#include <vector>

#include "layout/display_list.h"
#include "render/polygon.h"

namespace signpost {

void fill_polygon(SDL_Renderer* renderer, const Polygon& polygon, Color color);

// A rectangle with optional round corners: exact pixels when square.
void fill_rect(SDL_Renderer* renderer, const Rect& rect, float radius, Color color);

}  // namespace signpost
