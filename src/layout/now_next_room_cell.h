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

// A table row's room: the name, floor mark and translation on one line when
// they fit `width`, else the name (with the floor when it fits after it)
// over the translation.
Cell room_cell(PageContext& pc, const Room& room, float width);

// A stacked row's room: on one line when the name, its translation and the
// floor fit (the floor's full mark "3F · 3층", else its first language's
// "3층"); else the name on up to two lines with the floor after it, and,
// when the name took one, its translation under it (cut) with the floor
// after that if the name left it no room. A name on two lines gives its
// translation up: the cell stays about as high as the room's now and next.
Cell stacked_room_cell(PageContext& pc, const Room& room, float width);

// The width stacked cells of `rooms` need to keep every name whole on its
// first line and the cell at two lines (the widest of each name's narrowest
// such cell).
float stacked_room_need(PageContext& pc, const std::vector<size_t>& rooms);

}  // namespace signpost::layout_detail
