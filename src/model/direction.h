// Which way to go from a screen: the arrows of ISO 7001 wayfinding signs.
// "ahead" is drawn pointing up; "down" means only "go down a level".
#pragma once

#include <optional>
#include <string_view>

namespace signpost {

enum class Arrow { ahead, left, right, back, up, down };

std::string_view to_string(Arrow arrow);
std::optional<Arrow> parse_arrow(std::string_view text);

}  // namespace signpost
