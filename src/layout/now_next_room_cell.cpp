#include "layout/now_next_room_cell.h"

#include <algorithm>
#include <optional>
#include <string>

#include "layout/floor_label.h"
#include "layout/room_name_line.h"

namespace signpost::layout_detail {

Cell room_cell(PageContext& pc, const Room& room, float width) {
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    Cell cell;
    const Bilingual name = pc.listed_name(room, true);
    const std::string floor = floor_mark(room.floor, pc.langs);
    // One line: the name, its translation, what the name left out
    // ("Assembly") and the floor, when all fit; else without the first.
    for (const std::string& m : marks_with_group(pc, room, name, {floor}, width)) {
        if (auto one = room_line(pc, name, m, width)) {
            cell.add_text("room-name", std::move(*one));
            return cell;
        }
    }
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

namespace {

// The floor's marks, the fullest first: "3F · 3층", then the first
// language's alone ("3층"); labels that are not numbers ("P1") have one.
std::vector<std::string> floor_marks(const PageContext& pc, const Room& room) {
    std::vector<std::string> out;
    const std::string full = floor_mark(room.floor, pc.langs);
    if (full.empty()) {
        return out;
    }
    out.push_back(full);
    const std::string first =
        floor_mark(room.floor, pc.langs.first(std::min<size_t>(1, pc.langs.size())));
    if (first != full) {
        out.push_back(first);
    }
    return out;
}

}  // namespace

Cell stacked_room_cell(PageContext& pc, const Room& room, float width) {
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    Cell cell;
    const Bilingual name = pc.listed_name(room, true);
    const std::vector<std::string> marks = floor_marks(pc, room);
    // One line: the name, its translation, what the name left out and the
    // floor, where that fits; else the name, its translation and the floor
    // (its full mark, else its first language's).
    for (const std::string& m : marks_with_group(pc, room, name, marks, width)) {
        if (auto one = room_line(pc, name, m, width)) {
            cell.add_text("room-name", std::move(*one));
            return cell;
        }
    }
    for (const std::string& m : marks) {
        if (auto one = room_line(pc, name, m, width)) {
            cell.add_text("room-name", std::move(*one));
            return cell;
        }
    }
    if (marks.empty()) {
        if (auto one = room_line(pc, name, {}, width)) {
            cell.add_text("room-name", std::move(*one));
            return cell;
        }
    }
    TextBlock block = text_block(pc.ts, name.primary, z.scan_bold, Tone::primary, width, 2);
    const auto fits_after = [&](const TextBlock& b, const std::string& m, float w) {
        return b.lines.back().width + 2 * gap + pc.ts.width(m, z.scan) <= w;
    };
    std::string floor;  // the mark placed so far
    for (const std::string& m : marks) {
        if (fits_after(block, m, width)) {
            floor = m;
            append_run(pc.ts, block, floor_run(pc, m), width, 2 * gap);
            break;
        }
    }
    // A name on two lines is whole in the first language, and the cell as
    // high as a room's now and next: its translation gives way. A name on
    // one line keeps its translation under it, cut, with the floor after it
    // when the name left it no room.
    if (block.lines.size() == 1 && !name.secondary.empty()) {
        std::string below_floor;
        float below_w = width;
        if (floor.empty()) {
            for (const std::string& m : marks) {
                const float left = width - 2 * gap - pc.ts.width(m, z.scan);
                if (left >= 4 * z.detail.size) {
                    below_floor = m;
                    below_w = left;
                    break;
                }
            }
        }
        TextBlock below =
            translation_block(pc.ts, name.secondary, z.detail, Tone::secondary, below_w, 1);
        if (!below_floor.empty()) {
            floor = below_floor;
            append_run(pc.ts, below, floor_run(pc, below_floor), width, 2 * gap);
        }
        append_block(block, std::move(below));
    }
    if (floor.empty() && !marks.empty()) {
        append_run(pc.ts, block, floor_run(pc, marks.back()), width, 2 * gap);
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
        const Bilingual name = pc.listed_name(room, true);
        const std::string floor = floor_mark(room.floor, pc.langs);
        const float floor_w = floor.empty() ? 0 : 2 * gap + pc.ts.width(floor, z.scan);
        const float primary = pc.ts.width(name.primary, z.scan_bold);
        const float secondary = name.secondary.empty() ? 0 : pc.ts.width(name.secondary, z.detail);
        one_line = std::max(one_line, primary + (secondary > 0 ? gap + secondary : 0) + floor_w);
        two_lines = std::max({two_lines, primary + floor_w, secondary + floor_w});
    }
    return one_line <= cap ? one_line : two_lines;
}

float stacked_room_need(PageContext& pc, const std::vector<size_t>& rooms) {
    const Sizes& z = pc.sizes;
    const Venue& venue = pc.ctx.schedule->venue();
    const float gap = pc.inline_gap();
    float need = 0;
    for (size_t r : rooms) {
        const Room& room = venue.rooms[r];
        const Bilingual name = pc.listed_name(room, true);
        const std::vector<std::string> marks = floor_marks(pc, room);
        const float primary = pc.ts.width(name.primary, z.scan_bold);
        // The narrowest cell of two lines with the name whole: the name with
        // the floor after it (the translation under it, cut), or the name
        // over a few words of the translation and the floor.
        float narrowest = primary;
        if (!marks.empty()) {
            const float mark = 2 * gap + pc.ts.width(marks.back(), z.scan);
            narrowest = primary + mark;
            if (!name.secondary.empty()) {
                narrowest = std::min(narrowest, std::max(primary, 4 * z.detail.size + mark));
            }
        }
        // One line, when that is no wider.
        for (const std::string& m : marks.empty() ? std::vector<std::string>{""} : marks) {
            const float one = room_line_width(pc, name, m);
            if (one <= narrowest) {
                narrowest = one;
            }
        }
        need = std::max(need, narrowest);
    }
    return need;
}

}  // namespace signpost::layout_detail
