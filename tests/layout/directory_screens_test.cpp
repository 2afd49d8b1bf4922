// The directory's screens: room grids as wide as the names allow, floors at
// the head of their lines, ways beside the rooms they lead to (the QR code's
// place: directory_qr_test.cpp).
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

// The distinct lines the rooms' names start on, over all screens: (screen,
// top of the room's highest name item).
size_t name_lines(const std::vector<DisplayList>& screens) {
    std::map<std::string, std::pair<size_t, float>> first_line;
    for (size_t k = 0; k < screens.size(); ++k) {
        for (const DisplayItem* item : with_role(screens[k], "room-name")) {
            const float y = std::get<TextItem>(item->data).box.y;
            auto [it, added] = first_line.try_emplace(item->identity.room, k, y);
            if (!added && it->second.first == k) {
                it->second.second = std::min(it->second.second, y);
            }
        }
    }
    std::set<std::pair<size_t, int>> lines;
    for (const auto& [room, where] : first_line) {
        lines.emplace(where.first, static_cast<int>(std::lround(where.second)));
    }
    return lines.size();
}

// Rooms on floors: each grid line names its floor once, at its head, instead
// of a floor mark after every name; a floor starts a line of its own. (In
// portrait this venue's floors stand as headings over their lines instead:
// directory_floor_headings_test.cpp.)
TEST(DirectoryScreens, AGridLineNamesItsFloorOnceAtItsHead) {
    const Schedule schedule = make_schedule({30, 0, 0, false});
    for (const ScreenSize size : {ScreenSize{1920, 1080}, ScreenSize{1280, 720}}) {
        const std::string at = size_name(size);
        size_t names = 0;
        size_t floors = 0;
        size_t heads = 0;  // names on a line after its floor
        for (const DisplayList& list : directory_screens(schedule, make_config(), size)) {
            const auto marks = with_role(list, "floor");
            const auto rooms = with_role(list, "room-name");
            names += rooms.size();
            floors += marks.size();
            for (const DisplayItem* mark : marks) {
                // A line's floor stands left of its names (a room alone on
                // its own way has its floor after its name).
                const Rect& f = std::get<TextItem>(mark->data).box;
                for (const DisplayItem* room : rooms) {
                    const Rect& r = std::get<TextItem>(room->data).box;
                    heads += r.y < f.bottom() && f.y < r.bottom() && r.x >= f.right() ? 1 : 0;
                }
            }
        }
        EXPECT_EQ(names, 30u) << at;
        EXPECT_LT(floors, names) << at;  // one each without the floor column
        EXPECT_GT(heads, names / 2) << at;
    }
}

// Under a building's own row (rooms reached by the building's way, no arrow
// of their own), the floor column stands in the arrow slot, left of the
// building's name, so the names get that width.
TEST(DirectoryScreens, TheFloorColumnTakesTheArrowSlotUnderABuildingsRow) {
    const Schedule schedule = make_schedule({30, 0, 0, false});
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        bool in_slot = false;
        for (const DisplayList& list : directory_screens(schedule, make_config(), size)) {
            const auto buildings = with_role(list, "building-name");
            ASSERT_FALSE(buildings.empty()) << at;
            const float name_x = std::get<TextItem>(buildings.front()->data).box.x;
            for (const DisplayItem* mark : with_role(list, "floor")) {
                in_slot = in_slot || std::get<TextItem>(mark->data).box.x < name_x - 1;
            }
        }
        EXPECT_TRUE(in_slot) << at;
    }
}

// A floor name so long that its column would take half a line stays after
// each room's name instead.
TEST(DirectoryScreens, AVeryLongFloorNameStaysWithEachRoom) {
    const Schedule base = make_schedule({6, 0, 0, false});
    Venue venue = base.venue();
    for (Room& room : venue.rooms) {
        room.floor = "Mezzanine level above the east wing lobby, past the cloakroom";
    }
    const Schedule schedule(std::move(venue), base.zone(), {}, {});
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        size_t names = 0;
        size_t floors = 0;
        for (const DisplayList& list : directory_screens(schedule, make_config(), size)) {
            for (const DisplayItem* item : with_role(list, "room-name")) {
                ++names;  // whole, not squeezed beside the floor's column
                EXPECT_FALSE(std::get<TextItem>(item->data).text.ends_with("…")) << at;
            }
            floors += with_role(list, "floor").size();
        }
        EXPECT_EQ(names, 6u) << at;
        EXPECT_GE(floors, names) << at;
    }
}

