#include "layout/now_next_slot_rows.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "layout/date_format.h"
#include "layout/floor_label.h"
#include "layout/now_next_room_cell.h"
#include "layout/room_name_line.h"
#include "layout/room_state.h"
#include "layout/session_cell.h"

namespace signpost::layout_detail {
namespace {

// Between the key's NOW part and its NEXT part, in units.
constexpr float kKeyGap = 6;

// The names and floor marks a slot row tries, the fullest mark first
// ("3F · 3층", then "3층"), then none: on one line beside two titles, a long
// name keeps its line and leaves its floor to the directory rather than take
// a second line. With a mark the name leaves out a start that says the floor
// ("Room 205  2F" for "P2 - Room 205"); without one it keeps it.
struct NameAndMark {
    Bilingual name;
    std::string mark;
};

std::vector<NameAndMark> names_for(const PageContext& pc, const Room& room, bool floors) {
    std::vector<NameAndMark> out;
    const std::string full = floors ? floor_mark(room.floor, pc.langs) : std::string();
    if (!full.empty()) {
        const Bilingual by_floor = pc.listed_name(room, true);
        out.push_back({by_floor, full});
        const std::string first =
            floor_mark(room.floor, pc.langs.first(std::min<size_t>(1, pc.langs.size())));
        if (first != full) {
            out.push_back({by_floor, first});
        }
    }
    out.push_back({pc.listed_name(room, false), std::string()});
    return out;
}

Cell slot_room_cell(PageContext& pc, const Room& room, float width, const SlotNames& names) {
    Cell cell;
    // Where the column the names decided has room, what the name left out
    // ("Assembly", "AC Hotel - Level 0") after it, before its floor.
    std::vector<NameAndMark> plain = names_for(pc, room, names.floors);
    std::vector<NameAndMark> options;
    for (const NameAndMark& option : plain) {
        if (std::string both = pc.group_and_mark(room, option.mark); !both.empty()) {
            options.push_back({option.name, std::move(both)});
        }
    }
    for (NameAndMark& option : plain) {
        // Without a floor, what the name left out, cut if need be.
        if (option.mark.empty()) {
            if (std::string cut = cut_group_mark(pc, room, option.name, width); !cut.empty()) {
                options.push_back({option.name, std::move(cut)});
            }
        }
        options.push_back(std::move(option));
    }
    for (const NameAndMark& option : options) {
        if (auto one = room_line(pc, option.name, option.mark, width)) {
            cell.add_text("room-name", std::move(*one));
            return cell;
        }
    }
    return stacked_room_cell(pc, room, width);
}

}  // namespace

Columns slot_columns(PageContext& pc, float width, const std::vector<size_t>& rooms,
                     const SlotNames& names, float share) {
    const Venue& venue = pc.ctx.schedule->venue();
    Columns c;
    c.two_lines = false;
    c.gutter = 4 * pc.sizes.unit;
    const float w = width - 2 * c.gutter;
    const float cap = share * w - pc.sizes.unit;
    // The widest name on one line, with its floor where that fits the cap.
    float need = 0;
    for (size_t r : rooms) {
        const Room& room = venue.rooms[r];
        float one = 0;
        for (const NameAndMark& option : names_for(pc, room, names.floors)) {
            one = room_line_width(pc, option.name, option.mark);
            if (one <= cap) {
                break;
            }
        }
        need = std::max(need, one);
    }
    c.room = std::clamp(need + pc.sizes.unit, 0.12f * w, share * w);
    c.now = (w - c.room) / 2;
    c.next = w - c.room - c.now;
    c.now_x = c.room + c.gutter;
    c.next_x = c.now_x + c.now + c.gutter;
    return c;
}

Row slot_row(PageContext& pc, size_t room_index, const Columns& col, const SharedSlot& slot,
             const SlotNames& names) {
    const Schedule& schedule = *pc.ctx.schedule;
    const Room& room = schedule.venue().rooms[room_index];
    const NowNext nn = schedule.now_next(room_index, pc.ctx.now);
    const float u = pc.sizes.unit;
    const float pad = 0.5f * u;
    const float bar_gap = 0.75f * u;
    const float bar_h = 0.5f * u;
    Cell room_c = slot_room_cell(pc, room, col.room, names);
    // A full or closed room: its badge across the titles at the row's top.
    const std::optional<Chip> state =
        room_state_chip_for(pc, room_index, col.next_x - col.now_x + col.next);
    const float state_h = state ? state->height + 0.5f * u : 0;
    // In the slot (or nothing there): the title alone, its times in the key.
    // A session at another time keeps its time, and its row is stacked as
    // a portrait row is: what is on now (time, title, progress) over the
    // next on one line, across both columns (a time range is wider than a
    // slot row's title column).
    const bool own =
        (nn.now && !shares_now(nn.now, slot)) || (nn.next && !shares_next(nn.next, slot));
    const float across = col.next_x + col.next - col.now_x;
    NowCell now;
    Cell next_c;
    float next_dx = col.next_x - col.now_x;
    float next_dy = 0;
    if (own) {
        if (nn.now) {
            now = now_cell(pc, nn.now, across, 1, false, false);
            next_dy = now.cell.height() + (now.progress ? bar_gap + bar_h : 0.0f) + 0.4f * u;
        }
        next_c = next_line_cell(pc, nn.next, across);
        next_dx = 0;
    } else {
        now.cell = nn.now ? slot_title_cell(pc, *nn.now, col.now, true)
                          : now_cell(pc, nullptr, col.now, 1, false, false).cell;
        next_c = nn.next ? slot_title_cell(pc, *nn.next, col.next, false)
                         : next_cell(pc, nullptr, col.next, 1);
    }
    const float next_w = own ? across : col.next;
    const float now_w = own ? across : col.now;
    const float own_bar = now.progress ? bar_gap + bar_h : 0.0f;
    const float sessions_h = std::max(now.cell.height() + own_bar, next_dy + next_c.height());
    // The titles' first line on the room name's baseline, where that keeps
    // them within the name's height.
    float columns_top = state_h;
    if (!state) {
        const float shift =
            first_baseline(room_c) - first_baseline(now.cell.pieces.empty() ? next_c : now.cell);
        columns_top = shift > 0 && sessions_h + shift <= room_c.height() ? shift : 0.0f;
    }
    Row row;
    row.height = pad + std::max(room_c.height(), columns_top + sessions_h) + pad;
    row.items = 1;
    row.words = room_c.words + now.cell.words + next_c.words;
    const std::string now_id = nn.now ? nn.now->id : std::string();
    const std::string next_id = nn.next ? nn.next->id : std::string();
    row.draw = [&pc, col, pad, bar_gap, bar_h, columns_top, state, now_w, next_w, next_dx, next_dy,
                room_c = std::move(room_c), now = std::move(now), next_c = std::move(next_c),
                room_id = room.id, now_id, next_id](Canvas& c, float x, float y, float w) {
        IdentityScope room_scope(c, {room_id, {}, {}, {}});
        c.rect("row-rule", {x, y, w, pc.sizes.unit / 3}, pc.theme.divider);
        const float top = y + pad;
        draw_cell(c, pc, room_c, x, top, col.room);
        if (state) {
            draw_chip(c, pc, *state, "room-state", x + col.now_x, top);
        }
        const float cells_top = top + columns_top;
        IdentityScope now_scope(c, {room_id, now_id, {}, {}});
        draw_cell(c, pc, now.cell, x + col.now_x, cells_top, now_w);
        if (now.progress) {
            draw_progress_bar(
                c, pc, "now-progress",
                {x + col.now_x, cells_top + now.cell.height() + bar_gap, now.time_width, bar_h},
                *now.progress);
        }
        IdentityScope next_scope(c, {room_id, next_id, {}, {}});
        draw_cell(c, pc, next_c, x + col.now_x + next_dx, cells_top + next_dy, next_w);
    };
    return row;
}

SlotKey slot_key(PageContext& pc, const SharedSlot& slot, float width) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    SlotKey key;
    // The times alone: the page's title is the key ("지금 · 다음 Now & next"
    // in the status colours), and they keep its colours, the range of what
    // is on now white over its yellow progress bar, the next start blue.
    const auto part = [&](const std::string& text, Tone tone, const std::string& role) {
        TextBlock b = text_block(pc.ts, text, z.scan_bold, tone, width, 1);
        for (auto& line : b.lines) {
            for (auto& run : line.runs) {
                run.role = role;
            }
        }
        return b;
    };
    key.now = part(time_range_text(pc.zone, slot.now_start, slot.now_end), Tone::primary,
                   "slot-now-time");
    key.next = part(clock_text(pc.zone, slot.next_start), Tone::next, "slot-next-time");
    key.range_x = 0;
    key.range_w = key.now.width();
    const auto total = (slot.now_end - slot.now_start).count();
    key.progress = total > 0
                       ? std::clamp(static_cast<float>((pc.ctx.now - slot.now_start).count()) /
                                        static_cast<float>(total),
                                    0.0f, 1.0f)
                       : 0.0f;
    key.height = std::max(key.now.height(), key.next.height()) + 0.75f * u + 0.5f * u + u / 2;
    return key;
}

void draw_slot_key(Canvas& c, PageContext& pc, const SlotKey& key, float x, float y, float width) {
    const float u = pc.sizes.unit;
    const float key_w = key.now.width() + kKeyGap * u + key.next.width();
    const float left = x + std::max(0.0f, width - key_w);
    draw_block(c, key.now, "slot-now", left, y, key.now.width(), HAlign::left, pc.theme.ink,
               pc.theme, pc.theme.background);
    const float next_x = left + key.now.width() + kKeyGap * u;
    draw_block(c, key.next, "slot-next", next_x, y, key.next.width(), HAlign::left, pc.theme.ink,
               pc.theme, pc.theme.background);
    const float line_h = std::max(key.now.height(), key.next.height());
    draw_progress_bar(c, pc, "now-progress",
                      {left + key.range_x, y + line_h + 0.75f * u, key.range_w, 0.5f * u},
                      key.progress);
}

}  // namespace signpost::layout_detail
