// A building's row over its rooms in the directory, and the shorter row the
// screens where its rooms go on show instead: the name and the arrow without
// the way's text (read once above), and without "you are here" where that
// would take a line of its own.
#pragma once

#include <deque>

#include "layout/directory_page.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

// `header` (a building: group_header set) onto `body`, with its way's rows
// and step-free line; `merged` keeps the ways the rows point at alive.
void push_building_header(PageContext& pc, Body& body, const Destination& header, bool has_rooms,
                          std::deque<Wayfinding>& merged, float width);

}  // namespace signpost::layout_detail
