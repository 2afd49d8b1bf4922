#include "layout/directory_page.h"

#include <algorithm>
#include <deque>

#include "config/direction_lookup.h"
#include "layout/directory_arrows.h"
#include "layout/directory_building_header.h"
#include "layout/directory_name_groups.h"
#include "layout/directory_ways.h"
#include "layout/floor_label.h"
#include "layout/labels.h"
#include "layout/room_name_line.h"
#include "layout/room_state.h"
#include "layout/step_free_row.h"
#include "layout/venue_order.h"

namespace signpost::layout_detail {
namespace {

// The narrowest row that sets a name and its way side by side, each in half.
constexpr float kSideBySideWidth = 900;

float first_line_height(const Cell& cell) {
    const CellPiece& p = cell.pieces.front();
    if (p.kind == CellPiece::Kind::text && !p.block.lines.empty()) {
        return p.block.lines.front().height;
    }
    return p.height;
}

}  // namespace

int arrow_rank(std::optional<Arrow> arrow) {
    if (!arrow) {
        return 6;
    }
    switch (*arrow) {
        case Arrow::ahead:
        case Arrow::ahead_left:
        case Arrow::ahead_right:
            return 0;
        case Arrow::left:
            return 1;
        case Arrow::right:
            return 2;
        case Arrow::back:
        case Arrow::back_left:
        case Arrow::back_right:
            return 3;
        case Arrow::up:
            return 4;
        case Arrow::down:
            return 5;
    }
    return 6;
}

float directory_slot(const PageContext& pc) {
    return pc.directory_arrows ? arrow_slot() : 0.0f;
}

Row destination_row(PageContext& pc, const Destination& d, float width) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    const float slot = directory_slot(pc);
    // The right arrow slot is kept only for a right arrow, as on a way's own
    // line and a grid line: a way to the left or ahead has that width too.
    const bool right_arrow = d.way && on_right(d.way->arrow);
    const float inner = std::max(0.0f, width - slot - (right_arrow ? slot : 0));
    const float gutter = 4 * u;
    const bool way_as_name = d.name.primary.empty();
    // Without a name (the waiting page), the way's text has the whole width.
    // Side by side on a wide row; in a narrow column (a directory set in
    // columns) the way goes under the name, as in portrait.
    const bool side_by_side = !z.portrait && !way_as_name && inner >= kSideBySideWidth;
    // Side by side, each takes half; a short way (its two languages on one
    // line, "you are here" above it) gives the name what it leaves, so a
    // long building name is not cut where the row has room.
    float half = 0.5f * (inner - gutter);
    if (side_by_side) {
        const Bilingual words = d.way ? way_words(pc.pick(d.way->text)) : Bilingual{};
        float way_need = pc.ts.width(words.primary, z.detail);
        if (!words.secondary.empty()) {
            way_need += pc.inline_gap() + pc.ts.width(words.secondary, z.detail);
        }
        if (d.here) {
            way_need = std::max(
                way_need, make_chip(pc, label(Label::you_are_here), pc.theme.now, inner).width);
        }
        // A short name ("1F · 1층  2홀 Hall 2", "포룸 오디토리움 Auditori
        // Fòrum") leaves the way the rest of the row where both then stand
        // on one line each: its two languages on one line, not two.
        if (room_line_width(pc, d.name, d.floor) + gutter + way_need + u <= inner) {
            half = inner - gutter - (way_need + u);
        } else {
            half = std::max(half, inner - gutter - std::min(way_need + u, half));
            // A building's name is one line, cut where it is longer: it keeps
            // its first language whole where the way beside it still has
            // two fifths of the row (its lines wrap there, never cut).
            const float primary_need = pc.ts.width(d.name.primary, z.scan_bold) + u;
            if (d.group_header && primary_need > half && primary_need <= 0.6f * (inner - gutter)) {
                half = primary_need;
            }
        }
    }
    const float name_w = side_by_side ? half : inner;
    const float way_w = side_by_side ? inner - gutter - name_w : inner;

