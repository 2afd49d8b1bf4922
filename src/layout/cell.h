// The contents of one table cell, stacked top to bottom: text blocks and lines
// of chips (status and kind tags) beside text. A cell is
// measured when built and drawn later at the place pagination gives it.
#pragma once

#include <string>
#include <vector>

#include "layout/page_context.h"

namespace signpost::layout_detail {

// A tag such as "취소 · Cancelled" or "기조연설". Filled with its colour when
// white or near-black text reaches 7:1 on it; otherwise (the vermilion of
// "cancelled" gives only 5.4:1) a square marker of the colour (>= 3:1 on the
// page) stands before the word, which takes the page's text colour.
struct Chip {
    std::string text;
    TextStyle style;
    Color colour;
    bool filled = true;
    Color ink;  // text colour when filled
    // Set: the chip's text item takes this role and its rectangle role +
    // "-box", whatever the cell calls its chips (a room's live state is
    // "room-state" wherever it stands).
    std::string role;
    float text_width = 0;
    float width = 0;
    float height = 0;
    float ascent = 0;
};

// max_width bounds the chip; the label is bilingual when asked and that fits,
// else first language only, ellipsised if need be.
Chip make_chip(PageContext& pc, const LocalizedText& label, Color colour, float max_width,
               bool bilingual = true);
// Draws at (x, y) with the page background under it. Roles: role (rect) and
// role + "-text".
void draw_chip(Canvas& canvas, PageContext& pc, const Chip& chip, const std::string& role, float x,
               float y);

struct CellPiece {
    enum class Kind { text, chips };
    Kind kind = Kind::text;
    std::string role;
    TextBlock block;  // text: the block; chips: one line of text after the chips
    TextBlock lead;   // chips: one line of text before the chips (a time before its tags)
    std::vector<Chip> chips;
    float height = 0;
    float space_above = 0;
    bool chips_first = true;  // chips: chips then the text, else the text then chips
};

struct Cell {
    std::vector<CellPiece> pieces;
    int words = 0;

    float height() const;
    void add_text(std::string role, TextBlock block, float space_above = 0);
    // Chips and `line` (at most one line) side by side, vertically centred; the
    // caller has checked that they fit the cell's width together.
    void add_chips(std::string role, std::vector<Chip> chips, TextBlock line, float space_above,
                   bool chips_first = true);
    // One line: `lead`, the chips, then `line` (each may be empty); the caller
    // has checked that they fit the cell's width together.
    void add_lead_chips_line(std::string role, TextBlock lead, std::vector<Chip> chips,
                             TextBlock line);
};

// `block` and chips side by side when the block is one line and both fit
// `width`; else the block, then the chips that fit on one line under it (the
// block under the chips when chips_first).
void add_text_and_chips(PageContext& pc, Cell& cell, const std::string& role, TextBlock block,
                        std::vector<Chip> chips, float width, float space_above, bool chips_first);

void draw_cell(Canvas& canvas, PageContext& pc, const Cell& cell, float x, float y, float w);

// The baseline of a cell's first line, from the cell's top (a line beside
// chips is centred in their piece, as draw_cell sets it): rows set what
// stands beside a room's name on that name's baseline.
float first_baseline(const Cell& cell);

// A progress bar: the track (role + "-track") and the part done (role), 0..1,
// in the "now" colour.
void draw_progress_bar(Canvas& canvas, PageContext& pc, const std::string& role, Rect box,
                       float fraction);

// The space between chips, and between chips and text.
float chip_gap(const PageContext& pc);
// The width chips take side by side, gaps included.
float chips_width(const std::vector<Chip>& chips, float gap);

}  // namespace signpost::layout_detail
