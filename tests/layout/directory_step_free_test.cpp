// The directory's step-free lines: what they say beyond the way line above
// them, and nothing it already says.
#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout/step_free_row.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

using layout_detail::without_way_floor;

// A computed way to hall-103 by escalator, its step-free route by lift.
LocationConfig with_step_free_way() {
    LocationConfig config = make_config();
    Wayfinding way{Arrow::up, ko_en("P2 · 80 m · 1분 · 에스컬레이터로 P2 올라가기",
                                    "P2 · 80 m · 1 min · escalator up to P2")};
    way.step_free = StepFreeWay{Arrow::ahead_right, ko_en("P2 · 160 m · 2분 · 엘리베이터로 P2",
                                                          "P2 · 160 m · 2 min · lift to P2")};
    config.directions["hall-103"] = way;
    return config;
}

TEST(DirectoryStepFree, TheLineLeavesOutTheFloorItsWayAlreadyGives) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = with_step_free_way();
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
        const std::string at = size_name(size);
        // The line's Korean, joined over the lines it wraps onto.
        std::string korean;
        for (const PagePlan& plan : plan_pages(ctx)) {
            if (plan.kind != PlanKind::directory) {
                continue;
            }
            const DisplayList list = layout_page(ctx, plan, 0);
            expect_sound_page(list, m, "directory " + at);
            for (const DisplayItem* item : with_role(list, "step-free-text")) {
                korean += (korean.empty() ? "" : " ") + std::get<TextItem>(item->data).text;
                EXPECT_EQ(item->identity.destination, "hall-103") << at;
            }
        }
        // The lift, its floor and how far stay; the floor before them goes.
        EXPECT_TRUE(korean.starts_with("160 m · 2분")) << at << ": " << korean;
        EXPECT_NE(korean.find("엘리베이터로 P2"), std::string::npos) << at << ": " << korean;
    }
}

TEST(DirectoryStepFree, AFloorTheWayDoesNotGiveStays) {
    const LocalizedText way = ko_en("P2 · 80 m · 1분", "P2 · 80 m · 1 min");
    const LocalizedText other = ko_en("P3 · 160 m · 2분 · 엘리베이터로 P3", "P3 · 160 m · lift");
    EXPECT_EQ(without_way_floor(other, way).variants(), other.variants());
    // A text that is only the floor, and one in a language the way lacks, stay whole.
    LocalizedText only;
    only.set("ko", "P2 · ");
    only.set("ja", "P2 · 160 m");
    EXPECT_EQ(without_way_floor(only, way).variants(), only.variants());
    const LocalizedText same = ko_en("P2 · 160 m · 2분", "P2 · 160 m · 2 min");
    EXPECT_EQ(*without_way_floor(same, way).get("ko"), "160 m · 2분");
    EXPECT_EQ(*without_way_floor(same, way).get("en"), "160 m · 2 min");
}

}  // namespace
}  // namespace signpost::test
