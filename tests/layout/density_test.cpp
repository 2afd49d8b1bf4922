// Density: the pages must not only be legible but hold enough rooms that a
// visitor does not wait through many screens for theirs. These pin minimums
// measured with the fake measurer (tier sizes unchanged: the sound-page checks
// still hold on every screen counted here).
#include <gtest/gtest.h>

#include <algorithm>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

// Rooms in buildings of `per_building` rooms each ("111호" / "Room 111",
// floor 1; the first building is this screen's, the others "별관 2" / "Annex
// 2"..), with titles of the lengths a conference feed has (from the demo
// feed): one running now and one next in each, a keynote tag on the first.
Schedule typical_buildings(const std::vector<size_t>& per_building) {
    Venue venue = hall_venue();
    for (size_t b = 1; b < per_building.size(); ++b) {
        Building annex;
        annex.id = "annex-" + std::to_string(b + 1);
        annex.name = ko_en("별관 " + std::to_string(b + 1), "Annex " + std::to_string(b + 1));
        venue.buildings.push_back(std::move(annex));
    }
    size_t rooms = 0;
    for (size_t n : per_building) {
        rooms += n;
    }
    const std::pair<const char*, const char*> titles[] = {
        {"OpenStack 위의 Kubernetes: 프로덕션 점검 목록",
         "Kubernetes on OpenStack: a production checklist"},
        {"Neutron 라우티드 네트워크", "Neutron routed networks"},
        {"중단 없이 Liberty에서 Newton으로 업그레이드하기",
         "Upgrading from Liberty to Newton without downtime"},
        {"Ceph과 OpenStack: 통합 현황", "Ceph and OpenStack: the state of the integration"},
        {"커피 브레이크", "Coffee break"},
        {"SAML과 OpenID Connect를 이용한 Keystone 연동", "Keystone federation with SAML and OIDC"},
        {"Nova 셀 v2 소개", "An introduction to Nova cells v2"},
        {"통신 분야의 OpenStack: NFV 라이브 데모", "OpenStack in telecom: a live NFV demo"},
    };
    std::vector<Session> sessions;
    for (size_t i = 0; i < rooms; ++i) {
        const std::string n = std::to_string(111 + i);
        size_t building = 0;
        for (size_t first = per_building.front(); i >= first;) {
            first += per_building[++building];
        }
        add_room(venue, building, "r" + std::to_string(i), ko_en(n + "호", "Room " + n), "1");
        for (int k = 0; k < 2; ++k) {
            Session s = session_in(venue, i, "r" + std::to_string(i) + "-" + std::to_string(k),
                                   k == 0 ? seoul(10, 0) : seoul(11, 0),
                                   k == 0 ? seoul(10, 45) : seoul(11, 45));
            s.kind = i == 0 && k == 0 ? "keynote" : "talk";
            const auto& t = titles[(i + static_cast<size_t>(k) * 3) % 8];
            s.title = ko_en(t.first, t.second);
            s.speakers = {"Kim Min-jun"};
            sessions.push_back(std::move(s));
        }
    }
    return seoul_schedule(std::move(venue), std::move(sessions));
}

// Eight rooms of one building.
Schedule typical_schedule(size_t rooms = 8) {
    return typical_buildings({rooms});
}

// The sub-pages of `kind` in the plan, each checked sound.
int screens_of(const Schedule& schedule, PlanKind kind, int w, int h) {
    FakeMeasurer m;
    const LocationConfig config = make_config();
    LayoutContext ctx{&schedule, seoul(10, 15), config, w, h, {}, m};
    int screens = 0;
    for (const auto& plan : plan_pages(ctx)) {
        if (plan.kind != kind)
            continue;
        ++screens;
        expect_sound_page(
            layout_page(ctx, plan, 0), m,
            std::to_string(w) + "x" + std::to_string(h) + " sub " + std::to_string(plan.sub_page));
    }
    return screens;
}
// The rooms on each now/next screen (one now-time each: every room has a
// session on now), each screen checked sound.
std::vector<size_t> rooms_per_screen(const Schedule& schedule, ScreenSize size) {
    FakeMeasurer m;
    const LocationConfig config = make_config();
    LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
    std::vector<size_t> counts;
    for (const auto& plan : plan_pages(ctx)) {
        if (plan.kind == PlanKind::now_next) {
            const DisplayList list = layout_page(ctx, plan, 0);
            expect_sound_page(list, m, size_name(size) + " sub " + std::to_string(plan.sub_page));
            counts.push_back(with_role(list, "now-time").size());
        }
    }
    return counts;
}

// A room's row in a landscape table is two lines high: its name over the
// translation beside the first language of now and next (time and tags on
// the same line) over their translations; eight such rooms take more than a
// screen, so they stand in stacked rows (now over next beside the room), two
// tables side by side, as on a portrait screen: two screens at the most.
TEST(Density, EightRoomsWithTypicalBilingualTitlesFitTwoScreens) {
    const Schedule schedule = typical_schedule();
    EXPECT_LE(screens_of(schedule, PlanKind::now_next, 1920, 1080), 2);
    EXPECT_LE(screens_of(schedule, PlanKind::now_next, 1280, 720), 2);
    EXPECT_LE(screens_of(schedule, PlanKind::now_next, 1080, 1920), 2);
}