    Cell name_cell;
    Cell way_cell;
    Chip here;
    if (d.here) {
        here = make_chip(pc, label(Label::you_are_here), pc.theme.now, std::min(name_w, way_w));
    }
    if (!way_as_name) {
        // A building repeated over a screen where its rooms go on (no way
        // text under it) keeps "you are here" on its name's line, the name
        // cut shorter for it: a line of its own there (a narrow row, where
        // the name and way are not side by side) took a grid line's height
        // on every such screen.
        // Not where that cuts the name ("Congress…" for "Congress Center"):
        // the chip goes under it, and the building's repeats leave it out
        // (build_directory_body).
        const float whole = pc.ts.width(d.name.primary, z.scan_bold);
        const bool chip_on_line = d.group_header && here.width > 0 && !side_by_side &&
                                  (!d.way || d.way->text.empty()) &&
                                  here.width + chip_gap(pc) + 6 * z.detail.size <= name_w &&
                                  whole + chip_gap(pc) + here.width <= name_w;
        const float heading_w = chip_on_line ? name_w - here.width - chip_gap(pc) : name_w;
        // A building is a heading over its rooms: one line, cut if need be,
        // so a long name does not push its rooms to the next screen.
        TextBlock name = d.group_header
                             ? one_line_bilingual(pc.ts, d.name, {z.scan_bold, z.detail, 1, 1},
                                                  heading_w, pc.inline_gap(), 6 * z.detail.size)
                             : bilingual_block(pc.ts, d.name, {z.scan_bold, z.detail, 1, 1}, name_w,
                                               pc.inline_gap());
        if (!d.floor.empty()) {
            append_run(pc.ts, name, floor_run(pc, d.floor), name_w, 2 * pc.inline_gap());
            // On the name's line, a room's floor stands before it, at the
            // head of the line as a grid line's does ("1F · 1층  2홀 Hall 2"
            // under "0F · 0층  로비 Foyer", not after the name): the same
            // runs, so the same width and words.
            if (name.lines.size() == 1 && name.lines[0].runs.size() > 1) {
                std::vector<TextRun> runs = name.lines[0].runs;
                TextRun mark = std::move(runs.back());
                runs.pop_back();
                runs.front().gap_before = mark.gap_before;
                mark.gap_before = 0;
                runs.insert(runs.begin(), std::move(mark));
                name.lines[0] = make_line(std::move(runs));
            }
        }
        // "You are here" beside the name when it fits, else before the way.
        std::vector<Chip> chips;
        if (here.width > 0 && name.lines.size() == 1 &&
            name.width() + chip_gap(pc) + here.width <= name_w) {
            chips.push_back(here);
            here = Chip{};
        }
        if (d.state) {
            chips.push_back(room_state_chip(pc, *d.state, name_w));
        }
        add_text_and_chips(pc, name_cell, d.group_header ? "building-name" : "room-name",
                           std::move(name), std::move(chips), name_w, u, false);
    }
    if (here.width > 0) {
        way_cell.add_chips("here", {here}, {}, 0);
    }
    if (d.way && !d.way->text.empty()) {
        const bool big = way_as_name;
        // A destination's way is read whole: its translation takes a second
        // line rather than being cut ("Right exit, across the street to
        // the hot…" beside a hotel's long name).
        way_cell.add_text("direction-text",
                          bilingual_block(pc.ts, way_words(pc.pick(d.way->text)),
                                          {big ? z.scan : z.detail, z.detail, 2, big ? 1 : 2},
                                          way_w, pc.inline_gap()),
                          u);
    }

    // A building's name beside a way cell of two lines ("you are here" over
    // the way): where its translation is cut or left out on the name's line
    // ("CCIB – Cent…"), it goes under the name when that is at most two
    // units higher than the way (a bold line and a detail line against a
    // chip and a detail line), so the row grows by no more than that.
    if (d.group_header && side_by_side && !d.name.secondary.empty() &&
        name_cell.pieces.size() == 1 && name_cell.pieces.front().chips.empty() &&
        pc.ts.width(d.name.primary, z.scan_bold) + pc.inline_gap() +
                pc.ts.width(d.name.secondary, z.detail) >
            name_w) {
        TextBlock under =
            bilingual_block(pc.ts, d.name, {z.scan_bold, z.detail, 1, 1}, name_w, pc.inline_gap());
        if (under.lines.size() == 2 && under.height() <= way_cell.height() + 2 * u) {
            name_cell = Cell{};
            name_cell.add_text("building-name", std::move(under));
        }
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
    ItemIdentity identity;
    if (!way_as_name) {
        (d.group_header ? identity.building : identity.room) = d.id;
    }
    row.draw = [&pc, name_cell = std::move(name_cell), way_cell = std::move(way_cell), pad, slot,
                name_w, way_w, gutter, side_by_side, arrow, first_line, arrow_top_overhang,
                identity, id = d.id](Canvas& c, float x, float y, float w) {
        IdentityScope scope(c, identity);
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
            ItemIdentity to = identity;
            to.destination = id;
            IdentityScope arrow_scope(c, std::move(to));
            const float center = top + first_line / 2;
            const float ax = on_right(*arrow) ? x + w - arrow_length() : x;
            c.arrow("direction-arrow", arrow_box(*arrow, ax, center), *arrow,
                    legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast));
        }
    };
    return row;
}

