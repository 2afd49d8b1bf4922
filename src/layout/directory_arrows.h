// The directory's arrows: their size after ISO 7001 and docs/sign-design.md, and the
// slot they stand in beside a destination. Shared by the directory's rows and
// its room grids.
#pragma once

#include "layout/display_list.h"
#include "layout/sizes.h"
#include "model/direction.h"

namespace signpost::layout_detail {

// ISO 7001 proportions: length about 1.6 x width. The arrow is glance-tier
// tall (docs/sign-design.md lists directory arrows with the glance items), which is
// also more than 1.5 x the cap height of the scan-tier names beside it.
inline float arrow_length() {
    return 1.2f * kGlanceCap;
}
// The gap to the text: at least 1.5 x the cap height of that text.
inline float arrow_gap() {
    return 1.5f * kScanCap;
}
inline float arrow_slot() {
    return arrow_length() + arrow_gap();
}

inline Rect arrow_box(Arrow a, float x, float center_y) {
    const float len = arrow_length();
    const float thick = len / 1.6f;
    if (a == Arrow::left || a == Arrow::right) {
        return {x, center_y - thick / 2, len, thick};
    }
    if (a == Arrow::ahead_left || a == Arrow::ahead_right || a == Arrow::back_left ||
        a == Arrow::back_right) {
        // Turned 45°: a square as wide as the slot, the arrow a little shorter.
        return {x, center_y - len / 2, len, len};
    }
    return {x + (len - thick) / 2, center_y - len / 2, thick, len};
}

inline bool on_right(Arrow a) {
    return a == Arrow::right || a == Arrow::ahead_right || a == Arrow::back_right;
}

}  // namespace signpost::layout_detail
