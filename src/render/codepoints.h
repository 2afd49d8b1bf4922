// Codepoint helpers for splitting text into per-font runs: "U+XXXX" names and
// the few Unicode classes the glyph fallback needs. Decoding and encoding are
// util/utf8.h's (lenient: text reaching the renderer was checked by feed/, but
// a display list is data and may be bad).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace signpost {

// "U+0378", "U+1F600": uppercase hex, at least four digits.
std::string codepoint_name(char32_t cp);

// Invisible by definition (Unicode Default_Ignorable_Code_Point: joiners,
// variation selectors, soft hyphen, BOM...): when no font has a glyph for one,
// it is left out quietly instead of drawn as a replacement box.
bool is_default_ignorable(char32_t cp);

// Marks that belong to the character before them (combining diacritics,
// Hangul jamo vowels and finals): kept in the previous run's font when it has them.
bool is_combining_mark(char32_t cp);

// Spaces: kept in the previous run's font, so a space between two Hangul words
// has the Hangul font's width.
bool is_space(char32_t cp);

// C0/C1 controls and DEL: a display line has no use for them.
bool is_control(char32_t cp);

}  // namespace signpost