// Eight short names and one with a long translation under one way: the grid
// takes no column that would cut that translation, which one column keeps
// whole (three names in four fitting is not enough).
TEST(DirectoryScreens, NoNameIsCutWhereFewerColumnsKeepItWhole) {
    const Schedule base = make_schedule({9, 0, 0, false});
    Venue venue = base.venue();
    for (Room& room : venue.rooms) {
        room.floor = "1";
    }
    venue.rooms[8].name = ko_en("109호 (SIG 회의실)", "Room 109 (special interest groups)");
    const Schedule schedule(std::move(venue), base.zone(), {}, {});
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        bool seen = false;
        for (const DisplayList& list : directory_screens(schedule, make_config(), size)) {
            for (const DisplayItem* item : with_role(list, "room-name-secondary")) {
                const std::string& text = std::get<TextItem>(item->data).text;
                EXPECT_FALSE(text.ends_with("…")) << at << ": " << text;
                seen = seen || text.starts_with("Room 109");
            }
        }
        EXPECT_TRUE(seen) << at;
    }
}

// Two rooms under one way whose names and translations fit one line in half
// a landscape screen: the grid takes two wide columns, each name on one line
// with its translation, not as many narrow ones as the width allows, which
// set each translation under its name (a line nearly twice as high).
TEST(DirectoryScreens, AGridTakesFewerColumnsWhereThatMakesItLower) {
    Venue venue = hall_venue();
    add_room(venue, 0, "hall-diagonal", ko_en("디아고날 홀", "Salón Diagonal"), "2");
    add_room(venue, 0, "hall-mar", ko_en("마르 홀", "Salón Mar"), "2");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    LocationConfig config = make_config();
    for (const std::string id : {"hall-diagonal", "hall-mar"}) {
        config.directions[id] = {Arrow::left, ko_en("왼쪽 복도 끝", "End of the left corridor")};
    }
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        float top = 1e9f;
        float bottom = 0;
        float name_h = 0;
        for (const DisplayList& list : directory_screens(schedule, config, size)) {
            for (const DisplayItem& item : list.items) {
                if (item.identity.room.empty() || !std::holds_alternative<TextItem>(item.data)) {
                    continue;
                }
                const Rect& box = std::get<TextItem>(item.data).box;
                top = std::min(top, box.y);
                bottom = std::max(bottom, box.bottom());
                if (item.role == "room-name") {
                    name_h = std::max(name_h, box.h);
                }
            }
        }
        ASSERT_GT(name_h, 0) << at;
        if (size.w > size.h) {
            EXPECT_LT(bottom - top, 1.5f * name_h) << at;
        }
    }
}

// This screen's building repeated at the top of a screen where its rooms go
// on: "you are here" stays, on its name's line (the name cut shorter for
// it), not on a line of its own under it.
TEST(DirectoryScreens, ARepeatedBuildingKeepsYouAreHereOnItsNameLine) {
    const Schedule schedule = make_schedule({60, 0, 0, false});
    const LocationConfig config = make_config();
    ASSERT_EQ(config.building, "hall");
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        ASSERT_GE(screens.size(), 2u) << at;
        for (size_t k = 1; k < screens.size(); ++k) {
            const auto names = with_role(screens[k], "building-name");
            const auto chips = with_role(screens[k], "building-name-chip-text");
            if (names.empty() || names[0]->identity.building != "hall") {
                continue;
            }
            ASSERT_EQ(chips.size(), 1u) << at << " screen " << k;
            const Rect& name = std::get<TextItem>(names[0]->data).box;
            const Rect& chip = std::get<TextItem>(chips[0]->data).box;
            EXPECT_TRUE(chip.y < name.bottom() && name.y < chip.bottom()) << at << " " << k;
        }
    }
}

