#include "layout/now_next_page.h"

#include <algorithm>
#include <optional>

#include "layout/cell.h"
#include "layout/floor_label.h"
#include "layout/labels.h"
#include "layout/session_cell.h"
#include "layout/venue_order.h"

namespace signpost::layout_detail {
namespace {

// Landscape: room | now | next, each two lines high. Portrait: the room as a
// one-line heading across the width, what is on now on two lines under it,
// then the next session on one line, all at the full width: a tall screen
// takes more rooms, and titles get the whole width instead of a third.
struct Columns {
    float gutter = 0;
    float room = 0;  // landscape: the room column; portrait: the heading's width
    float now = 0;
    float next = 0;
    float now_x = 0;  // from the row's left edge
    float next_x = 0;
};

// The widest room name of the page as room_cell sets it: the first language
// (scan tier) or its translation (detail tier), with the floor mark.
float widest_room_name(PageContext& pc, const std::vector<BuildingGroup>& groups) {
    const Sizes& z = pc.sizes;
    const Venue& venue = pc.ctx.schedule->venue();
    float widest = 0;
    for (const BuildingGroup& g : groups) {
        for (size_t r : g.rooms) {
            const Room& room = venue.rooms[r];
            const Bilingual name = pc.pick(room.name);
            const std::string floor = floor_mark(room.floor, pc.langs);
            const float floor_w =
                floor.empty() ? 0 : 2 * pc.inline_gap() + pc.ts.width(floor, z.scan);
            widest = std::max({widest, pc.ts.width(name.primary, z.scan_bold) + floor_w,
                               pc.ts.width(name.secondary, z.detail) + floor_w});
        }
    }
    return widest;
}

// Landscape: the room column as wide as the page's widest room name needs,
// between 16 % and 28 % of the width (short names such as "111호" leave the
// titles more room; long ones are cut at 28 %); now and next share the rest
// 38 : 34, so the next column still takes a one-line title after its time.
Columns columns(const PageContext& pc, float width, float widest_name) {
    Columns c;
    c.gutter = 4 * pc.sizes.unit;
    if (pc.sizes.portrait) {
        c.room = width;
        c.now = width;
        c.next = width;
        c.now_x = 0;
        c.next_x = 0;
        return c;
    }
    const float w = width - 2 * c.gutter;
    c.room = std::clamp(widest_name + pc.sizes.unit, 0.16f * w, 0.28f * w);
    c.now = (w - c.room) * (0.38f / 0.72f);
    c.next = w - c.room - c.now;
    c.now_x = c.room + c.gutter;
    c.next_x = c.now_x + c.now + c.gutter;
    return c;
}

// Portrait: the room's heading on one line: its name, the floor mark, and as
// much of the translation as fits after them.
Cell room_heading(PageContext& pc, const Room& room, float width) {
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    const Bilingual name = pc.pick(room.name);
    TextRun mark = make_run(pc.ts, floor_mark(room.floor, pc.langs), z.scan, Tone::secondary);
    mark.role = "floor";
    const float mark_w = mark.text.empty() ? 0 : mark.width + 2 * gap;
    TextBlock block = text_block(pc.ts, name.primary, z.scan_bold, Tone::primary,
                                 std::max(0.0f, width - mark_w), 1);
    if (!mark.text.empty()) {
        append_run(pc.ts, block, std::move(mark), width, 2 * gap);
    }
    const float room_left = width - block.width() - 2 * gap;
    if (!name.secondary.empty() && room_left >= 5 * z.detail.size) {
        std::string fitted = pc.ts.ellipsize(name.secondary, z.detail, room_left);
        if (!fitted.empty()) {
            append_run(pc.ts, block,
                       make_run(pc.ts, std::move(fitted), z.detail, Tone::secondary, true), width,
                       2 * gap);
        }
    }
    Cell cell;
    cell.add_text("room-name", std::move(block));
    return cell;
}

// Landscape: the room's name with its floor mark on two lines: the name in
// the first language (one line, cut when too long), the translation under it;
// the floor after the name when it fits there, else after the translation.
Cell room_cell(PageContext& pc, const Room& room, float width) {
    if (pc.sizes.portrait) {
        return room_heading(pc, room, width);
    }
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    Cell cell;
    const Bilingual name = pc.pick(room.name);
    const std::string floor = floor_mark(room.floor, pc.langs);
    const auto floor_run = [&] {
        TextRun mark = make_run(pc.ts, floor, z.scan, Tone::secondary);
        mark.role = "floor";
        return mark;
    };
    TextBlock block = bilingual_block(pc.ts, name, {z.scan_bold, z.detail, 1, 1}, width, gap);
    if (floor.empty()) {
        cell.add_text("room-name", std::move(block));
        return cell;
    }
    TextRun mark = floor_run();
    if (block.lines.size() == 1 && block.width() + 2 * gap + mark.width <= width) {
        append_run(pc.ts, block, std::move(mark), width, 2 * gap);
        cell.add_text("room-name", std::move(block));
        return cell;
    }
    block = bilingual_block(pc.ts, {name.primary, {}}, {z.scan_bold, z.detail, 1, 0}, width, gap);
    // The floor after the name when it fits there; else after the translation
    // on the line under it (cut to leave it room), so the cell stays two lines.
    const float floor_room = width - 2 * gap - mark.width;
    const bool floor_after_name = block.lines.back().width + 2 * gap + mark.width <= width;
    const bool floor_below =
        !floor_after_name && !name.secondary.empty() && floor_room >= 6 * z.detail.size;
    if (!floor_below) {
        append_run(pc.ts, block, std::move(mark), width, 2 * gap);
    }
    if (!name.secondary.empty()) {
        TextBlock below = text_block(pc.ts, name.secondary, z.detail, Tone::secondary,
                                     floor_below ? floor_room : width, 1);
        for (auto& line : below.lines) {
            for (auto& r : line.runs)
                r.second_language = true;
        }
        below.words = 0;
        if (floor_below) {
            append_run(pc.ts, below, std::move(mark), width, 2 * gap);
        }
        append_block(block, std::move(below));
    }
    cell.add_text("room-name", std::move(block));
    return cell;
}

// The column labels NOW and NEXT at the scan tier, in their colours.
struct ColumnLabels {
    TextBlock now;
    TextBlock next;
    float height() const { return std::max(now.height(), next.height()); }
};

ColumnLabels column_labels(PageContext& pc, const Columns& col) {
    const Sizes& z = pc.sizes;
    const auto one = [&](Label key, Tone tone, float w) {
        TextBlock b = bilingual_block(pc.ts, pc.pick(label(key)),
                                      {z.scan_bold, z.secondary_of(z.scan), 1, 1, tone, tone}, w,
                                      pc.inline_gap());
        if (b.lines.size() > 1)
            b.lines.resize(1);
        return b;
    };
    if (pc.sizes.portrait) {
        // One line for both: each label takes at most half of it.
        const float half = (col.now - 8 * z.unit) / 2;
        return {one(Label::now, Tone::now, half), one(Label::next, Tone::next, half)};
    }
    return {one(Label::now, Tone::now, col.now), one(Label::next, Tone::next, col.next)};
}

// Landscape: each label over its column. Portrait: a key on one line, NOW
// then NEXT, since the now and next lines of a room stand one under the other.
void draw_column_labels(Canvas& c, PageContext& pc, const ColumnLabels& labels, const Columns& col,
                        float x, float y) {
    draw_block(c, labels.now, "column-now", x + col.now_x, y, col.now, HAlign::left, pc.theme.ink,
               pc.theme, pc.theme.background);
    const float next_x = pc.sizes.portrait ? labels.now.width() + 8 * pc.sizes.unit : col.next_x;
    draw_block(c, labels.next, "column-next", x + next_x, y, labels.next.width(), HAlign::left,
               pc.theme.ink, pc.theme, pc.theme.background);
}

// A building as a thin divider row: its name and "you are here" on one line.
// Landscape: the row also carries the NOW / NEXT column labels, beside the
// name when it ends before the now column, else on a line under it, so a
// screen needs no separate band for them (every screen starts with a
// building's row: pagination repeats it). `labels` null: no labels (portrait).
Row building_row(PageContext& pc, const Building* building, bool own, float width,
                 const Columns& col, const ColumnLabels* labels) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    Chip here;
    if (own) {
        here = make_chip(pc, label(Label::you_are_here), pc.theme.now, width / 2);
    }
    const float name_w = width - (here.width > 0 ? here.width + 3 * u : 0);
    TextBlock name;
    if (building) {
        // One line: a long name is cut rather than pushing rooms off the page.
        name = one_line_bilingual(pc.ts, pc.pick(building->name), {z.scan_bold, z.detail, 1, 1},
                                  name_w, pc.inline_gap(), 6 * z.detail.size);
        // Beside the labels when the name can end before the now column
        // without its translation.
        if (labels &&
            name.width() + (here.width > 0 ? here.width + 3 * u : 0) > col.now_x - col.gutter) {
            const float short_w =
                col.now_x - col.gutter - (here.width > 0 ? here.width + 3 * u : 0);
            TextBlock first =
                one_line_bilingual(pc.ts, pc.pick(building->name), {z.scan_bold, z.detail, 1, 1},
                                   short_w, pc.inline_gap(), 6 * z.detail.size);
            if (!first.truncated && !first.empty()) {
                name = std::move(first);
            }
        }
    }
    const float name_line = std::max(name.height(), here.height);
    const float name_right = name.width() + (here.width > 0 ? here.width + 3 * u : 0);
    const bool labels_beside = labels && name_right <= col.now_x - col.gutter;
    const float labels_top = labels && !labels_beside ? name_line : 0;
    const float labels_h = labels ? labels->height() : 0;
    // A thin divider: the line(s) with a little air above, little below (the
    // first room's rule follows).
    const float top = 1.5f * u;
    const float content = std::max(name_line, labels_top + labels_h);
    Row row;
    row.group_header = true;
    row.height = top + content + u / 2;
    row.words = name.words;
    std::optional<ColumnLabels> own_labels;
    if (labels) {
        own_labels = *labels;
    }
    ItemIdentity identity;
    if (building) {
        identity.building = building->id;
    }
    row.draw = [&pc, name = std::move(name), here, top, col, labels_top,
                own_labels = std::move(own_labels), identity](Canvas& c, float x, float y, float) {
        IdentityScope scope(c, identity);
        draw_block(c, name, "building-name", x, y + top, name.width(), HAlign::left, pc.theme.ink,
                   pc.theme, pc.theme.background);
        if (here.width > 0) {
            const float first_h = name.empty() ? here.height : name.lines.front().height;
            const float hx = name.empty() ? x : x + name.lines.front().width + 3 * pc.sizes.unit;
            draw_chip(c, pc, here, "you-are-here", hx, y + top + (first_h - here.height) / 2);
        }
        if (own_labels) {
            draw_column_labels(c, pc, *own_labels, col, x, y + top + labels_top);
        }
    };
    return row;
}

Row room_row(PageContext& pc, size_t room_index, const Columns& col) {
    const Schedule& schedule = *pc.ctx.schedule;
    const Room& room = schedule.venue().rooms[room_index];
    const NowNext nn = schedule.now_next(room_index, pc.ctx.now);
    const float u = pc.sizes.unit;

    const bool portrait = pc.sizes.portrait;
    Cell room_c = room_cell(pc, room, col.room);
    // Portrait: a room with nothing on now and nothing more to come says only
    // "no more sessions today", one line instead of two.
    const bool finished = portrait && !nn.now && !nn.next;
    NowCell now = finished ? NowCell{} : now_cell(pc, nn.now, col.now);
    Cell next_c;
    if (portrait) {
        next_c = next_line_cell(pc, nn.next, col.next);
    } else {
        // The next title takes one line, or two when the row is that tall anyway.
        next_c = next_cell(pc, nn.next, col.next, 1);
        const float row_content = std::max(room_c.height(), now.cell.height());
        if (Cell two = next_cell(pc, nn.next, col.next, 2); two.height() <= row_content) {
            next_c = std::move(two);
        }
    }
    // The progress bar is a thin line in the row's bottom padding, under the
    // now cell, so it costs no text line.
    const float pad = 0.5f * u;
    const float bar_gap = 0.25f * u;
    const float bar_h = 0.5f * u;
    const float pad_below = portrait ? 0.5f * u : bar_gap + bar_h + 0.5f * u;
    // Portrait: now under the room heading, next under now (below its
    // progress bar).
    const float columns_top = portrait ? room_c.height() : 0;
    const float next_top = !portrait ? 0
                           : finished
                               ? columns_top
                               : columns_top + now.cell.height() + bar_gap + bar_h + 0.4f * u;
    const float content = portrait
                              ? next_top + next_c.height()
                              : std::max({room_c.height(), now.cell.height(), next_c.height()});
    Row row;
    row.height = pad + content + pad_below;
    row.items = 1;
    row.words = room_c.words + now.cell.words + next_c.words;
    const std::string now_id = nn.now ? nn.now->id : std::string();
    const std::string next_id = nn.next ? nn.next->id : std::string();
    row.draw = [&pc, col, pad, bar_gap, bar_h, columns_top, next_top, room_c = std::move(room_c),
                now = std::move(now), next_c = std::move(next_c), room_id = room.id, now_id,
                next_id](Canvas& c, float x, float y, float w) {
        IdentityScope room_scope(c, {room_id, {}, {}, {}});
        c.rect("row-rule", {x, y, w, pc.sizes.unit / 3}, pc.theme.divider);
        const float top = y + pad;
        draw_cell(c, pc, room_c, x, top, col.room);
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

}  // namespace

Body build_now_next_body(PageContext& pc, const PageConfig& page, float width) {
    Body body;
    const Sizes& z = pc.sizes;
    if (!pc.ctx.schedule) {
        return body;
    }
    const Venue& venue = pc.ctx.schedule->venue();
    const std::vector<BuildingGroup> groups =
        group_rooms(venue, page.buildings, pc.ctx.config.building);
    const Columns col = columns(pc, width, z.portrait ? 0 : widest_room_name(pc, groups));
    const ColumnLabels labels = column_labels(pc, col);
    // Landscape: the NOW / NEXT labels ride on each building's row, beside
    // its name, when every name on the page leaves them room; one long name
    // would push them onto a line of their own under every building, so then
    // they stand once, as a band at the top of every screen, over their
    // columns. Portrait: always the band (the now and next lines stand under
    // the room's heading, not beside a building's name).
    bool band = z.portrait;
    for (const BuildingGroup& g : groups) {
        if (band || !g.building || g.rooms.empty()) {
            continue;
        }
        const Building& b = venue.buildings[*g.building];
        const bool own = b.id == pc.ctx.config.building;
        if (building_row(pc, &b, own, width, col, &labels).height >
            building_row(pc, &b, own, width, col, nullptr).height + 0.01f) {
            band = true;
        }
    }
    if (band) {
        body.top_height = labels.height() + z.unit / 2;
        body.draw_top = [&pc, col, labels](Canvas& c, float x, float y, float) {
            draw_column_labels(c, pc, labels, col, x, y);
        };
    }
    const ColumnLabels* row_labels = band ? nullptr : &labels;

    for (const BuildingGroup& g : groups) {
        const Building* b = g.building ? &venue.buildings[*g.building] : nullptr;
        if (g.rooms.empty()) {
            continue;  // a building without rooms has nothing on now
        }
        if (b || row_labels) {
            // Rooms whose building is unknown: a header with the labels alone.
            body.rows.push_back(
                building_row(pc, b, b && b->id == pc.ctx.config.building, width, col, row_labels));
        } else {
            // Labels in the band, building unknown: a group without a visible header.
            body.rows.push_back(Row{0, true, 0, 0, [](Canvas&, float, float, float) {}});
        }
        for (size_t r : g.rooms) {
            body.rows.push_back(room_row(pc, r, col));
        }
    }
    body.draw_empty = [&pc](Canvas& c, Rect area) {
        const Sizes& s = pc.sizes;
        TextBlock msg = bilingual_block(pc.ts, pc.pick(label(Label::no_rooms)),
                                        {s.scan_bold, s.detail, 2, 1}, area.w, pc.inline_gap());
        draw_block(c, msg, "empty-message", area.x, area.y + area.h / 3, area.w, HAlign::center,
                   pc.theme.ink, pc.theme, pc.theme.background);
    };
    return body;
}

}  // namespace signpost::layout_detail
