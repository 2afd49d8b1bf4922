#include "layout/text_fit.h"

#include "layout/utf8_text.h"

namespace signpost::layout_detail {
namespace {

// A piece of text between break opportunities, and whether a space separates
// it from the piece before (Han/kana pieces join without one).
struct Piece {
    std::string text;
    bool space_before = false;
};

std::vector<Piece> split_pieces(std::string_view clean) {
    std::vector<Piece> pieces;
    bool space_pending = false;
    bool last_breaks = false;  // the previous codepoint allows a break after it
    for (size_t i = 0; i < clean.size();) {
        const DecodedCodepoint d = decode_utf8_at(clean, i);
        const std::string_view bytes = clean.substr(i, d.length);
        i += d.length;
        if (d.cp == ' ') {
            space_pending = true;
            continue;
        }
        const bool breaks = breaks_between(d.cp);
        const bool start_new =
            pieces.empty() || space_pending || ((breaks || last_breaks) && !is_continuation(d.cp));
        if (start_new) {
            pieces.push_back({std::string(bytes), space_pending && !pieces.empty()});
        } else {
            pieces.back().text.append(bytes);
        }
        space_pending = false;
        last_breaks = breaks;
    }
    return pieces;
}

std::string join(const std::vector<Piece>& pieces, size_t begin, size_t end) {
    std::string out;
    for (size_t k = begin; k < end; ++k) {
        if (k > begin && pieces[k].space_before) {
            out.push_back(' ');
        }
        out += pieces[k].text;
    }
    return out;
}

size_t codepoints(std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size();) {
        i += decode_utf8_at(s, i).length;
        ++n;
    }
    return n;
}

bool has_hangul(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const DecodedCodepoint d = decode_utf8_at(s, i);
        if (is_hangul(d.cp)) {
            return true;
        }
        i += d.length;
    }
    return false;
}

// A piece that only separates ("–", "·", "/"): a line cut after it ends
// in the words before it ("Room 212…", not "Room 212 –…").
bool is_separator(std::string_view piece) {
    if (piece.empty()) {
        return false;
    }
    for (size_t i = 0; i < piece.size();) {
        const DecodedCodepoint d = decode_utf8_at(piece, i);
        i += d.length;
        switch (d.cp) {
            case '-':
            case '/':
            case '|':
            case ':':
            case ',':
            case ';':
            case 0x00B7:  // middle dot
            case 0x2013:  // en dash
            case 0x2014:  // em dash
            case 0x2022:  // bullet
            case 0x30FB:  // katakana middle dot
                break;
            default:
                return false;
        }
    }
    return true;
}

// The last line when more text follows: as many whole pieces as fit with "…"
// after them, or the next piece cut by characters when that shows at least
// kMinCutShown more of it ("215호 (Upstream…" rather than "215호…") and it is
// not a Hangul word (docs/sign-design.md: never split one); a lone piece too wide
// even alone is cut by characters.
constexpr size_t kMinCutShown = 3;

std::string last_line_with_ellipsis(const std::vector<Piece>& pieces, size_t begin, size_t end,
                                    float max_width, const WidthOf& width_of) {
    for (size_t n = end; n > begin; --n) {
        std::string candidate = join(pieces, begin, n);
        candidate += kEllipsis;
        if (width_of(candidate) <= max_width) {
            if (n < end && !has_hangul(pieces[n].text)) {
                std::string cut =
                    cut_with_ellipsis(join(pieces, begin, n + 1), max_width, width_of);
                // One more for the space before the cut piece.
                if (codepoints(cut) >= codepoints(candidate) + kMinCutShown + 1) {
                    return cut;
                }
            }
            if (n - 1 > begin && is_separator(pieces[n - 1].text)) {
                continue;
            }
            return candidate;
        }
    }
    return cut_with_ellipsis(pieces[begin].text, max_width, width_of);
}

}  // namespace

std::string cut_with_ellipsis(std::string_view text, float max_width, const WidthOf& width_of) {
    // Boundaries where a cut may fall: codepoint starts not followed by a mark.
    std::vector<size_t> cuts;
    for (size_t i = 0; i < text.size();) {
        const DecodedCodepoint d = decode_utf8_at(text, i);
        if (i > 0 && !is_continuation(d.cp)) {
            cuts.push_back(i);
        }
        i += d.length;
    }
    std::string best;
    if (width_of(kEllipsis) > max_width) {
        return best;
    }
    best = std::string(kEllipsis);
    // Widths grow with the prefix (up to kerning noise, checked again below),
    // so a binary search finds the longest prefix that fits.
    size_t lo = 0, hi = cuts.size();
    while (lo < hi) {
        const size_t mid = (lo + hi + 1) / 2;
        std::string candidate(text.substr(0, cuts[mid - 1]));
        while (!candidate.empty() && candidate.back() == ' ') {
            candidate.pop_back();
        }
        candidate += kEllipsis;
        if (width_of(candidate) <= max_width) {
            lo = mid;
            best = std::move(candidate);
        } else {
            hi = mid - 1;
        }
    }
    return best;
}

FittedLines fit_lines(std::string_view text, float max_width, int max_lines,
                      const WidthOf& width_of) {
    FittedLines out;
    const std::string clean = clean_display_text(text);
    if (clean.empty()) {
        return out;
    }
    if (max_lines < 1 || max_width <= 0) {
        out.truncated = true;
        return out;
    }
    const std::vector<Piece> pieces = split_pieces(clean);
    size_t i = 0;
    while (i < pieces.size()) {
        const bool last_line = static_cast<int>(out.lines.size()) + 1 == max_lines;
        std::string line = pieces[i].text;
        if (width_of(line) > max_width) {
            // One word wider than a whole line: cut it by characters and stop.
            std::string cut = cut_with_ellipsis(line, max_width, width_of);
            if (!cut.empty()) {
                out.lines.push_back(std::move(cut));
            }
            out.truncated = true;
            return out;
        }
        size_t j = i + 1;
        while (j < pieces.size()) {
            std::string candidate = line;
            if (pieces[j].space_before) {
                candidate.push_back(' ');
            }
            candidate += pieces[j].text;
            if (width_of(candidate) > max_width) {
                break;
            }
            line = std::move(candidate);
            ++j;
        }
        if (j == pieces.size()) {
            out.lines.push_back(std::move(line));
            return out;
        }
        if (last_line) {
            std::string last = last_line_with_ellipsis(pieces, i, j, max_width, width_of);
            if (!last.empty()) {
                out.lines.push_back(std::move(last));
            }
            out.truncated = true;
            return out;
        }
        out.lines.push_back(std::move(line));
        i = j;
    }
    return out;
}

}  // namespace signpost::layout_detail
