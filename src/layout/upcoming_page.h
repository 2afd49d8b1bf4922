// The upcoming board, a departures board for sessions: the sessions that
// started in the last 15 minutes and those starting within the page's window,
// sorted by start, then room (this screen's building first, then venue order),
// one line each: when ("now", "in 5 min" under 15 minutes, else the time),
// the title (first language; its translation when it fits), the room with its
// floor (and its building when not this one), this screen's arrow to it, and
// the cancelled / full / moved tags.
#pragma once

#include <vector>

#include "config/location_config.h"
#include "layout/page_context.h"
#include "layout/rows.h"
#include "model/schedule.h"

namespace signpost::layout_detail {

// A session that started this long ago or less still stands on the board ("now").
inline constexpr Seconds kJustStarted{15 * 60};
// Under this much to go, the board says "in N min" instead of the time.
inline constexpr Seconds kSoon{15 * 60};

// The sessions the board lists at `now`, in its order; `rooms` are the rooms
// the page shows, in their order (indices into the venue).
std::vector<const Session*> upcoming_sessions(const Schedule& schedule,
                                              const std::vector<size_t>& rooms, Instant now,
                                              std::chrono::minutes window);

Body build_upcoming_body(PageContext& pc, const PageConfig& page, float width);

}  // namespace signpost::layout_detail
