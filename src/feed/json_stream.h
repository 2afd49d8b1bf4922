// Parses a JSON document whose bulk is one large top-level array (a feed's
// sessions) without ever holding that array as a DOM: each of its elements is
// built alone, handed to a callback and destroyed. Everything else becomes an
// ordinary DOM. A 12,000-session feed then never has a DOM of 12,000 objects:
// it is faster (the small DOMs stay in the cache; measured in
// bench/parse_bench.cpp) and its peak memory is bounded by one element.
#pragma once

#include <functional>
#include <string_view>

#include "feed/json_fields.h"
#include "util/result.h"

namespace signpost {

struct JsonStreamHandlers {
    // `key` names the top-level array whose elements are streamed. If the
    // document's root is an object and key's value is an array, the returned
    // root holds an empty array there, and each element goes to on_element
    // with its index, in order. The element may be moved from.
    std::string_view key;
    std::function<void(size_t index, Json&& element)> on_element;
    // Called when any other top-level member of the root object is complete,
    // e.g. so that the venue can be read before the sessions that use it.
    std::function<void(std::string_view key, const Json& value)> on_member;
};

// The root (with the streamed array emptied), or an Error for a syntax error
// (where "", what naming the 0-based byte offset) or for the streamed key
// appearing twice.
Result<Json> parse_json_streaming(std::string_view bytes, const JsonStreamHandlers& handlers);

}  // namespace signpost
