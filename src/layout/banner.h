// Active info and warning announcements, as a banner at the top of the page
// body: a coloured panel with the level as a word ("주의 · Warning") and the
// text in both languages. One announcement per page, taking turns along the
// cycle (warnings first, as the schedule orders them): two panels on a page
// would leave room for only one or two rooms on a landscape screen. The banner
// is as tall as the tallest panel, so pagination does not depend on whose turn
// it is.
#pragma once

#include <functional>

#include "layout/page_context.h"

namespace signpost::layout_detail {

struct Banner {
    float height = 0;  // 0: nothing to show
    std::function<void(Canvas&, float x, float y, float w)> draw;
};

// `turn`: the page's place in the cycle; it shows announcement turn % count.
Banner build_banner(PageContext& pc, float width, float max_height, int turn);

}  // namespace signpost::layout_detail
