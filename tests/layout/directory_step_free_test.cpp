// The directory's step-free lines: what they say beyond the way line above
// them, and nothing it already says.
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <utility>

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
        const std::string at = size_name(size);
        // The line's Korean, joined over the lines it wraps onto.
        std::string korean;
        for (const DisplayList& list : directory_screens(schedule, config, size)) {
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

// Four rooms on floor 2 of the screen's own building, all reached one way
// (`arrow`, by escalator) with a step-free line by lift (`step_free_arrow`).
struct SharedWay {
    Schedule schedule;
    LocationConfig config;
};

SharedWay four_rooms_one_way(Arrow arrow, std::optional<Arrow> step_free_arrow) {
    Venue venue = hall_venue();
    for (int i = 1; i <= 4; ++i) {
        const std::string n = std::to_string(200 + i);
        add_room(venue, 0, "hall-" + n, ko_en(n + "호", "Room " + n), "2");
    }
    SharedWay out{seoul_schedule(std::move(venue), {}), make_config()};
    Wayfinding way{arrow, ko_en("P2 · 80 m · 1분 · 에스컬레이터로 P2 올라가기",
                                "P2 · 80 m · 1 min · escalator up to P2")};
    way.step_free = StepFreeWay{step_free_arrow, ko_en("P2 · 160 m · 2분 · 엘리베이터로 P2",
                                                       "P2 · 160 m · 2 min · lift to P2")};
    for (int i = 1; i <= 4; ++i) {
        out.config.directions["hall-" + std::to_string(200 + i)] = way;
    }
    return out;
}

struct Placed {
    float way_text_x = -1;   // the way's text
    float symbol_x = -1;     // the step-free symbol
    float step_text_x = -1;  // the step-free line's text
    float floor_x = -1;      // the grid's floor column
    float room_x = -1;       // the grid's first room
};

Placed placed(const SharedWay& s, ScreenSize size) {
    FakeMeasurer m;
    LayoutContext ctx{&s.schedule, seoul(10, 15), s.config, size.w, size.h, {}, m};
    Placed out;
    const auto left = [](float& x, const DisplayItem* item) {
        const Rect box = std::holds_alternative<TextItem>(item->data)
                             ? std::get<TextItem>(item->data).box
                             : std::get<SymbolItem>(item->data).box;
        x = x < 0 ? box.x : std::min(x, box.x);
    };
    for (const PagePlan& plan : plan_pages(ctx)) {
        if (plan.kind != PlanKind::directory) {
            continue;
        }
        const DisplayList list = layout_page(ctx, plan, 0);
        expect_sound_page(list, m, "directory " + size_name(size));
        for (const DisplayItem* item : with_role(list, "direction-text")) {
            if (item->identity.destinations.size() == 4) {
                left(out.way_text_x, item);
            }
        }
        for (const DisplayItem* item : with_role(list, "step-free-symbol")) {
            left(out.symbol_x, item);
        }
        for (const DisplayItem* item : with_role(list, "step-free-text")) {
            left(out.step_text_x, item);
        }
        for (const DisplayItem* item : with_role(list, "floor")) {
            left(out.floor_x, item);
        }
        for (const DisplayItem* item : with_role(list, "room-name")) {
            left(out.room_x, item);
        }
    }
    return out;
}

// A way that points right leaves the left arrow slot empty: the step-free
// symbol stands there and its text starts where the way's does.
TEST(DirectoryStepFree, TheSymbolStandsInTheEmptyLeftSlotUnderAWayToTheRight) {
    const SharedWay s = four_rooms_one_way(Arrow::right, Arrow::ahead_right);
    for (const ScreenSize size : kSizes) {
        const Placed p = placed(s, size);
        ASSERT_GE(p.way_text_x, 0) << size_name(size);
        ASSERT_GE(p.symbol_x, 0) << size_name(size);
        EXPECT_LT(p.symbol_x, p.way_text_x) << size_name(size);
        EXPECT_NEAR(p.step_text_x, p.way_text_x, 0.5f) << size_name(size);
    }
}

// A way or a step-free arrow on the left stands in that slot: the symbol
// stays after it, the text after the symbol.
TEST(DirectoryStepFree, TheSymbolStaysAfterTheSlotWhereAnArrowStandsThere) {
    for (const auto& [way, step] : {std::pair{Arrow::left, std::optional<Arrow>{Arrow::right}},
                                    std::pair{Arrow::right, std::optional<Arrow>{Arrow::left}}}) {
        const SharedWay s = four_rooms_one_way(way, step);
        for (const ScreenSize size : kSizes) {
            const Placed p = placed(s, size);
            EXPECT_GE(p.symbol_x, p.way_text_x - 0.5f) << size_name(size);
            EXPECT_GT(p.step_text_x, p.way_text_x) << size_name(size);
        }
    }
}

// Under a way that points right, the grid's floor column stands in the
// empty left slot and the names gain its width; under a way to the left,
// the floor column comes after the slot.
TEST(DirectoryStepFree, TheFloorColumnStandsInTheEmptyLeftSlotUnderAWayToTheRight) {
    for (const ScreenSize size : kSizes) {
        const Placed right = placed(four_rooms_one_way(Arrow::right, std::nullopt), size);
        ASSERT_GE(right.floor_x, 0) << size_name(size);
        EXPECT_LT(right.floor_x, right.way_text_x) << size_name(size);
        const Placed left = placed(four_rooms_one_way(Arrow::left, std::nullopt), size);
        EXPECT_GE(left.floor_x, left.way_text_x - 0.5f) << size_name(size);
        // The names gain the slot's width.
        EXPECT_LT(right.room_x, left.room_x) << size_name(size);
    }
}

// A one-language venue's short way and its step-free line, on a wide screen:
// the step-free line stands after the way on its line (symbol, then text;
// its arrow to the left before the symbol), not on a line of its own; in
// portrait it goes under the way as before. A step-free arrow to the right
// under a way to the right has no slot there: the line goes under the way.
TEST(DirectoryStepFree, AShortStepFreeLineStandsAfterItsWayOnAWideScreen) {
    const auto shared = [](Arrow arrow, std::optional<Arrow> step) {
        SharedWay s = four_rooms_one_way(arrow, step);
        for (auto& [id, way] : s.config.directions) {
            if (way.step_free) {  // the four rooms' way, not the buildings'
                way.text = LocalizedText::plain("P2 · 80 m · stairs");
                way.step_free->text = LocalizedText::plain("P2 · 160 m · lift");
            }
        }
        return s;
    };
    const struct {
        Arrow way;
        std::optional<Arrow> step;
        bool beside;  // on a wide screen
    } cases[] = {{Arrow::up, Arrow::left, true},
                 {Arrow::left, Arrow::right, true},
                 {Arrow::right, std::nullopt, true},
                 {Arrow::right, Arrow::ahead_right, false}};
    for (const auto& c : cases) {
        const SharedWay s = shared(c.way, c.step);
        for (const ScreenSize size : kSizes) {
            const std::string at = size_name(size);
            FakeMeasurer m;
            LayoutContext ctx{&s.schedule, seoul(10, 15), s.config, size.w, size.h, {}, m};
            std::optional<Rect> way;
            std::optional<Rect> step;
            std::optional<Rect> symbol;
            for (const PagePlan& plan : plan_pages(ctx)) {
                if (plan.kind != PlanKind::directory) {
                    continue;
                }
                const DisplayList list = layout_page(ctx, plan, 0);
                expect_sound_page(list, m, "directory " + at);
                for (const DisplayItem* item : with_role(list, "direction-text")) {
                    if (item->identity.destinations.size() == 4) {
                        way = std::get<TextItem>(item->data).box;
                    }
                }
                for (const DisplayItem* item : with_role(list, "step-free-text")) {
                    step = std::get<TextItem>(item->data).box;
                    EXPECT_EQ(item->identity.destinations.size(), 4u) << at;
                }
                for (const DisplayItem* item : with_role(list, "step-free-symbol")) {
                    symbol = std::get<SymbolItem>(item->data).box;
                }
            }
            ASSERT_TRUE(way && step && symbol) << at;
            const bool same_line = step->y < way->bottom() && way->y < step->bottom();
            EXPECT_EQ(same_line, c.beside && size.w > size.h) << at;
            if (same_line) {
                EXPECT_GT(symbol->x, way->right()) << at;
                EXPECT_GT(step->x, symbol->right()) << at;
            }
        }
    }
}

// A way to the right on one line over a step-free line whose arrow stands
// in the right slot too ("↘" over "↗"): the way's arrow does not hang down
// to the smaller one; a clear gap (half the way's arrow, with the air a
// screen shares out) stands between them at every size.
TEST(DirectoryStepFree, TwoArrowsInTheRightSlotKeepApart) {
    SharedWay s = four_rooms_one_way(Arrow::ahead_right, Arrow::ahead_right);
    for (auto& [id, way] : s.config.directions) {
        if (way.step_free) {  // the four rooms' way, not the buildings'
            way.text = LocalizedText::plain("P0 · 80 m · stairs");
            way.step_free->text = LocalizedText::plain("P0 · 160 m · lift");
        }
    }
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        FakeMeasurer m;
        LayoutContext ctx{&s.schedule, seoul(10, 15), s.config, size.w, size.h, {}, m};
        for (const PagePlan& plan : plan_pages(ctx)) {
            if (plan.kind != PlanKind::directory) {
                continue;
            }
            const DisplayList list = layout_page(ctx, plan, 0);
            std::optional<Rect> way;
            std::optional<Rect> step;
            for (const DisplayItem* item : with_role(list, "direction-arrow")) {
                if (item->identity.destinations.size() == 4) {
                    way = std::get<ArrowItem>(item->data).box;
                }
            }
            for (const DisplayItem* item : with_role(list, "step-free-arrow")) {
                step = std::get<ArrowItem>(item->data).box;
            }
            ASSERT_TRUE(way && step) << at;
            EXPECT_GT(step->y - way->bottom(), 0.5f * way->h) << at;
        }
    }
}

