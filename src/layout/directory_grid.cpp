// Rooms that share one way, as a grid under the way's arrow and text: see
// room_grid_rows in directory_page.h.
#include <algorithm>

#include "layout/directory_arrows.h"
#include "layout/directory_page.h"
#include "layout/directory_way_line.h"
#include "layout/room_name_line.h"
#include "layout/room_state.h"

namespace signpost::layout_detail {
namespace {

// One room in the grid: on one line when its name, translation and floor fit
// there; else its name (up to two lines) with the floor mark after it, and
// its translation on one line under it.
Cell name_cell(PageContext& pc, const Destination& d, float width);

// The room's cell with its live state badge after the name when both fit on
// one line, else under it.
Cell grid_cell(PageContext& pc, const Destination& d, float width) {
    Cell cell = name_cell(pc, d, width);
    if (!d.state || cell.pieces.size() != 1) {
        return cell;
    }
    Cell with;
    add_text_and_chips(pc, with, "room-name", std::move(cell.pieces.front().block),
                       {room_state_chip(pc, *d.state, width)}, width, pc.sizes.unit / 2, false);
    return with;
}

Cell name_cell(PageContext& pc, const Destination& d, float width) {
    const Sizes& z = pc.sizes;
    const float gap = pc.inline_gap();
    if (std::optional<TextBlock> line = room_line(pc, d.name, d.floor, width)) {
        Cell cell;
        cell.add_text("room-name", std::move(*line));
        return cell;
    }
    TextBlock name = bilingual_block(pc.ts, d.name, {z.scan_bold, z.detail, 2, 1}, width, gap);
    const bool one_line = name.lines.size() == 1;
    if (!one_line || d.floor.empty() ||
        name.width() + 2 * gap + pc.ts.width(d.floor, z.scan) > width) {
        name =
            bilingual_block(pc.ts, {d.name.primary, {}}, {z.scan_bold, z.detail, 2, 0}, width, gap);
        if (!d.floor.empty()) {
            append_run(pc.ts, name, floor_run(pc, d.floor), width, 2 * gap);
        }
        if (!d.name.secondary.empty()) {
            TextBlock below =
                translation_block(pc.ts, d.name.secondary, z.detail, Tone::secondary, width, 2);
            append_block(name, std::move(below));
        }
    } else {
        append_run(pc.ts, name, floor_run(pc, d.floor), width, 2 * gap);
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
    const bool has_text = way && !way->text.empty();
    // A few rooms that fit one line with the way's text beside them: one
    // destination row (its step-free line joins it, as a lone room's).
    if (has_text) {
        if (std::optional<Row> line = way_beside_rooms_row(pc, rooms, *way, width)) {
            rows.push_back(std::move(*line));
            return rows;
        }
    }
    // The way's arrow and text head the grid, read once however many rooms
    // follow (and again at the top of a screen where the grid goes on).
    if (has_text) {
        rows.push_back(way_header_row(pc, *way, width, rooms.front().id));
    }
    // An arrow without words stands beside every grid line instead.
    const std::optional<Arrow> line_arrow =
        way && !has_text ? std::optional<Arrow>(way->arrow) : std::nullopt;
    const float slot = directory_slot(pc);
    // Cells start under the names (after the left arrow slot); the right slot
    // is kept only for a right arrow beside every line.
    const float inner =
        std::max(0.0f, width - slot - (line_arrow && on_right(*line_arrow) ? slot : 0));

    const float cell_gap = 4 * u;
    // Rooms on floors: the floor stands once at the head of each grid line,
    // in a column of its own, instead of after every name (a floor mark
    // repeated in every cell took a grid column of four); a room alone in
    // its grid too, so its line reads as the grid lines around it
    // ("0F · 0층  Janson" under "3F · 3층  H.3242", not "Janson  0F · 0층").
    // Not for floor names so long that their column would take half of
    // the line: those stay after each name, where a long one wraps.
    float floor_w = 0;
    for (const Destination& d : rooms) {
        floor_w = std::max(floor_w, pc.ts.width(d.floor, z.scan) + cell_gap);
    }
    const bool floor_column = !rooms.empty() && 2 * floor_w <= inner &&
                              std::all_of(rooms.begin(), rooms.end(),
                                          [](const Destination& d) { return !d.floor.empty(); });
    std::vector<Destination> named = rooms;
    if (floor_column) {
        for (Destination& d : named) {
            d.floor.clear();
        }
    } else {
        floor_w = 0;
    }
    // Under a building's own row (no way of the grid's own, so no arrow
    // hangs into the lines), and under a way that points right (its arrow
    // stands and hangs on the right), the left arrow slot is empty: the floor
    // column takes its place.
    const bool floor_in_slot = floor_column && (!way || (has_text && on_right(way->arrow)));
    const float floor_x = floor_in_slot ? 0 : slot;
    // Room for a short name and its floor at the scan tier; longer names wrap in their cell.
    const float min_cell = 5 * z.detail.size;
    float badge = 0;  // a live state's badge keeps both its languages
    for (const Destination& d : named) {
        if (d.state) {
            badge = std::max(badge, room_state_min_width(pc, *d.state));
        }
    }
    const auto cell_width = [&](float cells_w, int n) {
        return (cells_w - static_cast<float>(n - 1) * cell_gap) / static_cast<float>(n);
    };
    // Whether a name is cut in a cell `w` wide: it wraps in two lines, its
    // translation in two under it.
    const auto cut_in = [&](const Destination& d, float w) {
        const Cell cell = name_cell(pc, d, w);
        return std::any_of(cell.pieces.begin(), cell.pieces.end(),
                           [](const CellPiece& p) { return p.block.truncated; });
    };
    // The width each name's first language takes on one line with its floor
    // mark (its translation may wrap under it).
    std::vector<float> widths;
    for (const Destination& d : named) {
        const float mark_w =
            d.floor.empty() ? 0 : 2 * pc.inline_gap() + pc.ts.width(d.floor, z.scan);
        widths.push_back(
            std::max(min_cell, std::min(room_line_width(pc, d.name, d.floor),
                                        pc.ts.width(d.name.primary, z.scan_bold) + mark_w)));
    }
    // Grid lines are closer than destination rows: no arrow of their own.
    const float pad = line_arrow ? 1.25f * u : 0.75f * u;
    const float line_arrow_h = line_arrow ? arrow_box(*line_arrow, 0, 0).h : 0;

    // The rooms a cell of `n` columns cuts and a line of their own keeps whole.
    const auto alone_at = [&](float cells_w, int n) {
        std::vector<bool> out(named.size(), false);
        for (size_t i = 0; n > 1 && i < named.size(); ++i) {
            out[i] = cut_in(named[i], cell_width(cells_w, n)) && !cut_in(named[i], cells_w);
        }
        return out;
    };
    // One row per grid line, so a long group paginates line by line; with a
    // floor column, each floor starts a line of its own.
    const auto lines_of = [&](float cells_w, int n) {
        const std::vector<bool> alone = alone_at(cells_w, n);
        std::vector<std::pair<size_t, size_t>> out;  // [first, last) of `rooms`
        for (size_t first = 0; first < rooms.size();) {
            size_t last =
                alone[first] ? first + 1 : std::min(rooms.size(), first + static_cast<size_t>(n));
            for (size_t i = first + 1; i < last; ++i) {
                if (alone[i] || (floor_column && rooms[i].floor != rooms[first].floor)) {
                    last = i;
                    break;
                }
            }
            out.emplace_back(first, last);
            first = last;
        }
        return out;
    };
    // A line's last room takes the cells the line leaves empty after it (a
    // floor's odd room, "131호 (SIG 회의실)" alone on its line), so its name
    // and translation are not wrapped beside nothing.
    const auto width_in_line = [&](float cells_w, int n, size_t index, size_t count) {
        const float w = cell_width(cells_w, n);
        if (index + 1 < count || count >= static_cast<size_t>(n)) {
            return w;
        }
        return cells_w - static_cast<float>(index) * (w + cell_gap);
    };
    // The floor as a heading over its lines instead of a column beside them
    // (headings): a line for each floor buys the cells the column's width.
    // That pays where the names then fit their cells on one line (a
    // congress's "B1 - P1 - Room 100", two a line in portrait instead of two
    // lines each) and not where a floor holds a line or two (the demo). Only
    // in a grid without a way of its own: the heading is then the sub-group's
    // header, repeated at the top of a screen where its floor goes on.
    TextBlock floor_mark_h;  // a heading's height, from any floor label
    if (floor_column) {
        append_run(pc.ts, floor_mark_h, floor_run(pc, rooms.front().floor), inner, 0);
    }
    const float heading_h = pad + floor_mark_h.height();
    const auto starts_floor = [&](size_t first) {
        return floor_column && (first == 0 || rooms[first - 1].floor != rooms[first].floor);
    };
    struct Geometry {
        bool headings = false;
        float cells_x = 0;
        float cells_w = 0;
        int cols = 1;
        float height = 0;
    };
    const auto choose = [&](bool headings) {
        Geometry g;
        g.headings = headings;
        g.cells_x = headings ? floor_x : (floor_in_slot ? std::max(slot, floor_w) : slot + floor_w);
        // The width the cells share.
        g.cells_w = std::max(0.0f, inner - (g.cells_x - slot));
        const float cells_w = g.cells_w;
        // As many columns as keep three names in four on one line in their cell
        // (with their translation, or it under them, wrapped in two lines if
        // need be) and cut no name that one column keeps whole: a long name
        // ("215호 (Upstream Institute)") wraps in its cell rather than costing
        // the grid its columns.
        int cols = std::max(1, static_cast<int>((cells_w + cell_gap) / (min_cell + cell_gap)));
        int widest = 1;  // the most columns that keep a badge whole
        for (; cols > 1; --cols) {
            const float w = cell_width(cells_w, cols);
            if (w < badge) {
                continue;
            }
            widest = std::max(widest, cols);
            bool cuts = false;
            for (size_t i = 0; i < named.size() && !cuts; ++i) {
                cuts = cut_in(named[i], w) && !cut_in(named[i], cell_width(cells_w, 1));
            }
            if (cuts) {
                continue;
            }
            const auto fits =
                std::count_if(widths.begin(), widths.end(), [&](float x) { return x <= w; });
            if (4 * fits >= 3 * static_cast<long>(widths.size())) {
                break;
            }
        }
        // No count keeps three names in four on one line (a floor of long names,
        // FOSDEM's "UA2.114 (Baudoux)"): the grid's height alone decides, from
        // the most columns, so a few names wrapped in their cells do not cost
        // every room a line of its own; a name such a cell would cut stands on a
        // line of its own instead ("215호 (Upstream Institute)" in portrait,
        // between lines of two).
        if (cols == 1) {
            cols = widest;
        }
        // Fewer columns where that makes the grid lower: in wider cells a few
        // rooms sit on one line with their translation (a name over its
        // translation takes a grid line nearly twice as high), and a floor's
        // two rooms are not set in cells made for five.
        const auto height_of = [&](int n) {
            float total = 0;
            for (const auto& [first, last] : lines_of(cells_w, n)) {
                float line_h = 0;
                float first_line = 0;
                for (size_t i = first; i < last; ++i) {
                    const Cell cell =
                        grid_cell(pc, named[i], width_in_line(cells_w, n, i - first, last - first));
                    line_h = std::max(line_h, cell.height());
                    if (i == first && !cell.pieces.empty() &&
                        !cell.pieces.front().block.lines.empty()) {
                        first_line = cell.pieces.front().block.lines.front().height;
                    }
                }
                if (!headings && floor_column) {
                    line_h = std::max(line_h, floor_mark_h.height());
                }
                const float overhang = std::max(0.0f, line_arrow_h / 2 - first_line / 2);
                total += pad + std::max(line_h + overhang, line_arrow_h) + pad;
                if (headings && starts_floor(first)) {
                    total += heading_h;
                }
            }
            return total;
        };
        float lowest = height_of(cols);
        for (int n = cols - 1; n >= 1; --n) {
            const float h = height_of(n);
            if (h < lowest - 0.5f) {  // as low: the more columns
                lowest = h;
                cols = n;
            }
        }
        g.cols = cols;
        g.height = lowest;
        return g;
    };
    Geometry geo = choose(false);
    if (floor_column && !has_text) {
        // Headings only where they save at least a grid line's worth.
        const Geometry headed = choose(true);
        if (headed.height < geo.height - 2 * floor_mark_h.height()) {
            geo = headed;
        }
    }
    const int cols = geo.cols;
    const float cells_x = geo.cells_x;
    const float cells_w = geo.cells_w;
    const float cell_w = cell_width(cells_w, cols);
    const std::vector<std::pair<size_t, size_t>> lines = lines_of(cells_w, cols);
    for (const auto& [first, last] : lines) {
        std::vector<Cell> cells;
        std::vector<std::string> ids;
        float line_h = 0;
        int words = 0;
        std::vector<float> widths_in_line;
        for (size_t i = first; i < last; ++i) {
            widths_in_line.push_back(width_in_line(cells_w, cols, i - first, last - first));
            cells.push_back(grid_cell(pc, named[i], widths_in_line.back()));
            ids.push_back(rooms[i].id);
            words += cells.back().words;
            line_h = std::max(line_h, cells.back().height());
        }
        Cell floor;
        if (floor_column && (!geo.headings || starts_floor(first))) {
            TextBlock mark;
            append_run(pc.ts, mark, floor_run(pc, rooms[first].floor),
                       geo.headings ? inner : floor_w, 0);
            floor.add_text("floor", std::move(mark));
            if (!geo.headings) {
                line_h = std::max(line_h, floor.height());
            }
        }
        if (geo.headings && !floor.pieces.empty()) {
            // The floor's heading, named as its first room's: a sub-group
            // header, so it never ends a screen and stands again over its
            // lines on the next.
            Row heading;
            heading.subgroup_header = true;
            heading.height = heading_h;
            heading.draw = [&pc, floor = std::move(floor), id = rooms[first].id, floor_x, pad,
                            inner](Canvas& c, float x, float y, float) {
                ItemIdentity room;
                room.room = id;
                IdentityScope scope(c, std::move(room));
                draw_cell(c, pc, floor, x + floor_x, y + pad, inner);
            };
            rows.push_back(std::move(heading));
            floor = Cell{};
        }
        // A cell too narrow for any text (a degenerate width) has no line.
        const Cell& lead = cells.front();
        const float first_line = lead.pieces.empty() || lead.pieces.front().block.lines.empty()
                                     ? 0
                                     : lead.pieces.front().block.lines.front().height;
        const float arrow_h = line_arrow ? arrow_box(*line_arrow, 0, 0).h : 0;
        const float overhang = std::max(0.0f, arrow_h / 2 - first_line / 2);

        Row row;
        row.items = static_cast<int>(last - first);
        row.words = words;
        row.in_subgroup = has_text || geo.headings;
        row.height = pad + std::max(line_h + overhang, arrow_h) + pad;
        row.draw = [&pc, cells = std::move(cells), ids = std::move(ids), floor = std::move(floor),
                    widths_in_line = std::move(widths_in_line), cell_w, cell_gap, floor_x, cells_x,
                    pad, overhang, line_arrow, first_line](Canvas& c, float x, float y, float w) {
            const float top = y + pad + overhang;
            if (!floor.pieces.empty()) {
                // The line's floor, named as its first room's.
                ItemIdentity room;
                room.room = ids.front();
                IdentityScope scope(c, std::move(room));
                draw_cell(c, pc, floor, x + floor_x, top, cells_x - floor_x);
            }
            for (size_t i = 0; i < cells.size(); ++i) {
                ItemIdentity room;
                room.room = ids[i];
                IdentityScope scope(c, std::move(room));
                draw_cell(c, pc, cells[i],
                          x + cells_x + static_cast<float>(i) * (cell_w + cell_gap), top,
                          widths_in_line[i]);
            }
            if (line_arrow) {
                ItemIdentity to;
                to.destination = ids.front();
                IdentityScope scope(c, std::move(to));
                const float ax = on_right(*line_arrow) ? x + w - arrow_length() : x;
                c.arrow("direction-arrow", arrow_box(*line_arrow, ax, top + first_line / 2),
                        *line_arrow,
                        legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast));
            }
        };
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace signpost::layout_detail
