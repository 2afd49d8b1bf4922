// A now/next page whose rooms run in one shared slot (a summit's or a
// congress's schedule): the slot's times stand once, over the rows; a room in
// the slot is one line of titles; a room at another time keeps its own times;
// and a large one-slot venue takes far fewer screens than rows that each
// repeat "09:00–09:45" and "10:00".
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>

#include "layout/layout.h"
#include "layout/now_next_slot_rows.h"
#include "layout/page_context.h"
#include "layout/room_name_prefix.h"
#include "layout/shared_slot.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

const std::vector<std::string> kTitles = {
    "Neutron routed networks in production at scale",
    "Designing a hybrid cloud for research data",
    "Ops meetup: upgrades without downtime",
    "Cross-project liaison: what we learned this cycle",
    "Hands-on: deploying containers with Kolla",
};

struct Odd {
    size_t room;  // this room's sessions run at other times
    Instant now_start, now_end, next_start;
};

// `per_building` rooms in buildings b1, b2, … (the first is this screen's),
// named as a congress names them ("B1 - P2 - Room 205"), every one with a
// session 09:00–09:45 and the next at 10:00 (one language, or two), except
// `odd`.
Schedule one_slot_venue(const std::vector<int>& per_building, bool bilingual = false,
                        std::optional<Odd> odd = std::nullopt) {
    Venue venue = hall_venue(ko_en("1관", "Building 1"));
    for (size_t b = 1; b < per_building.size(); ++b) {
        add_building(venue, "b" + std::to_string(b + 1),
                     ko_en(std::to_string(b + 1) + "관", "Building " + std::to_string(b + 1)));
    }
    std::vector<Session> sessions;
    size_t n = 0;
    for (size_t b = 0; b < per_building.size(); ++b) {
        for (int r = 0; r < per_building[b]; ++r) {
            const int floor = r % 4 + 1;
            const std::string name = "B" + std::to_string(b + 1) + " - P" + std::to_string(floor) +
                                     " - Room " + std::to_string(100 * floor + r);
            const size_t room = add_room(venue, b, "r" + std::to_string(n),
                                         LocalizedText::plain(name), std::to_string(floor));
            const bool is_odd = odd && odd->room == room;
            const Instant starts[] = {is_odd ? odd->now_start : seoul(9, 0),
                                      is_odd ? odd->next_start : seoul(10, 0)};
            for (int k = 0; k < 2; ++k) {
                const Instant end =
                    k == 0 && is_odd ? odd->now_end : starts[k] + std::chrono::minutes(45);
                Session s = session_in(
                    venue, room, "s" + std::to_string(n) + "-" + std::to_string(k), starts[k], end);
                const std::string& title = kTitles[(n + k) % kTitles.size()];
                s.title = bilingual ? ko_en("한국어 제목 " + std::to_string(n), title)
                                    : LocalizedText::plain(title);
                sessions.push_back(std::move(s));
            }
            ++n;
        }
    }
    return seoul_schedule(std::move(venue), std::move(sessions));
}

// The now/next screens at 09:10, each checked sound.
std::vector<DisplayList> screens_at(const Schedule& schedule, ScreenSize size, FakeMeasurer& m) {
    const LocationConfig config = make_config();
    LayoutContext ctx{&schedule, seoul(9, 10), config, size.w, size.h, {}, m};
    std::vector<DisplayList> out;
    for (const auto& plan : plan_pages(ctx)) {
        if (plan.kind == PlanKind::now_next) {
            out.push_back(layout_page(ctx, plan, 0));
            expect_sound_page(out.back(), m, "one slot, " + size_name(size));
        }
    }
    return out;
}

std::string text_of(const DisplayItem* item) {
    return std::get<TextItem>(item->data).text;
}

Rect box_of(const DisplayItem* item) {
    return std::get<TextItem>(item->data).box;
}

TEST(SharedSlot, AMajorityOfRoomsInOneSlot) {
    const Schedule schedule =
        one_slot_venue({6}, false, Odd{0, seoul(9, 15), seoul(10, 0), seoul(10, 30)});
    const auto zone = TimeZone::locate("Asia/Seoul");
    ASSERT_TRUE(zone);
    std::vector<size_t> rooms = {0, 1, 2, 3, 4, 5};
    const auto slot = layout_detail::shared_slot(schedule, rooms, seoul(9, 10), *zone);
    ASSERT_TRUE(slot);
    EXPECT_EQ(slot->now_start, seoul(9, 0));
    EXPECT_EQ(slot->now_end, seoul(9, 45));
    EXPECT_EQ(slot->next_start, seoul(10, 0));
    // Two of three is a majority; one each of two, or one room alone, is none.
    EXPECT_TRUE(
        layout_detail::shared_slot(schedule, std::vector<size_t>{0, 1, 2}, seoul(9, 10), *zone));
    EXPECT_FALSE(
        layout_detail::shared_slot(schedule, std::vector<size_t>{0, 1}, seoul(9, 10), *zone));
    EXPECT_FALSE(layout_detail::shared_slot(schedule, std::vector<size_t>{1}, seoul(9, 10), *zone));
}

