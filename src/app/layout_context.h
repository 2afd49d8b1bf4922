// The one place that turns what the program holds (schedule, clock, config,
// screen size, feed status, fonts) into layout's input, for the kiosk and the
// one-shot modes (--dump, --snapshot) alike, so that the two never draw a
// different page for the same state.
#pragma once

#include <span>

#include "config/location_config.h"
#include "layout/layout.h"
#include "layout/text_measurer.h"
#include "model/live_state.h"
#include "model/schedule.h"
#include "net/feed_status.h"
#include "util/clock.h"

namespace signpost {

// Whether `now` from `clock` is in doubt (layout/clock_guard.h): before this
// build or far before the feed. Only the system clock can be unset (a board
// without a real-time clock before NTP syncs); a simulated clock or --at is
// where it was asked to be.
bool clock_untrusted(const Clock& clock, const Schedule* schedule, Instant now);

// Layout's input. With the clock in doubt every page is the waiting page, and
// the footer says the feed's state without a time: the fetch time was stamped
// by, or is compared with, the clock in doubt. `live` and `live_announcements`
// (the live source's room states at `now` and its announcements) are borrowed
// like the rest: they must outlive the context.
LayoutContext make_layout_context(const Schedule* schedule, Instant now,
                                  const LocationConfig& config, int width, int height,
                                  const FeedStatus& feed, TextMeasurer& measurer,
                                  bool clock_in_doubt, const LiveView* live,
                                  std::span<const Announcement> live_announcements);

}  // namespace signpost