// A building's name and its translation too long for one line beside "you
// are here" over its way, on a wide screen: the translation goes under the
// name, whole, ending about where the way does ("CCIB – Cent…" beside the
// name said little while the line under it was empty).
TEST(DirectoryScreens, ABuildingsTranslationGoesUnderItsNameBesideATwoLineWay) {
    Venue venue =
        hall_venue(ko_en("CCIB 바르셀로나 국제 컨벤션 센터 본관", "Convention Centre, Barcelona"));
    add_room(venue, 0, "foyer", ko_en("로비", "Foyer"), "1");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        if (size.w < size.h) {
            continue;  // narrow: the way under the name
        }
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        ASSERT_EQ(screens.size(), 1u) << at;
        const auto second = with_role(screens[0], "building-name-secondary");
        ASSERT_EQ(second.size(), 1u) << at;
        const TextItem& translation = std::get<TextItem>(second[0]->data);
        EXPECT_EQ(translation.text, "Convention Centre, Barcelona") << at;
        float way_bottom = 0;
        for (const DisplayItem* item : with_role(screens[0], "direction-text")) {
            if (item->identity.building == "hall") {
                way_bottom = std::max(way_bottom, std::get<TextItem>(item->data).box.bottom());
            }
        }
        ASSERT_GT(way_bottom, 0) << at;
        EXPECT_LE(translation.box.bottom(), way_bottom + translation.box.h / 2) << at;
    }
}

// Two rooms of a floor under one short way, on a wide screen: the rooms and
// the way's text stand on one line (the way after them, its arrow left of
// them), not the way's own line over a grid line. Both rooms are named on
// that line, and the way's items name both as their destinations.
TEST(DirectoryScreens, AFewRoomsAndTheirWayShareOneLine) {
    Venue venue = hall_venue();
    add_room(venue, 0, "foyer", ko_en("로비", "Foyer"), "0");
    add_room(venue, 0, "main", ko_en("메인 홀", "Main"), "0");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    LocationConfig config = make_config();
    for (const std::string id : {"foyer", "main"}) {
        config.directions[id] = {Arrow::left, ko_en("왼쪽 복도", "Left corridor")};
    }
    for (const ScreenSize size : kSizes) {
        if (size.w < size.h) {
            continue;  // too narrow: the way over its rooms
        }
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        ASSERT_EQ(screens.size(), 1u) << at;
        const auto names = with_role(screens[0], "room-name");
        std::vector<const DisplayItem*> ways;  // the rooms' way, not the building's
        for (const DisplayItem* item : with_role(screens[0], "direction-text")) {
            if (!item->identity.destinations.empty()) {
                ways.push_back(item);
            }
        }
        ASSERT_EQ(names.size(), 2u) << at;
        ASSERT_EQ(ways.size(), 1u) << at;
        const Rect& way = std::get<TextItem>(ways[0]->data).box;
        for (const DisplayItem* name : names) {
            const Rect& box = std::get<TextItem>(name->data).box;
            EXPECT_TRUE(box.y < way.bottom() && way.y < box.bottom()) << at;
            EXPECT_LT(box.right(), way.x) << at;
        }
        EXPECT_EQ(ways[0]->identity.destinations, (std::vector<std::string>{"foyer", "main"}))
            << at;
        for (const DisplayItem* arrow : with_role(screens[0], "direction-arrow")) {
            if (arrow->identity.destinations.empty()) {
                continue;  // the building's
            }
            EXPECT_LT(std::get<ArrowItem>(arrow->data).box.right(),
                      std::get<TextItem>(names[0]->data).box.x)
                << at;
        }
    }
}

