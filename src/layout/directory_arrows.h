// The directory's arrows: their size after ISO 7001 and docs/sign-design.md, and the
// slot they stand in beside a destination. Shared by the directory's rows and
// its room grids.
#pragma once

#include <string>
#include <string_view>

#include "layout/display_list.h"
#include "layout/sizes.h"
#include "layout/text_block.h"
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

// A way's text in two languages as the directory shows it. A computed way
// reads the same floor and metres in both ("P1 · 190 m · 3분 · …" / "P1 ·
// 190 m · 3 min · …"): the translation leaves out the words it shares with
// the first language up to a " · ", so both fit on one line more often and
// nothing is read twice.
inline Bilingual way_words(const Bilingual& text) {
    static constexpr std::string_view kSeparator = " · ";
    size_t shared = 0;
    for (size_t at = text.primary.find(kSeparator); at != std::string::npos;
         at = text.primary.find(kSeparator, at + 1)) {
        const size_t end = at + kSeparator.size();
        if (text.secondary.size() <= end ||
            text.secondary.compare(0, end, text.primary, 0, end) != 0) {
            break;
        }
        shared = end;
    }
    return {text.primary, text.secondary.substr(shared)};
}

inline bool on_right(Arrow a) {
    return a == Arrow::right || a == Arrow::ahead_right || a == Arrow::back_right;
}

}  // namespace signpost::layout_detail
