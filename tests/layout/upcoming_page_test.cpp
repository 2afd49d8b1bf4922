// The upcoming board: which sessions it lists (started in the last 15
// minutes, starting within the window), in what order (start, then room),
// "now" / "in N min" / the time, and that its screens are sound and full.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "layout/layout.h"
#include "layout/upcoming_page.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

using layout_detail::upcoming_sessions;
using std::chrono::minutes;

// Rooms "Room 1".."Room n" of one building; room k has sessions starting at
// 10:00 + 5k minutes and an hour after that, 40 minutes each.
Schedule staggered(int rooms) {
    Venue venue;
    venue.timezone = "Asia/Seoul";
    Building b;
    b.id = "hall";
    b.name = LocalizedText::plain("Hall");
    std::vector<Session> sessions;
    for (int k = 0; k < rooms; ++k) {
        Room r;
        r.id = "r" + std::to_string(k);
        r.name = LocalizedText::plain("Room " + std::to_string(k + 1));
        r.floor = "1";
        b.rooms.push_back(venue.rooms.size());
        venue.rooms.push_back(r);
        for (int h = 0; h < 2; ++h) {
            const Instant start = seoul(10, 0) + minutes{5 * k + 60 * h};
            Session s = session_in(venue, venue.rooms.size() - 1, r.id + "-" + std::to_string(h),
                                   start, start + minutes{40});
            s.title =
                LocalizedText::plain("Session " + std::to_string(k) + "." + std::to_string(h));
            sessions.push_back(std::move(s));
        }
    }
    venue.buildings.push_back(b);
    return Schedule(std::move(venue), *TimeZone::locate("Asia/Seoul"), std::move(sessions), {});
}

LocationConfig board_config(minutes window = minutes{60}) {
    LocationConfig config = make_config();
    config.building = "hall";
    config.pages = {PageConfig{PageKind::upcoming, Seconds{12}, {}}};
    config.pages[0].window = window;
    return config;
}

// The first screen of the board at `now` on a w x h screen, checked sound.
DisplayList board_at(const Schedule& schedule, const LocationConfig& config, Instant now, int w,
                     int h, const std::string& what) {
    return sound_page(schedule, config, now, {w, h}, {PlanKind::upcoming, 0, 0, 1, Seconds{12}},
                      what);
}

std::vector<std::string> sessions_on(const DisplayList& list) {
    std::vector<std::string> out;
    for (const DisplayItem* item : with_role(list, "upcoming-title")) {
        if (out.empty() || out.back() != item->identity.session)
            out.push_back(item->identity.session);
    }
    return out;
}

TEST(UpcomingPage, WindowAndOrder) {
    const Schedule schedule = staggered(6);
    std::vector<size_t> rooms{0, 1, 2, 3, 4, 5};
    // 10:20: r0 started 20 min ago (gone), r1 15 min ago (kept), r2..r3 10
    // and 5 min ago, r4 now, r5 in 5 min, and within the hour r0's second
    // (11:00) up to r4's (11:20); r5's (11:25) is beyond it.
    const auto list = upcoming_sessions(schedule, rooms, seoul(10, 20), minutes{60});
    std::vector<std::string> ids;
    for (const Session* s : list)
        ids.push_back(s->id);
    EXPECT_EQ(ids, (std::vector<std::string>{"r1-0", "r2-0", "r3-0", "r4-0", "r5-0", "r0-1", "r1-1",
                                             "r2-1", "r3-1", "r4-1"}));
    // Rooms given in reverse: the start still decides first.
    const auto narrow = upcoming_sessions(schedule, {5, 4}, seoul(10, 20), minutes{10});
    ASSERT_EQ(narrow.size(), 2u);
    EXPECT_EQ(narrow[0]->id, "r4-0");  // 10:20 before 10:25
}

TEST(UpcomingPage, SaysNowInNMinutesOrTheTime) {
    const DisplayList list =
        board_at(staggered(6), board_config(), seoul(10, 12), 1920, 1080, "board");
    std::string when;
    for (const DisplayItem& item : list.items) {
        if (item.role.starts_with("upcoming-when"))
            when += std::get<TextItem>(item.data).text + "|";
    }
    EXPECT_NE(when.find("지금"), std::string::npos) << when;      // r0..r2 have started
    EXPECT_NE(when.find("3분 후"), std::string::npos) << when;    // r3 at 10:15
    EXPECT_NE(when.find("in 3 min"), std::string::npos) << when;  // both languages
    EXPECT_NE(when.find("13분 후"), std::string::npos) << when;   // r5 at 10:25
    EXPECT_NE(when.find("11:00"), std::string::npos) << when;     // 48 min ahead: the time
}

// Twelve sessions or more on one 1920x1080 screen; every listed session on
// exactly one screen; each screen sound at every size.
TEST(UpcomingPage, TwelveAScreenEachSessionOnceSoundAtEverySize) {
    const Schedule schedule = staggered(30);
    const LocationConfig config = board_config(minutes{120});
    std::vector<size_t> rooms;
    for (size_t r = 0; r < 30; ++r)
        rooms.push_back(r);
    const size_t expected = upcoming_sessions(schedule, rooms, seoul(10, 30), minutes{120}).size();
    ASSERT_GT(expected, 30u);
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 30), config, size.w, size.h, {}, m};
        std::multiset<std::string> seen;
        size_t screens = 0;
        for (const PagePlan& plan : plan_pages(ctx)) {
            ASSERT_EQ(plan.kind, PlanKind::upcoming);
            const DisplayList list = layout_page(ctx, plan, 0);
            expect_sound_page(list, m, "board " + std::to_string(size.w));
            for (const auto& id : sessions_on(list))
                seen.insert(id);
            ++screens;
        }
        EXPECT_EQ(seen.size(), expected);
        EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), expected);
        if (size.w == 1920 && size.h == 1080) {
            // As few screens as twelve a screen would take (pagination then
            // spreads the lines evenly over them).
            EXPECT_LE(screens, (expected + 11) / 12) << screens << " screens";
        }
    }
}

