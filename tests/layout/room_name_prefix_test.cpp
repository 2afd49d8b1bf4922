// The start every room name of a building shares ("B1 - " of "B1 - P2 - Room
// 205") is left out on every page (PageContext::room_name): the building's
// row says it. Names that share none, or have translations, stand whole.
// Where the floor's mark stands beside the name (the directory, the upcoming
// board), a start that names the floor goes too ("P2 - ").
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "layout/layout.h"
#include "layout/room_name_prefix.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

std::set<std::string> directory_names(const Schedule& schedule, ScreenSize size) {
    std::set<std::string> out;
    for (const DisplayList& list : directory_screens(schedule, make_config(), size)) {
        for (const DisplayItem* item : with_role(list, "room-name")) {
            out.insert(std::get<TextItem>(item->data).text);
        }
    }
    return out;
}

// The texts of `list`'s items in `role`.
std::set<std::string> names_on(const DisplayList& list, const char* role) {
    std::set<std::string> out;
    for (const DisplayItem* item : with_role(list, role)) {
        out.insert(std::get<TextItem>(item->data).text);
    }
    return out;
}

TEST(RoomNamePrefix, TheDirectoryLeavesOutWhatABuildingsNamesShare) {
    Venue venue = hall_venue();
    add_building(venue, "annex", LocalizedText::plain("Annex"));
    using T = LocalizedText;
    add_room(venue, 0, "a", T::plain("B1 - P1 - Room 100"), "1");
    add_room(venue, 0, "b", T::plain("B1 - P2 - Room 200"), "2");
    add_room(venue, 1, "c", T::plain("East - Room 1"), "1");
    add_room(venue, 1, "d", T::plain("West - Room 2"), "1");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    for (const ScreenSize size : kSizes) {
        const std::set<std::string> names = directory_names(schedule, size);
        EXPECT_TRUE(names.count("Room 100")) << size_name(size);
        EXPECT_TRUE(names.count("Room 200")) << size_name(size);
        EXPECT_TRUE(names.count("East - Room 1")) << size_name(size);
        EXPECT_TRUE(names.count("West - Room 2")) << size_name(size);
    }
}

// Every page names a room alike: a now/next page (its own times on each row),
// the upcoming board and the directory, each beside its floor mark, without
// the start that names the floor.
TEST(RoomNamePrefix, EveryPageNamesARoomAlike) {
    Venue venue = hall_venue();
    using T = LocalizedText;
    std::vector<Session> sessions;
    for (int k = 0; k < 3; ++k) {
        const size_t r = add_room(
            venue, 0, "r" + std::to_string(k),
            T::plain("B1 - P" + std::to_string(k + 1) + " - Room " + std::to_string(100 * (k + 1))),
            std::to_string(k + 1));
        // Staggered, so the page keeps each row's own times (no shared slot).
        Session s = session_in(venue, r, "s" + std::to_string(k), seoul(10, 5 * k),
                               seoul(10, 5 * k) + std::chrono::minutes{40});
        s.title = T::plain("Session " + std::to_string(k));
        sessions.push_back(std::move(s));
    }
    const Schedule schedule = seoul_schedule(std::move(venue), std::move(sessions));
    LocationConfig config = make_config();
    config.building = "hall";
    const std::set<std::string> by_floor{"Room 100", "Room 200", "Room 300"};
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const DisplayList now_next = sound_page(schedule, config, seoul(10, 12), size,
                                                {PlanKind::now_next, 1, 0, 1, {}}, at);
        EXPECT_EQ(names_on(now_next, "room-name"), by_floor) << at;
        EXPECT_EQ(directory_names(schedule, size), by_floor) << at;
    }
    config.pages = {PageConfig{PageKind::upcoming, Seconds{12}, {}}};
    const DisplayList board = sound_page(schedule, config, seoul(10, 3), {1920, 1080},
                                         {PlanKind::upcoming, 0, 0, 1, Seconds{12}}, "board");
    EXPECT_EQ(names_on(board, "upcoming-room"), by_floor);
    // The floor each name no longer says stands beside it.
    EXPECT_EQ(names_on(board, "floor").size(), 3u);
}

