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

}  // namespace signpost::layout_detail
