#include "layout/directory_way_line.h"

#include <algorithm>

#include "layout/directory_arrows.h"
#include "layout/directory_page.h"
#include "layout/room_name_line.h"

namespace signpost::layout_detail {
namespace {

float first_line_of(const TextBlock& block) {
    return block.lines.empty() ? 0 : block.lines.front().height;
}

}  // namespace

std::optional<Row> way_beside_rooms_row(PageContext& pc, const std::vector<Destination>& rooms,
                                        const Wayfinding& way, float width) {
    if (rooms.empty() || way.text.empty() ||
        std::any_of(rooms.begin(), rooms.end(), [](const Destination& d) { return d.state; })) {
        return std::nullopt;
    }
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    const float slot = arrow_slot();
    const bool right = on_right(way.arrow);
    // Between the arrow slots, as a grid line (the right one only for a
    // right arrow).
    const float inner = std::max(0.0f, width - slot - (right ? slot : 0));
    const float cell_gap = 4 * u;
    const float gutter = 4 * u;
    // One floor for all: named once before the rooms, as a grid line's.
    const bool one_floor = !rooms.front().floor.empty() &&
                           std::all_of(rooms.begin(), rooms.end(), [&](const Destination& d) {
                               return d.floor == rooms.front().floor;
                           });
    TextBlock floor_mark;
    if (one_floor) {
        append_run(pc.ts, floor_mark, floor_run(pc, rooms.front().floor), inner, 0);
    }
    // Where the line's text ends: at the right arrow's slot, or the edge.
    const float right_edge = width - (right ? slot : 0);
    // Under a right arrow the left slot is empty: the floor stands in it,
    // as in a grid line under such a way.
    const float floor_x = right ? 0 : slot;
    const float rooms_x = !one_floor ? slot
                          : right    ? std::max(slot, floor_mark.width() + cell_gap)
                                     : slot + floor_mark.width() + cell_gap;
    float used = 0;
    std::vector<TextBlock> names;
    for (const Destination& d : rooms) {
        std::optional<TextBlock> line =
            room_line(pc, d.name, one_floor ? std::string{} : d.floor, inner);
        if (!line) {
            return std::nullopt;
        }
        used += line->width() + (names.empty() ? 0 : cell_gap);
        names.push_back(std::move(*line));
    }
    // The way's two languages on one line where they fit after the rooms,
    // else one over the other.
    const Bilingual words = way_words(pc.pick(way.text));
    const float room_left = right_edge - rooms_x - used - gutter;
    if (room_left <= 0) {
        return std::nullopt;
    }
    TextBlock way_text =
        bilingual_block(pc.ts, words, {z.detail, z.detail, 1, 1}, room_left, 2 * pc.inline_gap());
    if (way_text.truncated || way_text.empty()) {
        return std::nullopt;
    }
    const float way_w = way_text.width();
    const float name_line = first_line_of(names.front());
    const float way_line = first_line_of(way_text);
    const float arrow_h = arrow_box(way.arrow, 0, 0).h;
    const float overhang = std::max(0.0f, arrow_h / 2 - name_line / 2);
    float content = 0;
    for (const TextBlock& name : names) {
        content = std::max(content, name.height());
    }
    content = std::max({content, floor_mark.height(), way_text.height()});
    const float pad = 1.25f * u;

    Row row;
    row.items = static_cast<int>(rooms.size());
    for (const TextBlock& name : names) {
        row.words += name.words;
    }
    row.words += way_text.words;
    row.height = pad + std::max(content + overhang, arrow_h) + pad;
    std::vector<std::string> ids;
    for (const Destination& d : rooms) {
        ids.push_back(d.id);
    }
    row.draw = [&pc, names = std::move(names), floor_mark = std::move(floor_mark),
                way_text = std::move(way_text), ids = std::move(ids), arrow = way.arrow, floor_x,
                rooms_x, right_edge, cell_gap, way_w, pad, overhang, name_line,
                way_line](Canvas& c, float x, float y, float w) {
        const float top = y + pad + overhang;
        if (!floor_mark.empty()) {
            ItemIdentity room;
            room.room = ids.front();
            IdentityScope scope(c, std::move(room));
            draw_block(c, floor_mark, "floor", x + floor_x, top, floor_mark.width(), HAlign::left,
                       pc.theme.ink, pc.theme, pc.theme.background);
        }
        float at = x + rooms_x;
        for (size_t i = 0; i < names.size(); ++i) {
            ItemIdentity room;
            room.room = ids[i];
            IdentityScope scope(c, std::move(room));
            draw_block(c, names[i], "room-name", at, top, names[i].width(), HAlign::left,
                       pc.theme.ink, pc.theme, pc.theme.background);
            at += names[i].width() + cell_gap;
        }
        // The way's text ends where the rooms' line does: at the right arrow,
        // or at the row's right edge.
        const float way_x = x + right_edge - way_w;
        draw_block(c, way_text, "direction-text", way_x, top + (name_line - way_line) / 2, way_w,
                   HAlign::left, pc.theme.ink, pc.theme, pc.theme.background);
        ItemIdentity to;
        to.destination = ids.front();
        IdentityScope scope(c, std::move(to));
        const float ax = on_right(arrow) ? x + w - arrow_length() : x;
        c.arrow("direction-arrow", arrow_box(arrow, ax, top + name_line / 2), arrow,
                legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast));
    };
    return row;
}

