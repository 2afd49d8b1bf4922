// Typed reads of one member of a JSON object, with the reason in plain words
// when the member is missing or has the wrong type. Every Error::where here is
// relative to the object being read ("start", "speakers/2", "title/ko": JSON
// Pointer tokens without the leading '/'), so the caller prefixes its own path.
// A member whose value is null counts as absent: generators write null for an
// empty optional field. Shared by the native format and the JSON importers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/localized_text.h"
#include "util/json_pointer.h"
#include "util/result.h"
#include "util/time.h"

namespace signpost {

using Json = nlohmann::ordered_json;

// The member `key` of `object`, or nullptr when it is absent or null.
const Json* json_member(const Json& object, std::string_view key);

// "a string", "a number", "an array", ... for messages.
std::string json_kind(const Json& value);

// A value from the feed quoted for a message: "value", on one line and cut
// at 60 bytes, so a hostile or broken feed cannot flood the log.
std::string quoted_value(std::string_view value);

// A string that is present and not empty.
Result<std::string> read_required_string(const Json& object, std::string_view key);
// nullopt when absent; an empty string is returned as it is.
Result<std::optional<std::string>> read_optional_string(const Json& object, std::string_view key);

// Human texts (json_text.h). Required: present and not blank.
Result<LocalizedText> read_required_text(const Json& object, std::string_view key);
// Empty when absent.
Result<LocalizedText> read_optional_text(const Json& object, std::string_view key);

// ISO 8601 with a UTC offset or Z (util/time.h). A time without an offset is
// refused with a hint, since reading it in some zone would be a guess.
Result<Instant> read_required_instant(const Json& object, std::string_view key);
Result<std::optional<Instant>> read_optional_instant(const Json& object, std::string_view key);

Result<std::optional<bool>> read_optional_bool(const Json& object, std::string_view key);

// A non-negative integer that fits in an int.
Result<std::optional<int>> read_optional_count(const Json& object, std::string_view key);

// An array of strings; empty when absent.
Result<std::vector<std::string>> read_optional_string_list(const Json& object,
                                                           std::string_view key);

}  // namespace signpost