Body build_directory_body(PageContext& pc, const PageConfig& page, float width) {
    Body body;
    if (!pc.ctx.schedule) {
        return body;
    }
    const LocationConfig& config = pc.ctx.config;
    const Venue& venue = pc.ctx.schedule->venue();
    std::vector<BuildingGroup> groups = group_rooms(venue, page.buildings, config.building);
    // The shared ways of grouped rooms, alive while the rows are built (rows
    // copy what they draw).
    std::deque<Wayfinding> merged;

    const auto building_way = [&](const BuildingGroup& g) -> const Wayfinding* {
        return g.building ? find_direction_to_building(config, venue.buildings[*g.building].id)
                          : nullptr;
    };
    const auto is_own = [&](const BuildingGroup& g) {
        return g.building && !config.building.empty() &&
               venue.buildings[*g.building].id == config.building;
    };
    // An arrow anywhere (a building's way or a room's own) keeps every row's
    // arrow slot; set before any row is built.
    pc.directory_arrows = std::any_of(groups.begin(), groups.end(), [&](const BuildingGroup& g) {
        return building_way(g) != nullptr ||
               std::any_of(g.rooms.begin(), g.rooms.end(), [&](size_t r) {
                   return find_own_direction(config, venue.rooms[r].id) != nullptr;
               });
    });
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
            header.id = venue.buildings[*g.building].id;
            push_building_header(pc, body, header, !g.rooms.empty(), merged, width);
        } else {
            // Rooms whose building is unknown: a group without a visible header.
            body.rows.push_back(Row{0, true, 0, 0, [](Canvas&, float, float, float) {}});
        }

        // Rooms by the way to them (their own, else the building's), then by
        // floor, bottom to top, and name in natural order (Room 2 < Room 10).
        sort_rooms_naturally(venue, g.rooms, pc.langs);
        // Within an arrow, rooms reached the same way stand together (ways
        // in the order they first come), so that each way is read once.
        std::vector<std::pair<int, size_t>> keys;  // (arrow rank, way group)
        std::vector<const Wayfinding*> groups_seen;
        for (size_t r : g.rooms) {
            const Wayfinding* w = find_direction_to_room(config, venue, r);
            const int rank = arrow_rank(w ? std::optional<Arrow>(w->arrow) : std::nullopt);
            const Wayfinding* own = find_own_direction(config, venue.rooms[r].id);
            size_t k = 0;
            while (k < groups_seen.size() && !same_direction(groups_seen[k], own)) {
                ++k;
            }
            if (k == groups_seen.size()) {
                groups_seen.push_back(own);
            }
            keys.emplace_back(rank, k);
        }
        std::vector<size_t> order(g.rooms.size());
        for (size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return keys[a] < keys[b]; });
        std::vector<size_t> sorted;
        for (size_t i : order) {
            sorted.push_back(g.rooms[i]);
        }
        g.rooms = std::move(sorted);
        // Rooms that share a way (none of their own, or the same arrow and
        // words) go together in a grid beside that way, so a way is read once.
        std::vector<Destination> run;
        const Wayfinding* run_way = nullptr;
        std::vector<const Wayfinding*> run_ways;
        const auto flush = [&] {
            if (run.size() > 1 && run_way) {
                merged.push_back(shared_way(run_ways));
                run_way = &merged.back();
            }
            if (run.size() == 1 && run_way && !run_way->text.empty()) {
                // A room alone on its way reads as a destination: name, then way.
                std::vector<Row> rows;
                rows.push_back(destination_row(pc, run.front(), width));
                push_way_rows(pc, body, std::move(rows), run_way, {run.front().id}, width);
            } else {
                std::vector<std::string> ids;
                for (const Destination& d : run)
                    ids.push_back(d.id);
                // The header row of the grid carries the way (none without text).
                const bool headed = run_way && !run_way->text.empty();
                if (headed) {
                    push_way_rows(pc, body, room_grid_rows(pc, run, run_way, width), run_way, ids,
                                  width);
                } else {
                    push_name_groups(pc, body, run, run_way, width);
                }
            }
            run.clear();
            run_ways.clear();
        };
        for (size_t r : g.rooms) {
            const Room& room = venue.rooms[r];
            Destination d;
            // Without what its building's row and its floor mark say.
            d.name = pc.room_name_by_floor(room);
            if (d.name.primary.empty()) {
                d.name.primary = room.id;
            }
            d.floor = floor_mark(room.floor, pc.langs);
            d.floor_label = room.floor;
            d.way = find_own_direction(config, room.id);
            d.id = room.id;
            d.state = shown_room_state(pc.ctx, r);
            if (!run.empty() && !same_direction(run_way, d.way)) {
                flush();
            }
            run_way = d.way;
            run_ways.push_back(d.way);
            run.push_back(std::move(d));
        }
        flush();
    }
    body.draw_empty = [&pc](Canvas& c, Rect area) {
        draw_empty_message(c, area, pc, label(Label::no_rooms));
    };
    return body;
}

}  // namespace signpost::layout_detail
