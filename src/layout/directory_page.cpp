#include "layout/directory_page.h"

#include <algorithm>

#include "config/direction_lookup.h"
#include "layout/floor_label.h"
#include "layout/labels.h"
#include "layout/venue_order.h"

namespace signpost::layout_detail {
namespace {

// ISO 7001 proportions: length about 1.6 x width. The arrow is glance-tier
// tall (SIGN-DESIGN lists directory arrows with the glance items), which is
// also more than 1.5 x the cap height of the scan-tier names beside it.
float arrow_length() {
    return 1.2f * kGlanceCap;
}
// The gap to the text: at least 1.5 x the cap height of that text.
float arrow_gap() {
    return 1.5f * kScanCap;
}
float arrow_slot() {
    return arrow_length() + arrow_gap();
}

Rect arrow_box(Arrow a, float x, float center_y) {
    const float len = arrow_length();
    const float thick = len / 1.6f;
    if (a == Arrow::left || a == Arrow::right) {
        return {x, center_y - thick / 2, len, thick};
    }
    return {x + (len - thick) / 2, center_y - len / 2, thick, len};
}

bool on_right(Arrow a) {
    return a == Arrow::right;
}

float first_line_height(const Cell& cell) {
    const CellPiece& p = cell.pieces.front();
    if (p.kind == CellPiece::Kind::text && !p.block.lines.empty()) {
        return p.block.lines.front().height;
    }
    return p.height;
}

const Wayfinding* own_way(const LocationConfig& config, const std::string& id) {
    const auto it = config.directions.find(id);
    return it == config.directions.end() ? nullptr : &it->second;
}

}  // namespace

int arrow_rank(std::optional<Arrow> arrow) {
    if (!arrow) {
        return 6;
    }
    switch (*arrow) {
        case Arrow::ahead:
            return 0;
        case Arrow::left:
            return 1;
        case Arrow::right:
            return 2;
        case Arrow::back:
            return 3;
        case Arrow::up:
            return 4;
        case Arrow::down:
            return 5;
    }
    return 6;
}

Row destination_row(PageContext& pc, const Destination& d, float width) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    const float slot = arrow_slot();
    const float inner = std::max(0.0f, width - 2 * slot);
    const float gutter = 4 * u;
    const bool way_as_name = d.name.primary.empty();
    // Without a name (the waiting page), the way's text has the whole width.
    const bool side_by_side = !z.portrait && !way_as_name;
    const float name_w = side_by_side ? 0.5f * (inner - gutter) : inner;
    const float way_w = side_by_side ? inner - gutter - name_w : inner;

    Cell name_cell;
    Cell way_cell;
    Chip here;
    if (d.here) {
        here = make_chip(pc, label(Label::you_are_here), pc.theme.now, std::min(name_w, way_w));
    }
    if (!way_as_name) {
        // A building is a heading over its rooms: one line, cut if need be,
        // so a long name does not push its rooms to the next screen.
        TextBlock name = d.group_header
                             ? one_line_bilingual(pc.ts, d.name, {z.scan_bold, z.detail, 1, 1},
                                                  name_w, pc.inline_gap(), 6 * z.detail.size)
                             : bilingual_block(pc.ts, d.name, {z.scan_bold, z.detail, 1, 1}, name_w,
                                               pc.inline_gap());
        if (!d.floor.empty()) {
            TextRun mark = make_run(pc.ts, d.floor, z.scan, Tone::secondary);
            mark.role = "floor";
            append_run(pc.ts, name, std::move(mark), name_w, 2 * pc.inline_gap());
        }
        // "You are here" beside the name when it fits, else before the way.
        std::vector<Chip> chips;
        if (here.width > 0 && name.lines.size() == 1 &&
            name.width() + chip_gap(pc) + here.width <= name_w) {
            chips.push_back(here);
            here = Chip{};
        }
        add_text_and_chips(pc, name_cell, d.group_header ? "building-name" : "room-name",
                           std::move(name), std::move(chips), name_w, u, false);
    }
    if (here.width > 0) {
        way_cell.add_chips("here", {here}, {}, 0);
    }
    if (d.way && !d.way->text.empty()) {
        const bool big = way_as_name;
        way_cell.add_text(
            "direction-text",
            bilingual_block(pc.ts, pc.pick(d.way->text), {big ? z.scan : z.detail, z.detail, 2, 1},
                            way_w, pc.inline_gap()),
            u);
    }

    const float pad = 1.25f * u;
    const float content = side_by_side
                              ? std::max(name_cell.height(), way_cell.height())
                              : name_cell.height() +
                                    (way_cell.height() > 0 && name_cell.height() > 0 ? u : 0) +
                                    way_cell.height();
    const float arrow_h = d.way ? arrow_box(d.way->arrow, 0, 0).h : 0;
    // Centre the arrow on the first line of the row.
    const float first_line = !name_cell.pieces.empty()  ? first_line_height(name_cell)
                             : !way_cell.pieces.empty() ? first_line_height(way_cell)
                                                        : 0;
    const float arrow_top_overhang = std::max(0.0f, arrow_h / 2 - first_line / 2);
    const float body_h = std::max(content + arrow_top_overhang, arrow_h);

