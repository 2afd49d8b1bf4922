// The frame around every page: the header (page title, clock, location, date)
// and the footer (feed state, page indicator "2/3", dwell progress). Their
// geometry depends only on the screen, never on the page, so the clock, the
// title, the location and "2/3" stand at the same place on every page.
// Landscape: one row with the title at the left, the clock at the right and
// the location over the date between them. Portrait (stacked): title and
// clock, the title's translation, then location and date; the footer has two
// lines for the feed state.
#pragma once

#include "layout/canvas.h"
#include "layout/page_context.h"

namespace signpost::layout_detail {

struct FrameGeometry {
    Rect header;
    Rect body;
    Rect footer;
};

FrameGeometry frame_geometry(PageContext& pc);

// `title_key`: the title's words for now and next in their status colours
// (the now/next page's key, layout/title_key.h).
void draw_header(Canvas& canvas, PageContext& pc, const FrameGeometry& frame,
                 const LocalizedText& page_title, bool title_key = false);

// page and pages are 1-based; the indicator shows only when pages > 1.
void draw_footer(Canvas& canvas, PageContext& pc, const FrameGeometry& frame, int page, int pages,
                 double dwell_progress);

// "updated 11:02", "offline — showing the copy saved at 10:40 (25 min ago)", "no data yet".
LocalizedText feed_state_text(const FeedFreshness& feed, const TimeZone& zone, Instant now);

}  // namespace signpost::layout_detail
