#include "model/direction.h"

#include <array>
#include <utility>

namespace signpost {
namespace {
constexpr std::array<std::pair<Arrow, std::string_view>, 10> kNames{{
    {Arrow::ahead, "ahead"},
    {Arrow::left, "left"},
    {Arrow::right, "right"},
    {Arrow::back, "back"},
    {Arrow::up, "up"},
    {Arrow::down, "down"},
    {Arrow::ahead_left, "ahead-left"},
    {Arrow::ahead_right, "ahead-right"},
    {Arrow::back_left, "back-left"},
    {Arrow::back_right, "back-right"},
}};
}  // namespace

std::string_view to_string(Arrow arrow) {
    for (auto [a, n] : kNames) {
        if (a == arrow) {
            return n;
        }
    }
    return "ahead";
}

std::optional<Arrow> parse_arrow(std::string_view text) {
    for (auto [a, n] : kNames) {
        if (n == text) {
            return a;
        }
    }
    return std::nullopt;
}

int screen_degrees(Arrow arrow) {
    switch (arrow) {
        case Arrow::ahead:
        case Arrow::up:
            return 0;
        case Arrow::ahead_right:
            return 45;
        case Arrow::right:
            return 90;
        case Arrow::back_right:
            return 135;
        case Arrow::back:
        case Arrow::down:
            return 180;
        case Arrow::back_left:
            return 225;
        case Arrow::left:
            return 270;
        case Arrow::ahead_left:
            return 315;
    }
    return 0;
}

}  // namespace signpost
