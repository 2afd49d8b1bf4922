#include "layout/upcoming_page.h"

#include <algorithm>

#include "config/direction_lookup.h"
#include "layout/cell.h"
#include "layout/date_format.h"
#include "layout/floor_label.h"
#include "layout/labels.h"
#include "layout/room_name_line.h"
#include "layout/room_name_prefix.h"
#include "layout/room_state.h"
#include "layout/session_tags.h"
#include "layout/venue_order.h"

namespace signpost::layout_detail {
namespace {

// The board's arrow: 1.5 x the detail cap height of the line it stands on
// (docs/sign-design.md), so it fits the one-line row.
float board_arrow_length() {
    return 1.5f * kDetailCap;
}

// "지금 now", "5분 후 in 5 min", or the start time.
TextBlock when_block(PageContext& pc, const Session& s, float width) {
    const Sizes& z = pc.sizes;
    const Instant now = pc.ctx.now;
    if (s.start <= now) {
        return one_line_bilingual(pc.ts, pc.pick(label(Label::starts_now)),
                                  {z.detail_bold, z.detail, 1, 1, Tone::now, Tone::now}, width,
                                  pc.inline_gap(), 0);
    }
    if (s.start - now < kSoon) {
        const auto minutes = std::chrono::ceil<std::chrono::minutes>(s.start - now).count();
        const LabelArg n{"n", LocalizedText::plain(std::to_string(minutes))};
        return one_line_bilingual(pc.ts, pc.pick(label(Label::starts_in, {&n, 1})),
                                  {z.detail_bold, z.detail, 1, 1, Tone::next, Tone::next}, width,
                                  pc.inline_gap(), 0);
    }
    return text_block(pc.ts, clock_text(pc.zone, s.start), z.detail_bold, Tone::next, width, 1);
}

// The room, its floor, and its building when it is not this screen's.
TextBlock where_block(PageContext& pc, const Room& room, float width) {
    const Sizes& z = pc.sizes;
    const Venue& venue = pc.ctx.schedule->venue();
    // The floor stands after the name, so a start that names it goes ("P3 -
    // Room 318  3F"), unless the floor would find no room there.
    Bilingual name = pc.listed_name(room, true);
    if (pc.ts.width(name.primary, z.detail_bold) + pc.inline_gap() +
            pc.ts.width(floor_mark(room.floor, {}), z.detail) >
        width) {
        name = pc.listed_name(room, false);
    }
    TextBlock block = text_block(pc.ts, name.primary.empty() ? room.id : name.primary,
                                 z.detail_bold, Tone::primary, width, 1);
    std::string rest = floor_mark(room.floor, pc.langs);
    const float left = width - block.width() - pc.inline_gap();
    // What the name left out ("AC Hotel - Level 0") before its floor: its
    // fullest form that fits there ("AC Hotel"), else its shortest, cut.
    if (const std::string group = pc.listed_group(room); !group.empty()) {
        std::string chosen =
            group_form_within(pc, group, z.detail, left, rest.empty() ? rest : " · " + rest);
        if (chosen.empty()) {
            chosen = group_heading_forms(group).back();
        }
        rest = rest.empty() ? chosen : chosen + " · " + rest;
    }
    std::string building;  // another building's name, until it has a place
    if (room.building < venue.buildings.size() &&
        venue.buildings[room.building].id != pc.ctx.config.building) {
        const Bilingual b = pc.pick(venue.buildings[room.building].name);
        const std::string bname = b.primary.empty() ? venue.buildings[room.building].id : b.primary;
        building = bname;
        std::string with_building = rest + (rest.empty() ? "" : " · ") + bname;
        // Rooms of different buildings may share a name ("Room 318"): the
        // building goes before the floor's second language ("3F · Building
        // 2", not "3F · 3층" alone).
        if (const std::string short_floor = floor_mark(room.floor, {});
            pc.ts.width(with_building, z.detail) > left && short_floor != rest) {
            with_building = short_floor + (short_floor.empty() ? "" : " · ") + bname;
        }
        // The building whole, or cut where some of its name still shows:
        // after a long room name, "P1 ·…" said nothing, so the floor stands
        // alone there (the arrow still points the way).
        std::string cut = pc.ts.ellipsize(with_building, z.detail, left);
        if (cut.ends_with("…")) {
            cut.resize(cut.size() - std::string_view("…").size());
        }
        while (!cut.empty() && cut.back() == ' ') {
            cut.pop_back();
        }
        if (rest.empty() || (cut.size() > rest.size() && !cut.ends_with("·"))) {
            rest = with_building;
            building.clear();
        }
    }
    // A floor alone that does not fit in both languages ("1F ·…") stands in
    // its short form ("1F"), as the venue's signs write it.
    if (const std::string mark = floor_mark(room.floor, pc.langs);
        rest == mark && pc.ts.width(rest, z.detail) > left) {
        rest = floor_mark(room.floor, {});
    }
    if (std::string fitted = pc.ts.ellipsize(rest, z.detail, left); !fitted.empty()) {
        TextRun run = make_run(pc.ts, std::move(fitted), z.detail, Tone::secondary);
        run.role = "floor";
        append_run(pc.ts, block, std::move(run), width, pc.inline_gap());
    }
    // No room for the building beside the room (a portrait column, a long
    // room name): a line of its own under it, since rooms of two buildings
    // may share a name. The row grows for it; a board holds rows enough.
    if (!building.empty()) {
        TextBlock below = text_block(pc.ts, building, z.detail, Tone::secondary, width, 1);
        for (auto& line : below.lines) {
            for (auto& run : line.runs) {
                run.role = "floor";
            }
        }
        append_block(block, std::move(below));
    }
    return block;
}

struct BoardColumns {
    float when = 0;
    float where = 0;
    float title = 0;
    float gutter = 0;
};

Row board_row(PageContext& pc, const Session& s, const BoardColumns& col) {
    const Sizes& z = pc.sizes;
    const Schedule& schedule = *pc.ctx.schedule;
    const Room& room = schedule.venue().rooms[s.room];
    TextBlock when = when_block(pc, s, col.when);
    TextBlock where = where_block(pc, room, col.where);
    // Status tags (one language) before the title, in at most a third of its column.
    std::vector<Chip> tags = session_tags(pc, schedule, s, col.title / 3, false, false);
    // A full or closed room: its badge first, over the session (both
    // languages when they fit in half the title's column).
    if (auto state = room_state_chip_for(pc, s.room, col.title / 2)) {
        tags.insert(tags.begin(), std::move(*state));
    }
    const float tags_w = chips_width(tags, chip_gap(pc));
    const float title_w = col.title - (tags_w > 0 ? tags_w + chip_gap(pc) : 0);
    const Bilingual title = pc.pick(s.title);
    TextBlock head =
        one_line_bilingual(pc.ts, title,
                           {z.detail, z.detail, 1, 1,
                            s.status == SessionStatus::cancelled ? Tone::secondary : Tone::primary},
                           title_w, pc.inline_gap(), 6 * z.detail.size);
    for (auto& line : head.lines) {
        for (auto& run : line.runs) {
            run.role = "upcoming-title";
        }
    }
    Cell title_cell;
    title_cell.add_lead_chips_line("upcoming-head", {}, std::move(tags), std::move(head));
    const Wayfinding* way = find_direction_to_room(pc.ctx.config, schedule.venue(), s.room);
    const float pad = 0.6f * z.unit;
    const float content = std::max({when.height(), where.height(), title_cell.height()});
    Row row;
    row.height = pad + content + pad;
    row.items = 1;
    row.words = title_cell.words + where.words;
    const float where_x = col.when + col.gutter + col.title + col.gutter;
    row.draw = [&pc, when = std::move(when), where = std::move(where),
                title_cell = std::move(title_cell), col, pad, where_x, content,
                arrow = way ? std::optional<Arrow>(way->arrow) : std::nullopt,
                identity = ItemIdentity{room.id, s.id, {}, {}}](Canvas& c, float x, float y,
                                                                float w) {
        IdentityScope scope(c, identity);
        c.rect("row-rule", {x, y, w, pc.sizes.unit / 3}, pc.theme.divider);
        const float top = y + pad;
        draw_block(c, when, "upcoming-when", x, top, col.when, HAlign::left, pc.theme.ink, pc.theme,
                   pc.theme.background);
        draw_cell(c, pc, title_cell, x + col.when + col.gutter, top, col.title);
        draw_block(c, where, "upcoming-room", x + where_x, top, col.where, HAlign::left,
                   pc.theme.ink, pc.theme, pc.theme.background);
        if (arrow) {
            ItemIdentity to = identity;
            to.destination = identity.room;
            IdentityScope arrow_scope(c, std::move(to));
            const float len = board_arrow_length();
            const float thick = len / 1.6f;
            const float cy = top + content / 2;
            const bool flat = *arrow == Arrow::left || *arrow == Arrow::right;
            const Rect box = flat ? Rect{x + w - len, cy - thick / 2, len, thick}
                                  : Rect{x + w - len + (len - thick) / 2, cy - len / 2, thick, len};
            c.arrow("direction-arrow", box, *arrow,
                    legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast));
        }
    };
    return row;
}

}  // namespace

