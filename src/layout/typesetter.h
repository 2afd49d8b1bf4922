// Text measurement in design units: wraps the TextMeasurer (pixels) so that the
// rest of layout never sees a pixel. Not thread-safe, like the measurer it wraps;
// one lives for one layout call.
#pragma once

#include <string_view>
#include <vector>

#include "layout/sizes.h"
#include "layout/text_fit.h"
#include "layout/text_measurer.h"

namespace signpost::layout_detail {

struct LineMetrics {
    float ascent = 0;  // du above the baseline
    float height = 0;  // du: the line box, which is also the distance between baselines
};

class Typesetter {
  public:
    Typesetter(TextMeasurer& measurer, float px_per_du);

    float width(std::string_view utf8, TextStyle style);
    // The line box, the same proportions at every size: 0.97 em above the
    // baseline and 0.27 em below, so baselines stand 1.24 em apart. sign-design.md
    // asks for 135-170 % of the character height: a Hangul block is about 0.9 em
    // (138 %), a Latin capital 0.733 em (169 %). The font's own ascent + descent
    // (1.45 em for Noto Sans CJK) would be 160 % and 198 %: looser than the rule
    // and a fifth fewer rows a screen. The ink stays inside the box: Hangul and
    // accented capitals reach about 0.9 em up, descenders 0.24 em down; the
    // renderer places text by its baseline (TextItem::baseline), not by the
    // font's ascent.
    LineMetrics line(TextStyle style);

    FittedLines fit(std::string_view text, TextStyle style, float max_width, int max_lines);
    // One line, "…" at the end when it does not fit.
    std::string ellipsize(std::string_view text, TextStyle style, float max_width);

  private:
    TextMeasurer& measurer_;
    float px_per_du_;
};

}  // namespace signpost::layout_detail
