// The now and next cells of a now/next row, compact: the time, its tags and
// the first words of the title share the head line; the title goes on for
// at most one more line, then its translation on one line. Measured when
// built, drawn by draw_cell.
#pragma once

#include <optional>

#include "layout/cell.h"
#include "model/session.h"

namespace signpost::layout_detail {

// What is on now, and how far along it is (none when nothing runs or it is cancelled).
struct NowCell {
    Cell cell;
    std::optional<float> progress;
    float time_width = 0;  // of the time range on the head line
};

// `s` null: "nothing on now". The title takes at most `title_lines` lines in
// the first language (1 or 2), then its translation one; speakers follow the
// translation where they fit when `speakers`.
NowCell now_cell(PageContext& pc, const Session* s, float width, int title_lines = 2,
                 bool speakers = true, bool empty_on_two_lines = true);

// `s` null: "no more sessions today". The title takes at most `title_lines`
// lines in the first language (1 or 2).
Cell next_cell(PageContext& pc, const Session* s, float width, int title_lines);

// The next session on one line (a stacked now/next row): its start, its
// status tags whole, and the title in the first language with as much of the
// translation as fits.
Cell next_line_cell(PageContext& pc, const Session* s, float width);

// A session in its page's shared slot (shared_slot.h), whose times stand
// once over the rows: its tags and its first-language title on one line, cut,
// no time. `now`: as what is on now (kind and status tags, the title in
// bold), else as the next session (status tags).
Cell slot_title_cell(PageContext& pc, const Session& s, float width, bool now);

}  // namespace signpost::layout_detail
