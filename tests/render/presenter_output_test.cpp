// The presenter on SDL's software renderer at 1:1 keeps the page on the output
// itself between page changes (no whole-page texture beside the window
// surface); these tests check that invariant and that every picture on the way
// (fade frames, dwell-step patches, a lost window surface) is the page drawn whole.
#include <gtest/gtest.h>

#include "layout/dwell_indicator.h"
#include "render/presenter.h"
#include "render_test_support.h"

namespace signpost {
namespace {

using Clock = Presenter::Clock;

// A 300 x 200 page with a title, a dwell track and its indicator.
DisplayList page(Color background, const std::string& title) {
    DisplayList list = test::blank_list(300, 200, background);
    list.items.push_back({"page-title", test::text_item({10, 10, 280, 40}, title, 28,
                                                        {255, 255, 255, 255}, FontWeight::bold)});
    test::add_dwell_bar(list, {10, 186.5f, 280, 6});
    return list;
}

const Color kDark{11, 15, 20, 255};
const Color kBlue{20, 40, 120, 255};

struct Screen {
    explicit Screen(FontChain& fonts, int w = 300, int h = 200)
        : output(w, h, SDL_PIXELFORMAT_RGB888),
          display(output.renderer.get(), fonts),
          presenter(display, 0, SDL_PIXELFORMAT_RGB888) {}
    // Pixels on the output that differ from `list` drawn whole.
    int differs_from(const DisplayList& list, FontChain& fonts) {
        SDL_RenderFlush(output.renderer.get());
        SurfacePtr whole = test::drawn_whole(list, fonts);
        // Colour only: the window-like output has no alpha channel.
        return test::pixels_not_equal(output.surface.get(), whole.get(), 0x00FFFFFF);
    }
    test::SoftwareTarget output;
    DisplayRenderer display;
    Presenter presenter;
};

TEST(PresenterOnTheOutput, BetweenPageChangesThePageLivesOnlyOnTheOutput) {
    test::RenderEnv env;
    Screen s(*env.fonts);
    const Clock::time_point t0 = Clock::now();
    const DisplayList first = with_dwell_progress(page(kDark, "Hall A"), 0.5);
    s.presenter.show(first, false, t0);
    s.presenter.present(t0);
    EXPECT_TRUE(s.presenter.draws_on_output());
    EXPECT_EQ(s.differs_from(first, *env.fonts), 0);

    // A page change: both pages in textures while the fade runs, the first
    // frame the old page exactly (read back from the output).
    const DisplayList second = with_dwell_progress(page(kBlue, "회의실 B"), 0);
    s.presenter.show(second, true, t0);
    EXPECT_TRUE(s.presenter.fading(t0));
    EXPECT_FALSE(s.presenter.draws_on_output());
    s.presenter.present(t0);
    EXPECT_EQ(s.differs_from(first, *env.fonts), 0);

    // Over: the new page on the output, its texture freed.
    const Clock::time_point end = t0 + Presenter::kCrossFade;
    s.presenter.present(end);
    EXPECT_TRUE(s.presenter.draws_on_output());
    EXPECT_EQ(s.differs_from(second, *env.fonts), 0);

    // Dwell steps patch the output itself, equal to the page drawn whole.
    for (int step = 1; step <= 4; ++step) {
        const DisplayList list = with_dwell_progress(page(kBlue, "회의실 B"), step / 4.0);
        s.presenter.show(list, false, end);
        s.presenter.present(end);
        EXPECT_TRUE(s.presenter.draws_on_output());
        EXPECT_EQ(s.differs_from(list, *env.fonts), 0) << "step " << step;
    }
    EXPECT_EQ(s.presenter.stats().patches, 4u);
    EXPECT_EQ(s.presenter.stats().full_draws, 2u);
}

// The kiosk's loop between page changes: continue_fade() at each wake that
// next_frame() asks for. Its last wake is the fade's end, where fading() is
// already false: that present must still come, or the screen keeps the
// fade's last blend and both page textures until the next redraw.
TEST(PresenterOnTheOutput, AFadeIsUnfinishedUntilItsEndIsPresented) {
    test::RenderEnv env;
    Screen s(*env.fonts);
    const Clock::time_point t0 = Clock::now();
    s.presenter.show(page(kDark, "Hall A"), false, t0);
    s.presenter.present(t0);
    EXPECT_FALSE(s.presenter.fade_unfinished());
    const DisplayList next = page(kBlue, "회의실 B");
    s.presenter.show(next, true, t0);
    Clock::time_point t = t0;
    int presents = 0;
    while (presents < 100 && s.presenter.continue_fade(t)) {
        ++presents;
        if (const auto wake = s.presenter.next_frame(t)) {
            t = *wake;
        }
    }
    const Clock::time_point end = t0 + Presenter::kCrossFade;
    EXPECT_EQ(t, end);
    EXPECT_FALSE(s.presenter.fading(end));
    EXPECT_FALSE(s.presenter.fade_unfinished());
    EXPECT_TRUE(s.presenter.draws_on_output());      // both page textures freed
    EXPECT_EQ(s.differs_from(next, *env.fonts), 0);  // the new page whole: no blend left
}

TEST(PresenterOnTheOutput, APageChangeDuringAFadeEndsOnTheNewestPage) {
    test::RenderEnv env;
    Screen s(*env.fonts);
    const Clock::time_point t0 = Clock::now();
    s.presenter.show(page(kDark, "one"), false, t0);
    s.presenter.show(page(kBlue, "two"), true, t0);
    const Clock::time_point half = t0 + Presenter::kCrossFade / 2;
    s.presenter.present(half);
    const DisplayList third = page(kDark, "three");
    s.presenter.show(third, true, half);  // fades from "two" now
    EXPECT_TRUE(s.presenter.fading(half));
    s.presenter.present(half);
    EXPECT_EQ(s.differs_from(page(kBlue, "two"), *env.fonts), 0);
    s.presenter.present(half + Presenter::kCrossFade);
    EXPECT_TRUE(s.presenter.draws_on_output());
    EXPECT_EQ(s.differs_from(third, *env.fonts), 0);
}

TEST(PresenterOnTheOutput, ALostWindowSurfaceIsDrawnAgainWhole) {
    test::RenderEnv env;
    Screen s(*env.fonts);
    const Clock::time_point t = Clock::now();
    const DisplayList list = page(kDark, "Hall A");
    s.presenter.show(list, false, t);
    s.presenter.present(t);
    SDL_RenderFlush(s.output.renderer.get());
    // What a new window surface holds: not the page.
    SDL_FillRect(s.output.surface.get(), nullptr,
                 SDL_MapRGB(s.output.surface->format, 255, 0, 255));
    s.presenter.on_output_replaced();
    s.presenter.show(list, false, t);  // the same list: would draw nothing otherwise
    s.presenter.present(t);
    EXPECT_EQ(s.differs_from(list, *env.fonts), 0);
    EXPECT_EQ(s.presenter.stats().full_draws, 2u);
}

TEST(PresenterOnTheOutput, AnOutputOfAnotherSizeOrFormatKeepsThePageTexture) {
    test::RenderEnv env;
    Screen s(*env.fonts, 600, 400);  // the page doubled
    const Clock::time_point t = Clock::now();
    s.presenter.show(page(kDark, "Hall A"), false, t);
    s.presenter.present(t);
    EXPECT_FALSE(s.presenter.draws_on_output());
    // Turned panels keep theirs too (turned once, presented by copying).
    test::SoftwareTarget turned_output(200, 300, SDL_PIXELFORMAT_RGB888);
    DisplayRenderer display(turned_output.renderer.get(), *env.fonts);
    Presenter turned(display, 90, SDL_PIXELFORMAT_RGB888);
    turned.show(page(kDark, "Hall A"), false, t);
    turned.present(t);
    EXPECT_FALSE(turned.draws_on_output());
    // An output in another format would blend differently: a page texture.
    test::SoftwareTarget argb(300, 200);
    DisplayRenderer argb_display(argb.renderer.get(), *env.fonts);
    Presenter on_argb(argb_display, 0, SDL_PIXELFORMAT_ARGB8888);
    on_argb.show(page(kDark, "Hall A"), false, t);
    EXPECT_FALSE(on_argb.draws_on_output());
}

}  // namespace
}  // namespace signpost
