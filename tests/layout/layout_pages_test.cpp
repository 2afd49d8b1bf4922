// Whole pages at every screen size: they stay inside the safe area, no text
// overlaps, nothing is below the detail tier, every room is shown exactly once
// across the sub-pages, and the special pages (emergency, waiting) win when
// they should.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

std::vector<DisplayList> all_pages(const LayoutContext& ctx) {
    std::vector<DisplayList> out;
    const auto plans = plan_pages(ctx);
    for (const auto& plan : plans) {
        out.push_back(layout_page(ctx, plan, 0.5));
    }
    return out;
}

TEST(LayoutPages, EveryPageIsSoundAtEverySize) {
    std::vector<Announcement> ann = {
        make_announcement("w", AnnouncementLevel::warning, seoul(8, 0), seoul(18, 0)),
        make_announcement("i", AnnouncementLevel::info, seoul(8, 0), seoul(18, 0))};
    const Schedule schedule = make_schedule({}, ann);
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config,
                          size.w,    size.h,        {FeedFreshness::State::fresh, seoul(10, 14)},
                          m};
        const auto plans = plan_pages(ctx);
        ASSERT_GE(plans.size(), 2u);
        for (const auto& plan : plans) {
            const DisplayList list = layout_page(ctx, plan, 0.3);
            EXPECT_EQ(list.width, size.w);
            EXPECT_EQ(list.height, size.h);
            expect_sound_page(list, m,
                              size_name(size) + " page " + std::to_string(plan.config_page) +
                                  " sub " + std::to_string(plan.sub_page));
        }
    }
}

// The rooms a list names (items "room-name" and their identity), each once.
std::multiset<std::string> room_names(const DisplayList& list) {
    std::set<std::string> once;
    for (const auto& item : list.items) {
        if (item.role == "room-name") {
            once.insert(item.identity.room);
        }
    }
    return {once.begin(), once.end()};
}

TEST(LayoutPages, PaginationShowsEveryRoomExactlyOnce) {
    const Schedule schedule = make_schedule({30, 12, 2, true});
    const LocationConfig config = make_config();
    std::set<std::string> expected;
    for (const Room& r : schedule.venue().rooms) {
        expected.insert(r.id);
    }
    for (const ScreenSize size : kSizes) {
        SCOPED_TRACE(size_name(size));
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
        const auto plans = plan_pages(ctx);
        for (PlanKind kind : {PlanKind::directory, PlanKind::now_next}) {
            std::multiset<std::string> seen;
            int sub_pages = 0;
            for (const auto& plan : plans) {
                if (plan.kind != kind)
                    continue;
                ++sub_pages;
                const DisplayList list = layout_page(ctx, plan, 0);
                expect_sound_page(list, m, "paginated " + size_name(size));
                for (const auto& name : room_names(list))
                    seen.insert(name);
                if (plan.sub_pages > 1) {
                    EXPECT_TRUE(contains_text(list, std::to_string(plan.sub_page + 1) + "/" +
                                                        std::to_string(plan.sub_pages)));
                }
            }
            EXPECT_GT(sub_pages, 1) << "44 rooms should not fit one screen";
            // Now/next gives rows to the active rooms only: a session on now
            // or starting within the hour.
            std::set<std::string> want = expected;
            if (kind == PlanKind::now_next) {
                want.clear();
                for (size_t r = 0; r < schedule.venue().rooms.size(); ++r) {
                    const NowNext nn = schedule.now_next(r, seoul(10, 15));
                    if (nn.now ||
                        (nn.next && nn.next->start - seoul(10, 15) <= std::chrono::minutes{60})) {
                        want.insert(schedule.venue().rooms[r].id);
                    }
                }
                EXPECT_GT(want.size(), 30u);
            }
            for (const auto& name : want) {
                EXPECT_EQ(seen.count(name), 1u) << name;
            }
            EXPECT_EQ(seen.size(), want.size());
        }
    }
}

