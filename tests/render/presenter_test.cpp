#include "render/presenter.h"

#include <gtest/gtest.h>

#include "layout/dwell_indicator.h"
#include "render_test_support.h"

namespace signpost {
namespace {

using namespace std::chrono_literals;
using Clock = Presenter::Clock;
using test::drawn_whole;
using test::pixels_not_equal;

constexpr Color kRed{255, 0, 0, 255};
constexpr Color kBlue{0, 0, 255, 255};
constexpr Color kGreen{0, 255, 0, 255};

// A portrait page, 100 x 200, in `background`, with a green square at its top left.
DisplayList portrait_page(Color background) {
    DisplayList list = test::blank_list(100, 200, background);
    list.items.push_back({"marker", RectItem{{0, 0, 20, 20}, kGreen, 0}});
    return list;
}

bool is_green(uint32_t p) {
    return (p & 0xFFFFFF) == 0x00FF00;
}

// A presenter on a software output of w x h, with the real fonts.
struct Rig {
    Rig(int w, int h, int rotation = 0)
        : output(w, h), display(output.renderer.get(), *env.fonts), presenter(display, rotation) {}

    // Presents at `t`; how many output pixels differ from `list` drawn whole.
    int differs_from_whole(const DisplayList& list, Clock::time_point t) {
        presenter.present(t);
        SDL_RenderFlush(output.renderer.get());
        SurfacePtr whole = drawn_whole(list, *env.fonts);
        return pixels_not_equal(output.surface.get(), whole.get());
    }

    test::RenderEnv env;
    test::SoftwareTarget output;
    DisplayRenderer display;
    Presenter presenter;
};

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
    Rig r(100, 200);
    Clock::time_point t0 = Clock::now();
    r.presenter.show(portrait_page(kRed), true, t0);  // the first page: nothing to fade from
    EXPECT_FALSE(r.presenter.fading(t0));
    EXPECT_FALSE(r.presenter.next_frame(t0));

    r.presenter.show(portrait_page(kBlue), true, t0);
    EXPECT_TRUE(r.presenter.fading(t0));
    r.presenter.present(t0);
    EXPECT_EQ(r.output.pixel(50, 100) & 0xFFFFFF, 0xFF0000u);  // starts at the old page

    Clock::time_point half = t0 + Presenter::kCrossFade / 2;
    r.presenter.present(half);
    uint32_t mixed = r.output.pixel(50, 100);
    EXPECT_NEAR(static_cast<int>((mixed >> 16) & 0xFF), 128, 4);
    EXPECT_NEAR(static_cast<int>(mixed & 0xFF), 127, 4);
    auto next = r.presenter.next_frame(half);
    ASSERT_TRUE(next);
    EXPECT_LE(*next - half, Presenter::kFadeFrameInterval);

    Clock::time_point end = t0 + Presenter::kCrossFade;
    EXPECT_FALSE(r.presenter.fading(end));
    EXPECT_FALSE(r.presenter.next_frame(end));
    r.presenter.present(end);
    EXPECT_EQ(r.output.pixel(50, 100) & 0xFFFFFF, 0x0000FFu);
    EXPECT_LE(Presenter::kCrossFade, 800ms);

