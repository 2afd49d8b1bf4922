// The room's own cell of a now/next row: its name, floor and translation, as
// few lines as the column allows. Shared by the now/next page's one- and
// two-column layouts.
#pragma once

#include <vector>

#include "layout/cell.h"
#include "layout/venue_order.h"
#include "model/venue.h"

namespace signpost::layout_detail {

// The room column's width the names of `rooms` (indices into the venue) ask
// for: the widest name on one line with its translation and floor mark, or,
// when that is wider than `cap`, the widest of its two lines (the first
// language, and the translation under it).
float room_column_need(PageContext& pc, const std::vector<size_t>& rooms, float cap);

// The name, floor mark and translation on one line when they fit `width`,
// else the name on up to `name_lines` lines (with the floor when it fits
// after it) over the translation.
Cell room_cell(PageContext& pc, const Room& room, float width, int name_lines = 1);

}  // namespace signpost::layout_detail
