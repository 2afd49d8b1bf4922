// What the live source adds to the pages: an evacuation takes over with the
// emergency page naming the rooms, live announcements join the banner.
#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

TEST(LiveOverlay, AnEvacuationTakesOverEveryPageNamingTheRooms) {
    const Instant at = seoul(10, 15);
    const Schedule schedule = make_schedule();
    LocationConfig config = make_config();
    config.directions["exit"] = Wayfinding{Arrow::left, {}};
    FakeMeasurer m;
    const LiveView live =
        view_of(schedule, {{"hall-101", RoomState::evacuate, {}}}, at - Seconds{180}, at);
    LayoutContext ctx{&schedule, at, config, 1920, 1080, {}, m};
    ctx.live = &live;
    const auto plans = plan_pages(ctx);
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans.front().kind, PlanKind::emergency);
    for (const PagePlan& asked : {plans.front(), PagePlan{PlanKind::now_next, 1, 0, 1, {}}}) {
        const DisplayList list = layout_page(ctx, asked, 0);
        EXPECT_TRUE(contains_text(list, "Evacuate Room 101 — declared 3 min ago"));
        EXPECT_TRUE(contains_text(list, "대피: 101호 — 3분 전 발령"));
        EXPECT_EQ(with_role(list, "exit-arrow").size(), 1u);
        expect_sound_page(list, m, "evacuation");
    }
    // The clock in doubt wins, as over any emergency.
    ctx.clock_untrusted = true;
    EXPECT_EQ(plan_pages(ctx).front().kind, PlanKind::waiting);
}

TEST(LiveOverlay, AFullRoomOrAnEndedEvacuationDoesNotTakeOver) {
    const Instant at = seoul(10, 15);
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    FakeMeasurer m;
    const LiveView live = view_of(
        schedule, {{"hall-1", RoomState::full, {}}, {"hall-2", RoomState::open, {}}}, at, at);
    LayoutContext ctx{&schedule, at, config, 1920, 1080, {}, m};
    ctx.live = &live;
    for (const PagePlan& plan : plan_pages(ctx)) {
        EXPECT_NE(plan.kind, PlanKind::emergency);
    }
}

TEST(LiveOverlay, LiveAnnouncementsJoinTheFeeds) {
    const Instant at = seoul(10, 15);
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    FakeMeasurer m;
    std::vector<Announcement> live_announcements{
        make_announcement("coffee", AnnouncementLevel::info, at - Seconds{60}, at + Seconds{600})};
    live_announcements[0].text = LocalizedText::plain("Coffee in the lobby until 10:45");
    LayoutContext ctx{&schedule, at, config, 1920, 1080, {}, m};
    ctx.live_announcements = live_announcements;
    const auto plans = plan_pages(ctx);
    ASSERT_FALSE(plans.empty());
    EXPECT_TRUE(contains_text(layout_page(ctx, plans.front(), 0), "Coffee in the lobby"));

    // An emergency among them takes over like the feed's.
    live_announcements[0].level = AnnouncementLevel::emergency;
    EXPECT_EQ(plan_pages(ctx).front().kind, PlanKind::emergency);
    EXPECT_TRUE(contains_text(layout_page(ctx, plan_pages(ctx).front(), 0), "Coffee in the lobby"));
}

}  // namespace
}  // namespace signpost::test