    // Redrawing the same page (a clock tick) does not fade.
    r.presenter.show(portrait_page(kRed), false, end);
    EXPECT_FALSE(r.presenter.fading(end));
    r.presenter.present(end);
    EXPECT_EQ(r.output.pixel(50, 100) & 0xFFFFFF, 0xFF0000u);
}

TEST(Presenter, DeviceResetRebuildsThePageAndTheText) {
    Rig r(100, 200);
    DisplayList page = portrait_page(kRed);
    page.items.push_back(
        {"t",
         TextItem{
             {0, 100, 100, 40}, "Hall", 30, FontWeight::bold, {255, 255, 255, 255}, HAlign::left}});
    Clock::time_point t0 = Clock::now();
    r.presenter.show(portrait_page(kBlue), false, t0);
    r.presenter.show(page, true, t0);
    EXPECT_EQ(r.display.text_cache().entries(), 1u);
    r.presenter.on_device_reset();
    EXPECT_FALSE(r.presenter.fading(t0));
    EXPECT_EQ(r.display.text_cache().rasterised(), 2u);  // drawn again from the kept list
    r.presenter.present(t0);
    EXPECT_TRUE(is_green(r.output.pixel(5, 5)));
    EXPECT_EQ(r.output.pixel(90, 190) & 0xFFFFFF, 0xFF0000u);
    EXPECT_GT(test::pixels_differing(r.output.surface.get(), {0, 100, 100, 40}, 0xFFFF0000), 50);
}

TEST(Presenter, OddRotationIsDrawnUprightWithAWarning) {
    test::LogCapture log;
    Rig r(100, 200, 45);
    EXPECT_EQ(log.count_containing("rotation 45"), 1);
    r.presenter.show(portrait_page(kRed), false, Clock::now());
    r.presenter.present(Clock::now());
    EXPECT_TRUE(is_green(r.output.pixel(5, 5)));
}

// A kiosk page at full dwell progress, 400 x 300: a title, a footer line just
// above the dwell track, the indicator over the track; with_dwell_progress
// derives the steps from it as the kiosk does.
DisplayList dwell_page() {
    const Color white{255, 255, 255, 255};
    DisplayList list = test::blank_list(400, 300, {11, 15, 20, 255});
    list.items.push_back({"page-title", test::text_item({20, 20, 360, 44}, "회의실 Rooms", 32,
                                                        white, FontWeight::bold)});
    list.items.push_back({"footer", test::text_item({20, 258, 360, 22}, "Updated 11:20 · 갱신", 16,
                                                    white, FontWeight::regular, HAlign::right)});
    test::add_dwell_bar(list, {20, 284.5f, 360, 6});
    return list;
}

// A 400 x 300 rig showing dwell pages, from t0 on.
class PresenterOnDwellPages : public ::testing::Test {
  protected:
    static DisplayList dwell_page_at(double progress) {
        return with_dwell_progress(dwell_page(), progress);
    }
    Rig r{400, 300};
    const Clock::time_point t0 = Clock::now();
};

TEST_F(PresenterOnDwellPages, DwellStepsPatchTheKeptPageTexture) {
    const DisplayList full = dwell_page();
    r.presenter.show(with_dwell_progress(full, 0), false, t0);
    r.presenter.present(t0);
    const uint64_t rasterised = r.display.text_cache().rasterised();
    constexpr int kSteps = 8;
    for (int step = 1; step <= kSteps; ++step) {
        const DisplayList list = with_dwell_progress(full, step / double(kSteps));
        r.presenter.show(list, false, t0);
        r.presenter.present(t0);
        SDL_RenderFlush(r.output.renderer.get());
        SurfacePtr whole = drawn_whole(list, *r.env.fonts);
        EXPECT_EQ(pixels_not_equal(r.output.surface.get(), whole.get()), 0) << "step " << step;
        if (step == kSteps / 2) {
            test::save_for_review(r.output.surface.get(), "dwell-step-patched");
        }
    }
    // One whole page, then one patch per step, each a small part of the page;
    // the footer text in them came from the text cache.
    EXPECT_EQ(r.presenter.stats().full_draws, 1u);
    EXPECT_EQ(r.presenter.stats().patches, uint64_t{kSteps});
    EXPECT_LT(r.presenter.stats().patch_pixels, uint64_t{kSteps} * 400 * 300 / 5);
    EXPECT_EQ(r.display.text_cache().rasterised(), rasterised);
    EXPECT_EQ(r.presenter.stats().presents, uint64_t{kSteps} + 1);
}

TEST(Presenter, PanelsMountedTurnedPatchTheTurnedPageToo) {
    test::RenderEnv env;
    const DisplayList full = dwell_page();  // 400 x 300
    struct Case {
        int rotation;
        int out_w, out_h;
    };
    // 1:1 outputs turn only the patch; the doubled one turns the whole page.
    for (Case c :
         {Case{90, 300, 400}, Case{180, 400, 300}, Case{270, 300, 400}, Case{90, 600, 800}}) {
        test::SoftwareTarget output(c.out_w, c.out_h);
        DisplayRenderer display(output.renderer.get(), *env.fonts);
        Presenter presenter(display, c.rotation);
        const Clock::time_point t = Clock::now();
        presenter.show(with_dwell_progress(full, 0), false, t);
        presenter.present(t);
        for (int step = 1; step <= 4; ++step) {
            const DisplayList list = with_dwell_progress(full, step / 4.0);
            presenter.show(list, false, t);
            presenter.present(t);
            SDL_RenderFlush(output.renderer.get());
            SurfacePtr whole = drawn_whole(list, *env.fonts, c.rotation, c.out_w, c.out_h);
            EXPECT_EQ(pixels_not_equal(output.surface.get(), whole.get()), 0)
                << c.rotation << " on " << c.out_w << "x" << c.out_h << ", step " << step;
        }
        EXPECT_EQ(presenter.stats().patches, 4u);
        EXPECT_EQ(presenter.stats().turned_parts, c.out_w == 600 ? 0u : 4u) << c.rotation;
        test::save_for_review(output.surface.get(), "turned-patched-" + std::to_string(c.rotation) +
                                                        "-" + std::to_string(c.out_w));
    }
}

TEST_F(PresenterOnDwellPages, TheSameListAgainDrawsNothingAndABigChangeDrawsTheWholePage) {
    r.presenter.show(dwell_page(), false, t0);
    r.presenter.show(dwell_page(), false, t0);
    EXPECT_EQ(r.presenter.stats().full_draws, 1u);
    EXPECT_EQ(r.presenter.stats().unchanged, 1u);
    // A new background touches every pixel.
    DisplayList lighter = dwell_page();
    lighter.background = {40, 40, 40, 255};
    r.presenter.show(lighter, false, t0);
    EXPECT_EQ(r.presenter.stats().full_draws, 2u);
    // So does a change over most of the page.
    DisplayList title_moved = lighter;
    std::get<TextItem>(title_moved.items[0].data).box.y = 120;
    std::get<TextItem>(title_moved.items[0].data).box.h = 120;
    r.presenter.show(title_moved, false, t0);
    EXPECT_EQ(r.presenter.stats().full_draws, 3u);
    EXPECT_EQ(r.presenter.stats().patches, 0u);
    EXPECT_EQ(r.differs_from_whole(title_moved, t0), 0);
}

TEST_F(PresenterOnDwellPages, APageChangeFadesFromTheWholeNewPage) {
    r.presenter.show(dwell_page_at(0.5), false, t0);
    // The next page differs only in its indicator, but it is a page change:
    // it fades, drawn whole into the other texture.
    const DisplayList next = dwell_page_at(0);
    r.presenter.show(next, true, t0);
    EXPECT_TRUE(r.presenter.fading(t0));
    EXPECT_EQ(r.presenter.stats().full_draws, 2u);
    EXPECT_EQ(r.presenter.stats().patches, 0u);
    const Clock::time_point end = t0 + Presenter::kCrossFade;
    EXPECT_EQ(r.differs_from_whole(next, end), 0);
}

TEST_F(PresenterOnDwellPages, AFadeAsksForAtMostThirtyFramesASecondAndEndsOnTime) {
    r.presenter.show(dwell_page(), false, t0);
    r.presenter.show(dwell_page_at(0.5), true, t0);
    r.presenter.present(t0);
    // Run it as the kiosk does: present whenever next_frame() says.
    Clock::time_point t = t0;
    int frames = 1;
    while (auto next = r.presenter.next_frame(t)) {
        ASSERT_LE(frames, 100) << "the fade does not end";
        const auto gap = *next - t;
        const bool last = *next == t0 + Presenter::kCrossFade;
        EXPECT_TRUE(gap >= std::chrono::milliseconds(33) || (last && gap > Clock::duration{0}))
            << "frame " << frames << " asked for after "
            << std::chrono::duration_cast<std::chrono::microseconds>(gap).count() << " us";
        t = *next;
        r.presenter.present(t);
        ++frames;
    }
    EXPECT_FALSE(r.presenter.fading(t));
    EXPECT_EQ(t, t0 + Presenter::kCrossFade);
    // 600 ms at 30 frames a second: 18 steps, the first frame and the last.
    EXPECT_LE(frames, 20);
    EXPECT_GE(frames, 10) << "a fade of a few frames does not read as one";
    EXPECT_EQ(r.presenter.stats().presents, static_cast<uint64_t>(frames));
}

TEST_F(PresenterOnDwellPages, DeviceResetAfterPatchesDrawsTheLatestPageWhole) {
    r.presenter.show(dwell_page_at(0.25), false, t0);
    const DisplayList latest = dwell_page_at(0.5);
    r.presenter.show(latest, false, t0);
    ASSERT_EQ(r.presenter.stats().patches, 1u);
    r.presenter.on_device_reset();
    EXPECT_EQ(r.presenter.stats().full_draws, 2u);
    EXPECT_EQ(r.differs_from_whole(latest, t0), 0);
    // Patches go on after the reset (a new scratch texture).
    r.presenter.show(dwell_page_at(0.75), false, t0);
    EXPECT_EQ(r.presenter.stats().patches, 2u);
}

}  // namespace
}  // namespace signpost