// A start names the floor when it is the floor's label, or a floor word or
// letter with its number; anything else (a hall, a wing) stays.
TEST(RoomNamePrefix, AStartThatNamesTheFloor) {
    using layout_detail::floor_name_prefix;
    EXPECT_EQ(floor_name_prefix("P1 - Room 111", "P1"), 5u);
    EXPECT_EQ(floor_name_prefix("P1 - Room 111", "1"), 5u);
    EXPECT_EQ(floor_name_prefix("p1 - Room 111", "P1"), 5u);
    EXPECT_EQ(floor_name_prefix("Level 2: Foyer", "2"), 9u);
    EXPECT_EQ(floor_name_prefix("L0 – Plenary", "0"), std::string("L0 – ").size());
    EXPECT_EQ(floor_name_prefix("B1 - Sala Gaudí", "-1"), 5u);
    EXPECT_EQ(floor_name_prefix("Level -1 - Garage", "B1"), 11u);
    EXPECT_EQ(floor_name_prefix("EG / Foyer", "EG"), 5u);
    EXPECT_EQ(floor_name_prefix("OG 3 - Raum 301", "3"), 7u);
    // Not the floor, or not a floor at all.
    EXPECT_EQ(floor_name_prefix("P1 - Room 111", "2"), 0u);
    EXPECT_EQ(floor_name_prefix("Hall 2 - Room A", "2"), 0u);
    EXPECT_EQ(floor_name_prefix("East - Room 1", "1"), 0u);
    EXPECT_EQ(floor_name_prefix("Room 111", "1"), 0u);
    EXPECT_EQ(floor_name_prefix("UB2.252A (Lameere)", "2"), 0u);
    EXPECT_EQ(floor_name_prefix("Level 2 - Room 5", ""), 0u);
    // Nothing would be left.
    EXPECT_EQ(floor_name_prefix("P1 - ", "P1"), 0u);
    EXPECT_EQ(floor_name_prefix("P1 -   ", "P1"), 0u);
}

// A directory whose names start with something other than their floor keeps
// them whole: "Hall 2 - A" on floor 2 is in Hall 2.
TEST(RoomNamePrefix, TheDirectoryKeepsAStartThatIsNotTheFloor) {
    Venue venue = hall_venue();
    using T = LocalizedText;
    add_room(venue, 0, "a", T::plain("Hall 2 - A"), "2");
    add_room(venue, 0, "b", T::plain("Hall 3 - B"), "2");
    add_room(venue, 0, "c", T::plain("P2 - C"), "2");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    for (const ScreenSize size : kSizes) {
        const std::set<std::string> names = directory_names(schedule, size);
        EXPECT_EQ(names, (std::set<std::string>{"Hall 2 - A", "Hall 3 - B", "C"}))
            << size_name(size);
    }
}

// A congress's rooms of assemblies ("Assembly:Chaos West"): a now/next row
// and the board name each by what tells it apart; three rooms alike, or a
// start that names the floor where the floor is not shown, stay whole.
TEST(RoomNamePrefix, ListsLeaveOutAStartManyRoomsShare) {
    using T = LocalizedText;
    const auto venue_of = [](int assemblies) {
        Venue venue = hall_venue();
        std::vector<Session> sessions;
        const char* names[] = {"Chaos West", "Haecksen", "Freifunk", "c-base", "FSFE"};
        for (int k = 0; k < assemblies; ++k) {
            const size_t r = add_room(venue, 0, "a" + std::to_string(k),
                                      T::plain(std::string("Assembly:") + names[k]), "");
            Session s = session_in(venue, r, "s" + std::to_string(k), seoul(10, 5 * k),
                                   seoul(10, 5 * k) + std::chrono::minutes{40});
            s.title = T::plain("Session " + std::to_string(k));
            sessions.push_back(std::move(s));
        }
        add_room(venue, 0, "hall", T::plain("Adams"), "");
        return seoul_schedule(std::move(venue), std::move(sessions));
    };
    LocationConfig config = make_config();
    config.building = "hall";
    const Schedule five = venue_of(5);
    const std::set<std::string> apart{"Chaos West", "Haecksen", "Freifunk", "c-base", "FSFE"};
    for (const ScreenSize size : kSizes) {
        const DisplayList now_next = sound_page(five, config, seoul(10, 22), size,
                                                {PlanKind::now_next, 1, 0, 1, {}}, size_name(size));
        EXPECT_EQ(names_on(now_next, "room-name"), apart) << size_name(size);
    }
    LocationConfig board = config;
    board.pages = {PageConfig{PageKind::upcoming, Seconds{12}, {}}};
    const DisplayList five_board = sound_page(five, board, seoul(10, 3), {1920, 1080},
                                              {PlanKind::upcoming, 0, 0, 1, Seconds{12}}, "board");
    EXPECT_EQ(names_on(five_board, "upcoming-room"), apart);
    // What the names left out stands after each, where the floor would.
    EXPECT_EQ(names_on(five_board, "floor"), (std::set<std::string>{"Assembly"}));
    const Schedule three = venue_of(3);
    const DisplayList few = sound_page(three, config, seoul(10, 12), {1920, 1080},
                                       {PlanKind::now_next, 1, 0, 1, {}}, "three");
    const std::set<std::string> whole = names_on(few, "room-name");
    EXPECT_EQ(whole.size(), 3u);
    for (const std::string& name : whole) {
        EXPECT_TRUE(name.starts_with("Assembly:")) << name;
    }
}

TEST(RoomNamePrefix, TranslatedNamesStandWhole) {
    Venue venue = hall_venue();
    add_room(venue, 0, "a", ko_en("본관 - 101호", "Main - Room 101"), "1");
    add_room(venue, 0, "b", ko_en("본관 - 102호", "Main - Room 102"), "1");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    const std::set<std::string> names = directory_names(schedule, {1920, 1080});
    EXPECT_TRUE(names.count("본관 - 101호"));
    EXPECT_TRUE(names.count("본관 - 102호"));
}

}  // namespace
}  // namespace signpost::test
