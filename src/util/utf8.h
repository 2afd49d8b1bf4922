// UTF-8, the one copy for every module: the strict check a feed passes at the
// door (with the offset of the first bad byte), the lenient decoding that
// layout and the renderer use on display text (a display list is data, and a
// title with a broken byte must still show), and encoding one codepoint.
// Well-formed means RFC 3629 / Unicode table 3-7: no overlong forms, no
// surrogates, nothing above U+10FFFF.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signpost {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// The length of the well-formed sequence starting at bytes[i], or 0 when the
// byte there does not start one (i < bytes.size()).
size_t utf8_sequence_length(std::string_view bytes, size_t i);

struct DecodedCodepoint {
    char32_t cp = 0;
    size_t length = 1;  // bytes consumed; 1 for an invalid byte (decoded as U+FFFD)
};

// The codepoint starting at byte `i` of `text` (i < text.size()); a byte that
// does not start a well-formed sequence is one U+FFFD.
DecodedCodepoint decode_utf8_at(std::string_view text, size_t i);

// Every codepoint of `text`, each invalid byte as one U+FFFD.
std::vector<char32_t> decode_utf8_lenient(std::string_view text);

// Appends `cp` as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// The offset of the first byte that does not start a well-formed sequence,
// or nullopt if all of `bytes` is valid.
std::optional<size_t> find_invalid_utf8(std::string_view bytes);
inline bool is_valid_utf8(std::string_view bytes) {
    return !find_invalid_utf8(bytes);
}

// "invalid UTF-8 at byte 1234 (bytes C3 28)": the reason for an Error, quoting
// up to four bytes from `offset` in hex.
std::string describe_invalid_utf8(std::string_view bytes, size_t offset);

}  // namespace signpost