// Landscape: four rooms a screen at the least; portrait: five. Counted as screens for a number of
// rooms, since pagination spreads rooms evenly over the screens it needs (eight rooms on two
// screens are four and four, whatever a screen could hold).
TEST(Density, LandscapeScreenHoldsFourRoomsPortraitFive) {
    EXPECT_LE(screens_of(typical_schedule(12), PlanKind::now_next, 1920, 1080), 3);
    EXPECT_LE(screens_of(typical_schedule(10), PlanKind::now_next, 1080, 1920), 2);
    // Each room's now cell: the time, tag and title share the head line.
    const DisplayList first =
        sound_page(typical_schedule(), make_config(), seoul(10, 15), {1920, 1080},
                   {PlanKind::now_next, 1, 0, 1, Seconds{15}}, "typical first screen");
    const auto times = with_role(first, "now-time");
    const auto titles = with_role(first, "now-title");
    ASSERT_FALSE(titles.empty());
    EXPECT_EQ(std::get<TextItem>(titles[0]->data).box.y, std::get<TextItem>(times[0]->data).box.y);
}

// Stacked rows (the room, and its now over its next beside it) in two tables
// side by side once a landscape page takes more than a screen, and in one on
// a portrait screen: 24 rooms with bilingual titles take four screens at each
// size, six rooms a screen (a table of one room a row, and portrait's heading
// over now over next, took five).
TEST(Density, TwentyFourBilingualRoomsTakeFourScreensAtEachSize) {
    const Schedule schedule = typical_schedule(24);
    for (const ScreenSize size : kSizes) {
        EXPECT_LE(screens_of(schedule, PlanKind::now_next, size.w, size.h), 4)
            << size.w << "x" << size.h;
    }
}

// Bilingual rooms in three or four buildings, as the demo's (16, 1 and 5
// active rooms) or four of five: in landscape the two tables are a screen's
// columns, a building's rows running on from one into the other and a small
// building under the one before it, so a screen is filled where rows of two
// rooms left a building's odd room half a row and every building a row
// across the screen (four screens each; medians 5.5 and 5). Portrait: one
// table, as before.
TEST(Density, BilingualBuildingsFillBothTables) {
    for (const std::vector<size_t>& buildings :
         {std::vector<size_t>{16, 1, 5}, std::vector<size_t>{5, 5, 5, 5}}) {
        const Schedule schedule = typical_buildings(buildings);
        for (const ScreenSize size : {ScreenSize{1920, 1080}, ScreenSize{1280, 720}}) {
            SCOPED_TRACE(std::to_string(buildings.size()) + " buildings at " + size_name(size));
            std::vector<size_t> counts = rooms_per_screen(schedule, size);
            EXPECT_EQ(counts.size(), 3u);
            std::sort(counts.begin(), counts.end());
            EXPECT_GE(counts[counts.size() / 2], 7u);
        }
        EXPECT_LE(rooms_per_screen(schedule, {1080, 1920}).size(), 4u);
    }
}

TEST(Density, ScreensAreFilledEvenly) {
    // Eleven rooms at 1080p: however they split, no screen holds more than
    // one room more than another (a last screen with one room is the waste
    // filling each screen in turn leaves).
    const Schedule schedule = typical_schedule(11);
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        const LocationConfig config = make_config();
        LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
        std::vector<size_t> counts;
        for (const auto& plan : plan_pages(ctx)) {
            if (plan.kind == PlanKind::now_next)
                counts.push_back(with_role(layout_page(ctx, plan, 0), "now-time").size());
        }
        ASSERT_FALSE(counts.empty());
        const auto [lo, hi] = std::minmax_element(counts.begin(), counts.end());
        EXPECT_LE(*hi - *lo, 2u) << size.w << "x" << size.h;
        if (counts.size() > 1) {
            EXPECT_GE(*lo, 2u) << size.w << "x" << size.h;
        }
    }
}

TEST(Density, StressTitlesStillPaginateSoundly) {
    // The stress titles of make_schedule (very long, unbreakable words) take
    // more lines; still at least two rooms a screen.
    const Schedule schedule = make_schedule({9, 0, 0, false});
    EXPECT_LE(screens_of(schedule, PlanKind::now_next, 1920, 1080), 5);
}

TEST(Density, DirectoryOfTwentyEightRoomsFitsFiveScreens) {
    // Rooms sharing a way are a grid beside it; three rooms with a way of
    // their own (up, down, right) among them.
    const Schedule schedule = make_schedule({14, 12, 2, true});
    ASSERT_EQ(schedule.venue().rooms.size(), 28u);
    EXPECT_LE(screens_of(schedule, PlanKind::directory, 1920, 1080), 5);
    EXPECT_LE(screens_of(schedule, PlanKind::directory, 1080, 1920), 5);
}

}  // namespace
}  // namespace signpost::test
