// A congress names most of its rooms alike ("Assembly:Chaos West",
// "Assembly:Haecksen", …): the directory says that start once, as a heading
// over their grid, and each cell gives the rest. A few rooms, names with
// translations and starts that are whole names stay as they are.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "layout/directory_name_groups.h"
#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

using layout_detail::group_start;
using layout_detail::name_groups;
using layout_detail::NameGroup;

const std::vector<std::string> kAssemblies = {"Chaos West",
                                              "Haecksen",
                                              "Freifunk",
                                              "Food Hacking Base",
                                              "c-base",
                                              "Jugend hackt",
                                              "Critical Decentralisation Cluster",
                                              "FSFE",
                                              "Milliways Workshop",
                                              "Hardware Hacking Area"};

// Halls "Adams", "Borg" and "Clarke", then one room per assembly, named as a
// congress's feed names them.
Schedule congress(size_t assemblies, LocalizedText (*name_of)(const std::string&)) {
    Venue venue = hall_venue();
    size_t n = 0;
    for (const char* hall : {"Adams", "Borg", "Clarke"}) {
        add_room(venue, 0, "r" + std::to_string(n++), LocalizedText::plain(hall), "");
    }
    for (size_t i = 0; i < assemblies; ++i) {
        add_room(
            venue, 0, "r" + std::to_string(n++),
            name_of(kAssemblies[i % kAssemblies.size()] + (i < kAssemblies.size() ? "" : " 2")),
            "");
    }
    return seoul_schedule(std::move(venue), {});
}

LocalizedText assembly(const std::string& name) {
    return LocalizedText::plain("Assembly:" + name);
}

std::vector<const DisplayItem*> all_with_role(const std::vector<DisplayList>& screens,
                                              const char* role) {
    std::vector<const DisplayItem*> out;
    for (const DisplayList& list : screens) {
        for (const DisplayItem* item : with_role(list, role)) {
            out.push_back(item);
        }
    }
    return out;
}

std::string text_of(const DisplayItem* item) {
    return std::get<TextItem>(item->data).text;
}

TEST(DirectoryNameGroups, AStartUpToASeparator) {
    EXPECT_EQ(group_start("Assembly:Chaos West"), 9u);
    EXPECT_EQ(group_start("Workshop - Room A"), 11u);
    EXPECT_EQ(group_start("Stage: Main"), 7u);
    EXPECT_EQ(group_start("Adams"), 0u);
    EXPECT_EQ(group_start("Assembly:"), 0u);  // nothing after it
    EXPECT_EQ(group_start(":Chaos"), 0u);     // nothing before it
    // A start as long as a name is one.
    EXPECT_EQ(group_start("A very long self-organised room name: part two"), 0u);
}

TEST(DirectoryNameGroups, RunsOfFourOrMoreOnOneFloor) {
    std::vector<layout_detail::Destination> run;
    const auto add = [&](const std::string& name, const std::string& floor) {
        layout_detail::Destination d;
        d.name.primary = name;
        d.floor = floor;
        run.push_back(d);
    };
    add("Adams", "");
    for (const char* n : {"A", "B", "C", "D"}) {
        add(std::string("Assembly:") + n, "");
    }
    add("Borg", "");
    for (const char* n : {"A", "B", "C"}) {
        add(std::string("Stage: ") + n, "");  // three: no group
    }
    // The rooms in no group first ("Adams", "Borg", the three of "Stage:"),
    // then the group.
    const std::vector<NameGroup> groups = name_groups(run);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].rooms, (std::vector<size_t>{0, 5, 6, 7, 8}));
    EXPECT_EQ(groups[0].prefix, 0u);
    EXPECT_EQ(groups[1].rooms, (std::vector<size_t>{1, 2, 3, 4}));
    EXPECT_EQ(groups[1].prefix, 9u);

    // The same start on two floors is two stretches, each too short here.
    run.clear();
    for (const char* f : {"1", "1", "2", "2", "2"}) {
        add("Assembly:X", f);
    }
    const std::vector<NameGroup> split = name_groups(run);
    ASSERT_EQ(split.size(), 1u);
    EXPECT_EQ(split[0].prefix, 0u);

    // Floor by floor: each floor's loose rooms, then its group.
    run.clear();
    add("Adams", "1");
    for (const char* n : {"A", "B", "C", "D"}) {
        add(std::string("Assembly:") + n, "1");
    }
    add("Borg", "2");
    for (const char* n : {"E", "F", "G", "H"}) {
        add(std::string("Assembly:") + n, "2");
    }
    const std::vector<NameGroup> floors = name_groups(run);
    ASSERT_EQ(floors.size(), 4u);
    EXPECT_EQ(floors[0].rooms, (std::vector<size_t>{0}));
    EXPECT_EQ(floors[1].rooms, (std::vector<size_t>{1, 2, 3, 4}));
    EXPECT_EQ(floors[2].rooms, (std::vector<size_t>{5}));
    EXPECT_EQ(floors[3].rooms, (std::vector<size_t>{6, 7, 8, 9}));
}