    Row row;
    row.group_header = d.group_header;
    row.items = 1;
    row.words = name_cell.words + way_cell.words;
    row.height = pad + body_h + pad;
    const std::optional<Arrow> arrow = d.way ? std::optional<Arrow>(d.way->arrow) : std::nullopt;
    row.draw = [&pc, name_cell = std::move(name_cell), way_cell = std::move(way_cell), pad, slot,
                name_w, way_w, gutter, side_by_side, arrow, first_line,
                arrow_top_overhang](Canvas& c, float x, float y, float w) {
        const float u2 = pc.sizes.unit;
        const float top = y + pad + arrow_top_overhang;
        const float inner_x = x + slot;
        draw_cell(c, pc, name_cell, inner_x, top, name_w);
        if (side_by_side) {
            draw_cell(c, pc, way_cell, inner_x + name_w + gutter, top, way_w);
        } else {
            const float below = name_cell.height() > 0 ? name_cell.height() + u2 : 0;
            draw_cell(c, pc, way_cell, inner_x, top + below, way_w);
        }
        if (arrow) {
            const float center = top + first_line / 2;
            const float ax = on_right(*arrow) ? x + w - arrow_length() : x;
            c.arrow("direction-arrow", arrow_box(*arrow, ax, center), *arrow,
                    legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast));
        }
    };
    return row;
}

namespace {

bool same_way(const Wayfinding* a, const Wayfinding* b) {
    if (!a || !b) {
        return a == b;
    }
    return a->arrow == b->arrow && a->text.variants() == b->text.variants();
}

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

Body build_directory_body(PageContext& pc, const PageConfig& page, float width) {
    Body body;
    if (!pc.ctx.schedule) {
        return body;
    }
    const LocationConfig& config = pc.ctx.config;
    const Venue& venue = pc.ctx.schedule->venue();
    std::vector<BuildingGroup> groups = group_rooms(venue, page.buildings, config.building);

    const auto building_way = [&](const BuildingGroup& g) -> const Wayfinding* {
        return g.building ? find_direction_to_building(config, venue.buildings[*g.building].id)
                          : nullptr;
    };
    const auto is_own = [&](const BuildingGroup& g) {
        return g.building && !config.building.empty() &&
               venue.buildings[*g.building].id == config.building;
    };
    // This screen's building first, then the others: ahead, left, right.
    std::stable_sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
        if (is_own(a) != is_own(b))
            return is_own(a);
        const auto rank = [&](const BuildingGroup& g) {
            const Wayfinding* w = building_way(g);
            return arrow_rank(w ? std::optional<Arrow>(w->arrow) : std::nullopt);
        };
        return rank(a) < rank(b);
    });

    for (BuildingGroup& g : groups) {
        if (g.building) {
            Destination header;
            header.name = pc.pick(venue.buildings[*g.building].name);
            if (header.name.primary.empty()) {
                header.name.primary = venue.buildings[*g.building].id;
            }
            header.way = building_way(g);
            header.here = is_own(g);
            header.group_header = true;
            Row hrow = destination_row(pc, header, width);
            hrow.items = g.rooms.empty() ? 1 : 0;  // a building alone is a destination itself
            body.rows.push_back(std::move(hrow));
        } else {
            // Rooms whose building is unknown: a group without a visible header.
            body.rows.push_back(Row{0, true, 0, 0, [](Canvas&, float, float, float) {}});
        }

        // Rooms by the way to them (their own, else the building's), then feed order.
        std::stable_sort(g.rooms.begin(), g.rooms.end(), [&](size_t a, size_t b) {
            const auto rank = [&](size_t r) {
                const Wayfinding* w = find_direction_to_room(config, venue, r);
                return arrow_rank(w ? std::optional<Arrow>(w->arrow) : std::nullopt);
            };
            return rank(a) < rank(b);
        });
        // Rooms that share a way (none of their own, or the same arrow and
        // words) go together in a grid beside that way, so a way is read once.
        std::vector<Destination> run;
        const Wayfinding* run_way = nullptr;
        const auto flush = [&] {
            for (Row& row : room_grid_rows(pc, run, run_way, width))
                body.rows.push_back(std::move(row));
            run.clear();
        };
        for (size_t r : g.rooms) {
            const Room& room = venue.rooms[r];
            Destination d;
            d.name = pc.pick(room.name);
            if (d.name.primary.empty()) {
                d.name.primary = room.id;
            }
            d.floor = floor_mark(room.floor, pc.langs);
            d.way = own_way(config, room.id);
            if (!run.empty() && !same_way(run_way, d.way)) {
                flush();
            }
            run_way = d.way;
            run.push_back(std::move(d));
        }
        flush();
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
