// The now/next page: per room, grouped by building, what is on now (title,
// speakers, time, progress, kind and status tags) and what comes next (its
// start, with the date when it is not today). Landscape is a table (room | now
// | next) under NOW/NEXT column labels; portrait gives each room a heading
// across the width with now | next under it, so the tall screen holds more
// rooms instead of squeezing three columns.
#pragma once

#include "config/location_config.h"
#include "layout/page_context.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

Body build_now_next_body(PageContext& pc, const PageConfig& page, float width);

}  // namespace signpost::layout_detail
