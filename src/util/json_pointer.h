// JSON Pointer (RFC 6901) paths for messages: config and feed errors name the
// place of a value as "/sessions/3/start". Plain strings, no JSON library.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace signpost {

// One reference token: '~' -> "~0", '/' -> "~1".
std::string json_pointer_token(std::string_view key);

// "/feed" + "source" -> "/feed/source" (the key escaped as one token);
// "/pages" + 2 -> "/pages/2".
std::string json_pointer_child(std::string_view parent, std::string_view key);
std::string json_pointer_child(std::string_view parent, size_t index);

}  // namespace signpost
