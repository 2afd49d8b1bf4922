// The footer's dwell indicator moves several times while a page is shown. To
// move it without laying the page out again, the kiosk lays a page out once
// with the indicator full (dwell_progress 1) and derives each step from that
// list: the same result layout_page() gives at that progress, for a fraction
// of the cost (no text measuring).
#pragma once

#include "layout/display_list.h"

namespace signpost {

// `full`: a list from layout_page(..., 1.0). Returns it with the indicator
// ("dwell-progress" over "dwell-track") filled to `progress` (0..1); without
// the indicator at 0, as layout_page draws it.
DisplayList with_dwell_progress(const DisplayList& full, double progress);

}  // namespace signpost
