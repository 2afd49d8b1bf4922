// A page body as a list of rows of known height, and the pagination that
// splits it over screens. Rows come in groups (a building and its rooms), and
// a group may hold sub-groups (rooms under the one way that leads to them). A
// header never ends a page, and it is repeated at the top of a page where its
// rows continue: the building's, then the sub-group's when the page goes on
// inside one. Every non-header row appears on exactly one page.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "layout/canvas.h"

namespace signpost::layout_detail {

struct Row {
    float height = 0;  // du, padding included
    bool group_header = false;
    int items = 0;  // rooms or destinations it shows (dwell: 2 s each)
    int words = 0;  // first-language words it shows (dwell: 1 s each)
    // Draws the row with its top-left at (x, y), `w` wide.
    std::function<void(Canvas&, float x, float y, float w)> draw;
    // A sub-group's header (the way to the rooms after it) heads the rows after
    // it that are in_subgroup, up to the next header or row that is not.
    bool subgroup_header = false;
    bool in_subgroup = false;
    // A header repeated at the top of a page or column where its rows go on
    // is drawn as the row at this index instead (a shorter form: a
    // building's name without its way); that row is `repeat_only`, never
    // placed in the flow. Below 0: the header itself.
    int repeat_as = -1;
    bool repeat_only = false;
    // Never the last row of a page or column when a header comes before it
    // (a way's step-free line goes with the rooms under it).
    bool keep_with_next = false;
};

// A page body: an optional fixed part at its top (a waiting page's message), repeated on
// every page, then the rows; `empty` is shown instead when there are no rows.
struct Body {
    float top_height = 0;
    std::function<void(Canvas&, float x, float y, float w)> draw_top;
    std::vector<Row> rows;
    std::function<void(Canvas&, Rect area)> draw_empty;
};

// Pages as lists of row indices, in order; the first page has `first` of
// height, the others `rest` (the first carries the announcement banner). A
// row taller than a page gets a page of its own (row builders keep rows
// shorter than any body). At least one page, empty when there are no rows.
std::vector<std::vector<size_t>> paginate_rows(std::span<const Row> rows, float first, float rest);

// The same over screens of `columns` columns side by side (a directory on a
// wide screen): rows fill a column, then the next, left to right, a header
// repeated at the top of a column where its rows go on. Screens of columns,
// each a list of row indices; the first screen's columns are `first` high,
// but its last `first_last` (below 0: `first`; the directory's QR code stands
// under it).
std::vector<std::vector<std::vector<size_t>>> paginate_columns(std::span<const Row> rows,
                                                               float first, float rest,
                                                               size_t columns,
                                                               float first_last = -1);

// A height kept free at the bottom of one column (the directory's QR code
// stands there). Columns count across screens: screen s's column c is
// s * columns + c.
struct ColumnReserve {
    size_t column = 0;
    float height = 0;
};
// `repeat_in_columns` false: a header is repeated at the top of a screen
// only, not of its other columns (they go on from the column beside).
// `even` false: every screen filled as far as it goes, in order (the last
// takes what is left), instead of evened out.
std::vector<std::vector<std::vector<size_t>>> paginate_columns(
    std::span<const Row> rows, float first, float rest, size_t columns,
    std::optional<ColumnReserve> reserve, bool repeat_in_columns = true, bool even = true);

}  // namespace signpost::layout_detail
