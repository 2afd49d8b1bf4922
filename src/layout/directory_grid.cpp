// Rooms that share one way, as a grid beside (landscape) or under (portrait)
// the way's arrow and text: see room_grid_rows in directory_page.h.
#include <algorithm>

#include "layout/directory_arrows.h"
#include "layout/directory_page.h"

namespace signpost::layout_detail {
namespace {

// One room in the grid: its name (up to two lines) with the floor mark after
// it, and its translation on one line under it.
Cell grid_cell(PageContext& pc, const Destination& d, float width) {
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    TextBlock name = bilingual_block(pc.ts, d.name, {z.scan_bold, z.detail, 2, 1}, width, gap);
    const bool one_line = name.lines.size() == 1;
    if (!one_line || d.floor.empty() ||
        name.width() + 2 * gap + pc.ts.width(d.floor, z.scan) > width) {
        name =
            bilingual_block(pc.ts, {d.name.primary, {}}, {z.scan_bold, z.detail, 2, 0}, width, gap);
        if (!d.floor.empty()) {
            TextRun mark = make_run(pc.ts, d.floor, z.scan, Tone::secondary);
            mark.role = "floor";
            append_run(pc.ts, name, std::move(mark), width, 2 * gap);
        }
        if (!d.name.secondary.empty()) {
            TextBlock below =
                text_block(pc.ts, d.name.secondary, z.detail, Tone::secondary, width, 1);
            for (auto& line : below.lines) {
                for (auto& r : line.runs)
                    r.second_language = true;
            }
            below.words = 0;
            append_block(name, std::move(below));
        }
    } else {
        TextRun mark = make_run(pc.ts, d.floor, z.scan, Tone::secondary);
        mark.role = "floor";
        append_run(pc.ts, name, std::move(mark), width, 2 * gap);
    }
    Cell cell;
    cell.add_text("room-name", std::move(name));
    return cell;
}

}  // namespace

std::vector<Row> room_grid_rows(PageContext& pc, const std::vector<Destination>& rooms,
                                const Wayfinding* way, float width) {
    std::vector<Row> rows;
    if (rooms.empty()) {
        return rows;
    }
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    const float slot = arrow_slot();
    const float inner = std::max(0.0f, width - 2 * slot);
    const float gutter = 4 * u;
    const bool has_text = way && !way->text.empty();
    // Landscape: the grid, then the way's text in a column at the right.
    // Portrait: the way's text over the grid.
    const bool side_by_side = !z.portrait && has_text;
    const float way_w = side_by_side ? 0.4f * inner : inner;
    const float grid_w = side_by_side ? inner - way_w - gutter : inner;
    const float cell_gap = 4 * u;
    // Room for "111호  P1" at the scan tier; longer names wrap in their cell.
    const float min_cell = 7 * z.detail.size;
    // As many columns as the group's widest name with its floor allows on one
    // line (at least min_cell each); a name wider than the grid wraps alone.
    float widest = min_cell;
    for (const Destination& d : rooms) {
        const float floor_w =
            d.floor.empty() ? 0 : 2 * pc.inline_gap() + pc.ts.width(d.floor, z.scan);
        widest = std::max(widest, pc.ts.width(d.name.primary, z.scan_bold) + floor_w);
    }
    const int fit_cols = std::max(1, static_cast<int>((grid_w + cell_gap) / (widest + cell_gap)));
    const int cols = std::min<int>(fit_cols, static_cast<int>(rooms.size()));
    // A group smaller than a grid line spreads over its width.
    const float cell_w =
        (grid_w - static_cast<float>(cols - 1) * cell_gap) / static_cast<float>(cols);
    const float line_gap = 1.5f * u;
    // A long group continues on the next screen: a row holds two grid lines
    // beside their way (whose text it repeats), one when there is no text.
    const size_t lines_per_row = has_text ? 2 : 1;
    const size_t per_row = lines_per_row * static_cast<size_t>(cols);

    for (size_t first = 0; first < rooms.size(); first += per_row) {
        const size_t last = std::min(rooms.size(), first + per_row);
        std::vector<Cell> cells;
        std::vector<float> line_heights;
        int words = 0;
        for (size_t i = first; i < last; ++i) {
            cells.push_back(grid_cell(pc, rooms[i], cell_w));
            words += cells.back().words;
            const size_t line = (i - first) / static_cast<size_t>(cols);
            if (line_heights.size() <= line)
                line_heights.push_back(0);
            line_heights[line] = std::max(line_heights[line], cells.back().height());
        }
        float grid_h = 0;
        for (float h : line_heights)
            grid_h += h;
        grid_h += line_gap * static_cast<float>(line_heights.size() - 1);

        Cell way_cell;
        if (has_text) {
            way_cell.add_text("direction-text",
                              bilingual_block(pc.ts, pc.pick(way->text), {z.detail, z.detail, 2, 1},
                                              way_w, pc.inline_gap()));
            words += way_cell.words;
        }
        // Portrait: the way heads a group of rooms; a lone room reads as a
        // destination row does, its name first and the way under it.
        const bool way_below = !side_by_side && has_text && rooms.size() == 1;
        const float stacked_way =
            !side_by_side && has_text && !way_below ? way_cell.height() + u : 0;
        const float way_below_h = way_below ? way_cell.height() + u : 0;
        const float first_line = stacked_way > 0
                                     ? way_cell.pieces.front().block.lines.front().height
                                     : cells.front().pieces.front().block.lines.front().height;
        const float arrow_h = way ? arrow_box(way->arrow, 0, 0).h : 0;
        const float overhang = std::max(0.0f, arrow_h / 2 - first_line / 2);
        const float content =
            side_by_side ? std::max(grid_h, way_cell.height()) : stacked_way + grid_h + way_below_h;
        const float pad = 1.25f * u;

        Row row;
        row.items = static_cast<int>(last - first);
        row.words = words;
        row.height = pad + std::max(content + overhang, arrow_h) + pad;
        const std::optional<Arrow> arrow = way ? std::optional<Arrow>(way->arrow) : std::nullopt;
        row.draw = [&pc, cells = std::move(cells), line_heights = std::move(line_heights),
                    way_cell = std::move(way_cell), cols, cell_w, cell_gap, line_gap, slot, pad,
                    overhang, stacked_way, side_by_side, grid_w, gutter, way_w, arrow, way_below,
                    grid_h, first_line](Canvas& c, float x, float y, float w) {
            const float top = y + pad + overhang;
            const float inner_x = x + slot;
            if (side_by_side) {
                draw_cell(c, pc, way_cell, inner_x + grid_w + gutter, top, way_w);
            } else if (stacked_way > 0) {
                draw_cell(c, pc, way_cell, inner_x, top, way_w);
            } else if (way_below) {
                draw_cell(c, pc, way_cell, inner_x, top + grid_h + pc.sizes.unit, way_w);
            }
            float line_y = top + stacked_way;
            for (size_t i = 0; i < cells.size(); ++i) {
                const size_t line = i / static_cast<size_t>(cols);
                const size_t col = i % static_cast<size_t>(cols);
                if (col == 0 && line > 0) {
                    line_y += line_heights[line - 1] + line_gap;
                }
                draw_cell(c, pc, cells[i], inner_x + static_cast<float>(col) * (cell_w + cell_gap),
                          line_y, cell_w);
            }
            if (arrow) {
                const float center = top + first_line / 2;
                const float ax = on_right(*arrow) ? x + w - arrow_length() : x;
                c.arrow("direction-arrow", arrow_box(*arrow, ax, center), *arrow,
                        legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast));
            }
        };
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace signpost::layout_detail