// The start every room's name in the venue shares, up to a separator.
TEST(SharedSlot, TheVenuesSharedNamePrefix) {
    const auto prefix_of = [](std::vector<LocalizedText> names) {
        Venue venue = hall_venue();
        for (size_t i = 0; i < names.size(); ++i) {
            add_room(venue, 0, "r" + std::to_string(i), names[i], "1");
        }
        const Schedule schedule = seoul_schedule(std::move(venue), {});
        const LocationConfig config = make_config();
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(9, 10), config, 1920, 1080, {}, m};
        layout_detail::PageContext pc(ctx);
        return layout_detail::shared_name_prefix(pc, schedule.venue());
    };
    using T = LocalizedText;
    EXPECT_EQ(prefix_of({T::plain("CCIB - P1 - Room 111"), T::plain("CCIB - P0 - Auditorium")}),
              std::string("CCIB - ").size());
    EXPECT_EQ(prefix_of({T::plain("B1 - P1 - Room 100"), T::plain("B1 - P1 - Room 101")}),
              std::string("B1 - P1 - ").size());
    EXPECT_EQ(prefix_of({T::plain("Room 1"), T::plain("Room 2")}), 0u);
    EXPECT_EQ(prefix_of({T::plain("B1 - Room 1"), T::plain("B2 - Room 1")}), 0u);
    EXPECT_EQ(prefix_of({T::plain("Hall: A"), T::plain("Hall: ")}), 0u);  // one left empty
    EXPECT_EQ(prefix_of({T::plain("CCIB - 1")}), 0u);
    EXPECT_EQ(prefix_of({ko_en("본관 - 101호", "Main - Room 101"),
                         ko_en("본관 - 102호", "Main - Room 102")}),
              0u);
}

// Each building's rooms without the start they all share, under the
// building's row: at least what the whole venue shares; a building of one
// room keeps its name.
TEST(SharedSlot, EachBuildingsSharedNamePrefix) {
    Venue venue = hall_venue();
    add_building(venue, "annex", LocalizedText::plain("Annex"));
    add_building(venue, "kiosk", LocalizedText::plain("Annex"));
    using T = LocalizedText;
    add_room(venue, 0, "a", T::plain("B1 - P1 - Room 100"), "1");
    add_room(venue, 0, "b", T::plain("B1 - P2 - Room 200"), "2");
    add_room(venue, 1, "c", T::plain("B2 - P1 - Room 100"), "1");
    add_room(venue, 1, "d", T::plain("B2 - P1 - Room 101"), "1");
    add_room(venue, 2, "e", T::plain("B3 - Stand"), "1");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    const LocationConfig config = make_config();
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(9, 10), config, 1920, 1080, {}, m};
    layout_detail::PageContext pc(ctx);
    EXPECT_EQ(layout_detail::shared_name_prefix(pc, schedule.venue()), 0u);
    EXPECT_EQ(
        layout_detail::shared_name_prefixes(pc, schedule.venue()),
        (std::vector<size_t>{std::string("B1 - ").size(), std::string("B2 - P1 - ").size(), 0u}));
}

// Every screen says the slot's times once a table, and no row repeats them.
TEST(NowNextSlot, TheSharedSlotIsSaidOnce) {
    const Schedule schedule = one_slot_venue({25, 20, 18, 10});
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        const std::vector<DisplayList> screens = screens_at(schedule, size, m);
        ASSERT_FALSE(screens.empty());
        for (const DisplayList& list : screens) {
            const auto now_key = with_role(list, "slot-now-time");
            const auto next_key = with_role(list, "slot-next-time");
            ASSERT_GE(now_key.size(), 1u) << size_name(size);
            EXPECT_LE(now_key.size(), 2u) << size_name(size);
            EXPECT_EQ(next_key.size(), now_key.size()) << size_name(size);
            for (const DisplayItem* item : now_key) {
                EXPECT_EQ(text_of(item), "09:00–09:45");
            }
            for (const DisplayItem* item : next_key) {
                EXPECT_EQ(text_of(item), "10:00");
            }
            // The slot's progress once a table, under its range.
            EXPECT_EQ(with_role(list, "now-progress").size(), now_key.size());
            EXPECT_TRUE(with_role(list, "now-time").empty()) << size_name(size);
            EXPECT_TRUE(with_role(list, "next-time").empty()) << size_name(size);
            EXPECT_GE(with_role(list, "now-title").size(), 8u) << size_name(size);
        }
    }
}

