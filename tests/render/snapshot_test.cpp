#include "render/snapshot.h"

#include <SDL_image.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <iterator>

#include "render_test_support.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

constexpr Color kBackground{0x0B, 0x0F, 0x14, 255};
constexpr Color kWhite{255, 255, 255, 255};
constexpr uint32_t kBackgroundPixel = 0xFF0B0F14;

DisplayList sample_list() {
    DisplayList list = test::blank_list(640, 360, kBackground);
    list.items.push_back({"header", RectItem{{0, 0, 640, 70}, {0x1C, 0x24, 0x30, 255}, 0}});
    list.items.push_back({"chip", RectItem{{440, 100, 160, 60}, {0xF0, 0xE4, 0x42, 255}, 20}});
    list.items.push_back({"page-title", test::text_item({40, 10, 380, 56}, "다음 세션 Next", 40,
                                                        kWhite, FontWeight::bold)});
    list.items.push_back(
        {"room-name", test::text_item({40, 100, 360, 50}, "3층 국제회의실 Hall A", 32, kWhite)});
    list.items.push_back({"session-title", test::text_item({40, 170, 560, 40}, "Keynote · 기조연설",
                                                           28, {0xB8, 0xB8, 0xB8, 255},
                                                           FontWeight::regular, HAlign::right)});
    float x = 40;
    for (Arrow arrow :
         {Arrow::ahead, Arrow::left, Arrow::right, Arrow::back, Arrow::up, Arrow::down}) {
        list.items.push_back({"arrow", ArrowItem{{x, 240, 80, 80}, arrow, kWhite}});
        x += 95;
    }
    return list;
}

