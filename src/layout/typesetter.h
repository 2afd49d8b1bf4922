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
    // The line box is the font's ascent + descent (or its recommended line
    // height when larger). For Noto Sans CJK that is 1.45 em, 1.6x the height of
    // a Hangul block: inside SIGN-DESIGN's 135-170 % line spacing, and a box the
    // renderer can clip to without cutting a descender or a tall syllable.
    LineMetrics line(TextStyle style);

    FittedLines fit(std::string_view text, TextStyle style, float max_width, int max_lines);
    // One line, "…" at the end when it does not fit.
    std::string ellipsize(std::string_view text, TextStyle style, float max_width);

  private:
    struct CachedLine {
        TextStyle style;
        LineMetrics metrics;
    };
    TextMeasurer& measurer_;
    float px_per_du_;
    std::vector<CachedLine> lines_;
};

}  // namespace signpost::layout_detail
