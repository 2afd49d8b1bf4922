// What the live source adds to the pages: an evacuation takes over with the
// emergency page naming the rooms, live announcements join the banner.
#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

// The emergency page's text, Korean then English, its wrapped lines joined
// by spaces.
std::string emergency_text(const DisplayList& list) {
    std::string out;
    for (const char* role : {"emergency-text", "emergency-text-secondary"}) {
        for (const DisplayItem* item : with_role(list, role)) {
            if (const auto* t = std::get_if<TextItem>(&item->data)) {
                out += (out.empty() ? "" : " ") + t->text;
            }
        }
    }
    return out;
}

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
        const std::string text = emergency_text(list);
        EXPECT_NE(text.find("Evacuate Room 101 in Main Hall — declared 3 min ago"), text.npos)
            << text;
        EXPECT_NE(text.find("대피: 본관 101호 — 3분 전 발령"), text.npos) << text;
        EXPECT_EQ(with_role(list, "exit-arrow").size(), 1u);
        expect_sound_page(list, m, "evacuation");
    }
    // The clock in doubt wins, as over any emergency.
    ctx.clock_untrusted = true;
    EXPECT_EQ(plan_pages(ctx).front().kind, PlanKind::waiting);
}

// Two buildings may each have a "Room 100" (a venue map that shortens
// "B1 - P1 - Room 100" does that): the evacuation names each room's building.
// One building: the rooms alone.
TEST(LiveOverlay, AnEvacuationNamesEachRoomsBuilding) {
    const Instant at = seoul(10, 15);
    Venue venue = hall_venue(ko_en("본관", "Main Hall"));
    add_building(venue, "annex", ko_en("별관", "Annex"));
    add_room(venue, 0, "hall-100", ko_en("100호", "Room 100"), "1");
    add_room(venue, 1, "annex-100", ko_en("100호", "Room 100"), "1");
    add_room(venue, 0, "hall-101", ko_en("101호", "Room 101"), "1");
    const Schedule schedule = seoul_schedule(venue, {});
    const LocationConfig config = make_config();
    FakeMeasurer m;
    const auto text_of = [&](const LiveView& live, const Schedule& s) {
        LayoutContext ctx{&s, at, config, 1920, 1080, {}, m};
        ctx.live = &live;
        const DisplayList list = layout_page(ctx, plan_pages(ctx).front(), 0);
        expect_sound_page(list, m, "evacuation");
        return emergency_text(list);
    };
    const LiveView one = view_of(schedule, {{"annex-100", RoomState::evacuate, {}}}, at, at);
    std::string text = text_of(one, schedule);
    EXPECT_NE(text.find("Evacuate Room 100 in Annex — declared just now"), text.npos) << text;
    EXPECT_NE(text.find("대피: 별관 100호 — 방금 발령"), text.npos) << text;

    const LiveView three = view_of(schedule,
                                   {{"annex-100", RoomState::evacuate, {}},
                                    {"hall-101", RoomState::evacuate, {}},
                                    {"hall-100", RoomState::evacuate, {}}},
                                   at, at);
    text = text_of(three, schedule);
    EXPECT_NE(text.find("Evacuate Room 100, Room 101 in Main Hall; Room 100 in Annex — declared "
                        "just now"),
              text.npos)
        << text;
    EXPECT_NE(text.find("대피: 본관 100호, 101호; 별관 100호 — 방금 발령"), text.npos) << text;

    Venue single = hall_venue(ko_en("본관", "Main Hall"));
    add_room(single, 0, "hall-100", ko_en("100호", "Room 100"), "1");
    const Schedule alone = seoul_schedule(single, {});
    const LiveView in_alone = view_of(alone, {{"hall-100", RoomState::evacuate, {}}}, at, at);
    text = text_of(in_alone, alone);
    EXPECT_NE(text.find("Evacuate Room 100 — declared just now"), text.npos) << text;
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
