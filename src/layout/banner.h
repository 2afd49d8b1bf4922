// Active info and warning announcements, as a banner at the top of the page
// body: a coloured panel per announcement with its level as a word ("주의 ·
// Warning") and the text in both languages. Warnings come first (the schedule
// orders them); announcements that do not fit in max_height are left for the
// next page change rather than squeezed.
#pragma once

#include <functional>

#include "layout/page_context.h"

namespace signpost {

struct Banner {
    float height = 0;  // 0: nothing to show
    std::function<void(Canvas&, float x, float y, float w)> draw;
};

Banner build_banner(PageContext& pc, float width, float max_height);

}  // namespace signpost
