// Active info and warning announcements, as a banner at the top of the page
// body: a coloured panel with the level as a word ("주의 · Warning") and the
// text in both languages, one line each (ellipsised). One announcement at a time, taking turns
// (warnings first, as the schedule orders them): two panels would leave room for only one room on a
// landscape screen. The banner is as tall as the tallest panel, so pagination does not depend on
// whose turn it is.
#pragma once

#include <functional>

#include "layout/page_context.h"

namespace signpost::layout_detail {

struct Banner {
    float height = 0;  // 0: nothing to show
    std::function<void(Canvas&, float x, float y, float w)> draw;
};

// Shows announcement number turn % count.
Banner build_banner(PageContext& pc, float width, float max_height, int turn);

}  // namespace signpost::layout_detail
