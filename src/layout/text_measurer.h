// How layout learns the size of text without knowing about fonts or SDL.
// render/ implements it with the real font chain (per-glyph fallback);
// tests use a fake with fixed advances.
#pragma once

#include <string_view>

#include "layout/display_list.h"

namespace signpost {

struct FontMetrics {
    float ascent = 0;       // pixels above the baseline
    float descent = 0;      // pixels below the baseline (positive)
    float line_height = 0;  // recommended distance between baselines
    float cap_height = 0;   // Latin capital height
};

class TextMeasurer {
  public:
    virtual ~TextMeasurer() = default;
    // Width in pixels of one line of UTF-8 text at an em size of size_px.
    virtual float text_width(std::string_view utf8, float size_px, FontWeight weight) = 0;
    virtual FontMetrics metrics(float size_px, FontWeight weight) = 0;
};

}  // namespace signpost
