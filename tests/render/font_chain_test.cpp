#include "render/font_chain.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "render/font_faces.h"
#include "render/font_setup.h"
#include "render_test_support.h"

namespace signpost {
namespace {

using test::inked_columns;
using test::LogCapture;
using test::RenderEnv;

constexpr Color kWhite{255, 255, 255, 255};

TEST(FontChain, DefaultChainLoadsTheManifestFonts) {
    RenderEnv env;
    ASSERT_EQ(env.fonts->fonts().size(), 3u);
    EXPECT_EQ(env.fonts->fonts()[0].name, "noto-sans-cjk-kr");
    EXPECT_EQ(env.fonts->fonts()[0].regular.index, 1);
    EXPECT_TRUE(env.fonts->fonts()[0].bold.has_value());
}

TEST(FontChain, MeasuresKoreanAndLatinInOneLine) {
    RenderEnv env;
    FontChain& fonts = *env.fonts;
    float korean = fonts.text_width("회의실", 40, FontWeight::regular);
    float latin = fonts.text_width("Room", 40, FontWeight::regular);
    float space = fonts.text_width(" ", 40, FontWeight::regular);
    float both = fonts.text_width("회의실 Room", 40, FontWeight::regular);
    // Hangul syllables are about one em each (Noto CJK KR kerns them a little).
    EXPECT_GT(korean, 2.5 * 40);
    EXPECT_LE(korean, 3 * 40 + 2);
    EXPECT_GT(latin, 40);
    EXPECT_NEAR(both, korean + space + latin, 3);
    EXPECT_EQ(fonts.text_width("", 40, FontWeight::regular), 0);
    EXPECT_GT(fonts.text_width("Room", 40, FontWeight::bold), latin);
}

TEST(FontChain, RendersHangulAndLatinWithoutMissingGlyphs) {
    LogCapture log;
    // Latin from DejaVu first, Hangul from Noto: two fonts in one line.
    RenderEnv env({"dejavu-sans", "noto-sans-cjk-kr"});
    FontChain& fonts = *env.fonts;
    for (const char* text : {"회의실", "Hall", "회의실 Hall B1 · 지하 1층"}) {
        SurfacePtr line = fonts.render_line(text, 48, FontWeight::regular, kWhite, 4096);
        ASSERT_TRUE(line) << text;
        EXPECT_EQ(line->w, static_cast<int>(fonts.text_width(text, 48, FontWeight::regular)));
        // Glyphs are spread over most of the width (a replacement box would be too,
        // but is reported, which the log check below excludes).
        EXPECT_GT(inked_columns(line.get()), line->w / 2) << text;
        test::save_for_review(line.get(), std::string("line-") + std::to_string(line->w));
    }
    EXPECT_EQ(log.count_containing("no glyph"), 0);
}

// Lowest row with ink in columns [x0, x1), or -1.
int lowest_ink(SDL_Surface* s, int x0, int x1) {
    for (int y = s->h - 1; y >= 0; --y) {
        for (int x = x0; x < x1; ++x) {
            if (test::alpha_at(s, x, y) > 128) {
                return y;
            }
        }
    }
    return -1;
}

// How far the bottom of "한" lies below the bottom of "H" in one line.
int hangul_drop(FontChain& fonts) {
    SurfacePtr line = fonts.render_line("H한", 60, FontWeight::regular, kWhite, 1000);
    int h_width = static_cast<int>(fonts.text_width("H", 60, FontWeight::regular));
    EXPECT_TRUE(line);
    return line ? lowest_ink(line.get(), h_width, line->w) - lowest_ink(line.get(), 0, h_width)
                : -1000;
}

TEST(FontChain, RunsFromDifferentFontsShareOneBaseline) {
    // Noto alone draws both letters on its own baseline: the reference.
    RenderEnv noto({"noto-sans-cjk-kr"});
    int reference = hangul_drop(*noto.fonts);
    // DejaVu's H and Noto's 한 in one line: the same relation, so the two runs
    // were put on one baseline although the fonts' ascents differ.
    RenderEnv mixed({"dejavu-sans", "noto-sans-cjk-kr"});
    EXPECT_NEAR(hangul_drop(*mixed.fonts), reference, 1);

    FontMetrics m = mixed.fonts->metrics(60, FontWeight::regular);
    SurfacePtr latin = mixed.fonts->render_line("H", 60, FontWeight::regular, kWhite, 1000);
    ASSERT_TRUE(latin);
    EXPECT_EQ(latin->h, static_cast<int>(m.ascent + m.descent));
    // The baseline is `ascent` below the top: H stands on it.
    EXPECT_NEAR(lowest_ink(latin.get(), 0, latin->w), m.ascent - 1, 1);
}

TEST(FontChain, PixelSizesRoundUpSoTextIsNeverSmallerThanAsked) {
    EXPECT_EQ(FontChain::pixel_size(38.0f), 38);
    EXPECT_EQ(FontChain::pixel_size(38.04f), 38);  // float noise
    EXPECT_EQ(FontChain::pixel_size(38.3f), 39);
    EXPECT_EQ(FontChain::pixel_size(0.7f), 1);
    EXPECT_EQ(FontChain::pixel_size(0.2f), 0);
    EXPECT_EQ(FontChain::pixel_size(-5), 0);
    EXPECT_EQ(FontChain::pixel_size(1e9f), 1000);
}

TEST(FontChain, CapHeightComesFromTheFirstFont) {
    RenderEnv env;
    FontMetrics m = env.fonts->metrics(100, FontWeight::regular);
    // Noto Sans CJK KR: cap height 0.733 em (docs/sign-design.md).
    EXPECT_NEAR(m.cap_height, 73.3, 2);
    EXPECT_GT(m.ascent, m.cap_height);
    EXPECT_GT(m.descent, 0);
    EXPECT_GE(m.line_height, m.ascent + m.descent);
    EXPECT_EQ(env.fonts->metrics(0, FontWeight::regular).ascent, 0);
    EXPECT_EQ(env.fonts->metrics(std::nanf(""), FontWeight::regular).ascent, 0);
}

TEST(FontChain, MissingCodepointIsReportedOnceAndDrawnVisibly) {
    LogCapture log;
    RenderEnv env;
    FontChain& fonts = *env.fonts;
    const char* text =
        "A\xCD\xB8"
        "B";  // U+0378: unassigned, in no font
    SurfacePtr first = fonts.render_line(text, 40, FontWeight::regular, kWhite, 1000);
    SurfacePtr second = fonts.render_line(text, 40, FontWeight::regular, kWhite, 1000);
    fonts.text_width(text, 40, FontWeight::bold);
    EXPECT_EQ(log.count_containing("no glyph for U+0378"), 1);
    ASSERT_TRUE(first);
    // Wider than "AB" by a visible replacement, and inked there.
    float ab = fonts.text_width("AB", 40, FontWeight::regular);
    EXPECT_GT(first->w, ab + 10);
    int a_width = static_cast<int>(fonts.text_width("A", 40, FontWeight::regular));
    int inked_in_gap = 0;
    for (int x = a_width + 2; x < first->w - static_cast<int>(ab - a_width) - 2; ++x) {
        for (int y = 0; y < first->h; ++y) {
            inked_in_gap += test::alpha_at(first.get(), x, y) > 128 ? 1 : 0;
        }
    }
    EXPECT_GT(inked_in_gap, 20);
}

TEST(FontChain, NoFontsStillDrawsBoxes) {
    LogCapture log;
    RenderEnv env({"no-such-font", "/nonexistent/font.ttf"});
    // The configured chain fails, so the manifest's fonts stand in, loudly.
    EXPECT_EQ(env.fonts->fonts().size(), 3u);
    EXPECT_EQ(log.count_containing("no-such-font"), 2);  // its own warning + the error
    EXPECT_GE(log.count_containing("FONTS:"), 1);

    FontChain empty({});
    SurfacePtr line = empty.render_line("Hi", 40, FontWeight::regular, kWhite, 1000);
    ASSERT_TRUE(line);
    EXPECT_GT(inked_columns(line.get()), 4);
    EXPECT_GT(empty.text_width("Hi", 40, FontWeight::regular), 0);
}

TEST(FontChain, LongLinesAreCutToTheWidthAsked) {
    RenderEnv env;
    std::string text(5000, 'W');
    float width = env.fonts->text_width(text, 100, FontWeight::regular);
    EXPECT_GT(width, 5000 * 50);
    SurfacePtr line = env.fonts->render_line(text, 100, FontWeight::regular, kWhite, 800);
    ASSERT_TRUE(line);
    EXPECT_EQ(line->w, 800);
    EXPECT_GT(inked_columns(line.get()), 400);
}

TEST(FontChain, BadUtf8AndControlsNeverCrash) {
    LogCapture log;
    RenderEnv env;
    std::string bad = "ok\xFF\xC3\x28\xE2\x82 \x01\t\xF4\x90\x80\x80 end";
    EXPECT_GT(env.fonts->text_width(bad, 30, FontWeight::regular), 0);
    EXPECT_TRUE(env.fonts->render_line(bad, 30, FontWeight::regular, kWhite, 2000));
    EXPECT_EQ(log.count_containing("control character U+0001"), 1);
    // Invisible characters without a glyph are left out, not boxed.
    EXPECT_EQ(env.fonts->text_width("a\u200Bb", 30, FontWeight::regular),
              env.fonts->text_width("ab", 30, FontWeight::regular));
}

}  // namespace
}  // namespace signpost

