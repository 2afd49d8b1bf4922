#include "layout/typesetter.h"

#include <algorithm>

namespace signpost::layout_detail {
namespace {

// See Typesetter::line.
constexpr float kLineAscentEm = 0.97f;
constexpr float kLineDescentEm = 0.27f;

}  // namespace

Typesetter::Typesetter(TextMeasurer& measurer, float px_per_du)
    : measurer_(measurer), px_per_du_(px_per_du) {}

float Typesetter::width(std::string_view utf8, TextStyle style) {
    if (utf8.empty()) {
        return 0;
    }
    return measurer_.text_width(utf8, style.size * px_per_du_, style.weight) / px_per_du_;
}

LineMetrics Typesetter::line(TextStyle style) {
    return {kLineAscentEm * style.size, (kLineAscentEm + kLineDescentEm) * style.size};
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
