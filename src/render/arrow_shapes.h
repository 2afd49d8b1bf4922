// The wayfinding arrows of docs/sign-design.md as outlines, after ISO 7001: a head
// with an apex of 85 degrees on a straight shaft, 1.6 times as long as the
// head is wide.
//   ahead  an arrow pointing up ("go ahead"; never a down arrow)
//   left, right  the same arrow turned
//   ahead-left, ahead-right, back-left, back-right  the straight arrow
//          turned 45° from ahead (315°, 45°) or from pointing down (225°, 135°)
//   back   "behind you": a U-turn, up on the left, over, and down on the right
//   up     "go up a level": the up arrow under a level bar
//   down   "go down a level": a down arrow onto a level bar
#pragma once

#include <vector>

#include "layout/display_list.h"
#include "render/polygon.h"

namespace signpost {

// Proportions, in units of the head's width.
struct ArrowProportions {
    static constexpr float kApexDegrees = 85.0f;
    static constexpr float kLength = 1.6f;        // tip to tail, per head width
    static constexpr float kShaftWidth = 0.4f;    // the stroke, per head width
    static constexpr float kBarThickness = 0.2f;  // level bar of up/down
    static constexpr float kBarGap = 0.16f;       // between bar and arrow tip
};

// The arrow's polygons (one or two) scaled to fit `box` whole, keeping their
// proportions, centred in it.
std::vector<Polygon> arrow_outline(Arrow arrow, const Rect& box);

}  // namespace signpost
