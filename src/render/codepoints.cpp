#include "render/codepoints.h"

#include <cstdio>

namespace signpost {
namespace {

bool in(char32_t cp, char32_t lo, char32_t hi) {
    return cp >= lo && cp <= hi;
}

}  // namespace

std::string codepoint_name(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

bool is_default_ignorable(char32_t cp) {
    return cp == 0x00AD || cp == 0x034F || cp == 0x061C || in(cp, 0x115F, 0x1160) ||
           in(cp, 0x17B4, 0x17B5) || in(cp, 0x180B, 0x180F) || in(cp, 0x200B, 0x200F) ||
           in(cp, 0x202A, 0x202E) || in(cp, 0x2060, 0x206F) || cp == 0x3164 ||
           in(cp, 0xFE00, 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0 || in(cp, 0xFFF0, 0xFFF8) ||
           in(cp, 0x1BCA0, 0x1BCA3) || in(cp, 0x1D173, 0x1D17A) || in(cp, 0xE0000, 0xE0FFF);
}

bool is_combining_mark(char32_t cp) {
    return in(cp, 0x0300, 0x036F) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) ||
           in(cp, 0x20D0, 0x20FF) || in(cp, 0xFE20, 0xFE2F) || in(cp, 0x3099, 0x309A) ||
           in(cp, 0x1161, 0x11FF) || in(cp, 0xD7B0, 0xD7FF) || in(cp, 0x302E, 0x302F) ||
           in(cp, 0xFE00, 0xFE0F) || cp == 0x200D;
}

bool is_space(char32_t cp) {
    return cp == 0x20 || cp == 0xA0 || in(cp, 0x2000, 0x200A) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

bool is_control(char32_t cp) {
    return cp < 0x20 || in(cp, 0x7F, 0x9F);
}

}  // namespace signpost