std::vector<const Session*> upcoming_sessions(const Schedule& schedule,
                                              const std::vector<size_t>& rooms, Instant now,
                                              std::chrono::minutes window) {
    std::vector<size_t> rank(schedule.venue().rooms.size(), rooms.size());
    for (size_t i = 0; i < rooms.size(); ++i) {
        rank[rooms[i]] = i;
    }
    std::vector<const Session*> out;
    for (const Session& s : schedule.sessions()) {
        if (s.room >= rank.size() || rank[s.room] == rooms.size()) {
            continue;
        }
        const bool just_started = s.start <= now && now - s.start <= kJustStarted && now < s.end;
        const bool soon = s.start > now && s.start - now <= window;
        if (just_started || soon) {
            out.push_back(&s);
        }
    }
    std::stable_sort(out.begin(), out.end(), [&](const Session* a, const Session* b) {
        if (a->start != b->start)
            return a->start < b->start;
        if (rank[a->room] != rank[b->room])
            return rank[a->room] < rank[b->room];
        return a->id < b->id;
    });
    return out;
}

Body build_upcoming_body(PageContext& pc, const PageConfig& page, float width) {
    Body body;
    if (!pc.ctx.schedule) {
        return body;
    }
    const Sizes& z = pc.sizes;
    const Schedule& schedule = *pc.ctx.schedule;
    std::vector<size_t> rooms;
    for (const BuildingGroup& g :
         group_rooms(schedule.venue(), page.buildings, pc.ctx.config.building)) {
        rooms.insert(rooms.end(), g.rooms.begin(), g.rooms.end());
    }
    const std::vector<const Session*> sessions =
        upcoming_sessions(schedule, rooms, pc.ctx.now, page.window);
    // Columns: when as wide as its widest entry, where as its rooms need (at
    // most 30 %, or 40 % as below), the title the rest, an arrow slot at the
    // right.
    BoardColumns col;
    col.gutter = 4 * z.unit;
    const float arrow_slot = board_arrow_length() + col.gutter;
    // A room of another building whose name leaves its building no place
    // beside it at 30 % takes up to 40 %, where that keeps every line one
    // line: a second line for the building costs the board rows.
    const auto where_width = [&](float cap, bool& one_line) {
        float w = 0;
        one_line = true;
        for (const Session* s : sessions) {
            const TextBlock block = where_block(pc, schedule.venue().rooms[s->room], cap);
            w = std::max(w, block.width());
            one_line = one_line && block.lines.size() <= 1;
        }
        return w;
    };
    bool one_line = true;
    col.where = where_width(0.3f * width, one_line);
    if (!one_line) {
        bool wider_one_line = true;
        const float wider = where_width(0.4f * width, wider_one_line);
        if (wider_one_line) {
            col.where = wider;
        }
    }
    for (const Session* s : sessions) {
        col.when = std::max(col.when, when_block(pc, *s, 0.3f * width).width());
    }
    // A hair more than the widest, so the widest is never cut when set again.
    col.when += z.unit / 4;
    col.where += z.unit / 4;
    col.title = std::max(0.0f, width - col.when - col.where - 2 * col.gutter - arrow_slot);
    for (const Session* s : sessions) {
        body.rows.push_back(board_row(pc, *s, col));
    }
    body.draw_empty = [&pc, minutes = page.window](Canvas& c, Rect area) {
        const LabelArg n{"n", LocalizedText::plain(std::to_string(minutes.count()))};
        draw_empty_message(c, area, pc, label(Label::nothing_upcoming, {&n, 1}));
    };
    return body;
}

}  // namespace signpost::layout_detail
