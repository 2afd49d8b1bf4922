// The table of feed formats that parse_feed knows: one row per format, each
// with a cheap detector and a parser. An importer joins with one row in
// feed_formats.cpp; nothing else changes.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "feed/parsed_feed.h"
#include "util/result.h"

namespace signpost {

struct FeedFormat {
    std::string_view name;  // what FeedOptions::format and ParsedFeed::format say
    // Looks at the bytes (already known to be non-empty UTF-8 and not HTML)
    // without parsing them; must be fast and must not claim another format's
    // documents. Rows are tried in table order and the first match wins.
    bool (*detect)(std::string_view bytes);
    Result<ParsedFeed> (*parse)(std::string_view bytes, const FeedOptions& options);
};

std::span<const FeedFormat> feed_formats();

// The row named `name`, or nullptr.
const FeedFormat* find_feed_format(std::string_view name);

// "signpost, frab-json, ..." for messages.
std::string feed_format_names();

}  // namespace signpost
