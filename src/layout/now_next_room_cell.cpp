#include "layout/now_next_room_cell.h"

#include <algorithm>
#include <optional>
#include <string>

#include "layout/floor_label.h"
#include "layout/room_name_line.h"

namespace signpost::layout_detail {

Cell room_cell(PageContext& pc, const Room& room, float width, int name_lines) {
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    Cell cell;
    const Bilingual name = pc.pick(room.name);
    const std::string floor = floor_mark(room.floor, pc.langs);
    // One line: the name, its translation and the floor, when all fit.
    if (auto one = room_line(pc, name, floor, width)) {
        cell.add_text("room-name", std::move(*one));
        return cell;
    }
    TextBlock block = bilingual_block(pc.ts, name, {z.scan_bold, z.detail, 1, 1}, width, gap);
    if (floor.empty()) {
        cell.add_text("room-name", std::move(block));
        return cell;
    }
    TextRun mark = floor_run(pc, floor);
    if (block.lines.size() == 1 && block.width() + 2 * gap + mark.width <= width) {
        append_run(pc.ts, block, std::move(mark), width, 2 * gap);
        cell.add_text("room-name", std::move(block));
        return cell;
    }
    block = bilingual_block(pc.ts, {name.primary, {}}, {z.scan_bold, z.detail, name_lines, 0},
                            width, gap);
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
        TextBlock below = translation_block(pc.ts, name.secondary, z.detail, Tone::secondary,
                                            floor_below ? floor_room : width, 1);
        if (floor_below) {
            append_run(pc.ts, below, std::move(mark), width, 2 * gap);
        }
        append_block(block, std::move(below));
    }
    cell.add_text("room-name", std::move(block));
    return cell;
}

float room_column_need(PageContext& pc, const std::vector<size_t>& rooms, float cap) {
    const Sizes& z = pc.sizes;
    const Venue& venue = pc.ctx.schedule->venue();
    const float gap = pc.inline_gap();
    float one_line = 0;
    float two_lines = 0;
    for (size_t r : rooms) {
        const Room& room = venue.rooms[r];
        const Bilingual name = pc.pick(room.name);
        const std::string floor = floor_mark(room.floor, pc.langs);
        const float floor_w = floor.empty() ? 0 : 2 * gap + pc.ts.width(floor, z.scan);
        const float primary = pc.ts.width(name.primary, z.scan_bold);
        const float secondary = name.secondary.empty() ? 0 : pc.ts.width(name.secondary, z.detail);
        one_line = std::max(one_line, primary + (secondary > 0 ? gap + secondary : 0) + floor_w);
        two_lines = std::max({two_lines, primary + floor_w, secondary + floor_w});
    }
    return one_line <= cap ? one_line : two_lines;
}

}  // namespace signpost::layout_detail
