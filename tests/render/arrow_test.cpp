#include <gtest/gtest.h>

#include <cmath>

#include "render/arrow_shapes.h"
#include "render/polygon.h"
#include "render/snapshot.h"
#include "render_test_support.h"

namespace signpost {
namespace {

constexpr Color kWhite{255, 255, 255, 255};

float polygon_area(const Polygon& p) {
    return std::fabs(signed_area2(p)) / 2;
}

float triangulated_area(const Polygon& p) {
    float area = 0;
    for (const auto& t : triangulate(p)) {
        area += polygon_area({p[static_cast<size_t>(t[0])], p[static_cast<size_t>(t[1])],
                              p[static_cast<size_t>(t[2])]});
    }
    return area;
}

TEST(Polygon, TriangulationCoversConcaveOutlinesExactly) {
    for (Arrow arrow :
         {Arrow::ahead, Arrow::left, Arrow::right, Arrow::back, Arrow::up, Arrow::down}) {
        for (const Polygon& p : arrow_outline(arrow, {0, 0, 100, 100})) {
            EXPECT_EQ(triangulate(p).size(), p.size() - 2);
            EXPECT_NEAR(triangulated_area(p), polygon_area(p), polygon_area(p) * 1e-4);
        }
    }
    Polygon rounded = rounded_rect_outline({0, 0, 100, 50}, 10);
    EXPECT_NEAR(triangulated_area(rounded), 100 * 50 - (4 - 3.14159f) * 100, 5);
    EXPECT_EQ(rounded_rect_outline({0, 0, 10, 10}, 100).size(),
              rounded_rect_outline({0, 0, 10, 10}, 5).size());  // radius clamped
}

TEST(ArrowShape, FollowsIsoProportions) {
    // A tall box: the ahead arrow fills its width; length 1.6 x width.
    Rect r = bounds_of(arrow_outline(Arrow::ahead, {0, 0, 100, 300}));
    EXPECT_NEAR(r.w, 100, 0.01);
    EXPECT_NEAR(r.h, 160, 0.01);
    EXPECT_NEAR(r.y, 70, 0.01);  // centred
    const Polygon a = arrow_outline(Arrow::ahead, {0, 0, 100, 160})[0];
    // The apex angle between the two head edges.
    Point apex = a[0], right = a[1], left = a.back();
    float angle = std::atan2(right.x - apex.x, right.y - apex.y) -
                  std::atan2(left.x - apex.x, left.y - apex.y);
    EXPECT_NEAR(angle * 180 / 3.14159265f, 85, 0.01);
    Rect turned = bounds_of(arrow_outline(Arrow::left, {0, 0, 320, 100}));
    EXPECT_NEAR(turned.w, 160, 0.01);
    EXPECT_NEAR(turned.h, 100, 0.01);
    EXPECT_TRUE(arrow_outline(Arrow::left, {0, 0, 0, 10}).empty());
}

// Ink of a white-on-black arrow drawn in a 200 x 200 list.
class ArrowInk {
  public:
    ArrowInk(FontChain& fonts, Arrow arrow) {
        DisplayList list;
        list.width = 200;
        list.height = 200;
        list.items.push_back({"arrow", ArrowItem{{20, 20, 160, 160}, arrow, kWhite}});
        auto result = render_to_surface(list, fonts);
        EXPECT_TRUE(result.ok());
        surface_ = std::move(result).value();
        test::save_for_review(surface_.get(), "arrow-" + std::string(to_string(arrow)));
    }
    bool ink(int x, int y) const { return (test::pixel_at(surface_.get(), x, y) & 0xFF) > 128; }
    // Inked pixels in column x (vertical) or row y (horizontal).
    int column(int x) const {
        int n = 0;
        for (int y = 0; y < 200; ++y)
            n += ink(x, y);
        return n;
    }
    int row(int y) const {
        int n = 0;
        for (int x = 0; x < 200; ++x)
            n += ink(x, y);
        return n;
    }
    // The widest column among [x0, x1), or row among [y0, y1).
    int widest_column(int x0, int x1) const {
        int best = 0;
        for (int x = x0; x < x1; ++x)
            best = std::max(best, column(x));
        return best;
    }
    int widest_row(int y0, int y1) const {
        int best = 0;
        for (int y = y0; y < y1; ++y)
            best = std::max(best, row(y));
        return best;
    }
    double mass_x() const { return centre_of_mass().first; }
    double mass_y() const { return centre_of_mass().second; }

