// This screen's building over a directory of many screens: its name whole,
// "you are here" under it where the two do not share a line, and the screens
// where its rooms go on give the name alone (the first said where you are).
#include <gtest/gtest.h>

#include <string>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

TEST(DirectoryHereChip, ALongNameStaysWholeAndTheChipStandsOnce) {
    Venue venue = hall_venue(LocalizedText::plain("Congress Center Leipzig"));
    for (int n = 0; n < 90; ++n) {
        add_room(venue, 0, "r" + std::to_string(n),
                 LocalizedText::plain("Seminar room " + std::to_string(100 + n)), "");
    }
    const Schedule schedule = seoul_schedule(std::move(venue), {});
    LocationConfig config = make_config();
    config.building = "hall";
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        const std::vector<DisplayList> screens = directory_screens(schedule, config, size);
        ASSERT_GE(screens.size(), 2u) << at;
        size_t chips = 0;
        for (size_t k = 0; k < screens.size(); ++k) {
            const auto names = with_role(screens[k], "building-name");
            ASSERT_FALSE(names.empty()) << at << " screen " << k;
            for (const DisplayItem* item : names) {
                EXPECT_EQ(std::get<TextItem>(item->data).text, "Congress Center Leipzig")
                    << at << " screen " << k;
            }
            chips += with_role(screens[k], "here-chip").size();
        }
        EXPECT_EQ(with_role(screens[0], "here-chip").size(), 1u) << at;
        // Again on a later screen only where it shares the name's line.
        if (chips > 1) {
            const Rect name =
                std::get<TextItem>(with_role(screens[1], "building-name")[0]->data).box;
            const DisplayItem* chip = with_role(screens[1], "here-chip")[0];
            const Rect box = std::get<RectItem>(chip->data).rect;
            EXPECT_LT(box.y, name.bottom()) << at;
        }
    }
}

}  // namespace
}  // namespace signpost::test
