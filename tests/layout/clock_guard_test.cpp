// The unset-clock guard: the decision, and the waiting page it leads to.
#include <gtest/gtest.h>

#include "layout/clock_guard.h"
#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

constexpr Seconds kDay{24 * 60 * 60};

// The fixture's sessions are on 2016-10-25 (Seoul); say the program was built in 2016-06.
Instant build_time() {
    return seoul(12, 0, 25) - 130 * kDay;
}

TEST(ClockIsPlausible, BeforeTheBuildIsNot) {
    const Schedule schedule = make_schedule();
    EXPECT_FALSE(clock_is_plausible(Instant{}, nullptr, build_time()));  // 1970
    EXPECT_FALSE(clock_is_plausible(Instant{}, &schedule, build_time()));
    EXPECT_FALSE(clock_is_plausible(build_time() - Seconds{1}, nullptr, build_time()));
    EXPECT_TRUE(clock_is_plausible(build_time(), nullptr, build_time()));
}

TEST(ClockIsPlausible, FarBeforeTheFeedsFirstSessionIsNot) {
    const Schedule schedule = make_schedule();
    const Instant first = *schedule.first_start();
    const Instant old_build = first - 1000 * kDay;
    // A board that kept the time of its last shutdown, two years before the feed.
    EXPECT_FALSE(clock_is_plausible(first - 730 * kDay, &schedule, old_build));
    EXPECT_FALSE(
        clock_is_plausible(first - kClockPlausibleLead - Seconds{1}, &schedule, old_build));
    EXPECT_TRUE(clock_is_plausible(first - kClockPlausibleLead, &schedule, old_build));
    EXPECT_TRUE(clock_is_plausible(first - 30 * kDay, &schedule, old_build));
    // Long after the feed is fine: the feed may be old, the clock is not wrong for it.
    EXPECT_TRUE(clock_is_plausible(first + 3000 * kDay, &schedule, old_build));
    // Without a schedule only the build date counts.
    EXPECT_TRUE(clock_is_plausible(first - 730 * kDay, nullptr, old_build));
}

TEST(ClockIsPlausible, ScheduleWithoutSessionsIsNoEvidence) {
    const Schedule empty(Venue{}, TimeZone{}, {}, {});
    const Instant t = build_time() + kDay;
    EXPECT_TRUE(clock_is_plausible(t, &empty, build_time()));
}

TEST(ClockUntrusted, EveryPageIsTheClockWaitingPageWithoutTime) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
        ctx.clock_untrusted = true;
        for (const DisplayList& list : waiting_pages(ctx, m, "clock waiting " + size_name(size))) {
            EXPECT_TRUE(contains_text(list, "시계 맞추는 중"));
            EXPECT_TRUE(contains_text(list, "Waiting for the clock"));
            EXPECT_FALSE(contains_text(list, "10:15"));  // the wrong time is not shown
            EXPECT_TRUE(with_role(list, "clock").empty());
            EXPECT_TRUE(with_role(list, "date").empty());
        }
        // A plan made while the clock was right still gives the waiting page.
        const DisplayList asked = layout_page(ctx, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
        EXPECT_TRUE(contains_text(asked, "Waiting for the clock"));
        EXPECT_TRUE(with_role(asked, "now-time").empty());
    }
}

TEST(ClockUntrusted, RecoversWhenTheFlagClears) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(10, 15), config, 1920, 1080, {}, m};
    ctx.clock_untrusted = true;
    ASSERT_EQ(plan_pages(ctx).front().kind, PlanKind::waiting);
    ctx.clock_untrusted = false;
    const auto plans = plan_pages(ctx);
    EXPECT_NE(plans.front().kind, PlanKind::waiting);
    const DisplayList list = layout_page(ctx, plans.front(), 0);
    EXPECT_FALSE(contains_text(list, "Waiting for the clock"));
    EXPECT_TRUE(contains_text(list, "10:15"));
}

TEST(ClockUntrusted, HidesAnEmergencyWhoseTimeIsNotKnown) {
    const Instant at = seoul(10, 15);
    const Schedule schedule =
        make_schedule({}, {make_announcement("fire", AnnouncementLevel::emergency, at - Seconds{60},
                                             at + Seconds{3600}, Arrow::right)});
    const LocationConfig config = make_config();
    FakeMeasurer m;
    LayoutContext ctx{&schedule, at, config, 1920, 1080, {}, m};
    ASSERT_EQ(plan_pages(ctx).front().kind, PlanKind::emergency);
    ctx.clock_untrusted = true;
    for (const auto& plan : plan_pages(ctx)) {
        EXPECT_EQ(plan.kind, PlanKind::waiting);
    }
    EXPECT_TRUE(contains_text(layout_page(ctx, {PlanKind::emergency, 0, 0, 1, Seconds{15}}, 0),
                              "Waiting for the clock"));
}

}  // namespace
}  // namespace signpost::test
