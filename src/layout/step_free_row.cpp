#include "layout/step_free_row.h"

#include <algorithm>
#include <string_view>

#include "layout/cell.h"
#include "layout/directory_arrows.h"

namespace signpost::layout_detail {

ItemIdentity way_identity(const std::vector<std::string>& destinations, std::string route) {
    ItemIdentity id;
    if (destinations.size() == 1) {
        id.destination = destinations.front();
    } else {
        id.destinations = destinations;
    }
    id.route = std::move(route);
    return id;
}

LocalizedText without_way_floor(const LocalizedText& step_free, const LocalizedText& way) {
    static constexpr std::string_view kSeparator = " · ";
    LocalizedText out;
    for (const auto& [lang, text] : step_free.variants()) {
        const std::string* above = way.get(lang);
        const size_t end = above ? above->find(kSeparator) : std::string::npos;
        const bool shared =
            end != std::string::npos && text.size() > end + kSeparator.size() &&
            text.compare(0, end + kSeparator.size(), *above, 0, end + kSeparator.size()) == 0;
        out.set(lang, shared ? text.substr(end + kSeparator.size()) : text);
    }
    return out;
}

void label_way_items(Row& row, std::vector<std::string> destinations) {
    if (destinations.empty() || !row.draw) {
        return;
    }
    row.draw = [draw = std::move(row.draw), destinations = std::move(destinations)](
                   Canvas& c, float x, float y, float w) {
        const size_t first = c.size();
        draw(c, x, y, w);
        const ItemIdentity way = way_identity(destinations, "shortest");
        for (DisplayItem& item : c.items_since(first)) {
            // Both languages' lines: "direction-text", "direction-text-secondary".
            if (item.role == "direction-arrow" || item.role.starts_with("direction-text")) {
                item.identity.destination = way.destination;
                item.identity.destinations = way.destinations;
                item.identity.route = way.route;
            }
        }
    };
}

Row step_free_row(PageContext& pc, const StepFreeWay& way, float width,
                  std::vector<std::string> destinations, bool left_slot_free) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    const float slot = arrow_slot();
    // The right arrow slot is kept only for a right arrow.
    const float inner =
        std::max(0.0f, width - slot - (way.arrow && on_right(*way.arrow) ? slot : 0));
    // The symbol as tall as a scan-tier line: it marks the line, the arrow
    // beside it says the way.
    const float symbol = 1.6f * kScanCap;
    const float gap = arrow_gap();
    const bool in_slot =
        left_slot_free && (!way.arrow || on_right(*way.arrow)) && symbol + gap <= slot;
    // Where the text starts after the left slot: after the symbol, or with
    // the way's text above when the symbol stands in the slot.
    const float lead = in_slot ? 0 : symbol + gap;
    Cell text;
    text.add_text("step-free-text",
                  bilingual_block(pc.ts, way_words(pc.pick(way.text)), {z.detail, z.detail, 2, 2},
                                  std::max(0.0f, inner - lead), 2 * pc.inline_gap()));
    const float first_line = text.pieces.front().block.lines.empty()
                                 ? symbol
                                 : text.pieces.front().block.lines.front().height;
    // The symbol and the arrow beside the text's first line; beside the
    // whole text where that is as tall as the symbol (a portrait line over
    // two lines, its English under it), so they stand no higher than it.
    const bool beside_all = text.height() >= symbol;
    const float line_h = beside_all ? text.height() : std::max(symbol, first_line);
    const float pad = 1.25f * u;

    Row row;
    row.words = text.words;
    row.height =
        pad +
        (beside_all ? text.height() : std::max(symbol, text.height() + (line_h - first_line) / 2)) +
        pad;
    row.draw = [&pc, text = std::move(text), arrow = way.arrow, slot, inner, symbol, gap, lead, pad,
                line_h, first_line, beside_all,
                destinations = std::move(destinations)](Canvas& c, float x, float y, float w) {
        IdentityScope scope(c, way_identity(destinations, "step-free"));
        const float top = y + pad;
        const float center = top + line_h / 2;
        const Color ink = legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast);
        const float symbol_x = lead > 0 ? x + slot : x + slot - gap - symbol;
        c.symbol("step-free-symbol", {symbol_x, center - symbol / 2, symbol, symbol},
                 Symbol::accessible, ink);
        draw_cell(c, pc, text, x + slot + lead, beside_all ? top : center - first_line / 2,
                  inner - lead);
        if (arrow) {
            const float ax = on_right(*arrow) ? x + w - arrow_length() : x;
            const Rect box = arrow_box(*arrow, ax, center);
            // A step smaller than the way's own arrow above it: the second line.
            const float k = 0.75f;
            c.arrow(
                "step-free-arrow",
                {box.x + box.w * (1 - k) / 2, box.y + box.h * (1 - k) / 2, box.w * k, box.h * k},
                *arrow, ink);
        }
    };
    return row;
}

