// Rooms in natural order: by floor (the building's floors bottom to top), then
// by name with numbers compared as numbers, on the directory.
#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout/venue_order.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

using layout_detail::natural_less;

TEST(NaturalOrder, NumbersCompareAsNumbers) {
    EXPECT_TRUE(natural_less("Room 2", "Room 10"));
    EXPECT_FALSE(natural_less("Room 10", "Room 2"));
    EXPECT_TRUE(natural_less("Room 10", "Room 118/119"));
    EXPECT_TRUE(natural_less("Room 118", "Room 118/119"));
    EXPECT_TRUE(natural_less("room 9", "Room 10"));  // case does not decide before the number
    EXPECT_TRUE(natural_less("H.1302", "H.2213"));
    EXPECT_TRUE(natural_less("K.3.201", "K.3.401"));
    EXPECT_TRUE(natural_less("Room 007", "Room 8"));
    EXPECT_FALSE(natural_less("Room 2", "Room 2"));
    EXPECT_TRUE(natural_less("", "A"));
}

// The feed lists rooms out of order; the directory shows them by floor, then
// in natural order.
TEST(NaturalOrder, DirectoryListsRoomsByFloorThenName) {
    Venue venue;
    venue.timezone = "Asia/Seoul";
    Building b;
    b.id = "hall";
    b.name = LocalizedText::plain("Hall");
    b.floors = {"B1", "1", "2"};
    venue.buildings.push_back(b);
    const std::pair<const char*, const char*> rooms[] = {
        {"Room 118/119", "1"}, {"Room 10", "1"},  {"Room 2", "1"},
        {"Room 201", "2"},     {"Room 20", "B1"}, {"Room 3", "2"},
    };
    for (const auto& [name, floor] : rooms) {
        Room r;
        r.id = name;
        r.name = LocalizedText::plain(name);
        r.floor = floor;
        venue.buildings[0].rooms.push_back(venue.rooms.size());
        venue.rooms.push_back(r);
    }
    const Schedule schedule(std::move(venue), *TimeZone::locate("Asia/Seoul"), {}, {});
    LocationConfig config = make_config();
    config.building = "hall";
    config.languages = {"en"};
    config.directions.clear();
    config.pages = {PageConfig{PageKind::directory, Seconds{12}, {}}};
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 0), config, size.w, size.h, {}, m};
        std::vector<std::string> order;
        for (const PagePlan& plan : plan_pages(ctx)) {
            const DisplayList list = layout_page(ctx, plan, 0);
            expect_sound_page(list, m, "natural order");
            for (const DisplayItem* item : with_role(list, "room-name")) {
                if (order.empty() || order.back() != item->identity.room)
                    order.push_back(item->identity.room);
            }
        }
        EXPECT_EQ(order, (std::vector<std::string>{"Room 20", "Room 2", "Room 10", "Room 118/119",
                                                   "Room 3", "Room 201"}))
            << size.w << "x" << size.h;
    }
}

}  // namespace
}  // namespace signpost::test
