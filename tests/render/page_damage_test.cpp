#include "render/page_damage.h"

#include <gtest/gtest.h>

#include <cmath>

namespace signpost {
namespace {

// Lines 1.25 em tall (ascent 1 em, descent a quarter), widths unused.
class FixedMeasurer final : public TextMeasurer {
  public:
    float text_width(std::string_view utf8, float size_px, FontWeight) override {
        return static_cast<float>(utf8.size()) * size_px / 2;
    }
    FontMetrics metrics(float size_px, FontWeight) override {
        return {size_px, size_px / 4, size_px * 1.25f, size_px * 0.7f};
    }
};

constexpr Color kDark{10, 10, 10, 255};
constexpr Color kGrey{60, 60, 60, 255};
constexpr Color kBlue{80, 160, 230, 255};
constexpr Color kWhite{255, 255, 255, 255};

TextItem text_at(Rect box, std::string text, float size) {
    return TextItem{box, std::move(text), size, FontWeight::regular, kWhite, HAlign::left};
}

// A 400x300 page: a title, a footer line of text, the dwell track along the
// bottom and the indicator over it `progress` of the way (none at 0).
DisplayList footer_page(float progress) {
    DisplayList list;
    list.width = 400;
    list.height = 300;
    list.background = kDark;
    list.items.push_back({"page-title", text_at({20, 20, 360, 40}, "Rooms", 32)});
    list.items.push_back({"footer", text_at({20, 250, 200, 20}, "Updated 11:20", 16)});
    list.items.push_back({"dwell-track", RectItem{{20, 285.5f, 360, 6}, kGrey, 3}});
    if (progress > 0) {
        list.items.push_back(
            {"dwell-progress", RectItem{{20, 285.5f, 360 * progress, 6}, kBlue, 3}});
    }
    list.items.push_back({"corner", ArrowItem{{380, 0, 20, 20}, Arrow::ahead, kWhite}});
    return list;
}

// page_damage() with the fixed measurer.
PageDamage damage_from(const DisplayList& before, const DisplayList& after) {
    FixedMeasurer fonts;
    return page_damage(before, after, fonts);
}

// The damage between two lists that must differ in an area only (a test
// failure and an empty rectangle otherwise).
SDL_Rect damaged_area(const DisplayList& before, const DisplayList& after) {
    const PageDamage damage = damage_from(before, after);
    EXPECT_EQ(damage.kind, PageDamage::Kind::area);
    return damage.kind == PageDamage::Kind::area ? damage.area : SDL_Rect{};
}

bool contains(const SDL_Rect& outer, const SDL_Rect& inner) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
           inner.y + inner.h <= outer.y + outer.h;
}

TEST(PageDamage, SameListIsNoDamage) {
    EXPECT_EQ(damage_from(footer_page(0.5f), footer_page(0.5f)).kind, PageDamage::Kind::none);
}

TEST(PageDamage, ADwellStepDamagesOnlyTheBar) {
    const SDL_Rect area = damaged_area(footer_page(0.25f), footer_page(0.5f));
    // Both bars (the longer one) with the 4 px edge margin, nothing above the footer text.
    EXPECT_TRUE(contains(area, SDL_Rect{20, 285, 180, 7}));
    EXPECT_LE(area.w, 180 + 10);
    EXPECT_GE(area.y, 280);
    EXPECT_LE(area.y + area.h, 300);  // cut to the page
}

TEST(PageDamage, TheFirstStepAddsTheIndicatorItem) {
    // At progress 0 the indicator is left out; its first step inserts it.
    const SDL_Rect area = damaged_area(footer_page(0), footer_page(0.125f));
    EXPECT_TRUE(contains(area, SDL_Rect{20, 285, 45, 7}));
    EXPECT_LE(area.w, 45 + 10);
    // And removing it again damages the same place.
    const SDL_Rect back = damaged_area(footer_page(0.125f), footer_page(0));
    EXPECT_EQ(back.x, area.x);
    EXPECT_EQ(back.w, area.w);
}

TEST(PageDamage, ChangedTextReachesALineAboveAndBelowItsBox) {
    DisplayList after = footer_page(0.5f);
    std::get<TextItem>(after.items[1].data).text = "Updated 11:21";
    // 16 px text: lines of 20 px; its box 250..270 grows to 230..290.
    EXPECT_TRUE(contains(damaged_area(footer_page(0.5f), after), SDL_Rect{20, 230, 200, 60}));
}

TEST(PageDamage, SizeOrBackgroundChangeIsEverything) {
    DisplayList wider = footer_page(0.5f);
    wider.width = 401;
    EXPECT_EQ(damage_from(footer_page(0.5f), wider).kind, PageDamage::Kind::everything);
    DisplayList lighter = footer_page(0.5f);
    lighter.background = kGrey;
    EXPECT_EQ(damage_from(footer_page(0.5f), lighter).kind, PageDamage::Kind::everything);
}

TEST(PageDamage, AnItemWithoutUsableCoordinatesIsEverything) {
    DisplayList broken = footer_page(0.5f);
    std::get<RectItem>(broken.items[3].data).rect.w = std::nanf("");
    EXPECT_EQ(damage_from(footer_page(0.5f), broken).kind, PageDamage::Kind::everything);
    DisplayList huge = footer_page(0.5f);
    std::get<RectItem>(huge.items[3].data).rect.w = 5e7f;
    EXPECT_EQ(damage_from(footer_page(0.5f), huge).kind, PageDamage::Kind::everything);
}

TEST(PageDamage, ChangesOffThePageAreNoDamage) {
    DisplayList before = footer_page(0.5f);
    before.items.push_back({"off", RectItem{{500, 500, 10, 10}, kGrey, 0}});
    DisplayList after = footer_page(0.5f);
    after.items.push_back({"off", RectItem{{520, 500, 10, 10}, kGrey, 0}});
    EXPECT_EQ(damage_from(before, after).kind, PageDamage::Kind::none);
}

TEST(PagePatch, HoldsTheItemsTouchingTheAreaMovedToItsOrigin) {
    FixedMeasurer fonts;
    DisplayList page = footer_page(0.5f);
    SDL_Rect area{18, 283, 186, 11};
    auto patch = page_patch(page, area, fonts);
    ASSERT_TRUE(patch);
    // The footer text (its line reaches down to 290) touches the area; the
    // title and the corner arrow do not.
    ASSERT_EQ(patch->list.items.size(), 3u);
    EXPECT_EQ(patch->list.items[0].role, "footer");
    EXPECT_EQ(patch->list.items[1].role, "dwell-track");
    EXPECT_EQ(patch->list.items[2].role, "dwell-progress");
    EXPECT_EQ(patch->list.background, page.background);
    // The origin is above and left of every moved item, so nothing is negative.
    EXPECT_LE(patch->origin.x, 18);
    EXPECT_LE(patch->origin.y, 250 - 20);
    for (const DisplayItem& item : patch->list.items) {
        auto bounds = item_paint_bounds(item, fonts);
        ASSERT_TRUE(bounds);
        EXPECT_GE(bounds->x, 0) << item.role;
        EXPECT_GE(bounds->y, 0) << item.role;
    }
    const auto& track = std::get<RectItem>(patch->list.items[1].data);
    EXPECT_FLOAT_EQ(track.rect.x, 20.0f - static_cast<float>(patch->origin.x));
    EXPECT_FLOAT_EQ(track.rect.y, 285.5f - static_cast<float>(patch->origin.y));
    // The area lies inside the patch.
    EXPECT_GE(patch->list.width, area.x + area.w - patch->origin.x);
    EXPECT_GE(patch->list.height, area.y + area.h - patch->origin.y);
}

TEST(PagePatch, NothingWhenAnItemReachesPastThePageTop) {
    FixedMeasurer fonts;
    // The title's line reaches above the page: no origin keeps it >= 0.
    EXPECT_FALSE(page_patch(footer_page(0.5f), SDL_Rect{20, 20, 40, 10}, fonts));
}

}  // namespace
}  // namespace signpost
