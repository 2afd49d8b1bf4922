// The now/next page's columns: their widths (room | now | next, or a portrait
// room's heading with now and next under it), and a building's divider row.
#pragma once

#include <algorithm>

#include "layout/cell.h"
#include "layout/page_context.h"
#include "layout/rows.h"
#include "model/venue.h"

namespace signpost::layout_detail {

// Table: room | now | next side by side, each a line or two (a landscape page
// that fits one screen). Stacked: the room on the left, what is on now over
// the next session in one column to its right (portrait, and two tables
// side by side on a landscape page that takes more than a screen): a title
// gets the whole column after the room instead of a third of the row.
struct Columns {
    float gutter = 0;
    float room = 0;
    float now = 0;  // stacked: the column both lines take
    float next = 0;
    float now_x = 0;  // from the row's left edge
    float next_x = 0;
    bool two_lines = true;  // rows are two lines anyway (titles with translations)
    bool stacked = false;
};

// The room column's widest share of a landscape row: names on one line (rows
// of one line), names on two (rows of two lines, titles with translations).
constexpr float kRoomShare = 0.34f;
constexpr float kTwoLineRoomShare = 0.28f;

// Landscape: the room column as wide as the page's room names need (on one
// line with their translations and floors when that takes at most 34 % of the
// width: a second line would cost every row), at least 12 %, at most 34 %, or
// 28 % when the rows are two lines anyway (longer names are cut there); now and next
// share the rest 38 : 34, so the next column still takes a one-line title
// after its time.
Columns columns(const PageContext& pc, float width, float widest_name, float share = kRoomShare);

// The room's widest share of a stacked row: a longer name wraps in its cell.
// Up to kWideStackedRoomShare where that keeps names with their floors on one
// line and the rows take fewer screens (a one-language row is two detail
// lines, lower than a name over its floor: two scan lines).
constexpr float kStackedRoomShare = 0.4f;
constexpr float kWideStackedRoomShare = 0.49f;

// Stacked: the room column as wide as the names need, at least a fifth of
// the width, at most `share` of it; now and next share the rest.
Columns stacked_columns(const PageContext& pc, float width, float widest_name,
                        float share = kStackedRoomShare);

// A building as a thin divider row: its name and "you are here" on one line,
// or "you are here" under a name it does not fit beside. One line: a long
// name is cut rather than pushing rooms off the page. No NOW / NEXT labels:
// the page's title is their key (layout/title_key.h).
Row building_row(PageContext& pc, const Building* building, bool own, float width);

}  // namespace signpost::layout_detail
