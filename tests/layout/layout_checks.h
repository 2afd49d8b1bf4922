// What every display list must satisfy, without GoogleTest, so that the layout
// tests (expect_sound_page) and the layout fuzz target (fuzz/) share one set of
// checks; and the fake TextMeasurer both measure with.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/display_list.h"
#include "layout/text_measurer.h"

namespace signpost::test {

// Advances in em: Hangul, Han and kana 1.0; ASCII 0.55 (bold 0.6); space 0.3;
// anything else 0.65. Metrics of Noto Sans CJK: ascent 1.16, descent 0.288, cap 0.733.
class FakeMeasurer final : public TextMeasurer {
  public:
    float text_width(std::string_view utf8, float size_px, FontWeight weight) override;
    FontMetrics metrics(float size_px, FontWeight weight) override;
    int calls = 0;
};

// Every problem of the page, each naming the item: an item outside the safe
// area (5 % margins; an emergency background may bleed), text that is wider
// than its box, cut, too small, too faint, empty, invalid UTF-8 or on two
// lines, arrows too faint, overlapping texts, a page without text.
std::vector<std::string> sound_page_problems(const DisplayList& list, TextMeasurer& measurer);

}  // namespace signpost::test
