#include "feed/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace signpost {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed sequence at bytes[i], or 0. The ranges of the
// second byte follow Unicode's table 3-7 ("Well-Formed UTF-8 Byte Sequences").
size_t sequence_length(std::string_view bytes, size_t i) {
    const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
    const unsigned char lead = at(0);
    const size_t left = bytes.size() - i;
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        return left >= 2 && is_continuation(at(1)) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (left < 3) {
            return 0;
        }
        const unsigned char second = at(1);
        const unsigned char lo = lead == 0xE0 ? 0xA0 : 0x80;  // E0: no overlong forms
        const unsigned char hi = lead == 0xED ? 0x9F : 0xBF;  // ED: no surrogates
        return second >= lo && second <= hi && is_continuation(at(2)) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (left < 4) {
            return 0;
        }
        const unsigned char second = at(1);
        const unsigned char lo = lead == 0xF0 ? 0x90 : 0x80;  // F0: no overlong forms
        const unsigned char hi = lead == 0xF4 ? 0x8F : 0xBF;  // F4: nothing past U+10FFFF
        return second >= lo && second <= hi && is_continuation(at(2)) && is_continuation(at(3)) ? 4
                                                                                                : 0;
    }
    return 0;  // a stray continuation byte, C0/C1 (overlong) or F5..FF
}

}  // namespace

std::optional<size_t> find_invalid_utf8(std::string_view bytes) {
    size_t i = 0;
    while (i < bytes.size()) {
        // Feeds are mostly ASCII: skip eight ASCII bytes at a time.
        if (bytes.size() - i >= 8) {
            uint64_t word;
            std::memcpy(&word, bytes.data() + i, sizeof word);
            if ((word & kHighBits) == 0) {
                i += 8;
                continue;
            }
        }
        const size_t length = sequence_length(bytes, i);
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return std::nullopt;
}

std::string describe_invalid_utf8(std::string_view bytes, size_t offset) {
    std::string out = "invalid UTF-8 at byte " + std::to_string(offset);
    if (offset < bytes.size()) {
        out += " (bytes";
        for (size_t k = offset; k < bytes.size() && k < offset + 4; ++k) {
            char hex[4];
            std::snprintf(hex, sizeof hex, " %02X", static_cast<unsigned char>(bytes[k]));
            out += hex;
        }
        out += ")";
    }
    return out;
}

}  // namespace signpost
