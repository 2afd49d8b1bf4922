// What must be drawn again when the page on screen changes a little (the
// dwell indicator grows, one line of text changes): the pixels two display
// lists may differ in, and a small list that repaints exactly those pixels.
//
// Bounds here are conservative: they hold every pixel an item can paint, so a
// patch that repaints every item touching the changed area, in order, leaves
// that area as a full redraw would, and the rest of the page is untouched
// because no item outside it changed.
#pragma once

#include <SDL.h>

#include <optional>

#include "layout/display_list.h"
#include "layout/text_measurer.h"

namespace signpost {

struct PageDamage {
    enum class Kind {
        none,        // the lists draw the same pixels
        area,        // only `area` may differ
        everything,  // compare nothing: draw the whole page
    };
    Kind kind = Kind::everything;
    SDL_Rect area{};  // page pixels, inside the page; set for Kind::area
};

// Every pixel `item` can paint, in whole page pixels (rounded outward, with a
// margin for antialiased edges). Text reaches above and below its box by up to
// a line (the renderer puts the baseline inside the box, glyphs may overhang),
// so `fonts` gives the line height. Nothing for an item with a non-finite or
// huge coordinate (the caller redraws everything rather than guess).
std::optional<SDL_Rect> item_paint_bounds(const DisplayItem& item, TextMeasurer& fonts);

// Where `after` differs from `before`: the items between their common first
// and last items changed, and their bounds (old and new) are the area.
// Everything when the size or background differ or a changed item has no bounds.
PageDamage page_damage(const DisplayList& before, const DisplayList& after, TextMeasurer& fonts);

// A list to draw into a scratch texture and copy into the page at `origin`
// (the scratch's top left in page pixels): the items of `page` that can paint
// inside `area`, in order, moved by -origin, on the page's background. The
// scratch is `list.width` x `list.height`; `area` lies inside it at
// (area.x - origin.x, area.y - origin.y). The origin is chosen at or above and
// left of every such item, so every moved coordinate stays >= 0 and whole-pixel
// rounding gives the same pixels as on the page. Nothing when an item reaches
// past the page's top or left edge (draw the whole page instead).
struct PagePatch {
    DisplayList list;
    SDL_Point origin{};
};
std::optional<PagePatch> page_patch(const DisplayList& page, SDL_Rect area, TextMeasurer& fonts);

}  // namespace signpost
