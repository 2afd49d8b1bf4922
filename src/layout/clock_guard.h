// Whether the system clock can be believed. Boards without a battery-backed
// real-time clock boot in 1970, or at the time they were last shut down, and
// keep that time until NTP syncs; a sign drawn at such a time shows a wrong
// now/next with full confidence. The app asks this (for the system clock
// only: a simulated clock or --at is meant to be where it is) and, when it says
// no, lays out the waiting page with "waiting for the clock" (see
// LayoutContext::clock_untrusted) until the time jumps.
#pragma once

#include "model/schedule.h"
#include "util/time.h"

namespace signpost {

// How far before the feed's first session start a real clock may plausibly be:
// a feed is published months ahead, rarely more than a year.
inline constexpr Seconds kClockPlausibleLead{400LL * 24 * 60 * 60};

// False when `now` is before `build_time` (this program cannot run before it
// was built), or, with a schedule that has sessions, before its first session
// start by more than kClockPlausibleLead. A schedule of null or without
// sessions is no evidence either way.
bool clock_is_plausible(Instant now, const Schedule* schedule, Instant build_time);

}  // namespace signpost
