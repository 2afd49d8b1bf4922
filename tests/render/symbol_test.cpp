// The accessibility symbol drawn as a shape: it fits its box, keeps square
// proportions, and inks a visible share of it.
#include <gtest/gtest.h>

#include "render/shape_drawing.h"
#include "render/symbol_shapes.h"
#include "render_test_support.h"

namespace signpost {

TEST(SymbolShapes, AccessibleFitsItsBoxCentred) {
    const auto outline = symbol_outline(Symbol::accessible, {10, 20, 200, 100});
    ASSERT_FALSE(outline.empty());
    const Rect b = bounds_of(outline);
    EXPECT_GE(b.x, 60 - 1);
    EXPECT_LE(b.right(), 160 + 1);
    EXPECT_GE(b.y, 20 - 1);
    EXPECT_LE(b.bottom(), 120 + 1);
    EXPECT_GT(b.w, 80);  // it uses the square it has
    EXPECT_TRUE(symbol_outline(Symbol::accessible, {0, 0, 0, 10}).empty());
}

TEST(SymbolShapes, AccessibleInksAboutAQuarterOfItsSquare) {
    test::SoftwareTarget target(100, 100);
    SDL_SetRenderDrawColor(target.renderer.get(), 0, 0, 0, 255);
    SDL_RenderClear(target.renderer.get());
    for (const Polygon& p : symbol_outline(Symbol::accessible, {0, 0, 100, 100})) {
        fill_polygon(target.renderer.get(), p, Color{255, 255, 255, 255});
    }
    SDL_RenderFlush(target.renderer.get());
    const int inked =
        test::pixels_differing(target.surface.get(), {0, 0, 100, 100}, 0xFF000000, 100);
    EXPECT_GT(inked, 1500);  // head, body, legs and wheel
    EXPECT_LT(inked, 5000);  // a figure, not a blot
}

}  // namespace signpost
