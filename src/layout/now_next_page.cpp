#include "layout/now_next_page.h"

#include <algorithm>
#include <optional>

#include "layout/cell.h"
#include "layout/date_format.h"
#include "layout/floor_label.h"
#include "layout/labels.h"
#include "layout/session_tags.h"
#include "layout/venue_order.h"

namespace signpost::layout_detail {
namespace {

// Landscape: room | now | next. Portrait: the room as a heading across the
// width, then now | next under it, so a tall screen takes more rooms instead
// of squeezing three columns.
struct Columns {
    float gutter = 0;
    float room = 0;  // landscape: the room column; portrait: the heading's width
    float now = 0;
    float next = 0;
    float now_x = 0;  // from the row's left edge
    float next_x = 0;
};

Columns columns(const PageContext& pc, float width) {
    Columns c;
    c.gutter = 4 * pc.sizes.unit;
    if (pc.sizes.portrait) {
        const float w = width - c.gutter;
        c.room = width;
        c.now = 0.5f * w;
        c.next = w - c.now;
        c.now_x = 0;
    } else {
        const float w = width - 2 * c.gutter;
        c.room = 0.28f * w;
        c.now = 0.42f * w;
        c.next = w - c.room - c.now;
        c.now_x = c.room + c.gutter;
    }
    c.next_x = c.now_x + c.now + c.gutter;
    return c;
}

// "09:00–10:30" and the speakers after it in the secondary colour, ellipsised
// to the room left (or left out when less than a few characters would show).
TextBlock time_and_speakers(PageContext& pc, const Session& s, float width) {
    const Sizes& z = pc.sizes;
    TextBlock block = text_block(pc.ts, time_range_text(pc.zone, s.start, s.end), z.detail_bold,
                                 Tone::primary, width, 1);
    if (s.speakers.empty() || block.empty()) {
        return block;
    }
    std::string speakers;
    for (const auto& name : s.speakers) {
        if (!speakers.empty())
            speakers += ", ";
        speakers += name;
    }
    const float gap = pc.inline_gap();
    const float room = width - block.width() - gap;
    if (room < 4 * z.detail.size) {
        return block;
    }
    std::string fitted = pc.ts.ellipsize(speakers, z.detail, room);
    if (!fitted.empty()) {
        append_run(pc.ts, block, make_run(pc.ts, std::move(fitted), z.detail, Tone::secondary),
                   width, gap);
    }
    return block;
}

// What is on now, and how far along it is (none when nothing runs or it is cancelled).
struct NowCell {
    Cell cell;
    std::optional<float> progress;
};

NowCell now_cell(PageContext& pc, const Session* s, float width) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    NowCell out;
    Cell& cell = out.cell;
    if (!s) {
        cell.add_text("now-empty", bilingual_block(pc.ts, pc.pick(label(Label::nothing_now)),
                                                   {z.detail, z.detail, 1, 1, Tone::secondary},
                                                   width, pc.inline_gap()));
        return out;
    }
    const Schedule& schedule = *pc.ctx.schedule;
    // Tags on the time's line when they fit there, in one language if need be.
    TextBlock time = time_and_speakers(pc, *s, width);
    std::vector<Chip> tags = session_tags(pc, schedule, *s, width, true);
    const float gap = chip_gap(pc);
    const float time_w = time.lines.empty() ? 0 : time.lines.front().runs.front().width;
    if (chips_width(tags, gap) + gap + time_w > width) {
        tags = session_tags(pc, schedule, *s, width, true, false);
    }
    if (!tags.empty()) {
        // The speakers give way to the tags.
        time = time_and_speakers(pc, *s, std::max(time_w, width - chips_width(tags, gap) - gap));
    }
    add_text_and_chips(pc, cell, "now-time", std::move(time), std::move(tags), width, 0, true);
    const bool cancelled = s->status == SessionStatus::cancelled;
    BilingualStyle title{z.detail_bold, z.detail, 2, 1};
    if (cancelled) {
        title.primary_tone = Tone::secondary;
    }
    cell.add_text("now-title",
                  bilingual_block(pc.ts, pc.pick(s->title), title, width, pc.inline_gap()), u / 2);
    if (!cancelled) {
        const auto total = (s->end - s->start).count();
        out.progress =
            total > 0 ? static_cast<float>((pc.ctx.now - s->start).count()) / total : 0.0f;
    }
    return out;
}

Cell next_cell(PageContext& pc, const Session* s, float width) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    const float gap = pc.inline_gap();
    Cell cell;
    if (!s) {
        cell.add_text("next-empty",
                      bilingual_block(pc.ts, pc.pick(label(Label::no_more_today)),
                                      {z.detail, z.detail, 2, 2, Tone::secondary}, width, gap));
        return cell;
    }
    TextBlock head;
    // The start: the time today, with the date on another day.
    const bool today = pc.zone.local_day_number(s->start) == pc.zone.local_day_number(pc.ctx.now);
    const std::string when =
        today ? clock_text(pc.zone, s->start) : pc.pick(date_time_text(pc.zone, s->start)).primary;
    TextRun when_run = make_run(pc.ts, when, z.detail_bold, Tone::next);
    when_run.role = "next-time";
    append_run(pc.ts, head, std::move(when_run), width, gap);

