// The rows of the now/next page, one per room: a table row (room | now |
// next) or a stacked one (the room, and its now over its next beside it).
#pragma once

#include "layout/now_next_columns.h"
#include "layout/page_context.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

// The room's row in the layout `col` says: a table row, or a stacked one.
Row room_row(PageContext& pc, size_t room_index, const Columns& col);

}  // namespace signpost::layout_detail
