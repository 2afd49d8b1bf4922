#include "layout/cell.h"

#include <algorithm>

namespace signpost::layout_detail {
namespace {

constexpr Color kWhite{0xFF, 0xFF, 0xFF};
constexpr Color kNearBlack{0x0B, 0x0F, 0x14};

float pad(const PageContext& pc) {
    return pc.sizes.unit * 1.5f;
}

}  // namespace

Chip make_chip(PageContext& pc, const LocalizedText& label, Color colour, float max_width,
               bool bilingual) {
    Chip chip;
    chip.style = pc.sizes.detail_bold;
    chip.colour = colour;
    const double on_white = contrast(kWhite, colour);
    const double on_dark = contrast(kNearBlack, colour);
    chip.filled = std::max(on_white, on_dark) >= kTextContrast;
    chip.ink = on_white >= on_dark ? kWhite : kNearBlack;
    const LineMetrics m = pc.ts.line(chip.style);
    chip.height = m.height;
    chip.ascent = m.ascent;
    // Filled: padding on both sides. Marker: a square of cap height, then a gap.
    const float marker = kDetailCap;
    const float chrome = chip.filled ? 2 * pad(pc) : marker + pad(pc);
    const float text_room = std::max(0.0f, max_width - chrome);

    const Bilingual b = pc.pick(label);
    std::string text = b.primary;
    if (bilingual && !b.secondary.empty()) {
        std::string both = b.primary + " \xC2\xB7 " + b.secondary;
        if (pc.ts.width(both, chip.style) <= text_room) {
            text = std::move(both);
        }
    }
    chip.text = pc.ts.ellipsize(text, chip.style, text_room);
    chip.text_width = pc.ts.width(chip.text, chip.style);
    chip.width = chip.text.empty() ? 0 : chrome + chip.text_width;
    return chip;
}

void draw_chip(Canvas& canvas, PageContext& pc, const Chip& chip, const std::string& role, float x,
               float y) {
    if (chip.text.empty()) {
        return;
    }
    const Color page = pc.theme.background;
    const std::string box_role = chip.role.empty() ? role : chip.role + "-box";
    const std::string text_role = chip.role.empty() ? role + "-text" : chip.role;
    if (chip.filled) {
        canvas.rect(box_role, {x, y, chip.width, chip.height}, chip.colour, pc.sizes.unit);
        canvas.text(text_role, {x + pad(pc), y, chip.text_width, chip.height}, chip.text,
                    chip.style, legible_on(chip.ink, chip.colour), HAlign::left, chip.ascent);
        return;
    }
    const float marker = kDetailCap;
    const Color mark = legible_on(chip.colour, page, kGraphicContrast);
    canvas.rect(box_role, {x, y + chip.ascent - marker, marker, marker}, mark);
    canvas.text(text_role, {x + marker + pad(pc), y, chip.text_width, chip.height}, chip.text,
                chip.style, legible_on(pc.theme.ink.primary, page), HAlign::left, chip.ascent);
}

float chip_gap(const PageContext& pc) {
    return pc.sizes.unit * 2;
}

float chips_width(const std::vector<Chip>& chips, float gap) {
    float w = 0;
    for (const auto& c : chips) {
        if (c.width > 0) {
            w += (w > 0 ? gap : 0) + c.width;
        }
    }
    return w;
}

float Cell::height() const {
    float h = 0;
    for (const auto& p : pieces)
        h += p.space_above + p.height;
    return h;
}

void Cell::add_text(std::string role, TextBlock block, float space_above) {
    if (block.empty()) {
        return;
    }
    words += block.words;
    CellPiece p;
    p.kind = CellPiece::Kind::text;
    p.role = std::move(role);
    p.height = block.height();
    p.block = std::move(block);
    p.space_above = pieces.empty() ? 0 : space_above;
    pieces.push_back(std::move(p));
}

void Cell::add_chips(std::string role, std::vector<Chip> chips, TextBlock line, float space_above,
                     bool chips_first) {
    std::erase_if(chips, [](const Chip& c) { return c.width <= 0; });
    if (chips.empty() && line.empty()) {
        return;
    }
    words += line.words;
    CellPiece p;
    p.kind = CellPiece::Kind::chips;
    p.role = std::move(role);
    for (const auto& c : chips)
        p.height = std::max(p.height, c.height);
    p.height = std::max(p.height, line.height());
    p.chips = std::move(chips);
    p.block = std::move(line);
    p.space_above = pieces.empty() ? 0 : space_above;
    p.chips_first = chips_first;
    pieces.push_back(std::move(p));
}

void Cell::add_lead_chips_line(std::string role, TextBlock lead, std::vector<Chip> chips,
                               TextBlock line) {
    std::erase_if(chips, [](const Chip& c) { return c.width <= 0; });
    if (lead.empty() && chips.empty() && line.empty()) {
        return;
    }
    words += lead.words + line.words;
    CellPiece p;
    p.kind = CellPiece::Kind::chips;
    p.role = std::move(role);
    for (const auto& c : chips)
        p.height = std::max(p.height, c.height);
    p.height = std::max({p.height, line.height(), lead.height()});
    p.chips = std::move(chips);
    p.block = std::move(line);
    p.lead = std::move(lead);
    p.space_above = 0;
    p.chips_first = true;
    pieces.push_back(std::move(p));
}

void add_text_and_chips(PageContext& pc, Cell& cell, const std::string& role, TextBlock block,
                        std::vector<Chip> chips, float width, float space_above, bool chips_first) {
    const float gap = chip_gap(pc);
    std::erase_if(chips, [](const Chip& c) { return c.width <= 0; });
    const float cw = chips_width(chips, gap);
    if (chips.empty() || (block.lines.size() <= 1 && block.width() + gap + cw <= width)) {
        cell.add_chips(role, std::move(chips), std::move(block), space_above, chips_first);
        return;
    }
    // One row of chips as wide as the cell allows, in order of importance.
    std::vector<Chip> row;
    float used = 0;
    for (auto& c : chips) {
        const float need = (row.empty() ? 0 : gap) + c.width;
        if (used + need <= width) {
            used += need;
            row.push_back(std::move(c));
        }
    }
    if (chips_first) {
        cell.add_chips(role + "-tags", std::move(row), {}, space_above);
        cell.add_text(role, std::move(block), space_above / 2);
    } else {
        cell.add_text(role, std::move(block), space_above);
        cell.add_chips(role + "-tags", std::move(row), {}, space_above / 2);
    }
}

void draw_cell(Canvas& canvas, PageContext& pc, const Cell& cell, float x0, float y, float w0) {
    const Theme& t = pc.theme;
    for (const auto& p : cell.pieces) {
        y += p.space_above;
        switch (p.kind) {
            case CellPiece::Kind::text:
                draw_block(canvas, p.block, p.role, x0, y, w0, HAlign::left, t.ink, t,
                           t.background);
                break;
            case CellPiece::Kind::chips: {
                const float gap = chip_gap(pc);
                float x = x0;  // this piece's own left edge and width
                float w = w0;
                const float line_w = p.block.width();
                const float chips_w = chips_width(p.chips, gap);
                // A lead (a time) first, on the same baseline box as the line.
                const float lead_w = p.lead.width();
                if (!p.lead.empty()) {
                    draw_block(canvas, p.lead, p.role, x, y + (p.height - p.lead.height()) / 2,
                               lead_w, HAlign::left, t.ink, t, t.background);
                    x += lead_w + gap;
                    w = std::max(0.0f, w - lead_w - gap);
                }
                float left = x;
                float text_x = x;
                if (p.chips_first) {
                    text_x = x + chips_w + (chips_w > 0 ? gap : 0);
                } else {
                    left = x + line_w + (line_w > 0 ? gap : 0);
                }
                for (const auto& chip : p.chips) {
                    draw_chip(canvas, pc, chip, p.role + "-chip", left,
                              y + (p.height - chip.height) / 2);
                    left += chip.width + gap;
                }
                const float line_h = p.block.height();
                draw_block(canvas, p.block, p.role, text_x, y + (p.height - line_h) / 2,
                           std::max(0.0f, x + w - text_x), HAlign::left, t.ink, t, t.background);
                break;
            }
        }
        y += p.height;
    }
}

}  // namespace signpost::layout_detail

namespace signpost::layout_detail {

void draw_progress_bar(Canvas& canvas, PageContext& pc, const std::string& role, Rect box,
                       float fraction) {
    const Theme& t = pc.theme;
    const float r = box.h / 2;
    canvas.rect(role + "-track", box, t.track, r);
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    if (fraction > 0) {
        canvas.rect(role, {box.x, box.y, box.w * fraction, box.h},
                    legible_on(t.now, t.background, kGraphicContrast), r);
    }
}

float first_baseline(const Cell& cell) {
    if (cell.pieces.empty()) {
        return 0;
    }
    const CellPiece& p = cell.pieces.front();
    if (p.kind == CellPiece::Kind::text) {
        return p.block.lines.empty() ? 0 : p.block.lines.front().ascent;
    }
    const TextBlock& line = p.lead.empty() ? p.block : p.lead;
    return line.lines.empty() ? 0 : (p.height - line.height()) / 2 + line.lines.front().ascent;
}

}  // namespace signpost::layout_detail
