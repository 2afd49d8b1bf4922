// The now/next page: per room, grouped by building (this screen's first),
// what is on now (time, tags, title, its translation, progress) and what comes
// next (its start, with the date when it is not today). Only rooms with a
// session on now or starting within the page's look-ahead get a row; the
// others of a building share one line ("nothing within 60 min: 113, 114, …").
// A landscape page that fits one screen is a table (room | now | next) under
// NOW/NEXT labels; portrait, and a landscape page that takes more, stack each
// room's now over its next beside the room, in two tables side by side on a
// landscape screen (now_next_rows.h).
#pragma once

#include "config/location_config.h"
#include "layout/page_context.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

Body build_now_next_body(PageContext& pc, const PageConfig& page, float width);

}  // namespace signpost::layout_detail