Row way_header_row(PageContext& pc, const Wayfinding& way, float width,
                   const std::string& destination) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    const float slot = arrow_slot();
    // The right arrow slot is kept only for a right arrow.
    const float inner = std::max(0.0f, width - slot - (on_right(way.arrow) ? slot : 0));
    Cell way_cell;
    way_cell.add_text("direction-text",
                      bilingual_block(pc.ts, way_words(pc.pick(way.text)),
                                      {z.detail, z.detail, 2, 2}, inner, 2 * pc.inline_gap()));
    const float first_line = way_cell.pieces.front().block.lines.empty()
                                 ? 0
                                 : way_cell.pieces.front().block.lines.front().height;
    const float arrow_h = arrow_box(way.arrow, 0, 0).h;
    // The arrow beside the way's first line; beside the whole text where that
    // is as tall as the arrow (a portrait way over two lines, its English
    // under it), so it stands no higher than the words.
    const float text_h = way_cell.height();
    const float centre = text_h >= arrow_h ? text_h / 2 : first_line / 2;
    const float overhang = std::max(0.0f, arrow_h / 2 - centre);
    const float pad = 1.25f * u;

    Row row;
    row.subgroup_header = true;
    row.words = way_cell.words;
    // The arrow may hang below the text into the arrow slot of the first grid
    // line, which is empty (grid lines are indented by the slot) and always on
    // the same screen (pagination keeps a header with its first row); not
    // into a step-free line whose arrow stands in the right slot under it
    // too ("↘" over "↗", their corners met): the row ends a unit under the
    // arrow then.
    const float hang = centre + arrow_h / 2 - text_h;
    const bool arrow_below = way.step_free && way.step_free->arrow &&
                             on_right(*way.step_free->arrow) && on_right(way.arrow);
    const float clear = arrow_below && hang > 0 ? std::max(0.0f, hang + u - pad) : 0;
    row.height = pad + overhang + text_h + pad + clear;
    row.draw = [&pc, way_cell = std::move(way_cell), arrow = way.arrow, slot, inner, pad, overhang,
                centre, destination](Canvas& c, float x, float y, float w) {
        const float top = y + pad + overhang;
        draw_cell(c, pc, way_cell, x + slot, top, inner);
        ItemIdentity to;
        to.destination = destination;
        IdentityScope scope(c, std::move(to));
        const float ax = on_right(arrow) ? x + w - arrow_length() : x;
        c.arrow("direction-arrow", arrow_box(arrow, ax, top + centre), arrow,
                legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast));
    };
    return row;
}

}  // namespace signpost::layout_detail
