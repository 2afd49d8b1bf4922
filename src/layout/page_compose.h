// One config page composed at an instant: its title, the announcement banner,
// the body rows, and how they split into screens. plan_pages counts the
// screens and their dwell from it; layout_page draws one of them. Both compose
// the same way, so a plan and the page it asks for agree.
#pragma once

#include <vector>

#include "layout/banner.h"
#include "layout/frame.h"
#include "layout/page_context.h"
#include "layout/qr_panel.h"
#include "layout/rows.h"

namespace signpost::layout_detail {

struct ComposedPage {
    PlanKind kind = PlanKind::now_next;
    LocalizedText title;
    FrameGeometry frame;
    Banner banner;
    Body body;
    Rect rows_area;       // du: where rows go on the first screen, under the banner
    Rect rows_area_rest;  // du: the same on the other screens (no banner)
    std::vector<std::vector<size_t>> pages;  // row indices per screen
    // The same per column of each screen: a directory on a wide screen sets
    // its rows in `columns` columns side by side, `column_gap` apart.
    std::vector<std::vector<std::vector<size_t>>> screens;
    size_t columns = 1;
    float column_gap = 0;
    // The directory's QR code: at the bottom of the last column of screen
    // `qr_screen` (the first or the last), which leaves `qr_band` of its
    // height to it.
    std::optional<QrPanel> qr;
    float qr_band = 0;
    size_t qr_screen = 0;
};

// kind is directory, now_next or waiting (the emergency page is not composed);
// turn says which announcement the banner shows.
ComposedPage compose_page(PageContext& pc, PlanKind kind, const PageConfig& page, int turn);

void draw_composed(Canvas& canvas, PageContext& pc, const ComposedPage& page, size_t sub_page,
                   double dwell_progress);

// The config's cycle; a config built in code may leave it empty.
std::vector<PageConfig> page_cycle(const LocationConfig& config);

}  // namespace signpost::layout_detail
