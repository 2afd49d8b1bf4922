// The kiosk lays a page out once at full dwell and derives the indicator's
// steps: each step must equal what layout_page gives at that progress.
#include <cmath>

#include <gtest/gtest.h>

#include "layout/dwell_indicator.h"
#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

// Layout scales design units to pixels after multiplying; the derived bar
// multiplies pixels: equal up to float rounding.
bool near(const Rect& a, const Rect& b) {
    auto close = [](float x, float y) { return std::abs(x - y) < 0.01f; };
    return close(a.x, b.x) && close(a.y, b.y) && close(a.w, b.w) && close(a.h, b.h);
}

bool same_items(const DisplayList& a, const DisplayList& b) {
    if (a.items.size() != b.items.size())
        return false;
    for (size_t i = 0; i < a.items.size(); ++i) {
        if (a.items[i].role != b.items[i].role)
            return false;
        const auto* ra = std::get_if<RectItem>(&a.items[i].data);
        const auto* rb = std::get_if<RectItem>(&b.items[i].data);
        if ((ra == nullptr) != (rb == nullptr))
            return false;
        if (ra && (!near(ra->rect, rb->rect) || !(ra->color == rb->color)))
            return false;
    }
    return true;
}

TEST(DwellIndicator, StepsFromTheFullListMatchLayoutAtThatProgress) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    FakeMeasurer measurer;
    for (const auto& size : kSizes) {
        LayoutContext ctx{&schedule, seoul(10, 30),
                          config,    size.w,
                          size.h,    FeedFreshness{FeedFreshness::State::fresh, seoul(10, 29)},
                          measurer};
        const auto plans = plan_pages(ctx);
        ASSERT_FALSE(plans.empty());
        const DisplayList full = layout_page(ctx, plans.front(), 1.0);
        ASSERT_EQ(with_role(full, "dwell-progress").size(), 1u);
        for (double p : {0.0, 0.25, 0.5, 0.875, 1.0}) {
            EXPECT_TRUE(
                same_items(with_dwell_progress(full, p), layout_page(ctx, plans.front(), p)))
                << size.w << "x" << size.h << " at " << p;
        }
    }
}

TEST(DwellIndicator, ZeroRemovesTheBarAndTheTrackStays) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    FakeMeasurer measurer;
    LayoutContext ctx{&schedule, seoul(10, 30), config, 1920, 1080, FeedFreshness{}, measurer};
    const DisplayList full = layout_page(ctx, plan_pages(ctx).front(), 1.0);
    const DisplayList empty = with_dwell_progress(full, 0.0);
    EXPECT_TRUE(with_role(empty, "dwell-progress").empty());
    EXPECT_EQ(with_role(empty, "dwell-track").size(), 1u);
    EXPECT_EQ(empty.items.size() + 1, full.items.size());
}

}  // namespace
}  // namespace signpost::test