TEST(LayoutPages, PortraitIsLaidOutForPortrait) {
    const Schedule schedule = make_schedule({30, 12, 2, true});
    const LocationConfig config = make_config();
    const auto first_page = [&](int w, int h) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, w, h, {}, m};
        return layout_page(ctx, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
    };
    const DisplayList landscape = first_page(1920, 1080);
    const DisplayList portrait = first_page(1080, 1920);
    EXPECT_GE(room_names(landscape).size(), 2u);
    // The tall screen holds as many rooms as two tables side by side on a
    // wide one, not one table squeezed.
    EXPECT_GE(room_names(portrait).size(), room_names(landscape).size());
    // Portrait: the room on the left, its now over its next beside it.
    const Rect room = std::get<TextItem>(with_role(portrait, "room-name")[0]->data).box;
    const Rect now = std::get<TextItem>(with_role(portrait, "now-time")[0]->data).box;
    const Rect next = std::get<TextItem>(with_role(portrait, "next-time")[0]->data).box;
    EXPECT_LT(now.y, room.bottom());
    EXPECT_GT(now.x, room.right());
    EXPECT_GE(next.y, now.bottom());
    EXPECT_FLOAT_EQ(next.x, now.x);
    // Landscape: room, now and next side by side.
    const Rect lroom = std::get<TextItem>(with_role(landscape, "room-name")[0]->data).box;
    const Rect lnow = std::get<TextItem>(with_role(landscape, "now-time")[0]->data).box;
    EXPECT_LT(lnow.y, lroom.bottom());
    EXPECT_GT(lnow.x, lroom.right());
}

TEST(LayoutPages, EmergencyTakesOverWhateverPageIsAsked) {
    const Schedule schedule = make_schedule(
        {}, {make_announcement("e", AnnouncementLevel::emergency, seoul(10, 0), seoul(10, 30),
                               Arrow::left),
             make_announcement("i", AnnouncementLevel::info, seoul(8, 0), seoul(18, 0))});
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
        const auto plans = plan_pages(ctx);
        ASSERT_EQ(plans.size(), 1u);
        EXPECT_EQ(plans[0].kind, PlanKind::emergency);
        for (const PagePlan asked : {PagePlan{PlanKind::directory, 0, 0, 1, Seconds{15}},
                                     PagePlan{PlanKind::now_next, 1, 2, 3, Seconds{15}}}) {
            const DisplayList list = layout_page(ctx, asked, 0.5);
            expect_sound_page(list, m, "emergency " + size_name(size));
            EXPECT_EQ(with_role(list, "emergency-background").size(), 1u);
            EXPECT_EQ(with_role(list, "exit-arrow").size(), 1u);
            EXPECT_TRUE(with_role(list, "room-name").empty());
            EXPECT_TRUE(contains_text(list, "대피 훈련"));
            EXPECT_TRUE(contains_text(list, "Evacuation drill"));
            // Korean above English.
            float ko_y = -1, en_y = -1;
            for (const TextItem* t : texts(list)) {
                if (t->text.find("대피") == 0)
                    ko_y = t->box.y;
                if (t->text.find("Evacuation") == 0)
                    en_y = t->box.y;
            }
            EXPECT_LT(ko_y, en_y);
            // White on signal red at about 7.5:1.
            const auto& bg = std::get<RectItem>(with_role(list, "emergency-background")[0]->data);
            EXPECT_EQ(bg.rect.w, static_cast<float>(size.w));
            EXPECT_EQ(bg.rect.h, static_cast<float>(size.h));
            EXPECT_GT(bg.color.r, 150);
            EXPECT_LT(bg.color.g, 40);
        }
        // After its end, the ordinary cycle is back.
        LayoutContext later{&schedule, seoul(10, 30), config, size.w, size.h, {}, m};
        EXPECT_GT(plan_pages(later).size(), 1u);
        EXPECT_TRUE(with_role(layout_page(later, plans[0], 0), "emergency-background").empty());
    }
}

TEST(LayoutPages, EmergencyArrowStandsRightForRight) {
    const Schedule schedule =
        make_schedule({}, {make_announcement("e", AnnouncementLevel::emergency, seoul(10, 0),
                                             seoul(10, 30), Arrow::right)});
    const LocationConfig config = make_config();
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(10, 15), config, 1920, 1080, {}, m};
    const DisplayList list = layout_page(ctx, {}, 0);
    const auto& arrow = std::get<ArrowItem>(with_role(list, "exit-arrow")[0]->data);
    EXPECT_EQ(arrow.arrow, Arrow::right);
    for (const DisplayItem* t : with_role(list, "emergency-text")) {
        EXPECT_LT(std::get<TextItem>(t->data).box.right(), arrow.box.x);
    }
}

