#include "util/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace signpost {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

bool is_continuation_byte(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

}  // namespace

// The ranges of the second byte follow Unicode's table 3-7 ("Well-Formed
// UTF-8 Byte Sequences").
size_t utf8_sequence_length(std::string_view bytes, size_t i) {
    const auto at = [&](size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
    const unsigned char lead = at(0);
    const size_t left = bytes.size() - i;
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        return left >= 2 && is_continuation_byte(at(1)) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (left < 3) {
            return 0;
        }
        const unsigned char second = at(1);
        const unsigned char lo = lead == 0xE0 ? 0xA0 : 0x80;  // E0: no overlong forms
        const unsigned char hi = lead == 0xED ? 0x9F : 0xBF;  // ED: no surrogates
        return second >= lo && second <= hi && is_continuation_byte(at(2)) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (left < 4) {
            return 0;
        }
        const unsigned char second = at(1);
        const unsigned char lo = lead == 0xF0 ? 0x90 : 0x80;  // F0: no overlong forms
        const unsigned char hi = lead == 0xF4 ? 0x8F : 0xBF;  // F4: nothing past U+10FFFF
        return second >= lo && second <= hi && is_continuation_byte(at(2)) &&
                       is_continuation_byte(at(3))
                   ? 4
                   : 0;
    }
    return 0;  // a stray continuation byte, C0/C1 (overlong) or F5..FF
}

DecodedCodepoint decode_utf8_at(std::string_view text, size_t i) {
    const size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
        return {kReplacementCharacter, 1};
    }
    const auto lead = static_cast<unsigned char>(text[i]);
    // The lead byte's payload bits: 7, 5, 4 or 3 of them.
    static constexpr unsigned char kLeadMask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t cp = lead & kLeadMask[length];
    for (size_t k = 1; k < length; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    return {cp, length};
}

std::vector<char32_t> decode_utf8_lenient(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const DecodedCodepoint d = decode_utf8_at(text, i);
        out.push_back(d.cp);
        i += d.length;
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = kReplacementCharacter;
    }
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

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
        const size_t length = utf8_sequence_length(bytes, i);
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
