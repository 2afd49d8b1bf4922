// Pictograms drawn as outlines, like the arrows (render/arrow_shapes.h): the
// ISO 7001 accessibility symbol (PI PF 006) — a wheelchair user seen from the
// side, facing right: head, back and seat, legs forward, arm, and the wheel
// as an open ring.
#pragma once

#include <vector>

#include "layout/display_list.h"
#include "render/polygon.h"

namespace signpost {

// The symbol's polygons, scaled to fit `box` whole (square proportions),
// centred in it. Empty for an empty box.
std::vector<Polygon> symbol_outline(Symbol symbol, const Rect& box);

}  // namespace signpost
