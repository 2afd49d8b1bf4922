#include "render/presenter.h"

#include <gtest/gtest.h>

#include "render_test_support.h"

namespace signpost {
namespace {

using namespace std::chrono_literals;
using Clock = Presenter::Clock;

constexpr Color kRed{255, 0, 0, 255};
constexpr Color kBlue{0, 0, 255, 255};
constexpr Color kGreen{0, 255, 0, 255};

// A portrait page, 100 x 200, in `background`, with a green square at its top left.
DisplayList portrait_page(Color background) {
    DisplayList list;
    list.width = 100;
    list.height = 200;
    list.background = background;
    list.items.push_back({"marker", RectItem{{0, 0, 20, 20}, kGreen, 0}});
    return list;
}

bool is_green(uint32_t p) {
    return (p & 0xFFFFFF) == 0x00FF00;
}

TEST(Presenter, TurnsThePictureBackForAPanelMountedTurned) {
    test::RenderEnv env;
    struct Case {
        int rotation;
        int out_w, out_h;
        int marker_x, marker_y;  // where the page's top-left corner lands
    };
    // A panel turned 90 degrees clockwise shows the output's bottom-left corner
    // at the viewer's top left, and so on.
    for (Case c : {Case{0, 100, 200, 5, 5}, Case{90, 200, 100, 5, 94}, Case{180, 100, 200, 94, 194},
                   Case{270, 200, 100, 194, 5}}) {
        test::SoftwareTarget output(c.out_w, c.out_h);
        DisplayRenderer display(output.renderer.get(), *env.fonts);
        Presenter presenter(display, c.rotation);
        presenter.show(portrait_page(kRed), false, Clock::now());
        presenter.present(Clock::now());
        EXPECT_TRUE(is_green(output.pixel(c.marker_x, c.marker_y))) << c.rotation;
        // The opposite corner is page background.
        EXPECT_EQ(output.pixel(c.out_w - 1 - c.marker_x, c.out_h - 1 - c.marker_y) & 0xFFFFFF,
                  0xFF0000u)
            << c.rotation;
        test::save_for_review(output.surface.get(), "rotation-" + std::to_string(c.rotation));
    }
}

TEST(Presenter, ScalesToFitALargerOutput) {
    test::RenderEnv env;
    test::SoftwareTarget output(400, 400);  // room for 200 x 400
    DisplayRenderer display(output.renderer.get(), *env.fonts);
    Presenter presenter(display, 0);
    presenter.show(portrait_page(kRed), false, Clock::now());
    presenter.present(Clock::now());
    EXPECT_TRUE(is_green(output.pixel(110, 10)));     // marker doubled, page starts at x=100
    EXPECT_EQ(output.pixel(50, 200) & 0xFFFFFF, 0u);  // letterbox
    EXPECT_EQ(output.pixel(250, 300) & 0xFFFFFF, 0xFF0000u);
}

TEST(Presenter, CrossFadesOnlyWhileTheFadeRuns) {
    test::RenderEnv env;
    test::SoftwareTarget output(100, 200);
    DisplayRenderer display(output.renderer.get(), *env.fonts);
    Presenter presenter(display, 0);
    Clock::time_point t0 = Clock::now();
    presenter.show(portrait_page(kRed), true, t0);  // the first page: nothing to fade from
    EXPECT_FALSE(presenter.fading(t0));
    EXPECT_FALSE(presenter.next_frame(t0));

    presenter.show(portrait_page(kBlue), true, t0);
    EXPECT_TRUE(presenter.fading(t0));
    presenter.present(t0);
    EXPECT_EQ(output.pixel(50, 100) & 0xFFFFFF, 0xFF0000u);  // starts at the old page

    Clock::time_point half = t0 + Presenter::kCrossFade / 2;
    presenter.present(half);
    uint32_t mixed = output.pixel(50, 100);
    EXPECT_NEAR(static_cast<int>((mixed >> 16) & 0xFF), 128, 4);
    EXPECT_NEAR(static_cast<int>(mixed & 0xFF), 127, 4);
    auto next = presenter.next_frame(half);
    ASSERT_TRUE(next);
    EXPECT_LE(*next - half, Presenter::kFadeFrameInterval);

    Clock::time_point end = t0 + Presenter::kCrossFade;
    EXPECT_FALSE(presenter.fading(end));
    EXPECT_FALSE(presenter.next_frame(end));
    presenter.present(end);
    EXPECT_EQ(output.pixel(50, 100) & 0xFFFFFF, 0x0000FFu);
    EXPECT_LE(Presenter::kCrossFade, 800ms);

    // Redrawing the same page (a clock tick) does not fade.
    presenter.show(portrait_page(kRed), false, end);
    EXPECT_FALSE(presenter.fading(end));
    presenter.present(end);
    EXPECT_EQ(output.pixel(50, 100) & 0xFFFFFF, 0xFF0000u);
}

TEST(Presenter, DeviceResetRebuildsThePageAndTheText) {
    test::RenderEnv env;
    test::SoftwareTarget output(100, 200);
    DisplayRenderer display(output.renderer.get(), *env.fonts);
    Presenter presenter(display, 0);
    DisplayList page = portrait_page(kRed);
    page.items.push_back(
        {"t",
         TextItem{
             {0, 100, 100, 40}, "Hall", 30, FontWeight::bold, {255, 255, 255, 255}, HAlign::left}});
    Clock::time_point t0 = Clock::now();
    presenter.show(portrait_page(kBlue), false, t0);
    presenter.show(page, true, t0);
    EXPECT_EQ(display.text_cache().entries(), 1u);
    presenter.on_device_reset();
    EXPECT_FALSE(presenter.fading(t0));
    EXPECT_EQ(display.text_cache().rasterised(), 2u);  // drawn again from the kept list
    presenter.present(t0);
    EXPECT_TRUE(is_green(output.pixel(5, 5)));
    EXPECT_EQ(output.pixel(90, 190) & 0xFFFFFF, 0xFF0000u);
    EXPECT_GT(test::pixels_differing(output.surface.get(), {0, 100, 100, 40}, 0xFFFF0000), 50);
}

TEST(Presenter, OddRotationIsDrawnUprightWithAWarning) {
    test::LogCapture log;
    test::RenderEnv env;
    test::SoftwareTarget output(100, 200);
    DisplayRenderer display(output.renderer.get(), *env.fonts);
    Presenter presenter(display, 45);
    EXPECT_EQ(log.count_containing("rotation 45"), 1);
    presenter.show(portrait_page(kRed), false, Clock::now());
    presenter.present(Clock::now());
    EXPECT_TRUE(is_green(output.pixel(5, 5)));
}

}  // namespace
}  // namespace signpost
