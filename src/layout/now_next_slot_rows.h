// The now/next page when most of its rooms run in one shared slot
// (shared_slot.h), as a summit's or a congress's schedule does: the slot's
// times stand once, over each table ("09:00–09:45  10:00" in the title key's
// colours, the slot's progress bar under its range), and a room whose
// sessions run in it is one line, room | what is on now | what comes next,
// titles only. A session at another time keeps its own time in its cell.
// For pages whose titles show no translation: two tables side by side on a
// landscape screen hold about twice the rooms of stacked rows.
#pragma once

#include <vector>

#include "layout/now_next_columns.h"
#include "layout/page_context.h"
#include "layout/rows.h"
#include "layout/shared_slot.h"
#include "model/venue.h"

namespace signpost::layout_detail {

// The room column's widest share of a slot table: a name on one line (with
// its floor where that fits too) keeps the row one line.
constexpr float kSlotRoomShare = 0.66f;

// How a slot row names its room: with its floor mark where it fits
// (`floors`); its name as every page gives it (PageContext::room_name).
struct SlotNames {
    bool floors = true;
};

// Room | now | next in a table `width` wide: the room column as wide as the
// widest of `rooms`' names needs on one line as `names` says, at most
// `share` of the table; now and next share the rest equally (titles only).
Columns slot_columns(PageContext& pc, float width, const std::vector<size_t>& rooms,
                     const SlotNames& names, float share = kSlotRoomShare);

// A room's row: one line when its name does and its sessions are in the
// slot. The name on one line with its floor mark (the full one, else the
// first language's) when `floors` and it fits, else alone; a name too long
// for one line wraps, the floor after it.
Row slot_row(PageContext& pc, size_t room_index, const Columns& col, const SharedSlot& slot,
             const SlotNames& names);

// The key over each table: its height, and its drawing at (x, y) for a
// table `width` wide (it ends at the table's right edge).
struct SlotKey {
    TextBlock now;      // "지금 Now 09:00–09:45"
    TextBlock next;     // "다음 Next 10:00"
    float range_x = 0;  // where the time range starts in `now` (its bar's left)
    float range_w = 0;
    float progress = 0;
    float height = 0;
};
SlotKey slot_key(PageContext& pc, const SharedSlot& slot, float width);
void draw_slot_key(Canvas& c, PageContext& pc, const SlotKey& key, float x, float y, float width);

}  // namespace signpost::layout_detail
