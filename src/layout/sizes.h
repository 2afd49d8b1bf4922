// Design units and the size tiers of docs/sign-design.md.
//
// Layout works in design units (du): 1 du is 1/1000 of the screen's short side,
// so a page laid out for 1280x720 is the same page at 3840x2160, and the tiers
// (fractions of the short side) are fixed numbers of du. Pixels appear only when
// a finished page is converted (Canvas::finish) and when text is measured.
#pragma once

#include "layout/display_list.h"
#include "layout/text_measurer.h"

namespace signpost::layout_detail {

inline constexpr float kShortSideDu = 1000.0f;

// Character heights (Latin cap height or Hangul block) as fractions of the
// short side. Glance: page title, clock, directory arrows, emergency text.
// Scan: building and room names, NOW/NEXT, floor marks. Detail: everything
// else. Detail is also the floor for every text on the screen, footer included:
// 2.6 % of the short side is 28 px at 1080p, the ISO 9241-3 minimum of 16-20
// arc-minutes at 3 m on a 55" panel, so nothing is allowed below it.
inline constexpr float kGlanceCap = 0.055f * kShortSideDu;
inline constexpr float kScanCap = 0.035f * kShortSideDu;
inline constexpr float kDetailCap = 0.026f * kShortSideDu;

// The second language at this fraction of the first (docs/sign-design.md:
// 0.6-0.75), but never below the detail tier.
inline constexpr float kSecondaryScale = 0.7f;

// Noto Sans CJK KR: cap height 0.733 em. Used when the measurer gives no cap height.
inline constexpr float kDefaultCapPerEm = 0.733f;

// 5 % of each edge: the HD graphics-safe area.
inline constexpr float kSafeMargin = 0.05f;

struct TextStyle {
    float size = 0;  // em size in du
    FontWeight weight = FontWeight::regular;
};

struct Sizes {
    int width_px = 0;
    int height_px = 0;
    float px_per_du = 1;
    float width = 0;   // du
    float height = 0;  // du
    bool portrait = false;
    Rect safe;  // du: the area inside the 5 % margins

    TextStyle glance, glance_bold, scan, scan_bold, detail, detail_bold;

    // Space between neighbours: a quarter of the detail cap height, the rhythm
    // every gap is a multiple of.
    float unit = 0;

    // The style of the second language's line next to a first-language line.
    TextStyle secondary_of(TextStyle primary) const;
};

// Width and height in logical pixels (already rotated); values below 1 count as 1.
Sizes compute_sizes(int width_px, int height_px, TextMeasurer& measurer);

}  // namespace signpost::layout_detail
