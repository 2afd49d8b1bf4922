#include "layout/now_next_page.h"

#include <algorithm>
#include <optional>

#include "layout/cell.h"
#include "layout/floor_label.h"
#include "layout/frame.h"
#include "layout/idle_rooms_line.h"
#include "layout/labels.h"
#include "layout/now_next_columns.h"
#include "layout/now_next_room_cell.h"
#include "layout/room_state.h"
#include "layout/session_cell.h"
#include "layout/venue_order.h"

namespace signpost::layout_detail {
namespace {

Row room_row(PageContext& pc, size_t room_index, const Columns& col) {
    const Schedule& schedule = *pc.ctx.schedule;
    const Room& room = schedule.venue().rooms[room_index];
    const NowNext nn = schedule.now_next(room_index, pc.ctx.now);
    const float u = pc.sizes.unit;

    const bool portrait = pc.sizes.portrait;
    Cell room_c = room_cell(pc, room, col.room);
    // A full or closed room: its badge over its sessions, across the now and
    // next columns at the row's top beside the name (portrait: under the
    // heading), so the state is read before any title.
    const std::optional<Chip> state =
        room_state_chip_for(pc, room_index, portrait ? col.now : col.next_x - col.now_x + col.next);
    const float state_h = state ? state->height + 0.5f * u : 0;
    // Portrait: a room with nothing on now and nothing more to come says only
    // "no more sessions today", one line instead of two.
    const bool finished = portrait && !nn.now && !nn.next;
    // The title running now on one line in the first language (cut if need
    // be), its translation under it, no speakers: a row is one line when its
    // titles fit, two with their translations (issue 13: a visitor scans for
    // a room; the upcoming board and the room's own door give the rest).
    NowCell now = finished ? NowCell{} : now_cell(pc, nn.now, col.now, 1, false, col.two_lines);
    Cell next_c =
        portrait ? next_line_cell(pc, nn.next, col.next) : next_cell(pc, nn.next, col.next, 1);
    // The progress bar is a thin line in the row's bottom padding, under the
    // now cell, so it costs no text line.
    const float pad = 0.5f * u;
    // Its own gap under the text: a descender ("p", "g") never touches it.
    const float bar_gap = 0.75f * u;
    const float bar_h = 0.5f * u;
    const float pad_below = 0.5f * u;
    // Portrait: now under the room heading, next under now (below its
    // progress bar).
    const float columns_top = (portrait ? room_c.height() : 0) + state_h;
    const float state_top = portrait ? room_c.height() : 0;
    const float next_top = !portrait ? columns_top
                           : finished
                               ? columns_top
                               : columns_top + now.cell.height() + bar_gap + bar_h + 0.4f * u;
    const float content =
        portrait
            ? next_top + next_c.height()
            : std::max(room_c.height(), columns_top + std::max(now.cell.height(), next_c.height()));
    Row row;
    // Landscape: the bar under the now cell, inside the row's height when
    // the room's name (a scan-tier line) is taller than the cell anyway.
    const float bar_bottom =
        !portrait && now.progress ? columns_top + now.cell.height() + bar_gap + bar_h : 0.0f;
    row.height = pad + std::max(content, bar_bottom) + pad_below;
    row.items = 1;
    row.words = room_c.words + now.cell.words + next_c.words;
    const std::string now_id = nn.now ? nn.now->id : std::string();
    const std::string next_id = nn.next ? nn.next->id : std::string();
    row.draw = [&pc, col, pad, bar_gap, bar_h, columns_top, next_top, state, state_top,
                room_c = std::move(room_c), now = std::move(now), next_c = std::move(next_c),
                room_id = room.id, now_id, next_id](Canvas& c, float x, float y, float w) {
        IdentityScope room_scope(c, {room_id, {}, {}, {}});
        c.rect("row-rule", {x, y, w, pc.sizes.unit / 3}, pc.theme.divider);
        const float top = y + pad;
        draw_cell(c, pc, room_c, x, top, col.room);
        if (state) {
            draw_chip(c, pc, *state, "room-state", x + col.now_x, top + state_top);
        }
        const float cells_top = top + columns_top;
        IdentityScope now_scope(c, {room_id, now_id, {}, {}});
        draw_cell(c, pc, now.cell, x + col.now_x, cells_top, col.now);
        if (now.progress) {
            // Portrait: under the time range only; across the whole width the
            // track would read as a rule between now and next.
            const float bar_w = pc.sizes.portrait ? now.time_width : col.now;
            draw_progress_bar(
                c, pc, "now-progress",
                {x + col.now_x, cells_top + now.cell.height() + bar_gap, bar_w, bar_h},
                *now.progress);
        }
        IdentityScope next_scope(c, {room_id, next_id, {}, {}});
        draw_cell(c, pc, next_c, x + col.next_x, top + next_top, col.next);
    };
    return row;
}

// Two rooms side by side, each in its half of the width (the two-column layout).
Row pair_row(Row left, std::optional<Row> right, float half, float gutter) {
    Row row;
    row.height = std::max(left.height, right ? right->height : 0.0f);
    row.items = left.items + (right ? right->items : 0);
    row.words = left.words + (right ? right->words : 0);
    row.draw = [left = std::move(left), right = std::move(right), half, gutter](Canvas& c, float x,
                                                                                float y, float) {
        left.draw(c, x, y, half);
        if (right) {
            right->draw(c, x + half + gutter, y, half);
        }
    };
    return row;
}

struct RoomSplit {
    const Building* building = nullptr;
    bool own = false;
    std::vector<size_t> active;  // a session on now or starting within the look-ahead
    std::vector<size_t> idle;
};

}  // namespace

Body build_now_next_body(PageContext& pc, const PageConfig& page, float width) {
    Body body;
    const Sizes& z = pc.sizes;
    if (!pc.ctx.schedule) {
        return body;
    }
    const Schedule& schedule = *pc.ctx.schedule;
    const Venue& venue = schedule.venue();
    std::vector<RoomSplit> splits;
    std::vector<size_t> active;
    bool any_room = false;
    bool translated = false;  // an active room's title has a translation
    for (const BuildingGroup& g : group_rooms(venue, page.buildings, pc.ctx.config.building)) {
        RoomSplit split;
        split.building = g.building ? &venue.buildings[*g.building] : nullptr;
        split.own = split.building && split.building->id == pc.ctx.config.building;
        any_room = any_room || !g.rooms.empty();
        for (size_t r : g.rooms) {
            const NowNext nn = schedule.now_next(r, pc.ctx.now);
            const bool soon = nn.next && nn.next->start - pc.ctx.now <= page.look_ahead;
            // A full or closed room keeps its row, so its state is shown
            // even with nothing on.
            const bool marked = shown_room_state(pc.ctx, r).has_value();
            const bool is_active = nn.now || soon || marked;
            (is_active ? split.active : split.idle).push_back(r);
            // When a title has a translation, rows are two lines anyway: the
            // room's name may take two as well and leave the titles (and
            // their tags) the width; else it is worth a wider column to keep
            // rows one line.
            for (const Session* s : {nn.now, nn.next}) {
                if (is_active && s && !pc.pick(s->title).secondary.empty()) {
                    translated = true;
                }
            }
        }
        active.insert(active.end(), split.active.begin(), split.active.end());
        if (!split.active.empty()) {
            splits.push_back(std::move(split));
        }
    }
    const float cap = translated ? 0.0f : kRoomShare * width;
    Columns one = columns(pc, width, z.portrait ? 0 : room_column_need(pc, active, cap),
                          translated ? kTwoLineRoomShare : kRoomShare);
    one.two_lines = translated || z.portrait;
    // Two columns of rooms on a landscape screen when one column would take
    // more than a screen and every room's row stays one line, its name whole,
    // at half the width (a title is cut sooner there: the upcoming board
    // shows it whole).
    const float gutter = 8 * z.unit;
    const float half = (width - gutter) / 2;
    Columns two = columns(pc, half, room_column_need(pc, active, kRoomShare * half));
    two.two_lines = translated;
    // Each room's row is built once in the layout it may take; the choice
    // below keeps one set and drops the other.
    std::vector<Row> one_rows;
    for (size_t r : active) {
        one_rows.push_back(room_row(pc, r, one));
    }
    std::vector<Row> two_rows;
    bool paired = false;
    if (!z.portrait && !active.empty()) {
        float one_column = 0;
        for (const Row& row : one_rows) {
            one_column += row.height;
        }
        const float one_line = one_rows.front().height;
        bool all_one_line = true;
        for (size_t i = 0; i < active.size() && all_one_line; ++i) {
            two_rows.push_back(room_row(pc, active[i], two));
            all_one_line = two_rows.back().height <= one_line + 0.01f &&
                           one_rows[i].height <= one_line + 0.01f;
        }
        const bool names_whole = room_column_need(pc, active, kRoomShare * half) <= two.room;
        paired = all_one_line && names_whole && one_column > frame_geometry(pc).body.h;
    }
    const Columns& col = paired ? two : one;
    // In the order of `active`: the splits' active rooms one after another.
    std::vector<Row>& room_rows = paired ? two_rows : one_rows;
    size_t next_row = 0;
    const ColumnLabels labels = column_labels(pc, col);
    // Landscape: the NOW / NEXT labels ride on each building's row, beside
    // its name, when every name on the page leaves them room; else (and in
    // portrait, and over two columns of rooms) they stand once, as a band at
    // the top of every screen, over their columns.
    bool band = z.portrait || paired;
    for (const RoomSplit& sp : splits) {
        if (!band && sp.building &&
            building_row(pc, sp.building, sp.own, width, col, &labels).height >
                building_row(pc, sp.building, sp.own, width, col, nullptr).height + 0.01f) {
            band = true;
        }
    }
    if (band) {
        body.top_height = labels.height() + z.unit / 2;
        body.draw_top = [&pc, col, labels, paired, half, gutter](Canvas& c, float x, float y,
                                                                 float) {
            draw_column_labels(c, pc, labels, col, x, y);
            if (paired) {
                draw_column_labels(c, pc, labels, col, x + half + gutter, y);
            }
        };
    }
    const ColumnLabels* row_labels = band ? nullptr : &labels;
    for (const RoomSplit& sp : splits) {
        if (sp.building || row_labels) {
            // Rooms whose building is unknown: a header with the labels alone.
            body.rows.push_back(building_row(pc, sp.building, sp.own, width, col, row_labels));
        } else {
            // Labels in the band, building unknown: a group without a visible header.
            body.rows.push_back(Row{0, true, 0, 0, [](Canvas&, float, float, float) {}});
        }
        for (size_t i = 0; i < sp.active.size(); i += paired ? 2 : 1) {
            Row left = std::move(room_rows[next_row++]);
            if (!paired) {
                body.rows.push_back(std::move(left));
                continue;
            }
            std::optional<Row> right;
            if (i + 1 < sp.active.size()) {
                right = std::move(room_rows[next_row++]);
            }
            body.rows.push_back(pair_row(std::move(left), std::move(right), half, gutter));
        }
        if (!sp.idle.empty()) {
            body.rows.push_back(idle_line(pc, sp.idle, page.look_ahead, width));
        }
    }
    // No rooms at all (a filter that matches none), or none active.
    body.draw_empty = [&pc, minutes = page.look_ahead, any_room](Canvas& c, Rect area) {
        const LabelArg n{"n", LocalizedText::plain(std::to_string(minutes.count()))};
        draw_empty_message(
            c, area, pc,
            any_room ? label(Label::nothing_upcoming, {&n, 1}) : label(Label::no_rooms));
    };
    return body;
}

}  // namespace signpost::layout_detail