    std::vector<Chip> tags = session_tags(pc, *pc.ctx.schedule, *s, width, false);
    const float head_w = head.lines.back().width;
    if (head_w + chip_gap(pc) + chips_width(tags, chip_gap(pc)) > width) {
        tags = session_tags(pc, *pc.ctx.schedule, *s, width, false, false);
    }
    const Bilingual title = pc.pick(s->title);
    TextBlock title_block;
    // Without tags, a title that fits whole after the time shares its line.
    if (tags.empty() && head_w + gap + pc.ts.width(title.primary, z.detail) <= width) {
        TextRun run = make_run(pc.ts, title.primary, z.detail, Tone::primary);
        run.role = "next-title";
        append_run(pc.ts, head, std::move(run), width, gap);
        title_block = bilingual_block(pc.ts, {title.secondary, {}},
                                      {z.detail, z.detail, 1, 0, Tone::secondary}, width, gap);
        for (auto& line : title_block.lines) {
            for (auto& r : line.runs)
                r.second_language = true;
        }
        title_block.words = 0;
    } else {
        title_block = bilingual_block(pc.ts, title, {z.detail, z.detail, 2, 1}, width, gap);
    }
    add_text_and_chips(pc, cell, "next-time", std::move(head), std::move(tags), width, 0, false);
    cell.add_text("next-title", std::move(title_block), u / 2);
    return cell;
}

// The room's name with its floor mark: everything on one line when it fits;
// else the first-language name with the floor, and the translation under it.
Cell room_cell(PageContext& pc, const Room& room, float width) {
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
    TextBlock block = bilingual_block(pc.ts, name, {z.scan_bold, z.detail, 2, 1}, width, gap);
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
    block = bilingual_block(pc.ts, {name.primary, {}}, {z.scan_bold, z.detail, 2, 0}, width, gap);
    append_run(pc.ts, block, std::move(mark), width, 2 * gap);
    if (!name.secondary.empty()) {
        TextBlock below = text_block(pc.ts, name.secondary, z.detail, Tone::secondary, width, 1);
        for (auto& line : below.lines) {
            for (auto& r : line.runs)
                r.second_language = true;
        }
        below.words = 0;
        append_block(block, std::move(below));
    }
    cell.add_text("room-name", std::move(block));
    return cell;
}

Row building_row(PageContext& pc, const Building* building, bool own, float width) {
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
    }
    const float top = 2 * u;
    const float content = std::max(name.height(), here.height);
    Row row;
    row.group_header = true;
    row.height = top + content + u;
    row.words = name.words;
    row.draw = [&pc, name = std::move(name), here, top](Canvas& c, float x, float y, float) {
        draw_block(c, name, "building-name", x, y + top, name.width(), HAlign::left, pc.theme.ink,
                   pc.theme, pc.theme.background);
        if (here.width > 0) {
            const float first_h = name.empty() ? here.height : name.lines.front().height;
            const float hx = name.empty() ? x : x + name.lines.front().width + 3 * pc.sizes.unit;
            draw_chip(c, pc, here, "you-are-here", hx, y + top + (first_h - here.height) / 2);
        }
    };
    return row;
}