// Each line carries its room and session, and an arrow to the room.
TEST(UpcomingPage, LinesCarryRoomSessionAndArrow) {
    const Schedule schedule = make_schedule();
    LocationConfig config = make_config();
    config.pages = {PageConfig{PageKind::upcoming, Seconds{12}, {}}};
    const DisplayList list =
        board_at(schedule, config, seoul(10, 50), 1920, 1080, "board with arrows");
    const auto rooms = with_role(list, "upcoming-room");
    ASSERT_FALSE(rooms.empty());
    for (const DisplayItem* item : rooms)
        EXPECT_FALSE(item->identity.session.empty());
    int arrows = 0;
    for (const DisplayItem& item : list.items) {
        if (std::holds_alternative<ArrowItem>(item.data)) {
            ++arrows;
            EXPECT_EQ(item.identity.destination, item.identity.room);
        }
    }
    EXPECT_GT(arrows, 0);
    // A cancelled session keeps its tag: at 08:50 the board lists room 1's
    // 09:00 session (cancelled) with "취소" on its line.
    const DisplayList before =
        board_at(schedule, config, seoul(8, 50), 1920, 1080, "board with a cancelled session");
    bool tagged = false;
    for (const DisplayItem& item : before.items) {
        const auto* text = std::get_if<TextItem>(&item.data);
        tagged =
            tagged || (text && item.identity.session == "s-1-a" && text->text.starts_with("취소"));
    }
    EXPECT_TRUE(tagged);
}

// A room in another building: its line's floor and building are whole, cut
// with some of the building's name left, or the floor alone; never the floor
// and a bare "·…" (after a long room name, "P1 ·…" said nothing). Room names
// of every length up to a full column, so some leave only a sliver.
TEST(UpcomingPage, AnotherBuildingIsNamedOrLeftOutNeverABareEllipsis) {
    for (int k = 1; k <= 60; ++k) {
        Venue venue = hall_venue();
        Building tower;
        tower.id = "tower";
        tower.name =
            ko_en("디아고날 마르 호텔 (컨퍼런스 층)", "Diagonal Mar Hotel (conference floors)");
        venue.buildings.push_back(tower);
        const size_t r =
            add_room(venue, 1, "far",
                     ko_en(std::string(k / 2, 'M') + std::string(k % 2, 'n'), "Far room"), "1");
        Session s = session_in(venue, r, "far-1", seoul(10, 30), seoul(11, 10));
        s.title = ko_en("세션", "Session");
        const Schedule schedule = seoul_schedule(std::move(venue), {std::move(s)});
        for (const ScreenSize size : kSizes) {
            const std::string at = size_name(size) + " name of " + std::to_string(k);
            const DisplayList list =
                board_at(schedule, board_config(), seoul(10, 25), size.w, size.h, at);
            for (const DisplayItem* item : with_role(list, "floor")) {
                std::string text = std::get<TextItem>(item->data).text;
                if (text.ends_with("…")) {
                    text.resize(text.size() - std::string("…").size());
                }
                while (!text.empty() && text.back() == ' ') {
                    text.pop_back();
                }
                EXPECT_FALSE(text.ends_with("·"))
                    << at << ": " << std::get<TextItem>(item->data).text;
            }
        }
    }
}

// Two buildings each with a "Room 318": a line in the other building names
// it, giving up the floor's second language for it where both do not fit
// ("3F · Annex", not "3F · 3층" alone), or on a line of its own under the
// room where not even that fits (portrait).
TEST(UpcomingPage, AnotherBuildingGoesBeforeTheFloorsSecondLanguage) {
    Venue venue = hall_venue();
    add_building(venue, "annex", LocalizedText::plain("Conference Annex North Wing"));
    const size_t here = add_room(venue, 0, "hall-318", LocalizedText::plain("Room 318"), "3");
    const size_t there = add_room(venue, 1, "annex-318", LocalizedText::plain("Room 318"), "3");
    std::vector<Session> sessions;
    for (const size_t r : {here, there}) {
        Session s = session_in(venue, r, venue.rooms[r].id + "-s", seoul(10, 30), seoul(11, 10));
        s.title = LocalizedText::plain(
            "A session title long enough to leave the room column no more than it needs");
        sessions.push_back(std::move(s));
    }
    const Schedule schedule = seoul_schedule(std::move(venue), std::move(sessions));
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const DisplayList list =
            board_at(schedule, board_config(), seoul(10, 25), size.w, size.h, at);
        std::map<std::string, std::string> where;  // room id -> its floor items' texts
        for (const DisplayItem* item : with_role(list, "floor")) {
            where[item->identity.room] += std::get<TextItem>(item->data).text + "|";
        }
        ASSERT_EQ(where.size(), 2u) << at;
        EXPECT_EQ(where["hall-318"].find("Conf"), std::string::npos) << at;
        EXPECT_NE(where["annex-318"].find("Conf"), std::string::npos)
            << at << ": " << where["annex-318"];
        if (size.w > size.h) {
            EXPECT_TRUE(where["annex-318"].starts_with("3F · Conf"))
                << at << ": " << where["annex-318"];
        }
    }
}

TEST(UpcomingPage, NothingWithinTheWindowSaysSo) {
    const DisplayList list =
        board_at(staggered(2), board_config(), seoul(20, 0), 1280, 720, "empty board");
    EXPECT_TRUE(contains_text(list, "60분 내 시작하는 세션 없음"));
}

}  // namespace
}  // namespace signpost::test
