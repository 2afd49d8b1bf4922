// The native Signpost format v1 as a row of the format table: how it is
// recognised. parse_native_feed itself is declared in feed/feed_parser.h.
#pragma once

#include <string_view>

namespace signpost {

// The highest major version of the native format this program reads.
inline constexpr int kNativeFeedVersion = 1;

// A JSON object with a top-level "venue" or "sessions" key. The importers'
// JSON formats (frab, pretalx) keep everything under "schedule" instead.
bool looks_like_native_feed(std::string_view bytes);

}  // namespace signpost
