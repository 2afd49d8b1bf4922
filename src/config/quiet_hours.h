// Quiet hours (config "quiet_hours"): the venue-local span when the screen
// stays black and the feed is fetched at a slower rate. Pure functions of the
// instant and the venue's zone, so the app (black or not, until when) and the
// feed worker (which rate) decide the same way without reading a clock here.
// They live in config/ beside the QuietHours they read, because both layout/app
// and net/ use them and net/ must not depend on layout/.
//
// Times are wall-clock: on a DST day the span is shorter or longer in real
// time, and an edge in the skipped hour falls at the first instant after the gap.
#pragma once

#include "config/location_config.h"
#include "model/timezone.h"
#include "util/time.h"

namespace signpost {

// Whether `t` is within [start, end) of the local day, wrapping midnight when
// end < start.
bool in_quiet_hours(const QuietHours& quiet, Instant t, const TimeZone& zone);

// The first instant after `now` at which in_quiet_hours() changes: the end of
// the span during quiet hours, its next start outside them.
Instant next_quiet_edge(const QuietHours& quiet, Instant now, const TimeZone& zone);

// The feed's poll interval during quiet hours: the configured one, else the
// larger of 4x `normal` (the feed's poll_seconds) and 15 minutes. A screen
// nobody looks at needs no fresh schedule, and dozens of boards asking every
// minute all night are load on a venue's server for nothing.
Seconds quiet_poll_interval(const QuietHours& quiet, Seconds normal);

}  // namespace signpost
