// The now/next page's columns: their widths (room | now | next, or a portrait
// room's heading with now and next under it), the NOW / NEXT labels over them,
// and a building's divider row that may carry those labels.
#pragma once

#include <algorithm>

#include "layout/cell.h"
#include "layout/page_context.h"
#include "layout/rows.h"
#include "model/venue.h"

namespace signpost::layout_detail {

// Landscape: room | now | next, each two lines high. Portrait: the room as a
// one-line heading across the width, what is on now on two lines under it,
// then the next session on one line, all at the full width: a tall screen
// takes more rooms, and titles get the whole width instead of a third.
struct Columns {
    float gutter = 0;
    float room = 0;  // landscape: the room column; portrait: the heading's width
    float now = 0;
    float next = 0;
    float now_x = 0;  // from the row's left edge
    float next_x = 0;
    bool two_lines = true;  // rows are two lines anyway (titles with translations)
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

// The column labels NOW and NEXT at the scan tier, in their colours.
struct ColumnLabels {
    TextBlock now;
    TextBlock next;
    float height() const { return std::max(now.height(), next.height()); }
};

ColumnLabels column_labels(PageContext& pc, const Columns& col);

// Landscape: each label over its column. Portrait: a key on one line, NOW
// then NEXT, since the now and next lines of a room stand one under the other.
void draw_column_labels(Canvas& c, PageContext& pc, const ColumnLabels& labels, const Columns& col,
                        float x, float y);

// A building as a thin divider row: its name and "you are here" on one line.
// Landscape: the row also carries the NOW / NEXT column labels, beside the
// name when it ends before the now column, else on a line under it, so a
// screen needs no separate band for them (every screen starts with a
// building's row: pagination repeats it). `labels` null: no labels (portrait).
Row building_row(PageContext& pc, const Building* building, bool own, float width,
                 const Columns& col, const ColumnLabels* labels);

}  // namespace signpost::layout_detail
