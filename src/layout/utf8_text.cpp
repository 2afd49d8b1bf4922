#include "layout/utf8_text.h"

namespace signpost::layout_detail {
namespace {

bool is_space_cp(char32_t cp) {
    return cp == ' ' || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x205F ||
           cp == 0x1680;
}

bool is_control_cp(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

// Line and paragraph separators and the zero-width space behave like a break.
bool is_separator_cp(char32_t cp) {
    return cp == 0x2028 || cp == 0x2029 || cp == 0x200B;
}

}  // namespace

std::string clean_display_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (size_t i = 0; i < text.size();) {
        const DecodedCodepoint d = decode_utf8_at(text, i);
        i += d.length;
        if (is_space_cp(d.cp) || is_control_cp(d.cp) || is_separator_cp(d.cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out.push_back(' ');
            pending_space = false;
        }
        append_utf8(out, d.cp);
    }
    return out;
}

bool is_hangul(char32_t cp) {
    return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
           (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F) ||
           (cp >= 0xD7B0 && cp <= 0xD7FF);
}

bool breaks_between(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x2FA1F);
}

bool is_continuation(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) ||  // combining diacritics
           (cp >= 0x1160 && cp <= 0x11FF) ||  // conjoining jamo vowels and finals
           (cp >= 0xD7B0 && cp <= 0xD7FF) ||  // jamo extended-B
           (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
           (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200C || cp == 0x200D ||
           (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x3099 ||
           cp == 0x309A;
}

namespace {

// Letters and digits make a word; a lone "·" or "—" does not.
bool is_wordish(char32_t cp) {
    if (cp < 0x80) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }
    const bool punctuation = (cp >= 0xA0 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x206F) ||
                             (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F);
    return !punctuation;
}

}  // namespace

int count_words(std::string_view text) {
    int words = 0;
    bool in_word = false;       // inside a run of non-space characters
    bool word_counted = false;  // that run has a letter or digit, and was counted
    for (size_t i = 0; i < text.size();) {
        const DecodedCodepoint d = decode_utf8_at(text, i);
        i += d.length;
        if (is_space_cp(d.cp) || is_control_cp(d.cp) || is_separator_cp(d.cp)) {
            in_word = false;
        } else if (breaks_between(d.cp)) {
            ++words;
            in_word = false;
        } else {
            if (!in_word) {
                in_word = true;
                word_counted = false;
            }
            if (!word_counted && is_wordish(d.cp)) {
                ++words;
                word_counted = true;
            }
        }
    }
    return words;
}

}  // namespace signpost::layout_detail