std::optional<Row> way_and_step_free_row(PageContext& pc, const Wayfinding& way,
                                         const StepFreeWay& step_free, float width,
                                         std::vector<std::string> destinations) {
    const Sizes& z = pc.sizes;
    const float u = z.unit;
    const float slot = arrow_slot();
    const float gap = arrow_gap();
    const bool way_right = on_right(way.arrow);
    const bool free_right = step_free.arrow && on_right(*step_free.arrow);
    if (way_right && free_right) {
        return std::nullopt;  // one right slot for two arrows
    }
    // Each text on one line, both languages, as on their own lines.
    const auto one_line = [&](const LocalizedText& text) -> std::optional<TextBlock> {
        TextBlock block = bilingual_block(pc.ts, way_words(pc.pick(text)),
                                          {z.detail, z.detail, 1, 1}, width, 2 * pc.inline_gap());
        if (block.truncated || block.lines.size() != 1) {
            return std::nullopt;
        }
        return block;
    };
    // Else each in two lines, its translation under it, side by side: two
    // lines where the way's and the step-free line's took two rows.
    const auto stacked = [&](const LocalizedText& text) -> std::optional<TextBlock> {
        const Bilingual words = way_words(pc.pick(text));
        if (words.secondary.empty()) {
            return std::nullopt;  // one language: one line, or it does not fit
        }
        const float w =
            std::max(pc.ts.width(words.primary, z.detail), pc.ts.width(words.secondary, z.detail));
        TextBlock block =
            bilingual_block(pc.ts, words, {z.detail, z.detail, 1, 1}, w, 2 * pc.inline_gap());
        if (block.truncated || block.lines.size() != 2) {
            return std::nullopt;
        }
        return block;
    };
    std::optional<TextBlock> way_text = one_line(way.text);
    std::optional<TextBlock> free_text = one_line(step_free.text);
    const float symbol = 1.6f * kScanCap;
    const float small = 0.75f;  // the step-free arrow, a step smaller than the way's
    const float gutter = 8 * u;
    const float right_edge = width - (way_right || free_right ? slot : 0);
    // Where the step-free part starts after the way's text, and whether it
    // fits the line. A step-free arrow that points as the way's does says
    // nothing the way's arrow at the row's head does not: two lines side by
    // side leave it out (one line keeps it, as before).
    const auto fits = [&](const TextBlock& w, const TextBlock& f, bool two_lines) {
        const bool own_arrow =
            step_free.arrow && !free_right && !(two_lines && *step_free.arrow == way.arrow);
        const float lead = own_arrow ? small * arrow_length() + gap : 0;
        return slot + w.width() + gutter + lead + symbol + gap + f.width() <= right_edge;
    };
    bool two_lines = false;
    if (!way_text || !free_text || !fits(*way_text, *free_text, false)) {
        way_text = stacked(way.text);
        free_text = stacked(step_free.text);
        if (!way_text || !free_text || !fits(*way_text, *free_text, true)) {
            return std::nullopt;
        }
        two_lines = true;
    }
    const std::optional<Arrow> free_arrow =
        two_lines && step_free.arrow == way.arrow ? std::nullopt : step_free.arrow;
    const float free_x = slot + way_text->width() + gutter;
    const float lead = free_arrow && !free_right ? small * arrow_length() + gap : 0;
    const float text_x = free_x + lead + symbol + gap;
    // One line: the arrows and the symbol on it. Two: beside both lines, as
    // on a way's own line over two lines.
    const float line =
        two_lines ? std::max(way_text->height(), free_text->height())
                  : std::max(way_text->lines.front().height, free_text->lines.front().height);
    const float arrow_h = arrow_box(way.arrow, 0, 0).h;
    // The way's arrow may hang below the line into the first grid line's
    // empty slot, as on the way's own line; the symbol may not.
    const float above = std::max({line, symbol, arrow_h}) / 2;
    const float below = std::max(line, symbol) / 2;
    const float pad = 1.25f * u;

    Row row;
    row.subgroup_header = true;
    row.words = way_text->words + free_text->words;
    row.height = pad + above + below + pad;
    row.draw = [&pc, way_text = std::move(*way_text), free_text = std::move(*free_text),
                arrow = way.arrow, free_arrow, slot, symbol, small, free_x, lead, text_x, pad,
                above, two_lines,
                destinations = std::move(destinations)](Canvas& c, float x, float y, float w) {
        const float center = y + pad + above;
        // Where each text's top stands: its one line, or its two lines,
        // centred on the row's middle.
        const auto top_of = [&](const TextBlock& b) {
            return center - (two_lines ? b.height() : b.lines.front().height) / 2;
        };
        const Color ink = legible_on(pc.theme.ink.primary, pc.theme.background, kGraphicContrast);
        {
            ItemIdentity to;
            to.destination = destinations.empty() ? std::string{} : destinations.front();
            IdentityScope scope(c, std::move(to));
            draw_block(c, way_text, "direction-text", x + slot, top_of(way_text), way_text.width(),
                       HAlign::left, pc.theme.ink, pc.theme, pc.theme.background);
            const float ax = on_right(arrow) ? x + w - arrow_length() : x;
            c.arrow("direction-arrow", arrow_box(arrow, ax, center), arrow, ink);
        }
        IdentityScope scope(c, way_identity(destinations, "step-free"));
        c.symbol("step-free-symbol", {x + free_x + lead, center - symbol / 2, symbol, symbol},
                 Symbol::accessible, ink);
        draw_block(c, free_text, "step-free-text", x + text_x, top_of(free_text), free_text.width(),
                   HAlign::left, pc.theme.ink, pc.theme, pc.theme.background);
        if (free_arrow) {
            // A step smaller than the way's, at the line's end or just
            // before the symbol.
            const float ax = on_right(*free_arrow) ? x + w - arrow_length()
                                                   : x + free_x - arrow_length() * (1 - small) / 2;
            const Rect box = arrow_box(*free_arrow, ax, center);
            c.arrow("step-free-arrow",
                    {box.x + box.w * (1 - small) / 2, box.y + box.h * (1 - small) / 2,
                     box.w * small, box.h * small},
                    *free_arrow, ink);
        }
    };
    return row;
}

