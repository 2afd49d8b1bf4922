// A now/next page's line for a building's rooms that take no row: nothing on
// now and nothing starting within the look-ahead.
#pragma once

#include <chrono>
#include <vector>

#include "layout/page_context.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

// The rooms of one building with nothing on now and nothing starting within
// the look-ahead, on one line: "60분 내 세션 없음 · Nothing within 60 min:
// 113호, 114호, …". They take no rows of their own; the directory lists them.
Row idle_line(PageContext& pc, const std::vector<size_t>& rooms, std::chrono::minutes look_ahead,
              float width);

}  // namespace signpost::layout_detail
