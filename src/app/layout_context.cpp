#include "app/layout_context.h"

#include "layout/clock_guard.h"

namespace signpost {

bool clock_untrusted(const Clock& clock, const Schedule* schedule, Instant now) {
    if (dynamic_cast<const SystemClock*>(&clock) == nullptr) {
        return false;
    }
    const Instant built{Seconds{SIGNPOST_BUILD_EPOCH}};
    return !clock_is_plausible(now, schedule, built);
}

LayoutContext make_layout_context(const Schedule* schedule, Instant now,
                                  const LocationConfig& config, int width, int height,
                                  const FeedStatus& feed, TextMeasurer& measurer,
                                  bool clock_in_doubt, const LiveView* live,
                                  std::span<const Announcement> live_announcements) {
    LayoutContext ctx{schedule, now, config, width, height, freshness(feed), measurer};
    ctx.clock_untrusted = clock_in_doubt;
    ctx.live = live;
    ctx.live_announcements = live_announcements;
    if (clock_in_doubt) {
        ctx.feed.updated_at.reset();
    }
    return ctx;
}

}  // namespace signpost