// A room whose sessions run at other times keeps them in its row.
TEST(NowNextSlot, ARowAtAnotherTimeKeepsItsTimes) {
    const Schedule schedule =
        one_slot_venue({30}, false, Odd{3, seoul(9, 5), seoul(9, 50), seoul(10, 30)});
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        std::vector<std::string> now_times, next_times;
        size_t keys = 0;
        for (const DisplayList& list : screens_at(schedule, size, m)) {
            keys += with_role(list, "slot-now-time").size();
            for (const DisplayItem* item : with_role(list, "now-time")) {
                EXPECT_EQ(item->identity.room, "r3");
                now_times.push_back(text_of(item));
            }
            for (const DisplayItem* item : with_role(list, "next-time")) {
                EXPECT_EQ(item->identity.room, "r3");
                next_times.push_back(text_of(item));
            }
        }
        EXPECT_GE(keys, 1u) << size_name(size);
        EXPECT_EQ(now_times, std::vector<std::string>{"09:05–09:50"}) << size_name(size);
        EXPECT_EQ(next_times, std::vector<std::string>{"10:30"}) << size_name(size);
    }
}

// A room in the slot is one line: its name and both its titles on it.
TEST(NowNextSlot, ARowInTheSlotIsOneLine) {
    const Schedule schedule = one_slot_venue({40});
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        size_t rows = 0;
        for (const DisplayList& list : screens_at(schedule, size, m)) {
            std::map<std::string, std::vector<Rect>> names, titles;
            for (const DisplayItem* item : with_role(list, "room-name")) {
                names[item->identity.room].push_back(box_of(item));
            }
            for (const std::string role : {"now-title", "next-title"}) {
                for (const DisplayItem* item : with_role(list, role)) {
                    titles[item->identity.room].push_back(box_of(item));
                }
            }
            for (const auto& [room, boxes] : names) {
                ASSERT_EQ(boxes.size(), 1u) << room << " at " << size_name(size);
                const std::vector<Rect>& t = titles[room];
                ASSERT_EQ(t.size(), 2u) << room << " at " << size_name(size);
                for (const Rect& r : t) {
                    // Within the name's line, left to right after it.
                    EXPECT_GE(r.y, boxes[0].y - 0.5f) << room;
                    EXPECT_LE(r.bottom(), boxes[0].bottom() + 0.5f) << room;
                    EXPECT_GE(r.x, boxes[0].right()) << room;
                }
                EXPECT_LT(t[0].x, t[1].x) << room;
                ++rows;
            }
        }
        EXPECT_EQ(rows, 40u) << size_name(size);
    }
}

// A 73-room venue in four buildings and a 98-room one, every room in the
// slot: about twice the rooms a screen of rows that each repeat the times
// (10 and 13 landscape screens without the shared slot, 9 and 11 portrait).
TEST(NowNextSlot, AOneSlotVenueTakesFewerScreens) {
    const Schedule four = one_slot_venue({25, 20, 18, 10});
    const Schedule one = one_slot_venue({98});
    const std::pair<const Schedule*, size_t> cases[] = {{&four, 5}, {&one, 7}};
    for (const auto& [schedule, most] : cases) {
        for (const ScreenSize size :
             {ScreenSize{1920, 1080}, ScreenSize{1280, 720}, ScreenSize{1080, 1920}}) {
            FakeMeasurer m;
            const std::vector<DisplayList> screens = screens_at(*schedule, size, m);
            EXPECT_LE(screens.size(), most) << size_name(size);
            std::set<std::string> named;
            for (const DisplayList& list : screens) {
                for (const DisplayItem* item : with_role(list, "room-name")) {
                    named.insert(item->identity.room);
                }
            }
            EXPECT_EQ(named.size(), schedule->venue().rooms.size()) << size_name(size);
        }
    }
}

// A venue whose every room name starts "B1 - " names them without it in the
// slot's rows (the building's row says where they are).
TEST(NowNextSlot, ASlotRowLeavesTheVenuesSharedPrefixOut) {
    const Schedule schedule = one_slot_venue({40});
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        size_t names = 0;
        for (const DisplayList& list : screens_at(schedule, size, m)) {
            for (const DisplayItem* item : with_role(list, "room-name")) {
                EXPECT_EQ(text_of(item).rfind("P", 0), 0u) << text_of(item);
                ++names;
            }
        }
        EXPECT_EQ(names, 40u) << size_name(size);
    }
}

// Titles with their translations (the demo) keep their rows and times.
TEST(NowNextSlot, TranslatedTitlesKeepTheirRows) {
    const Schedule schedule = one_slot_venue({40}, true);
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        for (const DisplayList& list : screens_at(schedule, size, m)) {
            EXPECT_TRUE(with_role(list, "slot-now-time").empty()) << size_name(size);
            EXPECT_FALSE(with_role(list, "now-time").empty()) << size_name(size);
        }
    }
}

}  // namespace
}  // namespace signpost::test
