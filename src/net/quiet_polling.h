// How often the feed worker polls during quiet hours (config "quiet_hours"):
// the screen is black, so nobody needs a fresh schedule until the span ends;
// polling less often spares the venue's server and network dozens of boards'
// requests all night. Pure arithmetic on instants, so tests need no waiting.
//
//   outside quiet hours: the normal delay (poll interval after a success,
//                        backoff after a failure), unchanged
//   during quiet hours:  the larger of the normal delay and the quiet
//                        interval ±10%, but never past the span's end (plus a
//                        margin), so the first attempt after quiet hours is at
//                        their end and the normal rate follows from there
#pragma once

#include <chrono>

#include "config/location_config.h"
#include "model/schedule.h"
#include "model/timezone.h"
#include "net/backoff.h"

namespace signpost {

// How long after a quiet-hours edge the worker wakes. It sleeps on the steady
// clock while the edge is a wall-clock instant; the margin makes it read the
// clock on the far side of the edge even if the two drift apart by a little
// meanwhile (NTP slewing), so it never wakes just before the edge, polls at the
// quiet rate and polls again at the edge.
inline constexpr Millis kQuietEdgeMargin{1000};

struct PollDelay {
    Millis delay{0};
    bool quiet = false;  // `now` is in quiet hours: the slow rate applies
};

// The delay before the next attempt, from `now` (the clock the kiosk shows;
// sub-second so the edge is hit closely). `normal` is the delay the usual rate
// asks for; `unit` in [0, 1) picks the quiet interval's jitter (see jittered()).
PollDelay poll_delay(Millis normal, const LocationConfig& config, const TimeZone& zone,
                     std::chrono::system_clock::time_point now, double unit);

}  // namespace signpost
