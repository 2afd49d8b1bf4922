// The directory: arrows per docs/sign-design.md (left and ahead at the left of the
// destination, right at the right; ahead, then left, then right), "you are
// here", floor marks.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <set>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

TEST(DirectoryPage, ArrowsStandLeftOrRightOfTheirDestination) {
    const Schedule schedule = make_schedule({3, 2, 2, false});
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), make_config(), size.w, size.h, {}, m};
        for (const auto& plan : plan_pages(ctx)) {
            if (plan.kind != PlanKind::directory)
                continue;
            const DisplayList list = layout_page(ctx, plan, 0);
            const float mid = size.w / 2.0f;
            for (const DisplayItem* item : with_role(list, "direction-arrow")) {
                const auto& a = std::get<ArrowItem>(item->data);
                if (a.arrow == Arrow::right) {
                    EXPECT_GT(a.box.x, mid);
                } else {
                    EXPECT_LT(a.box.right(), mid);
                }
                // ISO 7001 proportions: length 1.6 x width.
                const float ratio = std::max(a.box.w, a.box.h) / std::min(a.box.w, a.box.h);
                EXPECT_NEAR(ratio, 1.6f, 0.01f);
                // Glance tier: at least 5.5 % of the short side long.
                EXPECT_GE(std::max(a.box.w, a.box.h), 0.055f * std::min(size.w, size.h));
            }
        }
    }
}

TEST(DirectoryPage, OwnBuildingFirstThenAheadLeftRight) {
    const Schedule schedule = make_schedule({3, 2, 2, true});
    LocationConfig config = make_config();
    config.building = "garden";  // not in directions: first anyway, as "you are here"
    config.directions["garden"] = {Arrow::right, LocalizedText::plain("Garden way")};
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(10, 15), config, 1080, 1920, {}, m};
    std::vector<std::string> buildings;  // in order, over the directory's sub-pages
    bool marked = false;
    for (const auto& plan : plan_pages(ctx)) {
        if (plan.kind != PlanKind::directory)
            continue;
        const DisplayList list = layout_page(ctx, plan, 0);
        marked = marked || contains_text(list, "현위치 · You are here");
        for (const DisplayItem* item : with_role(list, "building-name")) {
            const std::string& name = std::get<TextItem>(item->data).text;
            if (buildings.empty() || buildings.back() != name)
                buildings.push_back(name);
        }
    }
    ASSERT_GE(buildings.size(), 4u);
    EXPECT_EQ(buildings[0], "정원");              // own (garden) first
    EXPECT_EQ(buildings[1], "본관");              // ahead
    EXPECT_EQ(buildings[2], "별관 컨퍼런스 동");  // left
    EXPECT_EQ(buildings[3], "Hotel Arts");        // right
    EXPECT_TRUE(marked);
}

TEST(DirectoryPage, FloorsAndRoomDirections) {
    const Schedule schedule = make_schedule({5, 0, 1, false});
    // The directory's screens in portrait, as one list of items.
    DisplayList list;
    FakeMeasurer m;
    const LocationConfig config = make_config();
    LayoutContext ctx{&schedule, seoul(10, 15), config, 1080, 1920, {}, m};
    for (const auto& plan : plan_pages(ctx)) {
        if (plan.kind != PlanKind::directory)
            continue;
        for (DisplayItem& item : layout_page(ctx, plan, 0).items)
            list.items.push_back(std::move(item));
    }
    EXPECT_TRUE(contains_text(list, "1F · 1층"));
    EXPECT_TRUE(contains_text(list, "B1 · 지하 1층"));
    EXPECT_TRUE(contains_text(list, "P1"));
    // Room 103 has its own way (up); it is listed, with its text.
    EXPECT_TRUE(contains_text(list, "에스컬레이터로 올라가 왼쪽"));
    // Rooms are ordered by their way within the building: 105 (right) after
    // 101 and 102 (the building's ahead), 103 (up) after it.
    std::vector<std::string> rooms;
    for (const DisplayItem* item : with_role(list, "room-name")) {
        rooms.push_back(std::get<TextItem>(item->data).text);
    }
    ASSERT_GE(rooms.size(), 5u);
    EXPECT_EQ(rooms[0], "101호");
    EXPECT_EQ(rooms[1], "102호");
    EXPECT_EQ(rooms[2], "105호");
    EXPECT_EQ(rooms[3], "103호");
    EXPECT_EQ(rooms[4], "104호");
}

