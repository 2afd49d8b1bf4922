// UTF-8 text as layout sees it: clean-up of what a sign line cannot show
// (controls, runs of white space), and the few character classes line breaking
// needs. Decoding is util/utf8.h's lenient one (a display list is data, and a
// title with a broken byte must still show). Every cut layout makes falls on a boundary these
// helpers find, so no text item ever ends inside a codepoint.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/utf8.h"

namespace signpost::layout_detail {

// Valid UTF-8 with controls (tabs, newlines) turned into spaces, runs of white
// space collapsed to one space, and no space at either end. Invalid bytes become
// U+FFFD, which the renderer draws as a visible replacement.
std::string clean_display_text(std::string_view text);

bool is_hangul(char32_t cp);
// Han ideographs and kana: a line may break between two of them (Chinese and
// Japanese do not write spaces). Hangul is not among them: Korean breaks only
// at spaces (docs/sign-design.md: "a Hangul word is never split").
bool breaks_between(char32_t cp);
// Combining marks, conjoining jamo vowels/finals, joiners, variation selectors:
// a cut must never fall just before one of these.
bool is_continuation(char32_t cp);

// Words separated by white space, each with at least one letter or digit (a
// lone "·" is not a word); Han and kana count one word per character. For the
// dwell rule "1 s per word shown".
int count_words(std::string_view text);

}  // namespace signpost::layout_detail
