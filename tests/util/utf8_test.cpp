#include <gtest/gtest.h>

#include "util/utf8.h"

using namespace signpost;

TEST(Utf8, AcceptsAsciiKoreanAndEmoji) {
    EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("plain ASCII text, longer than eight bytes"), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("개막 기조연설 · Opening keynote 🎤 café"), std::nullopt);
    EXPECT_EQ(find_invalid_utf8("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF, the last
    EXPECT_EQ(find_invalid_utf8("\xEF\xBF\xBD"), std::nullopt);      // U+FFFD
}

TEST(Utf8, FindsTheOffsetOfTheFirstBadByte) {
    // Latin-1 "é" after enough ASCII to go through the 8-byte fast path.
    const std::string latin1 = "0123456789abcdefghij caf\xE9 au lait";
    EXPECT_EQ(find_invalid_utf8(latin1), 24u);
    EXPECT_EQ(describe_invalid_utf8(latin1, 24), "invalid UTF-8 at byte 24 (bytes E9 20 61 75)");
}

TEST(Utf8, RejectsMalformedSequences) {
    struct Case {
        const char* name;
        std::string bytes;
        size_t offset;
    };
    const Case cases[] = {
        {"stray continuation", "ab\x80", 2},
        {"overlong slash C0 AF", "\xC0\xAF", 0},
        {"overlong C1", "\xC1\xBF", 0},
        {"overlong three bytes E0 80 AF", "x\xE0\x80\xAF", 1},
        {"overlong four bytes F0 80 80 AF", "\xF0\x80\x80\xAF", 0},
        {"surrogate ED A0 80", "ok \xED\xA0\x80", 3},
        {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
        {"F5 lead", "\xF5\x80\x80\x80", 0},
        {"FF", "\xFF", 0},
        {"cut two-byte at end", "abc\xC3", 3},
        {"cut three-byte at end", "\xEA\xB0", 0},
        {"cut four-byte at end", "\xF0\x9F\x8E", 0},
        {"bad continuation", "\xEA\xB0\x41", 0},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(find_invalid_utf8(c.bytes), std::optional<size_t>(c.offset)) << c.name;
    }
}

TEST(Utf8, DescribesAByteAtTheEnd) {
    EXPECT_EQ(describe_invalid_utf8("abc\xC3", 3), "invalid UTF-8 at byte 3 (bytes C3)");
}

TEST(Utf8, LenientDecodingTurnsEachBadByteIntoOneReplacement) {
    EXPECT_EQ(decode_utf8_lenient("a한🎤"), (std::vector<char32_t>{U'a', U'한', U'🎤'}));
    // An overlong pair is two bad bytes; a cut sequence before ASCII is one,
    // and the ASCII after it is kept.
    EXPECT_EQ(decode_utf8_lenient("\xC0\xAF"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_utf8_lenient("\xEA\xB0x"), (std::vector<char32_t>{0xFFFD, 0xFFFD, U'x'}));
    EXPECT_EQ(decode_utf8_lenient("\xED\xA0\x80"),
              (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));  // a surrogate
    // A real U+FFFD is three bytes long and valid.
    const DecodedCodepoint real = decode_utf8_at("\xEF\xBF\xBD", 0);
    EXPECT_EQ(real.cp, 0xFFFDu);
    EXPECT_EQ(real.length, 3u);
    EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBD"));
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
}

TEST(Utf8, DecodingAgreesWithValidationAtEveryLeadByte) {
    // Every lead byte with every second byte (and good continuations after):
    // a sequence is decoded as one codepoint exactly when it is valid.
    for (int lead = 0x80; lead <= 0xFF; ++lead) {
        for (int second = 0; second <= 0xFF; ++second) {
            const std::string bytes{static_cast<char>(lead), static_cast<char>(second), '\x80',
                                    '\x80'};
            const size_t length = utf8_sequence_length(bytes, 0);
            const DecodedCodepoint d = decode_utf8_at(bytes, 0);
            EXPECT_EQ(d.length, length == 0 ? 1u : length) << std::hex << lead << " " << second;
            if (length > 0) {
                std::string again;
                append_utf8(again, d.cp);
                EXPECT_EQ(again, bytes.substr(0, length)) << std::hex << lead << " " << second;
            }
        }
    }
}

TEST(Utf8, EncodesEveryLengthAndReplacesWhatIsNoCharacter) {
    std::string out;
    for (char32_t cp : {U'A', U'é', U'한', U'🎤'}) {
        append_utf8(out, cp);
    }
    EXPECT_EQ(out, "Aé한🎤");
    out.clear();
    append_utf8(out, 0xD800);
    append_utf8(out, 0x110000);
    EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");
}