TEST(DirectoryPage, RoomsSharingAWayReadItOncePerScreenAndAgainWhereTheyGoOn) {
    // 30 rooms in the hall, all up the escalator: one way, many screens.
    const Schedule schedule = make_schedule({30, 0, 0, false});
    LocationConfig config = make_config();
    const Wayfinding up{Arrow::up, LocalizedText::plain("Escalator up")};
    for (int i = 0; i < 30; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "hall-%d", 101 + i);
        config.directions[id] = up;
    }
    for (const ScreenSize size : kSizes) {
        std::set<std::string> rooms;
        int screens = 0;
        for (const DisplayList& list : directory_screens(schedule, config, size)) {
            int ways = 0;
            float way_y = 0;
            for (const DisplayItem* item : with_role(list, "direction-text")) {
                if (std::get<TextItem>(item->data).text == "Escalator up") {
                    ++ways;
                    way_y = std::get<TextItem>(item->data).box.y;
                }
            }
            const auto names = with_role(list, "room-name");
            if (names.empty())
                continue;
            ++screens;
            // The way stands once on every screen with these rooms, above them.
            EXPECT_EQ(ways, 1) << size.w << "x" << size.h;
            for (const DisplayItem* item : names) {
                const auto& t = std::get<TextItem>(item->data);
                EXPECT_GT(t.box.y, way_y);
                rooms.insert(t.text);
            }
        }
        EXPECT_EQ(rooms.size(), 30u) << size.w << "x" << size.h;
        EXPECT_GE(screens, 2);
    }
}

// Ways computed from a venue graph differ in length from room to room: rooms
// reached the same way (arrow, floor, escalator) share one way line that
// gives the range, and a room up the lift instead keeps a line of its own.
TEST(DirectoryPage, ComputedWaysThatDifferOnlyInLengthShareALine) {
    const Schedule schedule = make_schedule({12, 0, 0, false});
    LocationConfig config = make_config();
    config.languages = {"en"};
    for (int i = 0; i < 12; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "hall-%d", 101 + i);
        RouteSummary route{"P1", 130.0 + 10 * i, {}};
        route.step.set("en", i < 10 ? "escalator up to P1" : "lift to P1");
        config.place_ways[id] = Wayfinding{Arrow::up, route_text(route), std::nullopt, route};
    }
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
        std::set<std::string> rooms;
        std::set<std::string> ways;
        for (const auto& plan : plan_pages(ctx)) {
            if (plan.kind != PlanKind::directory)
                continue;
            const DisplayList list = layout_page(ctx, plan, 0);
            expect_sound_page(list, m, "directory " + std::to_string(size.w));
            for (const DisplayItem* item : with_role(list, "direction-text")) {
                const std::string& text = std::get<TextItem>(item->data).text;
                if (text.starts_with("P1 · ")) {  // not the buildings' ways, nor a wrapped "P1"
                    ways.insert(text);
                }
            }
            for (const DisplayItem* item : with_role(list, "room-name")) {
                rooms.insert(item->identity.room);
            }
        }
        EXPECT_EQ(rooms.size(), 12u) << size.w << "x" << size.h;
        // Each group's line once (its first line, where a narrow screen wraps it).
        const std::string escalator = "P1 · 130–220 m · 2–3 min · escalator up to P1";
        const std::string lift = "P1 · 230–240 m · 3 min · lift to P1";
        ASSERT_EQ(ways.size(), 2u) << size.w << "x" << size.h;
        EXPECT_TRUE(escalator.starts_with(*ways.begin())) << *ways.begin();
        EXPECT_TRUE(lift.starts_with(*ways.rbegin())) << *ways.rbegin();
    }
}

// A room alone on its way, its name and floor on one line: the floor at the
// head of the line, as over a grid line of rooms ("1F · 1층  2홀 Hall 2"
// under "0F · 0층  로비 Foyer"), not after the name.
TEST(DirectoryPage, ALoneRoomsFloorStandsBeforeItsName) {
    Venue venue = hall_venue();
    add_room(venue, 0, "foyer", ko_en("로비", "Foyer"), "0");
    add_room(venue, 0, "main", ko_en("메인 홀", "Main Hall"), "0");
    add_room(venue, 0, "hall2", ko_en("2홀", "Hall 2"), "1");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    LocationConfig config = make_config();
    for (const std::string id : {"foyer", "main"}) {
        config.directions[id] = {Arrow::left, ko_en("왼쪽 복도", "Left corridor")};
    }
    config.directions["hall2"] = {Arrow::left, ko_en("계단으로 올라가기", "Stairs up")};
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        ASSERT_EQ(screens.size(), 1u) << at;
        const DisplayItem* name = nullptr;
        const DisplayItem* floor = nullptr;
        for (const DisplayItem& item : screens[0].items) {
            if (item.identity.room != "hall2" || !std::holds_alternative<TextItem>(item.data)) {
                continue;
            }
            if (item.role == "room-name" && !name) {
                name = &item;
            } else if (item.role == "floor") {
                floor = &item;
            }
        }
        ASSERT_NE(name, nullptr) << at;
        ASSERT_NE(floor, nullptr) << at;
        const Rect& n = std::get<TextItem>(name->data).box;
        const Rect& f = std::get<TextItem>(floor->data).box;
        if (f.y < n.bottom() && n.y < f.bottom()) {  // on one line
            EXPECT_LT(f.right(), n.x) << at;
        }
    }
}