Row room_row(PageContext& pc, size_t room_index, const Columns& col) {
    const Schedule& schedule = *pc.ctx.schedule;
    const Room& room = schedule.venue().rooms[room_index];
    const NowNext nn = schedule.now_next(room_index, pc.ctx.now);
    const float u = pc.sizes.unit;

    Cell room_c = room_cell(pc, room, col.room);
    NowCell now = now_cell(pc, nn.now, col.now);
    Cell next_c = next_cell(pc, nn.next, col.next);
    // The progress bar lies in the row's bottom padding, under the now cell,
    // so it costs no height.
    const float pad = 1.5f * u;
    const float pad_below = 2 * u;
    const float bar_gap = 0.4f * u;
    const float bar_h = u;
    const bool portrait = pc.sizes.portrait;
    // Portrait: the columns start under the room heading.
    const float columns_top = portrait ? room_c.height() + u : 0;
    const float content = portrait
                              ? columns_top + std::max(now.cell.height(), next_c.height())
                              : std::max({room_c.height(), now.cell.height(), next_c.height()});
    Row row;
    row.height = pad + content + pad_below;
    row.items = 1;
    row.words = room_c.words + now.cell.words + next_c.words;
    row.draw = [&pc, col, pad, bar_gap, bar_h, columns_top, room_c = std::move(room_c),
                now = std::move(now),
                next_c = std::move(next_c)](Canvas& c, float x, float y, float w) {
        c.rect("row-rule", {x, y, w, pc.sizes.unit / 3}, pc.theme.divider);
        const float top = y + pad;
        draw_cell(c, pc, room_c, x, top, col.room);
        const float cells_top = top + columns_top;
        draw_cell(c, pc, now.cell, x + col.now_x, cells_top, col.now);
        if (now.progress) {
            draw_progress_bar(
                c, pc, "now-progress",
                {x + col.now_x, cells_top + now.cell.height() + bar_gap, col.now, bar_h},
                *now.progress);
        }
        draw_cell(c, pc, next_c, x + col.next_x, cells_top, col.next);
    };
    return row;
}

}  // namespace

Body build_now_next_body(PageContext& pc, const PageConfig& page, float width) {
    Body body;
    const Sizes& z = pc.sizes;
    const Columns col = columns(pc, width);
    if (!pc.ctx.schedule) {
        return body;
    }
    const Venue& venue = pc.ctx.schedule->venue();

    // Column labels: NOW (and NEXT in landscape) at the scan tier, in their colours.
    const auto column_label = [&](Label key, Tone tone, float w) {
        TextBlock b = bilingual_block(pc.ts, pc.pick(label(key)),
                                      {z.scan_bold, z.secondary_of(z.scan), 1, 1, tone, tone}, w,
                                      pc.inline_gap());
        if (b.lines.size() > 1)
            b.lines.resize(1);
        return b;
    };
    TextBlock now_label = column_label(Label::now, Tone::now, col.now);
    TextBlock next_label = column_label(Label::next, Tone::next, col.next);
    body.top_height = std::max(now_label.height(), next_label.height()) + z.unit;
    body.draw_top = [&pc, col, now_label = std::move(now_label),
                     next_label = std::move(next_label)](Canvas& c, float x, float y, float) {
        draw_block(c, now_label, "column-now", x + col.now_x, y, col.now, HAlign::left,
                   pc.theme.ink, pc.theme, pc.theme.background);
        draw_block(c, next_label, "column-next", x + col.next_x, y, col.next, HAlign::left,
                   pc.theme.ink, pc.theme, pc.theme.background);
    };

    for (const BuildingGroup& g : group_rooms(venue, page.buildings, pc.ctx.config.building)) {
        const Building* b = g.building ? &venue.buildings[*g.building] : nullptr;
        if (g.rooms.empty()) {
            continue;  // a building without rooms has nothing on now
        }
        if (b) {
            body.rows.push_back(building_row(pc, b, b->id == pc.ctx.config.building, width));
        } else {
            // Rooms whose building is unknown: a group without a visible header.
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