// Every assembly under one "Assembly" heading (again at the top of a screen
// where the group goes on), each named without it; the halls as they are.
TEST(DirectoryNameGroups, TheStartStandsOnceOverItsRooms) {
    const Schedule schedule = congress(40, assembly);
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, make_config(), size);
        const auto headings = all_with_role(screens, "room-group");
        ASSERT_FALSE(headings.empty()) << at;
        for (const DisplayItem* h : headings) {
            EXPECT_EQ(text_of(h), "Assembly") << at;
        }
        std::map<std::string, std::string> name_of_room;
        for (const DisplayList& list : screens) {
            bool assemblies = false;
            for (const DisplayItem* item : with_role(list, "room-name")) {
                EXPECT_EQ(text_of(item).find("Assembly"), std::string::npos) << at;
                name_of_room[item->identity.room] += text_of(item);
                assemblies = assemblies || std::stoi(item->identity.room.substr(1)) >= 3;
            }
            // Each screen (each column of one) that goes on with the group
            // says it again; none says it more than once a column.
            const size_t said = with_role(list, "room-group").size();
            EXPECT_EQ(said > 0, assemblies) << at;
            EXPECT_LE(said, 3u) << at;
        }
        EXPECT_EQ(name_of_room.size(), schedule.venue().rooms.size()) << at;
        // The halls ("Borg" after "Assembly:…" in name order) stand before
        // the group, not under its heading: above it on the first screen.
        const auto where = [&](const DisplayItem* item) {
            for (size_t k = 0; k < screens.size(); ++k) {
                for (const DisplayItem& i : screens[k].items) {
                    if (&i == item) {
                        const Rect& box = std::get<TextItem>(item->data).box;
                        return std::tuple(k, box.y);
                    }
                }
            }
            return std::tuple(screens.size(), 0.0f);
        };
        const auto first_heading = where(headings.front());
        for (const DisplayItem* item : all_with_role(screens, "room-name")) {
            if (std::stoi(item->identity.room.substr(1)) < 3) {
                EXPECT_LT(where(item), first_heading) << at << " " << text_of(item);
            }
        }
        EXPECT_EQ(name_of_room["r0"], "Adams") << at;
        EXPECT_EQ(name_of_room["r3"], "Chaos West") << at;
    }
}

// The grouped directory takes fewer screens than the names whole.
TEST(DirectoryNameGroups, AGroupTakesFewerScreens) {
    const Schedule grouped = congress(60, assembly);
    const Schedule whole = congress(60, [](const std::string& name) {
        return LocalizedText::plain("Assembly " + name);  // no separator: no group
    });
    for (const ScreenSize size : kSizes) {
        const size_t with = directory_screens(grouped, make_config(), size).size();
        const size_t without = directory_screens(whole, make_config(), size).size();
        EXPECT_LT(with, without) << size_name(size);
        EXPECT_TRUE(
            all_with_role(directory_screens(whole, make_config(), size), "room-group").empty());
    }
}

// Three rooms alike, or names with translations, stay whole.
TEST(DirectoryNameGroups, FewRoomsAndTranslatedNamesStayWhole) {
    const Schedule few = congress(3, assembly);
    const Schedule translated = congress(
        8, [](const std::string& name) { return ko_en("어셈블리:" + name, "Assembly:" + name); });
    for (const Schedule* schedule : {&few, &translated}) {
        const std::vector<DisplayList> screens =
            directory_screens(*schedule, make_config(), {1920, 1080});
        EXPECT_TRUE(all_with_role(screens, "room-group").empty());
        size_t whole = 0;
        for (const DisplayItem* item : all_with_role(screens, "room-name")) {
            whole +=
                text_of(item).starts_with("Assembly:") || text_of(item).starts_with("어셈블리:");
        }
        EXPECT_EQ(whole, schedule->venue().rooms.size() - 3);
    }
}