TEST(Snapshot, WritesAPngOfTheListSizeThatIsNotBlank) {
    test::RenderEnv env;
    test::TempDir tmp;
    const fs::path out = tmp / "snapshot.png";
    auto written = render_snapshot_png(sample_list(), *env.fonts, out);
    ASSERT_TRUE(written.ok()) << written.error().to_string();
    SurfacePtr png(IMG_Load(out.c_str()));
    ASSERT_TRUE(png) << IMG_GetError();
    EXPECT_EQ(png->w, 640);
    EXPECT_EQ(png->h, 360);
    SurfacePtr argb(SDL_ConvertSurfaceFormat(png.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    // Text and arrows below the header.
    EXPECT_GT(test::pixels_differing(argb.get(), {0, 70, 640, 290}, kBackgroundPixel), 2000);
    // Only the PNG: the temp it was written to went by rename.
    EXPECT_EQ(std::distance(fs::directory_iterator(tmp.path()), fs::directory_iterator{}), 1);
}

TEST(Snapshot, TextInkStaysInsideItsBox) {
    test::RenderEnv env;
    DisplayList list = test::blank_list(400, 200, kBackground);
    // Layout's line box for a 40 px font: 0.97 em above the baseline, 0.27 em
    // below (layout/typesetter.h).
    Rect box{50, 60, 200, 50};
    // Longer than the box: the renderer clips what layout failed to fit.
    list.items.push_back({"room-name", TextItem{box, "회의실 Conference Room Number 301", 40,
                                                FontWeight::regular, kWhite, HAlign::left, 38.8f}});
    auto surface = render_to_surface(list, *env.fonts);
    ASSERT_TRUE(surface.ok());
    SDL_Surface* s = surface->get();
    test::save_for_review(s, "text-box");
    SDL_Rect inside{50, 60, 200, 50};
    EXPECT_GT(test::pixels_differing(s, inside, kBackgroundPixel), 500);
    // Everywhere else: untouched background.
    int outside = test::pixels_differing(s, {0, 0, 400, 60}, kBackgroundPixel, 0) +
                  test::pixels_differing(s, {0, 110, 400, 90}, kBackgroundPixel, 0) +
                  test::pixels_differing(s, {0, 60, 50, 50}, kBackgroundPixel, 0) +
                  test::pixels_differing(s, {250, 60, 150, 50}, kBackgroundPixel, 0);
    EXPECT_EQ(outside, 0);
}

TEST(Snapshot, TextIsAlignedInItsBoxWithTheBaselineAtAscent) {
    test::RenderEnv env;
    FontMetrics m = env.fonts->metrics(40, FontWeight::regular);
    float text_width = env.fonts->text_width("H", 40, FontWeight::regular);
    for (HAlign align : {HAlign::left, HAlign::center, HAlign::right}) {
        DisplayList list = test::blank_list(300, 100, kBackground);
        list.items.push_back(
            {"t", TextItem{{10, 20, 280, 70}, "H", 40, FontWeight::regular, kWhite, align}});
        auto surface = render_to_surface(list, *env.fonts);
        ASSERT_TRUE(surface.ok());
        SDL_Surface* s = surface->get();
        int min_x = 300, max_x = -1, max_y = -1;
        for (int y = 0; y < s->h; ++y) {
            for (int x = 0; x < s->w; ++x) {
                if ((test::pixel_at(s, x, y) & 0xFF) > 0x80) {
                    min_x = std::min(min_x, x);
                    max_x = std::max(max_x, x);
                    max_y = std::max(max_y, y);
                }
            }
        }
        float centre = (min_x + max_x) / 2.0f;
        float expected = align == HAlign::left     ? 10 + text_width / 2
                         : align == HAlign::center ? 150
                                                   : 290 - text_width / 2;
        EXPECT_NEAR(centre, expected, 4) << static_cast<int>(align);
        EXPECT_NEAR(max_y, 20 + m.ascent - 1, 1);
    }
}

TEST(Snapshot, RoundedCornersAreCutAndTranslucentRectsBlend) {
    test::RenderEnv env;
    DisplayList list = test::blank_list(200, 200, {0, 0, 0, 255});
    list.items.push_back({"chip", RectItem{{20, 20, 160, 100}, {255, 255, 255, 255}, 30}});
    list.items.push_back({"dim", RectItem{{20, 150, 100, 40}, {255, 255, 255, 128}, 0}});
    auto surface = render_to_surface(list, *env.fonts);
    ASSERT_TRUE(surface.ok());
    SDL_Surface* s = surface->get();
    test::save_for_review(s, "rounded");
    EXPECT_EQ(test::pixel_at(s, 21, 21) & 0xFFFFFF, 0u);          // the corner is cut
    EXPECT_EQ(test::pixel_at(s, 100, 70) & 0xFFFFFF, 0xFFFFFFu);  // the middle is filled
    EXPECT_EQ(test::pixel_at(s, 20, 70) & 0xFF, 0xFFu);           // the straight edge is full
    uint32_t half = test::pixel_at(s, 60, 170) & 0xFF;
    EXPECT_NEAR(static_cast<int>(half), 128, 3);
}

TEST(Snapshot, BadListsAreErrorsAndBadItemsAreSkipped) {
    test::RenderEnv env;
    DisplayList empty;
    EXPECT_FALSE(render_to_surface(empty, *env.fonts).ok());
    DisplayList huge;
    huge.width = 100000;
    huge.height = 10;
    EXPECT_FALSE(render_to_surface(huge, *env.fonts).ok());

    test::LogCapture log;
    DisplayList list;
    list.width = 100;
    list.height = 100;
    float nan = std::nanf("");
    list.items.push_back({"r", RectItem{{nan, 0, 10, 10}, kWhite, 0}});
    list.items.push_back({"t", TextItem{{0, 0, -5, 10}, "x", 20, FontWeight::regular, kWhite}});
    list.items.push_back({"t", TextItem{{0, 0, 50, 50}, "x", 1e9f, FontWeight::regular, kWhite}});
    list.items.push_back({"a", ArrowItem{{0, 0, 1e30f, 10}, Arrow::left, kWhite}});
    list.items.push_back({"i", ImageItem{{0, 0, 50, 50}, "/nonexistent/logo.png"}});
    list.items.push_back({"i", ImageItem{{0, 0, 50, 50}, "/nonexistent/logo.png"}});
    EXPECT_TRUE(render_to_surface(list, *env.fonts).ok());
    EXPECT_EQ(log.count_containing("/nonexistent/logo.png: image not shown"), 1);

    fs::path unwritable = "/nonexistent-dir/out.png";
    auto failed = render_snapshot_png(list, *env.fonts, unwritable);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().where, unwritable.string());
}

TEST(Snapshot, ReviewSample) {
    test::RenderEnv env;
    auto surface = render_to_surface(sample_list(), *env.fonts);
    ASSERT_TRUE(surface.ok());
    test::save_for_review(surface->get(), "sample");
}

}  // namespace
}  // namespace signpost
