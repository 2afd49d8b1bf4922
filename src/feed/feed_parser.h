// bytes -> schedule snapshot. The one entry point that the rest of the program
// uses: it checks the bytes (empty, invalid UTF-8), detects the format from
// the content unless FeedOptions::format forces one, and calls the parser for
// that format (the table of formats: feed/feed_formats.h). Nothing downstream
// knows which format the data came in. Reentrant: the feed worker calls it.
#pragma once

#include <string>
#include <string_view>

#include "feed/parsed_feed.h"
#include "util/result.h"

namespace signpost {

Result<ParsedFeed> parse_feed(std::string_view bytes, const FeedOptions& options);

// The native Signpost format v1 (docs/feed-format.md).
Result<ParsedFeed> parse_native_feed(std::string_view bytes, const FeedOptions& options);

}  // namespace signpost
