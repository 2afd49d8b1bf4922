// The common part of --dump and --snapshot: the schedule as the kiosk would
// have it at start (cache, then one bounded fetch unless --offline), the
// instant, the size, the fonts, and the pages of one cycle.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "app/app_setup.h"
#include "app/cli_options.h"
#include "config/location_config.h"
#include "layout/layout.h"
#include "net/one_shot_fetch.h"
#include "render/font_chain.h"
#include "render/sdl_handles.h"

namespace signpost {

struct OneShotPages {
    LocationConfig config;
    OneShotFeed feed;
    std::optional<OneShotLive> live;  // with a "live" source in the config
    Instant at;
    int width = 0;
    int height = 0;
    std::unique_ptr<RenderLibraries> libraries;  // outlives fonts
    std::unique_ptr<FontChain> fonts;
    std::vector<PagePlan> plans;
    // The system clock gave `at` and it is before the build or far before the
    // feed (layout/clock_guard.h); never with --at or a simulated clock.
    bool clock_untrusted = false;
    LiveView live_states;  // what context() points the layout at

    // The live states at `at` (model/live_state.h); empty without a live
    // source, a document or a schedule to match its rooms against.
    LiveView live_view_at() const {
        if (!live || !live->document || !feed.schedule || !live->status.fetched_at) {
            return {};
        }
        return live_view({*live->document, *live->status.fetched_at}, feed.schedule->venue(), at,
                         config.live->max_age);
    }

    LayoutContext context() {
        LayoutContext ctx{feed.schedule.get(),       at,    config, width, height,
                          to_freshness(feed.status), *fonts};
        ctx.clock_untrusted = clock_untrusted;
        live_states = live_view_at();
        ctx.live = &live_states;
        if (live && live->document) {
            ctx.live_announcements = live->document->announcements;
        }
        if (clock_untrusted) {
            // The fetch time was stamped by, or is compared with, the clock in
            // doubt: the footer says the feed's state without a time.
            ctx.feed.updated_at.reset();
        }
        return ctx;
    }
};

// Error with where = "config" for a bad config (exit 2), else a runtime failure.
Result<std::unique_ptr<OneShotPages>> prepare_one_shot(const CliOptions& options);

}  // namespace signpost
