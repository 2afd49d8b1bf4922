#include "render/patch_scratch.h"

#include <gtest/gtest.h>

#include "render_test_support.h"

namespace signpost {
namespace {

constexpr Uint32 kFormat = SDL_PIXELFORMAT_RGB888;
constexpr int kPageW = 1920;
constexpr int kPageH = 1080;

// The dwell indicator's patches, of changing heights, settle on one texture
// that stays between them.
TEST(PatchScratch, SmallPatchesShareOneKeptTexture) {
    test::SoftwareTarget target(64, 64);
    PatchScratch scratch;
    SDL_Texture* first = scratch.get(target.renderer.get(), kFormat, 1448, 59, kPageW, kPageH);
    ASSERT_NE(first, nullptr);
    scratch.release_if_large(kPageW, kPageH);
    ASSERT_NE(scratch.get(target.renderer.get(), kFormat, 1160, 193, kPageW, kPageH), nullptr);
    EXPECT_EQ(scratch.width(), 1448);  // grown to both
    EXPECT_EQ(scratch.height(), 193);
    scratch.release_if_large(kPageW, kPageH);
    SDL_Texture* kept = scratch.get(target.renderer.get(), kFormat, 1448, 59, kPageW, kPageH);
    scratch.release_if_large(kPageW, kPageH);
    EXPECT_EQ(scratch.get(target.renderer.get(), kFormat, 1448, 193, kPageW, kPageH), kept);
    EXPECT_EQ(scratch.height(), 193);
}

// A patch of several rows gets a texture of its own size, gone after it.
TEST(PatchScratch, ALargePatchsTextureIsReleasedAfterIt) {
    test::SoftwareTarget target(64, 64);
    PatchScratch scratch;
    ASSERT_NE(scratch.get(target.renderer.get(), kFormat, 1736, 533, kPageW, kPageH), nullptr);
    EXPECT_EQ(scratch.width(), 1736);
    scratch.release_if_large(kPageW, kPageH);
    EXPECT_EQ(scratch.width(), 0);
    EXPECT_EQ(scratch.height(), 0);
}

// A wide patch and a tall one are not grown into one texture most of a page
// large (as they were, and kept for good).
TEST(PatchScratch, AWidePatchAndATallOneAreNotGrownIntoOnePage) {
    test::SoftwareTarget target(64, 64);
    PatchScratch scratch;
    ASSERT_NE(scratch.get(target.renderer.get(), kFormat, 1448, 59, kPageW, kPageH), nullptr);
    scratch.release_if_large(kPageW, kPageH);
    ASSERT_NE(scratch.get(target.renderer.get(), kFormat, 300, 900, kPageW, kPageH), nullptr);
    EXPECT_EQ(scratch.width(), 300);
    EXPECT_EQ(scratch.height(), 900);
    scratch.release_if_large(kPageW, kPageH);
    EXPECT_EQ(scratch.width(), 300);  // small in itself: kept
    EXPECT_EQ(scratch.height(), 900);
}

}  // namespace
}  // namespace signpost
