// A floor as a heading over its grid lines instead of a column beside them,
// where that makes the grid lower: a congress's long room names two a line in
// portrait rather than each wrapped in two lines beside a floor column.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

constexpr ScreenSize kPortrait{1080, 1920};

// 48 rooms on two floors whose names carry wing and floor, as a large venue's
// feed names them: "S101 - P1 - Room 101" (a sector each: no start every
// name of the building shares, which the directory would leave out, and
// none four rooms share, which it would say once over them).
Schedule congress() {
    Venue venue = hall_venue();
    for (int floor = 1; floor <= 2; ++floor) {
        for (int n = 1; n <= 24; ++n) {
            const std::string name = "S" + std::to_string(100 * floor + n) + " - P" +
                                     std::to_string(floor) + " - Room " +
                                     std::to_string(100 * floor + n);
            add_room(venue, 0, "r" + std::to_string(100 * floor + n), LocalizedText::plain(name),
                     std::to_string(floor));
        }
    }
    return seoul_schedule(std::move(venue), {});
}

bool same_line(const Rect& a, const Rect& b) {
    return a.y < b.bottom() && b.y < a.bottom();
}

TEST(DirectoryFloorHeadings, LongNamesInPortraitStandTwoALineUnderTheirFloor) {
    const Schedule schedule = congress();
    const std::vector<DisplayList> screens = directory_screens(schedule, make_config(), kPortrait);
    std::set<std::string> names;
    size_t paired = 0;  // names with another name beside them on their line
    size_t headings = 0;
    for (size_t k = 0; k < screens.size(); ++k) {
        const auto rooms = with_role(screens[k], "room-name");
        const auto floors = with_role(screens[k], "floor");
        ASSERT_FALSE(rooms.empty()) << "screen " << k;
        float top_name = 1e9f;
        for (const DisplayItem* room : rooms) {
            const auto& t = std::get<TextItem>(room->data);
            names.insert(room->identity.room);
            EXPECT_EQ(t.text.find("…"), std::string::npos) << t.text;
            top_name = std::min(top_name, t.box.y);
            for (const DisplayItem* other : rooms) {
                const Rect& o = std::get<TextItem>(other->data).box;
                if (other != room && same_line(t.box, o)) {
                    ++paired;
                    break;
                }
            }
        }
        // Every screen begins with the floor its first line is on: a heading
        // (no name beside it) above its first name.
        float top_floor = 1e9f;
        for (const DisplayItem* f : floors) {
            const Rect& fb = std::get<TextItem>(f->data).box;
            bool alone = true;
            for (const DisplayItem* room : rooms) {
                alone = alone && !same_line(fb, std::get<TextItem>(room->data).box);
            }
            headings += alone ? 1 : 0;
            top_floor = std::min(top_floor, fb.y);
        }
        EXPECT_LT(top_floor, top_name) << "screen " << k;
    }
    EXPECT_EQ(names.size(), 48u);
    EXPECT_GE(headings, 2u);  // each floor once, and again where it goes on
    EXPECT_GE(paired, 44u);   // two a line (a floor's odd room may stand alone)
}

// A landscape grid whose floors hold a line or two keeps the floor column: a
// heading for each would cost more lines than the column's width saves.
TEST(DirectoryFloorHeadings, ShortFloorsKeepTheFloorColumn) {
    const Schedule schedule = make_schedule({30, 0, 0, false});
    for (const ScreenSize size : {ScreenSize{1920, 1080}, ScreenSize{1280, 720}}) {
        for (const DisplayList& list : directory_screens(schedule, make_config(), size)) {
            const auto rooms = with_role(list, "room-name");
            for (const DisplayItem* f : with_role(list, "floor")) {
                const Rect& fb = std::get<TextItem>(f->data).box;
                bool beside = false;
                for (const DisplayItem* room : rooms) {
                    beside = beside || same_line(fb, std::get<TextItem>(room->data).box);
                }
                EXPECT_TRUE(beside) << size_name(size) << " " << std::get<TextItem>(f->data).text;
            }
        }
    }
}

}  // namespace
}  // namespace signpost::test
