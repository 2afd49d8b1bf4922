#include "layout/page_compose.h"

#include <algorithm>

#include "layout/directory_columns.h"
#include "layout/labels.h"
#include "layout/now_next_page.h"
#include "layout/upcoming_page.h"
#include "layout/waiting_page.h"

namespace signpost::layout_detail {
namespace {

// The most space added under a row to fill a screen: a third of a line.
constexpr float kMostAir = 3;

float column_width(const ComposedPage& page, float width) {
    const auto n = static_cast<float>(page.columns);
    return (width - (n - 1) * page.column_gap) / n;
}

}  // namespace

std::vector<PageConfig> page_cycle(const LocationConfig& config) {
    if (!config.pages.empty()) {
        return config.pages;
    }
    return {PageConfig{PageKind::now_next, Seconds{12}, {}},
            PageConfig{PageKind::directory, Seconds{12}, {}}};
}

ComposedPage compose_page(PageContext& pc, PlanKind kind, const PageConfig& page, int turn) {
    ComposedPage out;
    out.kind = kind;
    out.frame = frame_geometry(pc);
    const Rect body = out.frame.body;
    const float u = pc.sizes.unit;
    const float rows_w = body.w;
    const float rows_bottom = body.bottom();
    // The banner stands on the first screen of a page, taking at most a third
    // of the body; the page's other screens give that room to rows. On every
    // screen it would leave a landscape now/next screen one room.
    if (kind != PlanKind::waiting && kind != PlanKind::emergency) {
        out.banner = build_banner(pc, body.w, body.h / 3, turn);
    }
    // Where rows go when the body has no fixed top part (the directory's).
    const float first_h =
        std::max(0.0f, body.h - (out.banner.height > 0 ? out.banner.height + 2 * u : 0));
    const float rest_h = body.h;
    switch (kind) {
        case PlanKind::directory: {
            out.title = label(Label::page_directory);
            DirectoryColumns set = set_directory(pc, page, rows_w, first_h, rest_h);
            out.body = std::move(set.body);
            out.columns = set.columns;
            out.column_gap = set.column_gap;
            out.qr = std::move(set.qr);
            out.qr_band = set.qr_band;
            out.qr_screen = set.qr_screen;
            out.screens = std::move(set.screens);
            break;
        }
        case PlanKind::waiting:
        case PlanKind::emergency:
            out.kind = PlanKind::waiting;
            out.title =
                label(pc.ctx.clock_untrusted ? Label::page_waiting_clock : Label::page_waiting);
            out.body = build_waiting_body(pc, body.w);
            break;
        case PlanKind::now_next: {
            out.title = label(Label::page_now_next);
            NowNextSet set = set_now_next(pc, page, rows_w, first_h, rest_h);
            out.body = std::move(set.body);
            out.columns = set.columns;
            out.column_gap = set.column_gap;
            out.screens = std::move(set.screens);
            break;
        }
        case PlanKind::upcoming:
            out.title = label(Label::page_upcoming);
            out.body = build_upcoming_body(pc, page, body.w);
            break;
    }
    const float top = body.y + out.body.top_height;
    const float first_top = top + (out.banner.height > 0 ? out.banner.height + 2 * u : 0);
    out.rows_area = {body.x, first_top, rows_w, std::max(0.0f, rows_bottom - first_top)};
    out.rows_area_rest = {body.x, top, rows_w, std::max(0.0f, rows_bottom - top)};
    if (out.screens.empty()) {
        out.screens =
            paginate_columns(out.body.rows, out.rows_area.h, out.rows_area_rest.h, out.columns);
    }
    for (const auto& screen : out.screens) {
        std::vector<size_t> rows;
        for (const auto& column : screen) {
            rows.insert(rows.end(), column.begin(), column.end());
        }
        out.pages.push_back(std::move(rows));
    }
    return out;
}

void draw_composed(Canvas& canvas, PageContext& pc, const ComposedPage& page, size_t sub_page,
                   double dwell_progress) {
    const size_t k = std::min(sub_page, page.pages.size() - 1);
    // Now/next: the title is the rows' key (its words for now and next in
    // their colours), so no building's row carries a key line of its own.
    draw_header(canvas, pc, page.frame, page.title, page.kind == PlanKind::now_next);
    const Rect body = page.frame.body;
    float y = body.y;
    if (k == 0 && page.banner.height > 0) {
        page.banner.draw(canvas, body.x, y, body.w);
        y += page.banner.height + 2 * pc.sizes.unit;
    }
    if (page.body.draw_top && page.body.top_height > 0) {
        page.body.draw_top(canvas, body.x, y, body.w);
    }
    const Rect area = k == 0 ? page.rows_area : page.rows_area_rest;
    if (page.qr && k == page.qr_screen) {
        draw_qr_panel(canvas, pc, *page.qr, area.right() - page.qr->width,
                      area.bottom() - page.qr->height);
    }
    if (page.body.rows.empty()) {
        if (page.body.draw_empty) {
            page.body.draw_empty(canvas, area);
        }
    } else {
        const float w = column_width(page, area.w);
        for (size_t c = 0; c < page.screens[k].size(); ++c) {
            const std::vector<size_t>& column = page.screens[k][c];
            // What pagination leaves free under the last row goes between
            // the rows instead (a little each, so they do not drift apart):
            // no band of empty screen under the rows, every screen as full
            // as the others.
            float used = 0;
            for (size_t i : column) {
                used += page.body.rows[i].height;
            }
            const bool over_qr = k == page.qr_screen && page.qr && c + 1 == page.columns;
            const float height = area.h - (over_qr ? page.qr_band : 0);
            const float air = column.size() > 1
                                  ? std::clamp((height - used) / static_cast<float>(column.size()),
                                               0.0f, kMostAir * pc.sizes.unit)
                                  : 0.0f;
            float row_y = area.y;
            const float x = area.x + static_cast<float>(c) * (w + page.column_gap);
            for (size_t i : column) {
                const Row& row = page.body.rows[i];
                row.draw(canvas, x, row_y, w);
                row_y += row.height + air;
            }
        }
    }
    draw_footer(canvas, pc, page.frame, static_cast<int>(k) + 1,
                static_cast<int>(page.pages.size()), dwell_progress);
}

}  // namespace signpost::layout_detail
