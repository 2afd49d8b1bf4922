// The now/next page: per room, grouped by building (this screen's first),
// what is on now (time, tags, title, its translation, progress) and what comes
// next (its start, with the date when it is not today), a row of one line
// where the titles fit, two with their translations. Only rooms with a session
// on now or starting within the page's look-ahead get a row; the others of a
// building share one line ("nothing within 60 min: 113, 114, …"). Landscape is
// a table (room | now | next) under NOW/NEXT labels, two tables side by side
// when one would take more than a screen and no row grows at half the width;
// portrait gives each room a heading across the width with now and next under
// it.
#pragma once

#include "config/location_config.h"
#include "layout/page_context.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

Body build_now_next_body(PageContext& pc, const PageConfig& page, float width);

}  // namespace signpost::layout_detail
