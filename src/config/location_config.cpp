#include "config/location_config.h"

#include "config/config_paths.h"

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

const std::filesystem::path& LocationConfig::file_for(std::string_view pointer) const {
    if (defaults_file) {
        for (const std::string& p : inherited) {
            if (pointer == p ||
                (pointer.starts_with(p) && pointer.size() > p.size() && pointer[p.size()] == '/')) {
                return *defaults_file;
            }
        }
    }
    return file;
}

std::filesystem::path LocationConfig::base_dir_for(std::string_view pointer) const {
    const std::filesystem::path& from = file_for(pointer);
    if (&from == &file) {
        return base_dir;
    }
    return config_base_dir(from);
}

bool LocationConfig::feed_is_url() const {
    return feed.starts_with("http://") || feed.starts_with("https://");
}

bool LiveConfig::source_is_url() const {
    return source.starts_with("http://") || source.starts_with("https://");
}

}  // namespace signpost
