#include "layout/typesetter.h"

#include <algorithm>

namespace signpost::layout_detail {

Typesetter::Typesetter(TextMeasurer& measurer, float px_per_du)
    : measurer_(measurer), px_per_du_(px_per_du) {}

float Typesetter::width(std::string_view utf8, TextStyle style) {
    if (utf8.empty()) {
        return 0;
    }
    return measurer_.text_width(utf8, style.size * px_per_du_, style.weight) / px_per_du_;
}

LineMetrics Typesetter::line(TextStyle style) {
    for (const auto& c : lines_) {
        if (c.style.size == style.size && c.style.weight == style.weight) {
            return c.metrics;
        }
    }
    const FontMetrics m = measurer_.metrics(style.size * px_per_du_, style.weight);
    LineMetrics out;
    out.ascent = m.ascent / px_per_du_;
    float height = (m.ascent + m.descent) / px_per_du_;
    // A measurer without metrics: Noto Sans CJK's 1.16 em ascent, 0.288 em descent.
    if (!(out.ascent > 0) || !(height > out.ascent)) {
        out.ascent = 1.16f * style.size;
        height = 1.448f * style.size;
    }
    out.height = std::max(height, m.line_height / px_per_du_);
    lines_.push_back({style, out});
    return out;
}

FittedLines Typesetter::fit(std::string_view text, TextStyle style, float max_width,
                            int max_lines) {
    return fit_lines(text, max_width, max_lines,
                     [&](std::string_view s) { return width(s, style); });
}

std::string Typesetter::ellipsize(std::string_view text, TextStyle style, float max_width) {
    FittedLines f = fit(text, style, max_width, 1);
    return f.lines.empty() ? std::string() : std::move(f.lines.front());
}

}  // namespace signpost::layout_detail
