#include "layout/directory_columns.h"

#include <algorithm>
#include <optional>

#include "layout/directory_page.h"

namespace signpost::layout_detail {
namespace {

// The narrowest directory column: a room's name and its translation between
// the arrow slots, its way under it. A 16:9 screen holds two.
constexpr float kDirectoryColumn = 700;

DirectoryColumns set_in(PageContext& pc, const PageConfig& page, float width, float first,
                        float rest, size_t columns) {
    const float u = pc.sizes.unit;
    DirectoryColumns out;
    out.columns = columns;
    out.column_gap = 8 * u;
    const auto n = static_cast<float>(columns);
    const float column_w = (width - (n - 1) * out.column_gap) / n;
    // Headers stand again at the top of a screen, not of its other columns:
    // a column goes on from the one beside it, as a newspaper's does (a
    // building's name and a group's start once a screen, not cut again
    // beside "you are here" at the top of each column).
    // The QR code stands once a cycle, at the bottom of the last column of
    // the first screen or of the last one, whichever takes fewer screens
    // (the first when equal: seen first): the other screens give its place
    // to rooms.
    out.body = build_directory_body(pc, page, column_w);
    out.qr = build_qr_panel(pc, column_w);
    float tallest = 0;
    for (const Row& row : out.body.rows) {
        tallest = std::max(tallest, row.height);
    }
    // At most half a screen, and room above it for any row.
    if (!out.qr || out.qr->width > column_w || out.qr->height + 4 * u > rest / 2) {
        out.qr.reset();  // a screen too small for it
        out.screens = paginate_columns(out.body.rows, first, rest, columns, std::nullopt, false);
        return out;
    }
    out.qr_band = out.qr->height + 4 * u;
    const size_t without =
        paginate_columns(out.body.rows, first, rest, columns, std::nullopt, false).size();
    std::optional<std::vector<std::vector<std::vector<size_t>>>> best;
    if (first - out.qr_band >= tallest) {
        best = paginate_columns(out.body.rows, first, rest, columns,
                                ColumnReserve{columns - 1, out.qr_band}, false);
    }
    // On the last screen: its last column as filled without the code, and
    // the code under it.
    if ((!best || best->size() > without) && rest - out.qr_band >= tallest) {
        auto last = paginate_columns(out.body.rows, first, rest, columns,
                                     ColumnReserve{without * columns - 1, out.qr_band}, false);
        if (!best || last.size() < best->size()) {
            best = std::move(last);
            out.qr_screen = without - 1;
        }
    }
    if (!best) {
        out.qr.reset();
        out.qr_band = 0;
        out.screens = paginate_columns(out.body.rows, first, rest, columns, std::nullopt, false);
        return out;
    }
    out.screens = std::move(*best);
    return out;
}

}  // namespace

DirectoryColumns set_directory(PageContext& pc, const PageConfig& page, float width, float first,
                               float rest) {
    const float gap = 8 * pc.sizes.unit;
    const size_t most =
        std::max<size_t>(1, static_cast<size_t>((width + gap) / (kDirectoryColumn + gap)));
    // One column sets a way on one line and a grid of many rooms across;
    // narrower columns wrap the ways but fill the screen where the grids are
    // short. Whichever takes fewer screens (one column when equal: its ways
    // read in one line).
    DirectoryColumns best = set_in(pc, page, width, first, rest, 1);
    for (size_t columns = 2; columns <= most; ++columns) {
        DirectoryColumns candidate = set_in(pc, page, width, first, rest, columns);
        if (candidate.screens.size() < best.screens.size()) {
            best = std::move(candidate);
        }
    }
    return best;
}

}  // namespace signpost::layout_detail
