#include "render/text_cache.h"

#include <gtest/gtest.h>

#include "render_test_support.h"

namespace signpost {
namespace {

constexpr Color kWhite{255, 255, 255, 255};
constexpr Color kYellow{0xF0, 0xE4, 0x42, 255};

TEST(TextCache, SameKeySameTextureAndNoRasterising) {
    test::RenderEnv env;
    test::SoftwareTarget target(64, 64);
    TextCache cache(target.renderer.get(), *env.fonts);
    TextTexture first = cache.get("3층 Hall", 40, FontWeight::regular, kWhite, 2000);
    ASSERT_NE(first.texture, nullptr);
    EXPECT_EQ(first.width, first.full_width);
    EXPECT_EQ(first.height, static_cast<int>(env.fonts->metrics(40, FontWeight::regular).ascent +
                                             env.fonts->metrics(40, FontWeight::regular).descent));
    TextTexture again = cache.get("3층 Hall", 40, FontWeight::regular, kWhite, 2000);
    EXPECT_EQ(again.texture, first.texture);
    EXPECT_EQ(cache.rasterised(), 1u);

    // Every part of the key counts.
    EXPECT_NE(cache.get("3층 Hall", 40, FontWeight::bold, kWhite, 2000).texture, first.texture);
    EXPECT_NE(cache.get("3층 Hall", 40, FontWeight::regular, kYellow, 2000).texture, first.texture);
    EXPECT_NE(cache.get("3층 Hall", 41, FontWeight::regular, kWhite, 2000).texture, first.texture);
    EXPECT_NE(cache.get("3층 Hal", 40, FontWeight::regular, kWhite, 2000).texture, first.texture);
    EXPECT_EQ(cache.rasterised(), 5u);
    EXPECT_EQ(cache.entries(), 5u);
}

TEST(TextCache, ResetDropsEverythingAndRebuilds) {
    test::RenderEnv env;
    test::SoftwareTarget target(64, 64);
    TextCache cache(target.renderer.get(), *env.fonts);
    cache.get("Room A", 30, FontWeight::regular, kWhite, 2000);
    cache.get("Room B", 30, FontWeight::regular, kWhite, 2000);
    EXPECT_EQ(cache.entries(), 2u);
    EXPECT_GT(cache.bytes(), 0u);
    cache.on_device_reset();
    EXPECT_EQ(cache.entries(), 0u);
    EXPECT_EQ(cache.bytes(), 0u);
    TextTexture rebuilt = cache.get("Room A", 30, FontWeight::regular, kWhite, 2000);
    EXPECT_NE(rebuilt.texture, nullptr);
    EXPECT_EQ(cache.rasterised(), 3u);
}

TEST(TextCache, LeastRecentlyUsedGoesFirstOverBudget) {
    test::RenderEnv env;
    test::SoftwareTarget target(64, 64);
    TextTexture probe;
    {
        TextCache sizing(target.renderer.get(), *env.fonts);
        probe = sizing.get("AAAA", 30, FontWeight::regular, kWhite, 2000);
    }
    size_t one = static_cast<size_t>(probe.width) * static_cast<size_t>(probe.height) * 4;
    // Room for a little over two lines of that size.
    TextCache cache(target.renderer.get(), *env.fonts, one * 2 + one / 2);
    cache.get("AAAA", 30, FontWeight::regular, kWhite, 2000);
    cache.get("BBBB", 30, FontWeight::regular, kWhite, 2000);
    cache.get("AAAA", 30, FontWeight::regular, kWhite, 2000);  // A is now the most recent
    cache.get("CCCC", 30, FontWeight::regular, kWhite, 2000);  // evicts B
    EXPECT_EQ(cache.entries(), 2u);
    EXPECT_LE(cache.bytes(), one * 2 + one / 2);
    uint64_t before = cache.rasterised();
    cache.get("AAAA", 30, FontWeight::regular, kWhite, 2000);
    EXPECT_EQ(cache.rasterised(), before);
    cache.get("BBBB", 30, FontWeight::regular, kWhite, 2000);
    EXPECT_EQ(cache.rasterised(), before + 1);
}

TEST(TextCache, EmptyTextIsCachedAsNothingToDraw) {
    test::RenderEnv env;
    test::SoftwareTarget target(64, 64);
    TextCache cache(target.renderer.get(), *env.fonts);
    EXPECT_EQ(cache.get("", 30, FontWeight::regular, kWhite, 2000).texture, nullptr);
    EXPECT_EQ(cache.get("", 30, FontWeight::regular, kWhite, 2000).texture, nullptr);
    EXPECT_EQ(cache.rasterised(), 1u);
}

TEST(TextCache, CutLinesKeepTheirFullWidth) {
    test::RenderEnv env;
    test::SoftwareTarget target(64, 64);
    TextCache cache(target.renderer.get(), *env.fonts);
    TextTexture cut = cache.get("A fairly long line of text", 40, FontWeight::regular, kWhite, 100);
    EXPECT_EQ(cut.width, 100);
    EXPECT_GT(cut.full_width, 300);
}

TEST(TextCache, TheKioskBudgetIsAnEighthOfAScreenOfPixels) {
    // Bytes, not entries: an eighth of a 1920x1080 screen's 8.3 MB, however many lines.
    EXPECT_EQ(TextCache::screen_budget(1920, 1080), size_t{1920} * 1080 / 2);
    EXPECT_EQ(TextCache::screen_budget(3840, 2160), size_t{3840} * 2160 / 2);
    EXPECT_EQ(TextCache::screen_budget(1080, 1920), TextCache::screen_budget(1920, 1080));
    EXPECT_LT(TextCache::screen_budget(1920, 1080), TextCache::kDefaultByteBudget / 4);
    EXPECT_EQ(TextCache::screen_budget(0, -5), size_t{512} << 10);  // still caches

    // Lines past the budget go, however few they are.
    test::RenderEnv env;
    test::SoftwareTarget target(64, 64);
    TextCache cache(target.renderer.get(), *env.fonts, TextCache::screen_budget(64, 64));
    for (int i = 0; i < 40; ++i) {
        cache.get("Line " + std::to_string(i) + " of a long page of text", 40, FontWeight::regular,
                  kWhite, 2000);
        EXPECT_LE(cache.bytes(), TextCache::screen_budget(64, 64));
    }
    EXPECT_LT(cache.entries(), 40u);
}

}  // namespace
}  // namespace signpost
