// Layout: what the screen shows, as a pure function of
//     (schedule snapshot, instant, location config, screen size, feed freshness).
// The app plans one cycle of pages with plan_pages(), draws each with
// layout_page() (again whenever something changes: a minute passes, a new
// snapshot arrives), and sleeps until next_layout_change() or the page's dwell.
// Nothing here reads a clock, a file or the network; text is measured through
// the TextMeasurer the caller passes (render's font chain, or a fake in tests).
//
// This header, display_list.h and text_measurer.h are the module's interface.
// Everything else in src/layout lives in signpost::layout_detail, so its
// helpers (Canvas, Theme, Row...) never clash with names elsewhere in signpost.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "config/location_config.h"
#include "layout/display_list.h"
#include "layout/text_measurer.h"
#include "model/feed_freshness.h"
#include "model/live_state.h"
#include "model/schedule.h"
#include "util/time.h"

namespace signpost {

struct LayoutContext {
    const Schedule* schedule = nullptr;  // nullptr: no schedule yet (the waiting page)
    Instant now;
    const LocationConfig& config;
    int width = 0;  // logical pixels, after rotation (1080x1920 for a portrait panel)
    int height = 0;
    FeedFreshness feed;
    TextMeasurer& measurer;  // used only during the call
    // The system clock is not believable yet (see clock_guard.h): every page
    // is the waiting page saying "waiting for the clock", and the header shows
    // no time or date, since both would be wrong. Wins over an emergency too:
    // at a wrong time, whether one is active is not known.
    bool clock_untrusted = false;
    // The live source (docs/live-format.md): room states at `now`, already
    // matched and expired (live_view), and its announcements, which join the
    // feed's. An evacuated room takes over every page with the emergency
    // page naming it. Borrowed for the call; nullptr / empty: none.
    const LiveView* live = nullptr;
    std::span<const Announcement> live_announcements{};
};

enum class PlanKind { directory, now_next, upcoming, waiting, emergency };

// A page kind as --dump and the tests name it ("now_next"); --snapshot-all's
// file names spell it with a hyphen.
std::string_view plan_kind_name(PlanKind kind);

// One display page of the cycle: config page `config_page` (an index into
// config.pages; 0 for waiting/emergency), sub-page `sub_page` of `sub_pages`
// when its rooms do not fit on one screen.
struct PagePlan {
    PlanKind kind = PlanKind::now_next;
    size_t config_page = 0;
    int sub_page = 0;
    int sub_pages = 1;
    Seconds dwell{15};  // how long to show it: see plan_pages
    // Which announcement the banner shows (turn % count): plan_pages sets it,
    // so the screens counted are the screens drawn, each banner as tall as its
    // own text. Below 0: by ctx.now's minute, as plan_pages would.
    int turn = -1;
};

// The display pages of one cycle at ctx.now, in order; never empty. An active
// emergency announcement gives one emergency page; no schedule or an untrusted
// clock gives the waiting page(s). Dwell: the longer of the config page's dwell, 2 s per room or
// destination shown, or 1 s per word shown in the first language (docs/sign-design.md),
// capped at 15 s (the middle of sign-design.md's "10-20 s a page": a dense
// screen is searched for one name, not read through), or at the config's dwell
// when that is longer.
std::vector<PagePlan> plan_pages(const LayoutContext& ctx);

// The display list of one page. dwell_progress (0..1) fills the footer's dwell
// indicator. Active info and warning announcements show as a banner on the
// first screen of each config page, one at a time: they take turns by the
// minute of planning and by page (plan.turn). Pagination is redone at ctx.now, so a plan made a
// little earlier still gives a page that fits (its sub-page is clamped to the pages there are now).
// An active emergency announcement takes the whole screen whatever page is asked; without a
// schedule, the waiting page is shown.
DisplayList layout_page(const LayoutContext& ctx, const PagePlan& plan, double dwell_progress);

// The next instant after `now` at which what layout shows changes by itself:
// the next minute (clock, progress bars, "25 min ago"), a session start or end,
// an announcement start or end. Page changes (dwell) are the caller's.
Instant next_layout_change(const Schedule* schedule, Instant now);

}  // namespace signpost
