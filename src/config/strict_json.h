// Parses the text of a config file. Stricter than nlohmann::json::parse in one
// way: a key written twice in one object is an error, because the parser would
// keep the last value without a word and an operator's pasted block would
// silently override the one they are looking at. A document nested deeper
// than 64 levels is an error too (a location config is about five deep).
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "config/json_reader.h"

namespace signpost {

// The document, or nullopt when the text is not JSON at all (one error: where
// the parser stopped and why). Duplicate keys are recorded in `problems` with
// their JSON path, and the document is still returned so that the rest of it
// can be checked too.
std::optional<nlohmann::json> parse_strict_json(std::string_view text, Problems& problems);

}  // namespace signpost