// A building's only room, reached by the building's way: its floor stands at
// the head of its line, in the floor column as a grid line's of several rooms
// does ("0F · 0층  Janson"), not after its name.
TEST(DirectoryPage, AGridOfOneRoomHasItsFloorFirst) {
    Venue venue = hall_venue();
    add_room(venue, 0, "janson", ko_en("얀손", "Janson"), "0");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        ASSERT_EQ(screens.size(), 1u) << at;
        const auto names = with_role(screens[0], "room-name");
        const auto floors = with_role(screens[0], "floor");
        ASSERT_FALSE(names.empty()) << at;
        ASSERT_EQ(floors.size(), 1u) << at;
        const Rect& n = std::get<TextItem>(names[0]->data).box;
        const Rect& f = std::get<TextItem>(floors[0]->data).box;
        EXPECT_LT(f.right(), n.x) << at;
    }
}

// A room alone on its way with a short name, on a wide screen: the way takes
// what the name leaves of the row (its right arrow slot too, where the arrow
// points left), so its two languages share one line beside the name ("1F ·
// 1층  2홀 Hall 2   P1 · 190 m · 3분 · 계단으로 올라가기  3 min · stairs up"),
// where half the row gave it two.
TEST(DirectoryPage, AShortNameLeavesItsWayOneLine) {
    Venue venue = hall_venue();
    add_room(venue, 0, "hall2", ko_en("2홀", "Hall 2"), "1");
    add_room(venue, 0, "foyer", ko_en("로비", "Foyer"), "0");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    LocationConfig config = make_config();
    config.directions["hall2"] = {Arrow::left, ko_en("P1 · 190 m · 3분 · 계단으로 올라가기",
                                                     "P1 · 190 m · 3 min · stairs up")};
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        std::vector<Rect> way;
        Rect name;
        for (const DisplayList& list : directory_screens(schedule, config, size)) {
            for (const DisplayItem& item : list.items) {
                if (item.identity.destination == "hall2" &&
                    item.role.starts_with("direction-text")) {
                    way.push_back(std::get<TextItem>(item.data).box);
                }
                if (item.identity.room == "hall2" && item.role == "room-name") {
                    name = std::get<TextItem>(item.data).box;
                }
            }
        }
        ASSERT_EQ(way.size(), 2u) << at;
        if (size.w > size.h) {
            EXPECT_NEAR(way[0].y, way[1].y, 0.5f) << at;  // one line
            EXPECT_GT(way[0].x, name.right()) << at;      // beside the name
            EXPECT_LE(way[1].right(), size.w) << at;
        }
    }
}

// Another building with a long name and a long way to it, on a wide screen:
// its name stands whole on its line (the way beside it keeps two fifths of
// the row) and its way is read whole, its translation on a second line
// rather than cut ("Right exit, across the street to the hot…").
TEST(DirectoryPage, ALongBuildingNameAndItsWayStandWhole) {
    Venue venue = hall_venue();
    Building hotel;
    hotel.id = "hotel";
    hotel.name =
        ko_en("디아고날 마르 호텔 (컨퍼런스 층)", "Diagonal Mar Hotel (conference floors)");
    venue.buildings.push_back(std::move(hotel));
    add_room(venue, 0, "foyer", ko_en("로비", "Foyer"), "0");
    add_room(venue, 1, "gaudi", ko_en("가우디 룸", "Sala Gaudí"), "0");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    LocationConfig config = make_config();
    const std::string korean_way = "오른쪽 출구, 길 건너 호텔 로비";
    const std::string english_way = "Right exit, across the street to the hotel lobby";
    config.directions["hotel"] = {Arrow::right, ko_en(korean_way, english_way)};
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        std::string name;
        std::string korean;
        std::string english;
        for (const DisplayList& list : directory_screens(schedule, config, size)) {
            for (const DisplayItem& item : list.items) {
                if (!std::holds_alternative<TextItem>(item.data)) {
                    continue;
                }
                const std::string& text = std::get<TextItem>(item.data).text;
                if (item.identity.building == "hotel" && item.role == "building-name" &&
                    name.empty()) {
                    name = text;
                }
                if (item.identity.destination == "hotel") {
                    std::string& to = item.role == "direction-text" ? korean : english;
                    to += (to.empty() ? "" : " ") + text;
                }
            }
        }
        EXPECT_EQ(korean, korean_way) << at;
        EXPECT_EQ(english, english_way) << at;
        if (size.w > size.h) {
            EXPECT_EQ(name, "디아고날 마르 호텔 (컨퍼런스 층)") << at;
        }
    }
}

