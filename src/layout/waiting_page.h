// Before the first schedule arrives the screen is never black: the frame shows
// the location and the clock, the body says the schedule is on its way and
// lists the ways from this screen that the config knows (arrow and text; the
// buildings' and rooms' names come only with the schedule).
#pragma once

#include "layout/page_context.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

Body build_waiting_body(PageContext& pc, float width);

}  // namespace signpost::layout_detail
