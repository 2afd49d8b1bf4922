// The slot most of a now/next page's rooms share: as a summit's or a
// congress's schedule runs, every room's session on now runs 09:00–09:45 and
// every next one starts at 10:00. The page then says those times once, over
// the rows, and a row that shares them shows only its titles (issue 13: the
// times repeated on every row left a title six characters).
#pragma once

#include <optional>
#include <span>

#include "model/schedule.h"
#include "model/timezone.h"

namespace signpost::layout_detail {

struct SharedSlot {
    Instant now_start;
    Instant now_end;
    Instant next_start;  // today, at the page's instant
};

// The now range and next start that more than half of `rooms` (indices into
// the venue) have both of at `now`, with the next start on the same local
// day; none when no such pair is held by a majority, or by fewer than two
// rooms.
std::optional<SharedSlot> shared_slot(const Schedule& schedule, std::span<const size_t> rooms,
                                      Instant now, const TimeZone& zone);

// Whether a room's session on now, and its next, run in the shared slot.
bool shares_now(const Session* now, const SharedSlot& slot);
bool shares_next(const Session* next, const SharedSlot& slot);

}  // namespace signpost::layout_detail
