#include "layout/now_next_rows.h"

#include <algorithm>
#include <optional>
#include <string>

#include "layout/now_next_room_cell.h"
#include "layout/room_state.h"
#include "layout/session_cell.h"

namespace signpost::layout_detail {
namespace {

// The row's rhythm: a little padding above and below, and the now-progress
// bar as a thin line in its own gap under the now cell (a descender, "p" or
// "g", never touches it).
struct RowSpacing {
    float pad = 0;
    float bar_gap = 0;
    float bar_h = 0;
    float pad_below = 0;
};

// A stacked row keeps a quarter unit under its last line (its line box
// holds the descenders already; pagination shares a screen's spare height out
// between rows): a half took a 73-room venue's portrait cycle a sixth screen.
RowSpacing spacing(const PageContext& pc, bool stacked) {
    const float u = pc.sizes.unit;
    return {0.5f * u, 0.75f * u, 0.5f * u, (stacked ? 0.25f : 0.5f) * u};
}

// What both kinds of row start from: the room, its sessions now and next at
// the page's instant, the design unit and the row's spacing. The rows'
// lambdas copy `sp` by an init-capture (`sp = sp`): clang 14, the sanitized
// build's compiler, cannot capture a structured binding itself.
struct RowBasics {
    const Room& room;
    NowNext nn;
    float u;
    RowSpacing sp;
};

RowBasics row_basics(const PageContext& pc, size_t room_index, bool stacked) {
    const Schedule& schedule = *pc.ctx.schedule;
    return {schedule.venue().rooms[room_index], schedule.now_next(room_index, pc.ctx.now),
            pc.sizes.unit, spacing(pc, stacked)};
}

// Both kinds of row draw their rule, the room's cell and its state badge
// alike; returns the top of the row's content.
float draw_room_side(Canvas& c, PageContext& pc, const RowSpacing& sp, const Columns& col,
                     const Cell& room_c, const std::optional<Chip>& state, float x, float y,
                     float w) {
    c.rect("row-rule", {x, y, w, pc.sizes.unit / 3}, pc.theme.divider);
    const float top = y + sp.pad;
    draw_cell(c, pc, room_c, x, top, col.room);
    if (state) {
        draw_chip(c, pc, *state, "room-state", x + col.now_x, top);
    }
    return top;
}

// How far the sessions beside a room go down so that their first line
// stands on the room name's baseline ("Room 217 | 09:15 Horizon…" read as
// one line, not the smaller text riding high), where that keeps them within
// the room's height (`sessions_h` tall from the row's top): the row does not
// grow for it.
float baseline_shift(const Cell& room_c, const Cell& first, float sessions_h) {
    const float shift = first_baseline(room_c) - first_baseline(first);
    return shift > 0 && sessions_h + shift <= room_c.height() ? shift : 0.0f;
}

// Table: room | now | next side by side. The title running now on one line
// in the first language (cut if need be), its translation under it, no
// speakers: a row is one line when its titles fit, two with their
// translations (issue 13: a visitor scans for a room; the upcoming board and
// the room's own door give the rest).
Row table_row(PageContext& pc, size_t room_index, const Columns& col) {
    const auto [room, nn, u, sp] = row_basics(pc, room_index, false);
    Cell room_c = room_cell(pc, room, col.room);
    // A full or closed room: its badge over its sessions, across the now and
    // next columns at the row's top beside the name, so the state is read
    // before any title.
    const std::optional<Chip> state =
        room_state_chip_for(pc, room_index, col.next_x - col.now_x + col.next);
    const float state_h = state ? state->height + 0.5f * u : 0;
    NowCell now = now_cell(pc, nn.now, col.now, 1, false, col.two_lines);
    Cell next_c = next_cell(pc, nn.next, col.next, 1);
    const float bar_h = now.progress ? sp.bar_gap + sp.bar_h : 0.0f;
    const float columns_top =
        state ? state_h
              : baseline_shift(room_c, now.cell.pieces.empty() ? next_c : now.cell,
                               std::max(now.cell.height() + bar_h, next_c.height()));
    const float content =
        std::max(room_c.height(), columns_top + std::max(now.cell.height(), next_c.height()));
    // The bar under the now cell, inside the row's height when the room's
    // name (a scan-tier line) is taller than the cell anyway.
    const float bar_bottom = now.progress ? columns_top + now.cell.height() + bar_h : 0.0f;
    Row row;
    row.height = sp.pad + std::max(content, bar_bottom) + sp.pad_below;
    row.items = 1;
    row.words = room_c.words + now.cell.words + next_c.words;
    const std::string now_id = nn.now ? nn.now->id : std::string();
    const std::string next_id = nn.next ? nn.next->id : std::string();
    row.draw = [&pc, col, sp = sp, columns_top, state, room_c = std::move(room_c),
                now = std::move(now), next_c = std::move(next_c), room_id = room.id, now_id,
                next_id](Canvas& c, float x, float y, float w) {
        IdentityScope room_scope(c, {room_id, {}, {}, {}});
        const float top = draw_room_side(c, pc, sp, col, room_c, state, x, y, w);
        const float cells_top = top + columns_top;
        IdentityScope now_scope(c, {room_id, now_id, {}, {}});
        draw_cell(c, pc, now.cell, x + col.now_x, cells_top, col.now);
        if (now.progress) {
            draw_progress_bar(
                c, pc, "now-progress",
                {x + col.now_x, cells_top + now.cell.height() + sp.bar_gap, col.now, sp.bar_h},
                *now.progress);
        }
        IdentityScope next_scope(c, {room_id, next_id, {}, {}});
        draw_cell(c, pc, next_c, x + col.next_x, cells_top, col.next);
    };
    return row;
}

// Stacked: the room on the left (its name may take two lines), and beside it
// what is on now (time, tags, title on one line, its translation under it,
// the progress bar) over the next session on one line (its start, tags, the
// title with as much of its translation as fits). A room with nothing on now
// spends no line saying so: its next session stands in the first place.
Row stacked_row(PageContext& pc, size_t room_index, const Columns& col) {
    const auto [room, nn, u, sp] = row_basics(pc, room_index, true);
    Cell room_c = stacked_room_cell(pc, room, col.room);
    // A full or closed room: its badge first, over its sessions.
    const std::optional<Chip> state = room_state_chip_for(pc, room_index, col.now);
    const float state_h = state ? state->height + 0.5f * u : 0;
    std::optional<NowCell> now;
    if (nn.now) {
        now = now_cell(pc, nn.now, col.now, 1, false, true);
    }
    Cell next_c = next_line_cell(pc, nn.next, col.now);
    // The next line under the now cell's progress bar (its gap and its
    // thickness, and a little more so the bar belongs to the line above).
    float next_top = state_h + (now ? now->cell.height() + sp.bar_gap + sp.bar_h + 0.4f * u : 0.0f);
    const float sessions_top =
        state ? state_h
              : baseline_shift(room_c, now ? now->cell : next_c, next_top + next_c.height());
    next_top += sessions_top - state_h;
    const float content = std::max(room_c.height(), next_top + next_c.height());
    Row row;
    row.height = sp.pad + content + sp.pad_below;
    row.items = 1;
    row.words = room_c.words + (now ? now->cell.words : 0) + next_c.words;
    const std::string now_id = nn.now ? nn.now->id : std::string();
    const std::string next_id = nn.next ? nn.next->id : std::string();
    row.draw = [&pc, col, sp = sp, sessions_top, next_top, state, room_c = std::move(room_c),
                now = std::move(now), next_c = std::move(next_c), room_id = room.id, now_id,
                next_id](Canvas& c, float x, float y, float w) {
        IdentityScope room_scope(c, {room_id, {}, {}, {}});
        const float top = draw_room_side(c, pc, sp, col, room_c, state, x, y, w);
        if (now) {
            IdentityScope now_scope(c, {room_id, now_id, {}, {}});
            const float now_top = top + sessions_top;
            draw_cell(c, pc, now->cell, x + col.now_x, now_top, col.now);
            if (now->progress) {
                // Under the time range only: across the whole column the
                // track would read as a rule between now and next.
                draw_progress_bar(c, pc, "now-progress",
                                  {x + col.now_x, now_top + now->cell.height() + sp.bar_gap,
                                   now->time_width, sp.bar_h},
                                  *now->progress);
            }
        }
        IdentityScope next_scope(c, {room_id, next_id, {}, {}});
        draw_cell(c, pc, next_c, x + col.now_x, top + next_top, col.now);
    };
    return row;
}

}  // namespace

Row room_row(PageContext& pc, size_t room_index, const Columns& col) {
    return col.stacked ? stacked_row(pc, room_index, col) : table_row(pc, room_index, col);
}

}  // namespace signpost::layout_detail
