#include "layout/page_compose.h"

#include <algorithm>

#include "layout/directory_page.h"
#include "layout/labels.h"
#include "layout/now_next_page.h"
#include "layout/upcoming_page.h"
#include "layout/waiting_page.h"

namespace signpost::layout_detail {
namespace {

// The narrowest directory column: a room's name (about 12 Latin letters at
// the scan tier) beside an arrow at each side, or its way under it.
constexpr float kDirectoryColumn = 900;

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
    // The QR code's share of the body: a column on the right of a landscape
    // screen, a band at the bottom of a portrait one.
    float rows_w = body.w;
    float rows_bottom = body.bottom();
    // Portrait: the QR code's band stands under the rows of the first screen
    // only; a visitor sees it once a cycle, and the other screens give its
    // height (a third of the body) to rooms.
    float qr_band = 0;
    switch (kind) {
        case PlanKind::directory:
            out.title = label(Label::page_directory);
            out.qr = build_qr_panel(pc);
            if (out.qr && !pc.sizes.portrait && out.qr->width < body.w / 2) {
                rows_w = body.w - out.qr->width - 6 * u;
            } else if (out.qr && out.qr->height < body.h / 2) {
                qr_band = out.qr->height + 4 * u;
            } else {
                out.qr.reset();  // a screen too small for it
            }
            // As many columns as leave each the width of a room's name beside
            // its way (a directory's rows are short: one column across a
            // wide screen leaves most of it empty and takes twice the screens).
            out.column_gap = 8 * u;
            out.columns =
                std::max<size_t>(1, static_cast<size_t>((rows_w + out.column_gap) /
                                                        (kDirectoryColumn + out.column_gap)));
            out.body = build_directory_body(pc, page, column_width(out, rows_w));
            break;
        case PlanKind::waiting:
        case PlanKind::emergency:
            out.kind = PlanKind::waiting;
            out.title =
                label(pc.ctx.clock_untrusted ? Label::page_waiting_clock : Label::page_waiting);
            out.body = build_waiting_body(pc, body.w);
            break;
        case PlanKind::now_next:
            out.title = label(Label::page_now_next);
            out.body = build_now_next_body(pc, page, body.w);
            break;
        case PlanKind::upcoming:
            out.title = label(Label::page_upcoming);
            out.body = build_upcoming_body(pc, page, body.w);
            break;
    }
    // The banner stands on the first screen of a page, taking at most a third
    // of the body; the page's other screens give that room to rows. On every
    // screen it would leave a landscape now/next screen one room.
    if (out.kind != PlanKind::waiting) {
        out.banner = build_banner(pc, body.w, body.h / 3, turn);
    }
    const float top = body.y + out.body.top_height;
    const float first_top = top + (out.banner.height > 0 ? out.banner.height + 2 * u : 0);
    out.rows_area = {body.x, first_top, rows_w, std::max(0.0f, rows_bottom - qr_band - first_top)};
    out.rows_area_rest = {body.x, top, rows_w, std::max(0.0f, rows_bottom - top)};
    out.screens =
        paginate_columns(out.body.rows, out.rows_area.h, out.rows_area_rest.h, out.columns);
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
    draw_header(canvas, pc, page.frame, page.title);
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
    if (page.qr) {
        const QrPanel& qr = *page.qr;
        if (area.w < body.w) {
            draw_qr_panel(canvas, pc, qr, body.right() - qr.width, area.y);
        } else if (k == 0) {
            draw_qr_panel(canvas, pc, qr, body.x + (body.w - qr.width) / 2,
                          body.bottom() - qr.height);
        }
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
            const float air = column.size() > 1
                                  ? std::clamp((area.h - used) / static_cast<float>(column.size()),
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
