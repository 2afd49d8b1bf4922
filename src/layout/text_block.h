// Fitted text ready to place: lines of runs (one run per style, so a Korean
// line can carry its English translation at a smaller size on the same
// baseline), measured once and drawn later. Rows are built from blocks, their
// heights decide pagination, and the same blocks are drawn, so what was
// measured is what is shown.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "layout/canvas.h"
#include "layout/theme.h"
#include "layout/typesetter.h"
#include "model/localized_text.h"

namespace signpost::layout_detail {

// What colour a run takes, resolved against the surface it is drawn on.
enum class Tone { primary, secondary, now, next };

struct TextRun {
    std::string text;
    TextStyle style;
    Tone tone = Tone::primary;
    bool second_language = false;  // drawn with role "<role>-secondary"
    float width = 0;               // du
    float gap_before = 0;          // du between this run and the one before on its line
    float ascent = 0;              // du: the run's font, for baseline alignment
    float height = 0;              // du: the run's own line box
    std::string role;              // when set, the item's role instead of the block's
};

struct TextLine {
    std::vector<TextRun> runs;
    float ascent = 0;  // of the tallest run: runs share this baseline
    float height = 0;
    float width = 0;
};

struct TextBlock {
    std::vector<TextLine> lines;
    bool truncated = false;
    int words = 0;  // words in the first language, for the dwell rule

    bool empty() const { return lines.empty(); }
    float height() const;
    float width() const;
};

// A text in the first language of `order` it has, and the next language of
// `order` it also has (empty when it has none, or the same words).
struct Bilingual {
    std::string primary;
    std::string secondary;
};
Bilingual pick_bilingual(const LocalizedText& text, std::span<const std::string> order);

struct BilingualStyle {
    TextStyle primary;
    TextStyle secondary;
    int primary_lines = 2;
    int secondary_lines = 1;
    Tone primary_tone = Tone::primary;
    Tone secondary_tone = Tone::secondary;
};

TextRun make_run(Typesetter& ts, std::string text, TextStyle style, Tone tone,
                 bool second_language = false);
TextLine make_line(std::vector<TextRun> runs);

// Wrapped to max_width in at most max_lines lines, "…" when cut.
TextBlock text_block(Typesetter& ts, std::string_view text, TextStyle style, Tone tone,
                     float max_width, int max_lines);

// text_block for a translation: every run marked second_language (drawn with
// the role "<role>-secondary"), and no words counted for the dwell rule.
TextBlock translation_block(Typesetter& ts, std::string_view text, TextStyle style, Tone tone,
                            float max_width, int max_lines);

// First language above (or left of) the second (docs/sign-design.md). When the first
// fits on one line and the second fits after it, both share the line, "gap"
// apart; else the second goes on lines of its own below.
TextBlock bilingual_block(Typesetter& ts, const Bilingual& text, const BilingualStyle& style,
                          float max_width, float gap);

// One line whatever the text: the first language ellipsised to max_width, and
// the second after it when at least min_second of width is left (ellipsised
// too). For headings that must not grow, such as a building above its rooms.
TextBlock one_line_bilingual(Typesetter& ts, const Bilingual& text, const BilingualStyle& style,
                             float max_width, float gap, float min_second);

// Adds `run` at the end of the last line when it fits within max_width, else
// on a new line (ellipsised to max_width). An empty block gets a first line.
void append_run(Typesetter& ts, TextBlock& block, TextRun run, float max_width, float gap);
void append_block(TextBlock& block, TextBlock below);

// Draws the block with its top-left at (x, y) inside a column of width w.
// Returns the height drawn.
float draw_block(Canvas& canvas, const TextBlock& block, std::string_view role, float x, float y,
                 float w, HAlign align, const Ink& ink, const Theme& theme, Color backdrop);

}  // namespace signpost::layout_detail
