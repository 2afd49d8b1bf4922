// The directory's QR code once a cycle: under the last column of the first
// screen, or of the last where that saves one; the other screens give its
// place to rooms.
#include <gtest/gtest.h>

#include <vector>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

LocationConfig with_qr() {
    LocationConfig config = make_config();
    config.qr = QrConfig{"https://map.example.org/way?from=kiosk",
                         LocalizedText::plain("Take the way along")};
    return config;
}

TEST(DirectoryScreens, QrCodeOnTheFirstScreenOnlyAndRoomsInItsPlaceElsewhere) {
    // A venue whose last screen has no room for the code at any size (with
    // 30 rooms in the hall, portrait's floor headings leave it room there).
    const Schedule schedule = make_schedule({42, 12, 2, true});
    const LocationConfig config = with_qr();
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        ASSERT_GE(screens.size(), 2u) << at;
        ASSERT_EQ(with_role(screens[0], "qr-code").size(), 1u) << at;
        const Rect code = std::get<QrItem>(with_role(screens[0], "qr-code")[0]->data).box;
        // Bottom right of the first screen, no room name over it.
        EXPECT_GT(code.x, size.w / 2.0f) << at;
        EXPECT_GT(code.y, size.h / 2.0f) << at;
        for (const DisplayItem* item : with_role(screens[0], "room-name")) {
            const Rect& box = std::get<TextItem>(item->data).box;
            const bool apart = box.right() <= code.x || box.bottom() <= code.y;
            EXPECT_TRUE(apart) << at << " " << std::get<TextItem>(item->data).text;
        }
        // Under the height where the code stood, other screens show rooms.
        float lowest_name = 0;
        for (size_t i = 1; i < screens.size(); ++i) {
            EXPECT_TRUE(with_role(screens[i], "qr-code").empty()) << at << " screen " << i;
            for (const DisplayItem* item : with_role(screens[i], "room-name")) {
                const Rect& box = std::get<TextItem>(item->data).box;
                lowest_name = std::max(lowest_name, box.bottom());
            }
        }
        EXPECT_GT(lowest_name, code.y) << at;
    }
}

// Where the code under the first screen's last column would cost a screen
// and the last screen has room for it, it stands there instead: once, at the
// bottom right, no name over it, and the directory as short as without it.
// Over venues of 8 to 104 rooms in the hall, alone or with an annex (and a
// hotel), some take that way at each size (portrait's floor headings leave
// the hall alone no such case; which venues do moves with every change of
// row heights, hence three shapes of venue).
TEST(DirectoryScreens, TheQrCodeTakesTheLastScreenWhereThatSavesOne) {
    const LocationConfig config = with_qr();
    LocationConfig plain = config;
    plain.qr.reset();
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        int on_last = 0;
        // The hall alone in steps of 2 rooms, with the annex in steps of 4.
        std::vector<VenueOptions> venues;
        for (int rooms = 8; rooms <= 104; rooms += 2) {
            venues.push_back({rooms, 0, 0, false});
            if (rooms % 4 == 0) {
                venues.push_back({rooms, 12, 0, true});
                venues.push_back({rooms, 20, 2, true});
            }
        }
        for (const VenueOptions& shape : venues) {
            const int rooms = shape.hall_rooms;
            const Schedule schedule = make_schedule(shape);
            const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
            size_t codes = 0;
            for (const DisplayList& list : screens) {
                codes += with_role(list, "qr-code").size();
            }
            EXPECT_EQ(codes, 1u) << at << " " << rooms;
            if (screens.size() < 2 || with_role(screens.back(), "qr-code").empty()) {
                continue;
            }
            ++on_last;
            // As short as without it in as many columns; without it the
            // directory may set in more columns and take one screen fewer
            // (one column, its ways on one line, wins a tie).
            EXPECT_LE(screens.size(), directory_screens(schedule, plain, size).size() + 1)
                << at << " " << rooms;
            const Rect code = std::get<QrItem>(with_role(screens.back(), "qr-code")[0]->data).box;
            EXPECT_GT(code.x, size.w / 2.0f) << at;
            EXPECT_GT(code.y, size.h / 2.0f) << at;
            for (const DisplayItem* item : with_role(screens.back(), "room-name")) {
                const Rect& box = std::get<TextItem>(item->data).box;
                EXPECT_TRUE(box.right() <= code.x || box.bottom() <= code.y) << at << " " << rooms;
            }
        }
        EXPECT_GT(on_last, 0) << at;
    }
}

}  // namespace
}  // namespace signpost::test
