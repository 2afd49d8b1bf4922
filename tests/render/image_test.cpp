#include <SDL_image.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "render/snapshot.h"
#include "render_test_support.h"

namespace signpost {
namespace {

namespace fs = std::filesystem;

// Draws one ImageItem in a 200 x 100 list on black.
SurfacePtr draw_image(FontChain& fonts, const fs::path& path, Rect box) {
    DisplayList list;
    list.width = 200;
    list.height = 100;
    list.items.push_back({"logo", ImageItem{box, path.string()}});
    auto surface = render_to_surface(list, fonts);
    EXPECT_TRUE(surface.ok());
    return surface.ok() ? std::move(surface).value() : nullptr;
}

TEST(Images, PngIsFittedIntoItsBoxKeepingItsShape) {
    test::RenderEnv env;
    test::TempDir tmp;
    fs::path png = tmp / "square.png";
    SurfacePtr square = make_argb_surface(40, 40);
    SDL_FillRect(square.get(), nullptr, 0xFFFFFFFF);
    ASSERT_EQ(IMG_SavePNG(square.get(), png.c_str()), 0);

    // A wide box: the square becomes 80 x 80, centred (x 60..140).
    SurfacePtr s = draw_image(*env.fonts, png, {0, 10, 200, 80});
    ASSERT_TRUE(s);
    EXPECT_EQ(test::pixel_at(s.get(), 100, 50) & 0xFFFFFF, 0xFFFFFFu);
    EXPECT_EQ(test::pixel_at(s.get(), 61, 11) & 0xFFFFFF, 0xFFFFFFu);
    EXPECT_EQ(test::pixel_at(s.get(), 55, 50) & 0xFFFFFF, 0u);
    EXPECT_EQ(test::pixel_at(s.get(), 145, 50) & 0xFFFFFF, 0u);
    EXPECT_EQ(test::pixels_differing(s.get(), {0, 0, 200, 100}, 0xFF000000), 80 * 80);
}

TEST(Images, SvgIsDrawnAtItsShownSize) {
    test::RenderEnv env;
    test::TempDir tmp;
    const fs::path svg =
        tmp.write("logo.svg", R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">)"
                              R"(<rect x="0" y="0" width="10" height="10" fill="#FFFFFF"/></svg>)");
    SurfacePtr s = draw_image(*env.fonts, svg, {50, 0, 100, 100});
    ASSERT_TRUE(s);
    EXPECT_EQ(test::pixel_at(s.get(), 100, 50) & 0xFFFFFF, 0xFFFFFFu);
    EXPECT_EQ(test::pixel_at(s.get(), 52, 2) & 0xFFFFFF, 0xFFFFFFu);
    EXPECT_EQ(test::pixel_at(s.get(), 40, 50) & 0xFFFFFF, 0u);
}

TEST(Images, UnreadableFilesAreReportedOnceAndDrawNothing) {
    test::LogCapture log;
    test::RenderEnv env;
    test::TempDir tmp;
    const fs::path junk = tmp.write("junk.png", "not a png");
    SurfacePtr s = draw_image(*env.fonts, junk, {0, 0, 200, 100});
    ASSERT_TRUE(s);
    EXPECT_EQ(test::pixels_differing(s.get(), {0, 0, 200, 100}, 0xFF000000), 0);
    EXPECT_EQ(log.count_containing(junk.string() + ": image not shown"), 1);
}

}  // namespace
}  // namespace signpost