// A bilingual way and its step-free line too long for one line each beside
// the other, on a wide screen: each in two lines (its English under it) side
// by side, so the pair takes two lines, not two rows; the step-free arrow
// that points as the way's does is left out there (the way's arrow heads the
// row). In portrait they stay one under the other, each arrow kept.
TEST(DirectoryStepFree, ABilingualWayAndItsStepFreeLineStandSideBySideInTwoLines) {
    SharedWay s = four_rooms_one_way(Arrow::up, Arrow::up);
    for (auto& [id, way] : s.config.directions) {
        if (way.step_free) {  // the four rooms' way, not the buildings'
            way.text = ko_en("P2 · 80 m · 1분 · 에스컬레이터로 올라가기",
                             "P2 · 80 m · 1 min · escalator up");
            way.step_free->text =
                ko_en("P2 · 160 m · 2분 · 엘리베이터", "P2 · 160 m · 2 min · lift");
        }
    }
    for (const ScreenSize size : kSizes) {
        const std::string at = size_name(size);
        FakeMeasurer m;
        LayoutContext ctx{&s.schedule, seoul(10, 15), s.config, size.w, size.h, {}, m};
        std::vector<Rect> way;   // the way's lines, both languages
        std::vector<Rect> step;  // the step-free line's
        size_t step_arrows = 0;
        for (const PagePlan& plan : plan_pages(ctx)) {
            if (plan.kind != PlanKind::directory) {
                continue;
            }
            const DisplayList list = layout_page(ctx, plan, 0);
            expect_sound_page(list, m, "directory " + at);
            for (const DisplayItem& item : list.items) {
                const bool four = item.identity.destinations.size() == 4;
                if (four && item.role.starts_with("direction-text")) {
                    way.push_back(std::get<TextItem>(item.data).box);
                } else if (four && item.role.starts_with("step-free-text")) {
                    step.push_back(std::get<TextItem>(item.data).box);
                }
            }
            step_arrows += with_role(list, "step-free-arrow").size();
        }
        ASSERT_EQ(way.size(), 2u) << at;
        ASSERT_EQ(step.size(), 2u) << at;
        const bool one_line = std::abs(way[0].y - way[1].y) < 0.5f;
        EXPECT_FALSE(one_line) << at << ": the two languages do not share a line here";
        const bool beside = step[0].y < way[0].bottom() && way[0].y < step[0].bottom();
        EXPECT_EQ(beside, size.w > size.h) << at;
        if (beside) {
            EXPECT_NEAR(step[1].y, way[1].y, 0.5f) << at;  // the English lines side by side
            EXPECT_GT(step[0].x, std::max(way[0].right(), way[1].right())) << at;
            EXPECT_EQ(step_arrows, 0u) << at;
        } else {
            EXPECT_GE(step[0].y, std::max(way[0].bottom(), way[1].bottom()) - 0.5f) << at;
            EXPECT_EQ(step_arrows, 1u) << at;
        }
    }
}

}  // namespace
}  // namespace signpost::test