TEST(LayoutPages, WaitingPageWithoutSchedule) {
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{nullptr, seoul(8, 5), config, size.w, size.h, {}, m};
        for (const DisplayList& list : waiting_pages(ctx, m, "waiting " + size_name(size))) {
            EXPECT_TRUE(contains_text(list, "본관 정문 로비"));
            EXPECT_TRUE(contains_text(list, "08:05"));
            EXPECT_TRUE(contains_text(list, "일정"));
            EXPECT_TRUE(contains_text(list, "아직 데이터 없음"));
            EXPECT_FALSE(with_role(list, "direction-arrow").empty());
        }
        // Asking for a now/next page without a schedule still gives the waiting page.
        const DisplayList asked = layout_page(ctx, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
        EXPECT_FALSE(with_role(asked, "direction-arrow").empty());
    }
}

TEST(LayoutPages, WaitingPageWithoutDirectionsShowsTheLocationLarge) {
    LocationConfig config = make_config();
    config.directions.clear();
    FakeMeasurer m;
    LayoutContext ctx{nullptr, seoul(8, 5), config, 1920, 1080, {}, m};
    const DisplayList list = layout_page(ctx, plan_pages(ctx).front(), 0);
    expect_sound_page(list, m, "waiting without directions");
    // The location's name large, in both languages.
    bool korean = false, english = false;
    for (const auto& item : list.items) {
        if (item.role.rfind("location-large", 0) != 0)
            continue;
        const std::string& text = std::get<TextItem>(item.data).text;
        korean = korean || text == "본관 정문 로비";
        english = english || text == "Main Hall entrance lobby";
    }
    EXPECT_TRUE(korean);
    EXPECT_TRUE(english);
    EXPECT_FALSE(with_role(list, "waiting-message").empty());
}

TEST(LayoutPages, HeaderAndFooterStayInPlaceOnEveryPage) {
    const Schedule schedule = make_schedule({30, 12, 2, true});
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        SCOPED_TRACE(size_name(size));
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
        std::map<std::string, Rect> first;
        for (const auto& list : all_pages(ctx)) {
            for (const char* role : {"clock", "page-title", "location", "page-indicator"}) {
                const auto items = with_role(list, role);
                ASSERT_FALSE(items.empty()) << role;
                const Rect box = std::get<TextItem>(items[0]->data).box;
                const auto [it, fresh] = first.emplace(role, box);
                if (role == std::string("page-title")) {
                    EXPECT_EQ(box.x, it->second.x) << role;
                    EXPECT_EQ(box.y, it->second.y) << role;
                } else {
                    EXPECT_EQ(box, it->second) << role;
                }
            }
        }
    }
}

TEST(LayoutPages, PortraitStacksTheHeader) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    const DisplayList list = sound_page(schedule, config, seoul(10, 15), {1080, 1920},
                                        {PlanKind::now_next, 1, 0, 1, Seconds{15}}, "portrait");
    const Rect title = std::get<TextItem>(with_role(list, "page-title")[0]->data).box;
    const Rect location = std::get<TextItem>(with_role(list, "location")[0]->data).box;
    const Rect clock = std::get<TextItem>(with_role(list, "clock")[0]->data).box;
    EXPECT_GT(location.y, title.bottom() - 1);  // the location sits under the title
    EXPECT_LT(clock.y, location.y);
    // The title's English is on its own line under the Korean, not squeezed beside it.
    // (Its words for now and next are runs of their own, in their colours.)
    const auto en = with_role(list, "page-title-secondary");
    ASSERT_FALSE(en.empty());
    for (const DisplayItem* item : en) {
        EXPECT_GE(std::get<TextItem>(item->data).box.y, title.bottom() - 1);
    }
}

}  // namespace
}  // namespace signpost::test
