// "theme": the sign's colours and logo.
#include "config/config_sections.h"
#include "config/theme_colours.h"

namespace signpost {
using nlohmann::json;

void read_theme_section(const json* v, const std::string& path, LocationConfig& config,
                        Problems& problems) {
    if (!v) {
        return;
    }
    ObjectReader reader(*v, path, {"background", "text", "secondary", "accent", "logo"}, problems);
    ThemeConfig& theme = config.theme;
    bool colours_ok = true;
    const std::pair<const char*, std::string*> colours[] = {
        {"background", &theme.background},
        {"text", &theme.text},
        {"secondary", &theme.secondary},
        {"accent", &theme.accent},
    };
    for (auto [key, field] : colours) {
        const json* value = reader.get(key);
        if (!value) {
            continue;
        }
        auto text = read_string(*value, reader.path(key), problems);
        if (!text) {
            colours_ok = false;
            continue;
        }
        if (!parse_hex_colour(*text)) {
            problems.error(
                reader.path(key),
                "must be a colour written #RRGGBB, like \"#0B0F14\", not " + quote_value(*text));
            colours_ok = false;
            continue;
        }
        *field = std::move(*text);
    }
    if (colours_ok) {
        check_theme_contrast(theme, path, problems);
    }
    if (const json* logo = reader.get("logo")) {
        if (auto file = read_config_path(*logo, reader.path("logo"), config, problems)) {
            warn_if_not_a_file(*file, reader.path("logo"), problems);
            theme.logo = std::move(*file);
        }
    }
}

}  // namespace signpost
