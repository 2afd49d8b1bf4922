// UTF-8 validation for every feed format: a feed is text, and a byte that is
// not UTF-8 would later show up as tofu on the sign, so it is caught at the door
// with its byte offset.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace signpost {

// The offset of the first byte that does not start a well-formed UTF-8
// sequence (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF), or nullopt if all of `bytes` is valid.
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

// "invalid UTF-8 at byte 1234 (bytes C3 28)": the reason for an Error, quoting
// up to four bytes from `offset` in hex.
std::string describe_invalid_utf8(std::string_view bytes, size_t offset);

}  // namespace signpost