// A wing's rooms under the wing's name, beside their floor: "East - P1 -
// Room 101" is "Room 101" under "East", floor 1F.
TEST(DirectoryNameGroups, AFloorAfterTheStartGoesToo) {
    Venue venue = hall_venue();
    for (int n = 1; n <= 12; ++n) {
        add_room(venue, 0, "r" + std::to_string(n),
                 LocalizedText::plain(std::string(n <= 6 ? "East" : "West") + " - P1 - Room " +
                                      std::to_string(100 + n)),
                 "1");
    }
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    for (const ScreenSize size : kSizes) {
        const std::vector<DisplayList> screens = directory_screens(schedule, make_config(), size);
        std::map<std::string, std::string> names;
        for (const DisplayItem* item : all_with_role(screens, "room-name")) {
            names[item->identity.room] += text_of(item);
        }
        EXPECT_EQ(names["r1"], "Room 101") << size_name(size);
        EXPECT_EQ(names["r12"], "Room 112") << size_name(size);
        std::vector<std::string> headings;
        for (const DisplayItem* item : all_with_role(screens, "room-group")) {
            headings.push_back(text_of(item));
        }
        ASSERT_GE(headings.size(), 2u) << size_name(size);
        EXPECT_EQ(headings.front(), "East") << size_name(size);
        EXPECT_EQ(headings.back(), "West") << size_name(size);
    }
}

// All a group's names share goes into its heading, up to a floor: a summit's
// feed without a venue map names its rooms "CCIB - Centre de Convencions
// Internacional de Barcelona - P1 - Room 111" and "AC Hotel - Level 0 -
// Salon A".
TEST(DirectoryNameGroups, TheHeadingIsAllTheNamesShare) {
    using layout_detail::group_prefix;
    using layout_detail::prefix_before_floor;
    const std::string centre = "CCIB - Centre de Convencions Internacional de Barcelona - ";
    EXPECT_EQ(group_prefix({centre + "P1 - Room 111", centre + "P0 - Room 101"}), centre.size());
    EXPECT_EQ(group_prefix({"Assembly:Chaos West", "Assembly:Chaos inKL"}), 9u);
    EXPECT_EQ(group_prefix({"Assembly:A", "Assembly:"}), 0u);
    EXPECT_EQ(prefix_before_floor(centre + "P1 - Room 111", centre.size() + 5, "P1"),
              centre.size());
    EXPECT_EQ(prefix_before_floor("East - P1 - Room 101", 12, "1"), 7u);
    EXPECT_EQ(prefix_before_floor("East - P1 - Room 101", 12, ""), 12u);
    // Its shorter forms, for a place too narrow for all of it.
    EXPECT_EQ(layout_detail::group_heading_forms(
                  "CCIB - Centre de Convencions Internacional de Barcelona"),
              (std::vector<std::string>{"CCIB - Centre de Convencions Internacional de Barcelona",
                                        "CCIB"}));
    EXPECT_EQ(
        layout_detail::group_heading_forms("AC Hotel - Level 0: West"),
        (std::vector<std::string>{"AC Hotel - Level 0: West", "AC Hotel - Level 0", "AC Hotel"}));
    EXPECT_EQ(layout_detail::group_heading_forms("Assembly"),
              (std::vector<std::string>{"Assembly"}));
    EXPECT_TRUE(layout_detail::group_heading_forms("").empty());

    Venue venue = hall_venue();
    for (int n = 0; n < 6; ++n) {
        add_room(venue, 0, "c" + std::to_string(n),
                 LocalizedText::plain(centre + "P" + std::to_string(n % 2) + " - Room " +
                                      std::to_string(101 + 10 * (n % 2) + n)),
                 "");
    }
    for (const char* salon : {"Salon A", "Salon B", "Salon C", "Salon D"}) {
        add_room(venue, 0, std::string("h") + salon[6],
                 LocalizedText::plain(std::string("AC Hotel - Level 0 - ") + salon), "");
    }
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    for (const ScreenSize size : kSizes) {
        const std::vector<DisplayList> screens = directory_screens(schedule, make_config(), size);
        // Each heading's lines once, in order (a long one wraps in portrait;
        // both stand again where their groups go on).
        std::string headings;
        for (const DisplayItem* item : all_with_role(screens, "room-group")) {
            if (headings.find(text_of(item)) == std::string::npos) {
                headings += (headings.empty() ? "" : " ") + text_of(item);
            }
        }
        EXPECT_EQ(headings,
                  "AC Hotel - Level 0 CCIB - Centre de Convencions Internacional de Barcelona")
            << size_name(size);
        std::map<std::string, std::string> names;
        for (const DisplayItem* item : all_with_role(screens, "room-name")) {
            names[item->identity.room] += text_of(item);
        }
        EXPECT_EQ(names["c1"], "P1 - Room 112") << size_name(size);
        EXPECT_EQ(names["hA"], "Salon A") << size_name(size);
    }
}

}  // namespace
}  // namespace signpost::test