// The same under a way to the right: its arrow at the line's end, after the
// way's text, and the floor in the empty left slot (left of the building's
// name, as a grid line's under such a way).
TEST(DirectoryScreens, AFewRoomsAndTheirWayToTheRightShareOneLine) {
    Venue venue = hall_venue();
    add_room(venue, 0, "foyer", ko_en("로비", "Foyer"), "0");
    add_room(venue, 0, "main", ko_en("메인 홀", "Main"), "0");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    LocationConfig config = make_config();
    for (const std::string id : {"foyer", "main"}) {
        config.directions[id] = {Arrow::right, ko_en("오른쪽 복도", "Right corridor")};
    }
    for (const ScreenSize size : kSizes) {
        if (size.w < size.h) {
            continue;
        }
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        ASSERT_EQ(screens.size(), 1u) << at;
        const auto names = with_role(screens[0], "room-name");
        const auto buildings = with_role(screens[0], "building-name");
        const DisplayItem* way = nullptr;
        for (const DisplayItem* item : with_role(screens[0], "direction-text")) {
            way = item->identity.destinations.empty() ? way : item;
        }
        ASSERT_EQ(names.size(), 2u) << at;
        ASSERT_FALSE(buildings.empty()) << at;
        ASSERT_NE(way, nullptr) << at;
        const Rect& text = std::get<TextItem>(way->data).box;
        EXPECT_TRUE(std::get<TextItem>(names[0]->data).box.y < text.bottom()) << at;
        for (const DisplayItem* arrow : with_role(screens[0], "direction-arrow")) {
            if (!arrow->identity.destinations.empty()) {
                EXPECT_GT(std::get<ArrowItem>(arrow->data).box.x, text.right()) << at;
            }
        }
        const auto floors = with_role(screens[0], "floor");
        ASSERT_EQ(floors.size(), 1u) << at;
        EXPECT_LT(std::get<TextItem>(floors[0]->data).box.x,
                  std::get<TextItem>(buildings[0]->data).box.x)
            << at;
    }
}

// A floor of long names (as FOSDEM's "UA2.114 (Baudoux)" in portrait), where
// no column count keeps three names in four on one line: the grid still
// takes as many columns as cut no name, the long ones wrapped in their
// cells, instead of one room a line. (The test font is wider than the real
// one, so the names here are shorter than FOSDEM's.)
TEST(DirectoryScreens, AFloorOfLongNamesStillSharesItsGridLines) {
    Venue venue = hall_venue();
    for (const std::string name :
         {"UA2.114 (Baud)", "UA2.118 (Henr)", "UA2.220 (Guil)", "UB2.252A (Lam)", "UD2.120 (Chav)",
          "UD2.208 (Decr)", "UB2.147", "UD2.110"}) {
        add_room(venue, 0, name, LocalizedText::plain(name), "2");
    }
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        size_t rooms = 0;
        for (const DisplayList& list : screens) {
            std::set<std::string> ids;
            for (const DisplayItem* item : with_role(list, "room-name")) {
                ids.insert(item->identity.room);
            }
            rooms += ids.size();
        }
        ASSERT_EQ(rooms, 8u) << at;
        const size_t lines = name_lines(screens);
        // Eight rooms on grid lines of their own would take eight lines.
        EXPECT_LT(lines, 8u) << at;
    }
}

// Six rooms of a floor whose translations are each wider than half a
// portrait grid line (the demo's "Room 211 – Hands-on Lab A"): a translation
// wraps in two lines under its name, whole, rather than costing the grid its
// columns (one room a line took six lines).
TEST(DirectoryScreens, ALongTranslationWrapsInItsCellRatherThanTakingTheLine) {
    Venue venue = hall_venue();
    for (const auto& [id, ko, en] : {std::tuple{"211", "211호 실습", "Room 211 – Hands-on Lab A"},
                                     {"212", "212호 실습", "Room 212 – Hands-on Lab B"},
                                     {"213", "213호 워크숍", "Room 213 – Workshop Hall"},
                                     {"214", "214호 워크숍", "Room 214 – Workshop Annex"},
                                     {"215", "215호 연구소", "Room 215 – Upstream Lab"},
                                     {"221", "221호 라운지", "Room 221 – Members Lounge"}}) {
        add_room(venue, 0, id, ko_en(ko, en), "2");
    }
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        std::set<std::string> whole;
        for (const DisplayList& list : screens) {
            for (const DisplayItem* item : with_role(list, "room-name-secondary")) {
                const std::string& text = std::get<TextItem>(item->data).text;
                EXPECT_FALSE(text.ends_with("…")) << at << ": " << text;
                whole.insert(item->identity.room);
            }
        }
        EXPECT_EQ(whole.size(), 6u) << at;
        EXPECT_LE(name_lines(screens), 3u) << at;
    }
}

}  // namespace
}  // namespace signpost::test
