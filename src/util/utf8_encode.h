// Encoding one codepoint as UTF-8, shared by the feed (HTML entities) and the
// renderer (runs of glyphs). Surrogates and values past U+10FFFF become U+FFFD.
#pragma once

#include <string>

namespace signpost {

void append_utf8(std::string& out, char32_t cp);

}  // namespace signpost
