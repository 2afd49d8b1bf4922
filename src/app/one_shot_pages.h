// The common part of --dump and --snapshot: the schedule as the kiosk would
// have it at start (cache, then one bounded fetch unless --offline), the
// instant, the size, the fonts, and the pages of one cycle.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "app/app_setup.h"
#include "app/cli_options.h"
#include "app/layout_context.h"
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
        live_states = live_view_at();
        const std::span<const Announcement> live_announcements =
            live && live->document ? std::span<const Announcement>(live->document->announcements)
                                   : std::span<const Announcement>();
        return make_layout_context(feed.schedule.get(), at, config, width, height, feed.status,
                                   *fonts, clock_untrusted, &live_states, live_announcements);
    }
};

// Error with where = "config" for a bad config (exit 2), else a runtime failure.
Result<std::unique_ptr<OneShotPages>> prepare_one_shot(const CliOptions& options);

}  // namespace signpost
