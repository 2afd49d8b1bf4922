// Which way to go from a screen: the arrows of ISO 7001 wayfinding signs.
// "ahead" is drawn pointing up, the diagonals turned 45° from it
// ("ahead-right" points up and to the right); "up" and "down" mean only "go
// up / down a level".
#pragma once

#include <optional>
#include <string_view>

namespace signpost {

enum class Arrow {
    ahead,
    left,
    right,
    back,
    up,
    down,
    ahead_left,
    ahead_right,
    back_left,
    back_right
};

// "ahead", "left", ..., "ahead-left", "back-right": the names config files use.
std::string_view to_string(Arrow arrow);
std::optional<Arrow> parse_arrow(std::string_view text);

// The arrow's direction on the page in degrees clockwise from "ahead" (up):
// ahead 0, ahead-right 45, right 90, ... ahead-left 315. Up is 0 and down 180
// (they are drawn as ahead and back, ISO 7001 has no other shape for them).
int screen_degrees(Arrow arrow);

}  // namespace signpost
