// Quiet hours (config "quiet_hours"): the venue-local span when the screen
// stays black. Pure functions of the instant and the venue's zone, so the app
// decides "black or not" and "until when" without reading a clock here. Times
// are wall-clock: on a DST day the span is shorter or longer in real time, and
// an edge in the skipped hour falls at the first instant after the gap.
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

}  // namespace signpost