void push_way_rows(PageContext& pc, Body& body, std::vector<Row> rows, const Wayfinding* way,
                   std::vector<std::string> destinations, float width) {
    if (rows.empty()) {
        return;
    }
    // The step-free way without the floor its way already gives.
    std::optional<StepFreeWay> step_free;
    if (way && way->step_free) {
        step_free = *way->step_free;
        step_free->text = without_way_floor(step_free->text, way->text);
    }
    // Over a grid, the step-free line after the way on its line where both
    // fit there.
    if (step_free && rows.front().subgroup_header) {
        if (std::optional<Row> both =
                way_and_step_free_row(pc, *way, *step_free, width, destinations)) {
            rows.front() = std::move(*both);
            label_way_items(rows.front(), destinations);
            for (Row& row : rows) {
                body.rows.push_back(std::move(row));
            }
            return;
        }
    }
    label_way_items(rows.front(), destinations);
    const bool in_subgroup = rows.front().subgroup_header;
    auto first = rows.begin();
    body.rows.push_back(std::move(*first));
    if (step_free) {
        Row line =
            step_free_row(pc, *step_free, width, std::move(destinations), on_right(way->arrow));
        line.in_subgroup = in_subgroup;
        Row& way_row = body.rows.back();
        if (!way_row.group_header && !way_row.subgroup_header) {
            // A room alone on its way: its step-free line is part of its row,
            // never on the next screen.
            way_row.height += line.height;
            way_row.words += line.words;
            way_row.draw = [first = std::move(way_row.draw), second = std::move(line.draw),
                            h = way_row.height - line.height](Canvas& c, float x, float y,
                                                              float w) {
                first(c, x, y, w);
                second(c, x, y + h, w);
            };
        } else {
            line.keep_with_next = true;
            body.rows.push_back(std::move(line));
        }
    }
    for (auto it = std::next(first); it != rows.end(); ++it) {
        body.rows.push_back(std::move(*it));
    }
}

}  // namespace signpost::layout_detail
