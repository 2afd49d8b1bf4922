// The start every room name of a building shares ("B1 - " of "B1 - P2 - Room
// 205") is left out under the building's row on the directory, as on a
// now/next page in one slot; names that share none, or have translations,
// stand whole.
#include <gtest/gtest.h>

#include <set>
#include <string>

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
