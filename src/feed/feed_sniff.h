// Cheap looks at a body before parsing it: where the content starts, whether it
// is an HTML page (a proxy's error page or a login form served instead of the
// feed), and which keys a JSON object has at its top level. Format detectors
// (feed_formats.cpp) are built from these; none of them parses the document.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace signpost {

// `bytes` without a leading UTF-8 byte order mark and leading white space.
std::string_view content_start(std::string_view bytes);

// Set when the body is an HTML page rather than a feed; holds the page's
// <title> text (trimmed, at most 80 bytes), empty when it has none.
std::optional<std::string> html_page_title(std::string_view bytes);

// True when `bytes` starts a JSON object that has one of `keys` among its
// top-level keys. Values are skipped without being parsed (strings and nesting only), so
// this is linear and never recurses; a key is compared as written, escapes
// included. A document cut short still answers for the keys seen so far.
bool json_has_top_level_key(std::string_view bytes, std::initializer_list<std::string_view> keys);

// The first `max_bytes` of the body as one printable line, for error messages:
// control bytes become spaces and a cut multi-byte character is dropped.
std::string body_preview(std::string_view bytes, size_t max_bytes = 60);

}  // namespace signpost
