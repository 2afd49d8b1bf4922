// Theme colours: "#RRGGBB" strings in the config, and the contrast minimums of
// docs/sign-design.md that a venue's theme may not break (text and secondary text
// ≥ 7:1 against the background, WCAG AAA because lobby glare eats contrast;
// the accent, used for arrows and highlights, ≥ 3:1, WCAG 1.4.11).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "config/json_reader.h"
#include "config/location_config.h"

namespace signpost {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

// "#0B0F14" or "#0b0f14"; nothing else ("#FFF", "white", "0B0F14" are nullopt).
std::optional<Rgb> parse_hex_colour(std::string_view text);

// The default theme (docs/sign-design.md), used where the config leaves a colour empty.
inline constexpr std::string_view kDefaultBackground = "#0B0F14";
inline constexpr std::string_view kDefaultText = "#FFFFFF";
inline constexpr std::string_view kDefaultSecondary = "#B8B8B8";
inline constexpr std::string_view kDefaultAccent = "#56B4E9";

inline constexpr double kMinTextContrast = 7.0;
inline constexpr double kMinAccentContrast = 3.0;

// WCAG 2.x relative luminance and contrast ratio (1 .. 21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

// Records an error for each theme colour that falls below its minimum against
// the background, at the key the operator wrote ("/theme/text"; "/theme/background"
// when only the background was changed). Colours that do not parse are skipped:
// the loader has already reported them.
void check_theme_contrast(const ThemeConfig& theme, const std::string& theme_path,
                          Problems& problems);

}  // namespace signpost
