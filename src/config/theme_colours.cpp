#include "config/theme_colours.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

namespace signpost {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

double linear_channel(uint8_t v) {
    double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

std::string format_ratio(double ratio) {
    char buf[32];
    // Rounded down, so that 6.97 never reads as "7.0:1" next to "needs 7:1".
    std::snprintf(buf, sizeof buf, "%.1f:1", std::floor(ratio * 10.0) / 10.0);
    return buf;
}

}  // namespace

std::optional<Rgb> parse_hex_colour(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') {
        return std::nullopt;
    }
    int v[6];
    for (size_t i = 0; i < 6; ++i) {
        v[i] = hex_value(text[i + 1]);
        if (v[i] < 0) {
            return std::nullopt;
        }
    }
    return Rgb{static_cast<uint8_t>(v[0] * 16 + v[1]), static_cast<uint8_t>(v[2] * 16 + v[3]),
               static_cast<uint8_t>(v[4] * 16 + v[5])};
}

double relative_luminance(Rgb c) {
    return 0.2126 * linear_channel(c.r) + 0.7152 * linear_channel(c.g) +
           0.0722 * linear_channel(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    double la = relative_luminance(a);
    double lb = relative_luminance(b);
    double lighter = la > lb ? la : lb;
    double darker = la > lb ? lb : la;
    return (lighter + 0.05) / (darker + 0.05);
}

void check_theme_contrast(const ThemeConfig& theme, const std::string& theme_path,
                          Problems& problems) {
    bool own_background = !theme.background.empty();
    auto background = parse_hex_colour(own_background ? theme.background : kDefaultBackground);
    if (!background) {
        return;
    }
    struct Role {
        const char* key;
        const std::string& written;
        std::string_view fallback;
        double minimum;
        const char* rule;
    };
    const Role roles[] = {
        {"text", theme.text, kDefaultText, kMinTextContrast, "text needs at least 7:1"},
        {"secondary", theme.secondary, kDefaultSecondary, kMinTextContrast,
         "text needs at least 7:1"},
        {"accent", theme.accent, kDefaultAccent, kMinAccentContrast,
         "arrows and highlights need at least 3:1"},
    };
    for (const Role& role : roles) {
        bool own = !role.written.empty();
        if (!own && !own_background) {
            continue;  // both defaults: the default theme meets its own rules
        }
        auto colour = parse_hex_colour(own ? std::string_view(role.written) : role.fallback);
        if (!colour) {
            continue;
        }
        double ratio = contrast_ratio(*colour, *background);
        if (ratio >= role.minimum) {
            continue;
        }
        std::string background_name =
            own_background ? theme.background : std::string(kDefaultBackground);
        if (own) {
            problems.error(json_pointer_child(theme_path, role.key),
                           "contrast " + format_ratio(ratio) + " against the background " +
                               background_name + " is too low; " + role.rule);
        } else {
            problems.error(json_pointer_child(theme_path, "background"),
                           "contrast " + format_ratio(ratio) + " against the default " + role.key +
                               " colour " + std::string(role.fallback) + " is too low; " +
                               role.rule + " (set \"" + role.key + "\" too)");
        }
    }
}

}  // namespace signpost
