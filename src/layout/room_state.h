// A room's live state on the pages that name it (docs/live-format.md): a full
// or closed room gets a badge, "만석 · Full — no entry" or "폐쇄 · Closed",
// beside its name in the directory and over its sessions on now/next and the
// upcoming board. An evacuation is not a badge: it takes over every page
// (layout/live_overlay.h); an open room shows nothing.
#pragma once

#include <optional>

#include "layout/cell.h"
#include "model/live_state.h"

namespace signpost::layout_detail {

// Full or closed when the live view says so for room `room` (an index into
// the venue's rooms) at the layout's instant; nullopt otherwise.
std::optional<RoomState> shown_room_state(const LayoutContext& ctx, size_t room);

// The badge of a full or closed room, at most max_width wide: both languages
// when they fit, else the first; a full room's short word ("만석 · Full")
// where "Full — no entry" would be cut. Filled, its words at >= 7:1 on it and the
// badge >= 3:1 on the page (docs/sign-design.md, Contrast), whatever the
// theme's background. Its text item has the role "room-state", its rectangle
// "room-state-box"; the row that draws it gives them the room.
Chip room_state_chip(PageContext& pc, RoomState state, float max_width);

// The narrowest badge room_state_chip gives in both languages ("만석 · Full",
// "폐쇄 · Closed"): a grid cell at least this wide keeps them.
float room_state_min_width(PageContext& pc, RoomState state);

// room_state_chip for room `room` when it is full or closed; nullopt otherwise.
std::optional<Chip> room_state_chip_for(PageContext& pc, size_t room, float max_width);

}  // namespace signpost::layout_detail
