#include "config/location_config.h"

#include <array>
#include <utility>

namespace signpost {
namespace {
constexpr std::array<std::pair<PageKind, std::string_view>, 3> kPageKindNames{{
    {PageKind::directory, "directory"},
    {PageKind::now_next, "now_next"},
    {PageKind::upcoming, "upcoming"},
}};
}  // namespace

std::string_view to_string(PageKind kind) {
    for (auto [k, name] : kPageKindNames) {
        if (k == kind) {
            return name;
        }
    }
    return "now_next";
}

std::optional<PageKind> parse_page_kind(std::string_view text) {
    for (auto [k, name] : kPageKindNames) {
        if (name == text) {
            return k;
        }
    }
    return std::nullopt;
}

bool LocationConfig::feed_is_url() const {
    return feed.starts_with("http://") || feed.starts_with("https://");
}

bool LiveConfig::source_is_url() const {
    return source.starts_with("http://") || source.starts_with("https://");
}

}  // namespace signpost