  private:
    std::pair<double, double> centre_of_mass() const {
        double sx = 0, sy = 0, n = 0;
        for (int y = 0; y < 200; ++y) {
            for (int x = 0; x < 200; ++x) {
                if (ink(x, y)) {
                    sx += x, sy += y, n += 1;
                }
            }
        }
        return {sx / n, sy / n};
    }
    SurfacePtr surface_;
};

TEST(ArrowDrawing, PointsWhereItSays) {
    test::RenderEnv env;
    FontChain& fonts = *env.fonts;
    // Box 20..180; the arrow is 100 wide, 160 long, centred at 100.
    ArrowInk ahead(fonts, Arrow::ahead);
    EXPECT_GT(ahead.widest_row(20, 80), 2 * ahead.widest_row(120, 180));  // head at the top
    EXPECT_TRUE(ahead.ink(100, 22));                                      // apex on the axis
    EXPECT_FALSE(ahead.ink(60, 22));
    EXPECT_LT(ahead.mass_y(), 100);

    ArrowInk left(fonts, Arrow::left);
    EXPECT_GT(left.widest_column(20, 80), 2 * left.widest_column(120, 180));
    EXPECT_TRUE(left.ink(22, 100));
    EXPECT_NEAR(left.mass_y(), 100, 1);

    ArrowInk right(fonts, Arrow::right);
    EXPECT_GT(right.widest_column(120, 180), 2 * right.widest_column(20, 80));
    EXPECT_TRUE(right.ink(177, 100));
    EXPECT_NEAR(right.mass_x(), 199 - left.mass_x(), 1);  // a mirror image of left

    // Down a level: a down arrow whose tip stands on a bar at the bottom.
    ArrowInk down(fonts, Arrow::down);
    EXPECT_GT(down.mass_x(), 99);
    EXPECT_LT(down.mass_x(), 101);
    EXPECT_GE(down.row(176), 80);  // the bar, as wide as the head
    int gap_row = -1;
    for (int y = 175; y > 100 && gap_row < 0; --y) {
        if (down.row(y) == 0)
            gap_row = y;
    }
    ASSERT_GT(gap_row, 0) << "no gap between the bar and the tip";
    EXPECT_LT(down.row(gap_row - 2), 15);  // the narrow tip just above the gap
    EXPECT_GT(down.widest_row(gap_row - 60, gap_row - 30), 60);  // the wide head above it

    // Up a level: the same, upside down; distinct from "ahead".
    ArrowInk up(fonts, Arrow::up);
    EXPECT_GE(up.row(23), 80);
    EXPECT_LT(ahead.row(23), 15);
    EXPECT_NEAR(up.mass_y(), 199 - down.mass_y(), 1);

    // Behind you: a U-turn, not a down arrow: ink over the top, a hollow in the
    // middle, the head at the bottom right.
    ArrowInk back(fonts, Arrow::back);
    EXPECT_GT(back.row(30), 40);       // the bend
    EXPECT_FALSE(back.ink(100, 120));  // between the legs
    EXPECT_GT(back.widest_row(150, 170), 0);
    // Near the bottom the right stroke ends in the head, twice as wide as the
    // left stroke.
    int widest_left = 0, widest_right = 0;
    for (int y = 140; y < 180; ++y) {
        int left_ink = 0, right_ink = 0;
        for (int x = 20; x < 180; ++x) {
            (x < 100 ? left_ink : right_ink) += back.ink(x, y);
        }
        widest_left = std::max(widest_left, left_ink);
        widest_right = std::max(widest_right, right_ink);
    }
    EXPECT_GT(widest_right, widest_left * 3 / 2);
}

TEST(ArrowDrawing, EdgesAreSoftened) {
    test::RenderEnv env;
    DisplayList list;
    list.width = 200;
    list.height = 200;
    list.items.push_back({"arrow", ArrowItem{{20, 20, 160, 160}, Arrow::left, kWhite}});
    auto result = render_to_surface(list, *env.fonts);
    ASSERT_TRUE(result.ok());
    // Along a slanted head edge some pixels are neither background nor fill.
    int partial = 0;
    for (int y = 0; y < 200; ++y) {
        for (int x = 0; x < 200; ++x) {
            uint32_t v = test::pixel_at(result->get(), x, y) & 0xFF;
            partial += (v > 20 && v < 235) ? 1 : 0;
        }
    }
    EXPECT_GT(partial, 100);
}

// The diagonals are the ahead arrow turned 45°: their tip is the outline's
// point farthest along the arrow's direction, in the right corner of the box.
TEST(ArrowShapes, DiagonalsPointIntoTheirCorner) {
    struct Case {
        Arrow arrow;
        float dx, dy;  // direction on the screen, y down
    };
    for (Case c : {Case{Arrow::ahead_right, 1, -1}, Case{Arrow::back_right, 1, 1},
                   Case{Arrow::back_left, -1, 1}, Case{Arrow::ahead_left, -1, -1}}) {
        const auto outline = arrow_outline(c.arrow, {0, 0, 100, 100});
        ASSERT_EQ(outline.size(), 1u);
        Point tip = outline[0][0];
        for (const Point& p : outline[0]) {
            if (p.x * c.dx + p.y * c.dy > tip.x * c.dx + tip.y * c.dy) {
                tip = p;
            }
        }
        EXPECT_NEAR(tip.x, c.dx > 0 ? 100 : 0, 12) << to_string(c.arrow);
        EXPECT_NEAR(tip.y, c.dy > 0 ? 100 : 0, 12) << to_string(c.arrow);
        const Rect b = bounds_of(outline);
        EXPECT_NEAR(b.w, b.h, 0.5f) << to_string(c.arrow);  // square: a turned arrow
    }
}

}  // namespace
}  // namespace signpost
