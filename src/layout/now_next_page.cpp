#include "layout/now_next_page.h"

#include <algorithm>

#include "layout/cell.h"
#include "layout/date_format.h"
#include "layout/floor_label.h"
#include "layout/labels.h"
#include "layout/session_tags.h"
#include "layout/venue_order.h"

namespace signpost {
namespace {

struct Columns {
    float gutter = 0;
    float room = 0;
    float now = 0;   // landscape: the now column; portrait: the column with now and next
    float next = 0;  // landscape only
};

Columns columns(const PageContext& pc, float width) {
    Columns c;
    c.gutter = 4 * pc.sizes.unit;
    if (pc.sizes.portrait) {
        const float w = width - c.gutter;
        c.room = 0.34f * w;
        c.now = w - c.room;
    } else {
        const float w = width - 2 * c.gutter;
        c.room = 0.25f * w;
        c.now = 0.45f * w;
        c.next = w - c.room - c.now;
    }
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

Cell now_cell(PageContext& pc, const Session* s, float width) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    Cell cell;
    if (!s) {
        cell.add_text("now-empty", bilingual_block(pc.ts, pc.pick(label(Label::nothing_now)),
                                                   {z.detail, z.detail, 1, 1, Tone::secondary},
                                                   width, pc.inline_gap()));
        return cell;
    }
    const Schedule& schedule = *pc.ctx.schedule;
    add_text_and_chips(pc, cell, "now-time", time_and_speakers(pc, *s, width),
                       session_tags(pc, schedule, *s, width, true), width, 0, true);
    const bool cancelled = s->status == SessionStatus::cancelled;
    BilingualStyle title{z.detail_bold, z.detail, 2, 1};
    if (cancelled) {
        title.primary_tone = Tone::secondary;
    }
    cell.add_text("now-title",
                  bilingual_block(pc.ts, pc.pick(s->title), title, width, pc.inline_gap()), u / 2);
    if (!cancelled) {
        const auto total = (s->end - s->start).count();
        const float fraction =
            total > 0 ? static_cast<float>((pc.ctx.now - s->start).count()) / total : 0.0f;
        cell.add_bar("now-progress", fraction, u, 1.5f * u);
    }
    return cell;
}

Cell next_cell(PageContext& pc, const Session* s, float width, bool with_label) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    Cell cell;
    TextBlock head;
    if (with_label) {
        head = bilingual_block(pc.ts, pc.pick(label(Label::next)),
                               {z.scan_bold, z.detail, 1, 1, Tone::next, Tone::next}, width,
                               pc.inline_gap());
        if (head.lines.size() > 1)
            head.lines.resize(1);
    }
    if (!s) {
        TextBlock none =
            bilingual_block(pc.ts, pc.pick(label(Label::no_more_today)),
                            {z.detail, z.detail, 1, 1, Tone::secondary}, width, pc.inline_gap());
        cell.add_text("next-label", std::move(head));
        cell.add_text("next-empty", std::move(none));
        return cell;
    }
    const bool today = pc.zone.local_day_number(s->start) == pc.zone.local_day_number(pc.ctx.now);
    const std::string when =
        today ? clock_text(pc.zone, s->start) : pc.pick(date_time_text(pc.zone, s->start)).primary;
    TextRun when_run = make_run(pc.ts, when, z.detail_bold, Tone::next);
    if (head.empty()) {
        head = text_block(pc.ts, when, z.detail_bold, Tone::next, width, 1);
    } else {
        append_run(pc.ts, head, std::move(when_run), width, pc.inline_gap());
    }
    const std::vector<Chip> tags = session_tags(pc, *pc.ctx.schedule, *s, width, false);
    if (head.lines.size() > 1) {
        TextBlock first;
        first.lines.push_back(head.lines.front());
        TextBlock rest;
        rest.lines.assign(head.lines.begin() + 1, head.lines.end());
        cell.add_text("next-label", std::move(first));
        add_text_and_chips(pc, cell, "next-time", std::move(rest), tags, width, 0, false);
    } else {
        add_text_and_chips(pc, cell, "next-time", std::move(head), tags, width, 0, false);
    }
    cell.add_text("next-title",
                  bilingual_block(pc.ts, pc.pick(s->title), {z.detail, z.detail, 2, 1}, width,
                                  pc.inline_gap()),
                  u / 2);
    return cell;
}

Cell room_cell(PageContext& pc, const Room& room, float width) {
    const Sizes& z = pc.sizes;
    Cell cell;
    TextBlock name = bilingual_block(pc.ts, pc.pick(room.name), {z.scan_bold, z.detail, 2, 1},
                                     width, pc.inline_gap());
    const std::string floor = floor_mark(room.floor, pc.langs);
    if (!floor.empty()) {
        append_run(pc.ts, name, make_run(pc.ts, floor, z.scan, Tone::secondary), width,
                   2 * pc.inline_gap());
    }
    cell.add_text("room-name", std::move(name));
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
        name = bilingual_block(pc.ts, pc.pick(building->name), {z.scan_bold, z.detail, 1, 1},
                               name_w, pc.inline_gap());
    }
    const float top = 3 * u;
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
    Cell now_c = now_cell(pc, nn.now, col.now);
    Cell next_c = next_cell(pc, nn.next, pc.sizes.portrait ? col.now : col.next, pc.sizes.portrait);
    const float pad = 2 * u;
    const float between = 3 * u;  // portrait: from now to next
    const float content =
        pc.sizes.portrait ? std::max(room_c.height(), now_c.height() + between + next_c.height())
                          : std::max({room_c.height(), now_c.height(), next_c.height()});
    Row row;
    row.height = pad + content + pad;
    row.items = 1;
    row.words = room_c.words + now_c.words + next_c.words;
    row.draw = [&pc, col, pad, between, room_c = std::move(room_c), now_c = std::move(now_c),
                next_c = std::move(next_c)](Canvas& c, float x, float y, float w) {
        c.rect("row-rule", {x, y, w, pc.sizes.unit / 3}, pc.theme.divider);
        const float top = y + pad;
        draw_cell(c, pc, room_c, x, top, col.room);
        const float now_x = x + col.room + col.gutter;
        draw_cell(c, pc, now_c, now_x, top, col.now);
        if (pc.sizes.portrait) {
            draw_cell(c, pc, next_c, now_x, top + now_c.height() + between, col.now);
        } else {
            draw_cell(c, pc, next_c, now_x + col.now + col.gutter, top, col.next);
        }
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
    TextBlock next_label =
        z.portrait ? TextBlock{} : column_label(Label::next, Tone::next, col.next);
    body.top_height = std::max(now_label.height(), next_label.height()) + z.unit;
    body.draw_top = [&pc, col, now_label = std::move(now_label),
                     next_label = std::move(next_label)](Canvas& c, float x, float y, float) {
        const float now_x = x + col.room + col.gutter;
        draw_block(c, now_label, "column-now", now_x, y, col.now, HAlign::left, pc.theme.ink,
                   pc.theme, pc.theme.background);
        draw_block(c, next_label, "column-next", now_x + col.now + col.gutter, y, col.next,
                   HAlign::left, pc.theme.ink, pc.theme, pc.theme.background);
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

}  // namespace signpost
