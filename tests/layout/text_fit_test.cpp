// Line fitting: words stay whole (Hangul words above all), at most N lines,
// "…" when cut, an over-long single word cut by characters, never inside a
// codepoint.
#include <gtest/gtest.h>

#include "layout/text_fit.h"
#include "layout/utf8_text.h"
#include "layout_test_support.h"

namespace signpost {
namespace {

using namespace layout_detail;

// One unit per ASCII character, two per Hangul syllable or Han character.
float units(std::string_view s) {
    float w = 0;
    for (size_t i = 0; i < s.size();) {
        const DecodedCodepoint d = decode_utf8_at(s, i);
        i += d.length;
        w += (is_hangul(d.cp) || breaks_between(d.cp)) ? 2.0f : 1.0f;
    }
    return w;
}

const WidthOf kUnits = units;

bool ends_with_ellipsis(const std::string& s) {
    return s.size() >= 3 && s.compare(s.size() - 3, 3, std::string(kEllipsis)) == 0;
}

// `text` fitted to lines of `width` units, at most `max_lines`: the lines
// joined by " / ", and " (cut)" after them when the text was truncated.
std::string fitted(std::string_view text, float width, int max_lines) {
    const FittedLines f = fit_lines(text, width, max_lines, kUnits);
    std::string out;
    for (const std::string& line : f.lines) {
        out += (out.empty() ? "" : " / ") + line;
    }
    return f.truncated ? out + " (cut)" : out;
}

TEST(TextFit, ShortTextIsOneLine) {
    EXPECT_EQ(fitted("Opening keynote", 40, 2), "Opening keynote");
}

TEST(TextFit, BreaksBetweenWords) {
    EXPECT_EQ(fitted("Opening keynote of the day", 16, 3), "Opening keynote / of the day");
}

// A cut line shows as much as fits: the next Latin word cut by characters
// when that shows a few more letters, a Hangul word never.
TEST(TextFit, LastLineCutsALatinWordButNeverAHangulOne) {
    // "215호 (Upstream…" is 16 units; "215호…" would waste most of the line.
    EXPECT_EQ(fitted("215호 (Upstream Institute)", 16, 1), "215호 (Upstream… (cut)");
    // Too few letters of the next word would show: the cut stays between words.
    EXPECT_EQ(fitted("Room 215 Upstream", 11, 1), "Room 215… (cut)");
    // A Hangul word is never cut, however much room is left.
    EXPECT_EQ(fitted("Room 215 업스트림인스티튜트", 20, 1), "Room 215… (cut)");
}

TEST(TextFit, NeverSplitsAHangulWord) {
    const std::string title = "대규모 분산 시스템에서 관측 가능성을 확보하기 위한 실전 경험";
    for (float width = 12; width <= 60; width += 1) {
        const FittedLines f = fit_lines(title, width, 2, kUnits);
        ASSERT_LE(f.lines.size(), 2u);
        for (const auto& line : f.lines) {
            EXPECT_LE(units(line), width);
            std::string words = line;
            if (ends_with_ellipsis(words))
                words.resize(words.size() - 3);
            // Every word of the line is a whole word of the title.
            size_t start = 0;
            while (start < words.size()) {
                size_t end = words.find(' ', start);
                if (end == std::string::npos)
                    end = words.size();
                const std::string word = words.substr(start, end - start);
                EXPECT_NE((" " + title + " ").find(" " + word + " "), std::string::npos)
                    << "split word '" << word << "' at width " << width;
                start = end + 1;
            }
        }
        if (f.truncated) {
            ASSERT_FALSE(f.lines.empty());
            EXPECT_TRUE(ends_with_ellipsis(f.lines.back()));
        }
    }
}

// A line is not cut right after a separator: "Room 212…", not "Room 212 –…"
// (a translation cut beside its floor) nor "P1 ·…".
TEST(TextFit, ACutNeverEndsInALoneSeparator) {
    EXPECT_EQ(fitted("Room 212 – Hands-on Lab B", 11, 1), "Room 212… (cut)");
    EXPECT_EQ(fitted("P1 · Diagonal Mar Hotel", 5, 1), "P1… (cut)");
    EXPECT_EQ(fitted("A / B / C", 4, 1), "A… (cut)");
}

TEST(TextFit, TooLongEndsInEllipsisOnTheLastLine) {
    const FittedLines f = fit_lines(
        "Hard-won lessons from making very large distributed systems observable", 20, 2, kUnits);
    ASSERT_EQ(f.lines.size(), 2u);
    EXPECT_TRUE(f.truncated);
    EXPECT_EQ(f.lines[0], "Hard-won lessons");
    EXPECT_TRUE(ends_with_ellipsis(f.lines[1]));
    EXPECT_LE(units(f.lines[1]), 20);
}

TEST(TextFit, SingleOverlongWordIsCutByCharacters) {
    EXPECT_EQ(fitted("Supercalifragilisticexpialidocious", 10, 2), "Supercali… (cut)");
    // Hangul: cut between syllables, never inside one.
    EXPECT_EQ(fitted("초과학적인초장문단어로만이루어진제목", 9, 2), "초과학적… (cut)");
}

TEST(TextFit, OverlongWordAfterOthersStartsItsOwnLine) {
    const FittedLines f = fit_lines("Intro: Supercalifragilisticexpialidocious", 12, 3, kUnits);
    ASSERT_EQ(f.lines.size(), 2u);
    EXPECT_EQ(f.lines[0], "Intro:");
    EXPECT_TRUE(ends_with_ellipsis(f.lines[1]));
    EXPECT_TRUE(f.truncated);
}

TEST(TextFit, HanBreaksBetweenCharacters) {
    // Eleven characters of two units, four to a line of eight.
    EXPECT_EQ(fitted("東京都渋谷区神南一丁目", 8, 3), "東京都渋 / 谷区神南 / 一丁目");
    EXPECT_EQ(fitted("東京都渋谷区神南一丁目", 8, 2), "東京都渋 / 谷区神… (cut)");
}

TEST(TextFit, CombiningMarksStayWithTheirLetter) {
    // "e" + U+0301 repeated: a cut never lands between a letter and its accent.
    std::string s;
    for (int i = 0; i < 10; ++i)
        s += "e\xCC\x81";
    const std::string cut = cut_with_ellipsis(s, 6, kUnits);
    ASSERT_TRUE(ends_with_ellipsis(cut));
    const std::string body = cut.substr(0, cut.size() - 3);
    EXPECT_EQ(body.size() % 3, 0u) << "cut inside a letter+accent pair";
}

TEST(TextFit, InvalidUtf8AndControlsAreCleaned) {
    EXPECT_EQ(fitted("Bad\xFF byte\nand\ttabs", 100, 1), "Bad\xEF\xBF\xBD byte and tabs");
}

TEST(TextFit, NothingFitsGivesNoLines) {
    EXPECT_TRUE(fit_lines("Hello", 0.5f, 2, kUnits).lines.empty());
    EXPECT_TRUE(fit_lines("Hello", 10, 0, kUnits).lines.empty());
    EXPECT_TRUE(fit_lines("   ", 10, 2, kUnits).lines.empty());
}

TEST(TextFit, UnicodeCutsAreAlwaysValid) {
    const std::string mixed =
        "Kubernetes 운영 자동화: GitOps와 ArgoCD로 배포하기 🚀👍🏽 Ñandú";
    for (float width = 1; width <= 40; width += 0.5f) {
        for (int lines = 1; lines <= 3; ++lines) {
            for (const auto& l : fit_lines(mixed, width, lines, kUnits).lines) {
                EXPECT_TRUE(is_valid_utf8(l)) << width;
                EXPECT_LE(units(l), width);
            }
        }
    }
}

TEST(Utf8Text, CountsWords) {
    EXPECT_EQ(count_words("Opening keynote of the day"), 5);
    EXPECT_EQ(count_words("개막 기조연설"), 2);
    EXPECT_EQ(count_words("東京"), 2);
    EXPECT_EQ(count_words("  "), 0);
    EXPECT_EQ(count_words("1F · 1층 — B1"), 3);
}

TEST(Utf8Text, RejectsMalformedSequences) {
    EXPECT_TRUE(is_valid_utf8("한국어 English"));
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
    EXPECT_FALSE(is_valid_utf8("\xE2\x80"));      // truncated
    EXPECT_EQ(clean_display_text("\xE2\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace signpost
