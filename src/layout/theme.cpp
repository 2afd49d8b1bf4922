#include "layout/theme.h"

#include <cmath>
#include <utility>

namespace signpost::layout_detail {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

double channel(uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Color mix(Color a, Color b, float t) {
    const auto lerp = [t](uint8_t x, uint8_t y) {
        return static_cast<uint8_t>(std::lround(x + (y - x) * t));
    };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b), 255};
}

constexpr Color kWhite{0xFF, 0xFF, 0xFF};
constexpr Color kNearBlack{0x0B, 0x0F, 0x14};

}  // namespace

std::optional<Color> parse_colour(std::string_view hex) {
    if (hex.size() != 7 || hex[0] != '#') {
        return std::nullopt;
    }
    uint8_t v[3];
    for (int i = 0; i < 3; ++i) {
        const int hi = hex_digit(hex[1 + 2 * i]);
        const int lo = hex_digit(hex[2 + 2 * i]);
        if (hi < 0 || lo < 0) {
            return std::nullopt;
        }
        v[i] = static_cast<uint8_t>(hi * 16 + lo);
    }
    return Color{v[0], v[1], v[2], 255};
}

double luminance(Color c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast(Color a, Color b) {
    double la = luminance(a), lb = luminance(b);
    if (la < lb) {
        std::swap(la, lb);
    }
    return (la + 0.05) / (lb + 0.05);
}

Color legible_on(Color fg, Color backdrop, double minimum) {
    if (contrast(fg, backdrop) >= minimum) {
        return fg;
    }
    return contrast(kWhite, backdrop) >= contrast(kNearBlack, backdrop) ? kWhite : kNearBlack;
}

Theme resolve_theme(const ThemeConfig& config) {
    Theme t;
    if (auto bg = parse_colour(config.background)) {
        // A background must let some text colour reach 7:1, or it is not used.
        if (contrast(*bg, kWhite) >= kTextContrast || contrast(*bg, kNearBlack) >= kTextContrast) {
            t.background = *bg;
        }
    }
    const Color fallback_text = legible_on(t.ink.primary, t.background);
    t.ink.primary = fallback_text;
    if (auto text = parse_colour(config.text);
        text && contrast(*text, t.background) >= kTextContrast) {
        t.ink.primary = *text;
    }
    if (contrast(t.ink.secondary, t.background) < kTextContrast) {
        t.ink.secondary = t.ink.primary;
    }
    if (auto sec = parse_colour(config.secondary);
        sec && contrast(*sec, t.background) >= kTextContrast) {
        t.ink.secondary = *sec;
    }
    if (auto acc = parse_colour(config.accent);
        acc && contrast(*acc, t.background) >= kGraphicContrast) {
        t.accent = *acc;
    } else if (contrast(t.accent, t.background) < kGraphicContrast) {
        t.accent = t.ink.primary;
    }
    // Decoration follows the background: a faint mix toward the text colour.
    t.divider = mix(t.background, t.ink.primary, 0.22f);
    t.track = mix(t.background, t.ink.primary, 0.22f);
    return t;
}

}  // namespace signpost::layout_detail
