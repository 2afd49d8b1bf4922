// Fitting text into lines of a given width: break between words only (Korean
// writes spaces, so a Hangul word is never split; Han and kana may break between
// characters), at most N lines, and an ellipsis "…" when the text does not fit.
// A single word wider than a whole line is cut by characters, at a codepoint
// boundary that is not before a combining mark, and ends the text with "…".
// Width comes from a function, so this file knows nothing about fonts or units.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace signpost::layout_detail {

using WidthOf = std::function<float(std::string_view)>;

inline constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

struct FittedLines {
    std::vector<std::string> lines;  // each at most max_width wide; may be empty
    bool truncated = false;          // the last line ends in "…" (or nothing fitted)
};

// `text` is cleaned first (clean_display_text). max_lines < 1 fits nothing.
FittedLines fit_lines(std::string_view text, float max_width, int max_lines,
                      const WidthOf& width_of);

// The longest prefix of `text` that fits with "…" after it, plus the "…"; ""
// when not even the ellipsis fits.
std::string cut_with_ellipsis(std::string_view text, float max_width, const WidthOf& width_of);

}  // namespace signpost::layout_detail
