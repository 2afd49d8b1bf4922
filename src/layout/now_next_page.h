// The now/next page: per room, grouped by building (this screen's first),
// what is on now (time, tags, title, its translation, progress) and what comes
// next (its start, with the date when it is not today). Only rooms with a
// session on now or starting within the page's look-ahead get a row; the
// others of a building share one line ("nothing within 60 min: 113, 114, …").
// A landscape page that fits one screen is a table (room | now | next), its
// key the page's title (layout/title_key.h); portrait, and a landscape page that takes more, stack
// each room's now over its next beside the room, in two tables side by side on a landscape screen
// (now_next_rows.h): a screen's two columns, the rows running down the first and on into the
// second.
#pragma once

#include <vector>

#include "config/location_config.h"
#include "layout/page_context.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

// The page's rows and how they stand: one table, or (a landscape page that
// takes more than a screen) `columns` tables side by side, `column_gap` apart,
// the rows running down the first and on into the next as a directory's do.
struct NowNextSet {
    Body body;
    size_t columns = 1;
    float column_gap = 0;
    // Screens of columns of row indices, as pagination set them.
    std::vector<std::vector<std::vector<size_t>>> screens;
};

// `first` and `rest`: the rows' height on the first screen (under the
// banner) and on the others, to count the screens each way of setting takes.
NowNextSet set_now_next(PageContext& pc, const PageConfig& page, float width, float first,
                        float rest);

}  // namespace signpost::layout_detail
