#include "model/direction.h"

#include <array>
#include <utility>

namespace signpost {
namespace {
constexpr std::array<std::pair<Arrow, std::string_view>, 6> kNames{{
    {Arrow::ahead, "ahead"},
    {Arrow::left, "left"},
    {Arrow::right, "right"},
    {Arrow::back, "back"},
    {Arrow::up, "up"},
    {Arrow::down, "down"},
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

}  // namespace signpost
