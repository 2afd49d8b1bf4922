// The start every room name of a building shares ("B1 - " of "B1 - P2 - Room
// 205") is left out on every page (PageContext::room_name): the building's
// row says it. Names that share none, or have translations, stand whole.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "layout/layout.h"
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

TEST(RoomNamePrefix, TheDirectoryLeavesOutWhatABuildingsNamesShare) {
    Venue venue = hall_venue();
    Building annex;
    annex.id = "annex";
    annex.name = LocalizedText::plain("Annex");
    venue.buildings.push_back(annex);
    using T = LocalizedText;
    add_room(venue, 0, "a", T::plain("B1 - P1 - Room 100"), "1");
    add_room(venue, 0, "b", T::plain("B1 - P2 - Room 200"), "2");
    add_room(venue, 1, "c", T::plain("East - Room 1"), "1");
    add_room(venue, 1, "d", T::plain("West - Room 2"), "1");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    for (const ScreenSize size : kSizes) {
        const std::set<std::string> names = directory_names(schedule, size);
        EXPECT_TRUE(names.count("P1 - Room 100")) << size_name(size);
        EXPECT_TRUE(names.count("P2 - Room 200")) << size_name(size);
        EXPECT_TRUE(names.count("East - Room 1")) << size_name(size);
        EXPECT_TRUE(names.count("West - Room 2")) << size_name(size);
    }
}

// Every page names a room alike: a now/next page (its own times on each row),
// the upcoming board and the directory.
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
    const auto names_on = [&](const DisplayList& list, const char* role) {
        std::set<std::string> out;
        for (const DisplayItem* item : with_role(list, role)) {
            out.insert(std::get<TextItem>(item->data).text);
        }
        return out;
    };
    const std::set<std::string> expected{"P1 - Room 100", "P2 - Room 200", "P3 - Room 300"};
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const DisplayList now_next = sound_page(schedule, config, seoul(10, 12), size,
                                                {PlanKind::now_next, 0, 0, 1, {}}, at);
        EXPECT_EQ(names_on(now_next, "room-name"), expected) << at;
        EXPECT_EQ(directory_names(schedule, size), expected) << at;
    }
    config.pages = {PageConfig{PageKind::upcoming, Seconds{12}, {}}};
    const DisplayList board = sound_page(schedule, config, seoul(10, 3), {1920, 1080},
                                         {PlanKind::upcoming, 0, 0, 1, Seconds{12}}, "board");
    EXPECT_EQ(names_on(board, "upcoming-room"), expected);
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