namespace signpost {
namespace {

TEST(FontSetup, LoadsFromTheManifestFileOrMakesDoWithout) {
    test::LogCapture log;
    test::RenderEnv env;  // starts the libraries
    auto fonts =
        load_font_chain(std::string(SIGNPOST_SOURCE_DIR) + "/fonts/manifest.txt", {"nanum-gothic"});
    ASSERT_EQ(fonts->fonts().size(), 1u);
    EXPECT_EQ(fonts->fonts()[0].name, "nanum-gothic");

    auto without =
        load_font_chain("/nonexistent/manifest.txt",
                        {"noto-sans-cjk-kr", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"});
    ASSERT_EQ(without->fonts().size(), 1u);
    EXPECT_EQ(log.count_containing("/nonexistent/manifest.txt"), 1);
    EXPECT_EQ(log.count_containing("font \"noto-sans-cjk-kr\" is neither"), 1);
}

TEST(FontChain, PrivateUseCodepointIsReportedOnceAcrossDraws) {
    test::LogCapture log;
    test::RenderEnv env;
    for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(env.fonts->render_line("\uE000 x", 30, FontWeight::regular, kWhite, 500));
    }
    EXPECT_EQ(log.count_containing("no glyph for U+E000"), 1);
}

}  // namespace
}  // namespace signpost

namespace signpost {
namespace {

TEST(FontChainWidthCache, ARepeatIsAHitWithTheSameWidth) {
    test::RenderEnv env;
    FontChain& fonts = *env.fonts;
    const float first = fonts.text_width("회의실 Room", 40, FontWeight::regular);
    EXPECT_EQ(fonts.width_cache_misses(), 1u);
    EXPECT_EQ(fonts.width_cache_hits(), 0u);
    EXPECT_EQ(fonts.text_width("회의실 Room", 40, FontWeight::regular), first);
    EXPECT_EQ(fonts.width_cache_hits(), 1u);
    // The same width as a chain that never measured the line before.
    FontChain fresh(fonts.fonts());
    EXPECT_EQ(fresh.text_width("회의실 Room", 40, FontWeight::regular), first);
    EXPECT_EQ(fresh.width_cache_misses(), 1u);
}

TEST(FontChainWidthCache, KeyIsTextPixelSizeAndWeight) {
    test::RenderEnv env;
    FontChain& fonts = *env.fonts;
    const float regular = fonts.text_width("Hall B", 40, FontWeight::regular);
    const float bold = fonts.text_width("Hall B", 40, FontWeight::bold);
    const float larger = fonts.text_width("Hall B", 41, FontWeight::regular);
    const float other = fonts.text_width("Hall C", 40, FontWeight::regular);
    EXPECT_EQ(fonts.width_cache_misses(), 4u);
    EXPECT_EQ(fonts.width_cache_entries(), 4u);
    EXPECT_GT(bold, regular);
    EXPECT_GT(larger, regular);
    EXPECT_NE(other, 0);
    // 40.3 px is drawn at 41 px (pixel_size rounds up): the 41 px entry answers.
    EXPECT_EQ(fonts.text_width("Hall B", 40.3f, FontWeight::regular), larger);
    EXPECT_EQ(fonts.width_cache_hits(), 1u);
    // Sizes that draw nothing are not cached.
    EXPECT_EQ(fonts.text_width("Hall B", 0, FontWeight::regular), 0);
    EXPECT_EQ(fonts.width_cache_entries(), 4u);
}

TEST(FontChainWidthCache, EvictsTheLeastRecentlyUsedLine) {
    test::RenderEnv env;
    FontChain fonts(env.fonts->fonts(), /*width_cache_entries=*/2);
    const float a = fonts.text_width("A", 30, FontWeight::regular);
    fonts.text_width("B", 30, FontWeight::regular);
    fonts.text_width("A", 30, FontWeight::regular);  // A is now the most recent
    fonts.text_width("C", 30, FontWeight::regular);  // evicts B
    EXPECT_EQ(fonts.width_cache_entries(), 2u);
    EXPECT_EQ(fonts.width_cache_hits(), 1u);
    EXPECT_EQ(fonts.width_cache_misses(), 3u);
    EXPECT_EQ(fonts.text_width("A", 30, FontWeight::regular), a);  // kept
    EXPECT_EQ(fonts.width_cache_hits(), 2u);
    fonts.text_width("B", 30, FontWeight::regular);  // gone: measured again
    EXPECT_EQ(fonts.width_cache_misses(), 4u);
    EXPECT_EQ(fonts.width_cache_entries(), 2u);
}

// A font of the chain first needed after its file went (here: the Korean
// fallback, after the Latin font measured) no longer opens; its characters
// fall back to replacement boxes, so no width measured before can be trusted.
TEST(FontChainWidthCache, AFontThatStopsOpeningClearsTheWidths) {
    test::LogCapture log;
    test::RenderEnv env;
    test::TempDir dir;
    const auto latin = dir / "DejaVuSans.ttf";
    const auto korean = dir / "NanumGothic.ttf";
    std::filesystem::copy_file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", latin,
                               std::filesystem::copy_options::overwrite_existing);
    std::filesystem::copy_file("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", korean,
                               std::filesystem::copy_options::overwrite_existing);
    FontChain fonts(resolve_font_chain({latin.string(), korean.string()}, test::repo_manifest()));
    ASSERT_EQ(fonts.fonts().size(), 2u);
    const float hall = fonts.text_width("Hall", 40, FontWeight::regular);
    fonts.text_width("Room", 40, FontWeight::regular);
    EXPECT_EQ(fonts.width_cache_entries(), 2u);
    std::filesystem::remove(latin);
    std::filesystem::remove(korean);
    const float boxes = fonts.text_width("홀", 40, FontWeight::regular);
    EXPECT_EQ(log.count_containing("no longer opens"), 1);
    EXPECT_EQ(fonts.width_cache_entries(), 1u);
    EXPECT_GT(boxes, 0);
    // The Latin font was opened (and mapped) before its file went: it still
    // measures, the same width as before, measured again.
    EXPECT_EQ(fonts.text_width("Hall", 40, FontWeight::regular), hall);
    EXPECT_EQ(fonts.width_cache_misses(), 4u);
}

// One face per font and weight, whatever the sizes asked: measuring at many
// sizes gives the widths that faces opened at each size give.
TEST(FontChain, OneFaceAtManySizesMeasuresAsFacesPerSize) {
    test::RenderEnv env;
    FontChain switching(env.fonts->fonts());
    const std::vector<int> sizes{20, 64, 31, 20, 90, 31};
    std::vector<float> widths;
    for (int px : sizes) {
        widths.push_back(
            switching.text_width("다음 세션 Next", static_cast<float>(px), FontWeight::bold));
    }
    std::vector<float> fresh;
    for (int px : sizes) {
        FontChain one_size(env.fonts->fonts());
        fresh.push_back(
            one_size.text_width("다음 세션 Next", static_cast<float>(px), FontWeight::bold));
    }
    EXPECT_EQ(widths, fresh);
    EXPECT_EQ(widths[0], widths[3]);
    EXPECT_LT(widths[0], widths[1]);
}

}  // namespace
}  // namespace signpost