// A floor of rooms in portrait where one name is too long for half a line
// even in two lines ("215호 (Upstream Institute)"): that room stands on a
// line of its own, whole, and the others keep two to a line, not one room a
// line for all of them.
TEST(DirectoryPage, ANameAHalfCellWouldCutTakesALineOfItsOwn) {
    Venue venue = hall_venue();
    for (const int n : {211, 212, 213, 214}) {
        const std::string id = std::to_string(n);
        add_room(venue, 0, "r" + id, ko_en(id + "호 실습실", "Room " + id + " – Lab"), "2");
    }
    add_room(venue, 0, "r215", ko_en("215호 (Upstream Institute)", "Room 215 – Upstream Institute"),
             "2");
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        std::map<std::string, Rect> names;
        std::string long_name;
        for (const DisplayList& list : directory_screens(schedule, config, size)) {
            for (const DisplayItem* item : with_role(list, "room-name")) {
                if (names.count(item->identity.room) == 0) {
                    names[item->identity.room] = std::get<TextItem>(item->data).box;
                }
                if (item->identity.room == "r215") {
                    long_name += std::get<TextItem>(item->data).text;
                }
            }
        }
        ASSERT_EQ(names.size(), 5u) << at;
        EXPECT_EQ(long_name.find("…"), std::string::npos) << at << ": " << long_name;
        // 211 and 212 share a line.
        EXPECT_NEAR(names["r211"].y, names["r212"].y, 0.5f) << at;
        // Nothing beside 215.
        for (const auto& [id, box] : names) {
            if (id != "r215") {
                const Rect& r = names["r215"];
                EXPECT_FALSE(box.y < r.bottom() && r.y < box.bottom()) << at << " " << id;
            }
        }
    }
}

// A venue without ways (a feed without a venue map, a config without
// directions) shows no arrow: its names start at the margin, as on the other
// pages, and a long building name is not cut for an empty slot. One way
// anywhere keeps every row's slot, so the names stay aligned under it.
TEST(DirectoryPage, WithoutAnyArrowNamesStartAtTheMargin) {
    Venue venue = hall_venue(LocalizedText::plain("33. Chaos Communication Congress"));
    for (const char* name : {"Saal 1", "Saal 2", "Saal 6", "Saal G", "dradio"}) {
        add_room(venue, 0, name, LocalizedText::plain(name), "");
    }
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    LocationConfig bare = make_config();
    bare.directions.clear();
    LocationConfig with_way = bare;
    with_way.directions["hall"] = {Arrow::ahead, LocalizedText::plain("Ahead")};
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const auto left_of = [&](const LocationConfig& config, std::string_view role) {
            const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
            const float margin =
                std::get<RectItem>(with_role(screens.at(0), "header-rule").at(0)->data).rect.x;
            float left = 1e9f;
            for (const DisplayItem* item : with_role(screens.at(0), role)) {
                left = std::min(left, std::get<TextItem>(item->data).box.x);
            }
            return left - margin;
        };
        // With a way, both stand after the slot (an arrow and its gap: 128 at
        // 1920x1080 and in portrait, 85 at 1280x720).
        for (const char* role : {"building-name", "room-name"}) {
            EXPECT_NEAR(left_of(bare, role), 0.0f, 0.5f) << at << " " << role;
            EXPECT_GT(left_of(with_way, role), 40.0f) << at << " " << role;
        }
        const std::vector<DisplayList> screens = directory_screens(schedule, bare, size);
        EXPECT_TRUE(contains_text(screens.at(0), "33. Chaos Communication Congress")) << at;
        EXPECT_TRUE(with_role(screens.at(0), "direction-arrow").empty()) << at;
    }
}

}  // namespace
}  // namespace signpost::test
