// The now/next page's content: statuses with words, the date on a later day's
// next session, empty rooms, progress, the building filter.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

// Every now/next sub-page's display list.
std::vector<DisplayList> now_next_pages(const Schedule& schedule, const LocationConfig& config,
                                        Instant at, int w = 1920, int h = 1080) {
    FakeMeasurer m;
    LayoutContext ctx{&schedule, at, config, w, h, {}, m};
    std::vector<DisplayList> out;
    for (const auto& plan : plan_pages(ctx)) {
        if (plan.kind == PlanKind::now_next) {
            out.push_back(layout_page(ctx, plan, 0));
        }
    }
    return out;
}

bool any_contains(const std::vector<DisplayList>& pages, std::string_view needle) {
    for (const auto& p : pages) {
        if (contains_text(p, needle))
            return true;
    }
    return false;
}

TEST(NowNextPage, ShowsStatusesWithWords) {
    const Schedule schedule = make_schedule();
    const auto pages = now_next_pages(schedule, make_config(), seoul(10, 15));
    EXPECT_TRUE(any_contains(pages, "취소"));              // cancelled
    EXPECT_TRUE(any_contains(pages, "마감 (RSVP 종료)"));  // full, RSVP closed
    // Moved: the new room's name, in the first language.
    const std::string moved_to = schedule.venue().rooms.back().name.pick(make_config().languages);
    EXPECT_TRUE(any_contains(pages, "장소 변경: " + moved_to));
    EXPECT_TRUE(any_contains(pages, "기조연설"));  // kind tag
    // An ordinary talk carries no tag: the title keeps the room.
    EXPECT_FALSE(any_contains(pages, "발표"));
}

// A look-ahead of a day, so that room 2 (next session tomorrow) has a row.
LocationConfig day_ahead() {
    LocationConfig config = make_config();
    for (PageConfig& page : config.pages) {
        page.look_ahead = std::chrono::minutes{1440};
    }
    return config;
}

TEST(NowNextPage, NextOnALaterDayShowsTheDate) {
    const Schedule schedule = make_schedule();
    const auto pages = now_next_pages(schedule, day_ahead(), seoul(10, 15));
    // Room 2's next session is tomorrow, 26 Oct (a Wednesday), 09:30.
    EXPECT_TRUE(any_contains(pages, "10월 26일 (수) 09:30"));
    // Today's next sessions show the time alone.
    bool bare_time = false;
    for (const auto& p : pages) {
        for (const DisplayItem* item : with_role(p, "next-time")) {
            if (std::get<TextItem>(item->data).text == "11:00")
                bare_time = true;
        }
    }
    EXPECT_TRUE(bare_time);
    // English first: the English date.
    LocationConfig en = day_ahead();
    en.languages = {"en", "ko"};
    EXPECT_TRUE(any_contains(now_next_pages(schedule, en, seoul(10, 15)), "Wed 26 Oct 09:30"));
}

// A room with nothing on now and its next session within the look-ahead:
// in a table (a landscape page that fits one screen) its now cell says
// "nothing on now"; a room with nothing within it (room 2: next tomorrow;
// room 5: nothing more today) takes no row of its own: its name stands on its
// building's idle line. With a day's look-ahead, room 5 says "no more
// sessions today".
TEST(NowNextPage, EmptyRoomsAndNoMoreSessionsSaySo) {
    const Schedule schedule = make_schedule();
    const Schedule small = make_schedule({4, 0, 0, false});
    EXPECT_TRUE(
        any_contains(now_next_pages(small, make_config(), seoul(10, 35)), "진행 중인 세션 없음"));
    EXPECT_TRUE(
        any_contains(now_next_pages(small, make_config(), seoul(10, 35)), "Nothing on now"));
    // In portrait, where the idle line costs no screen (on a landscape
    // screen it would, and the rooms are left to the directory:
    // now_next_key_test.cpp).
    const auto pages = now_next_pages(schedule, make_config(), seoul(10, 35), 1080, 1920);
    std::string idle;
    for (const auto& p : pages) {
        for (const DisplayItem* item : with_role(p, "idle-rooms"))
            idle += std::get<TextItem>(item->data).text + " ";
    }
    EXPECT_NE(idle.find("60분 내 세션 없음"), std::string::npos) << idle;
    const auto& rooms = schedule.venue().rooms;
    EXPECT_NE(idle.find(rooms[2].name.pick(make_config().languages)), std::string::npos) << idle;
    EXPECT_NE(idle.find(rooms[5].name.pick(make_config().languages)), std::string::npos) << idle;
    for (const ScreenSize size : {ScreenSize{1920, 1080}, ScreenSize{1080, 1920}}) {
        const auto day = now_next_pages(schedule, day_ahead(), seoul(10, 15), size.w, size.h);
        EXPECT_TRUE(any_contains(day, "오늘 남은 세션 없음"));
        EXPECT_TRUE(any_contains(day, "No more sessions today"));
    }
}

// Stacked rows (portrait, and two tables on a landscape page that takes more
// than a screen): a room with nothing on now spends no line saying so, its
// next session stands in the row's first place, level with the room's name.
TEST(NowNextPage, StackedRowWithNothingOnNowLeadsWithTheNextSession) {
    const Schedule schedule = make_schedule();
    for (const ScreenSize size : {ScreenSize{1920, 1080}, ScreenSize{1080, 1920}}) {
        SCOPED_TRACE(std::to_string(size.w) + "x" + std::to_string(size.h));
        const auto pages = now_next_pages(schedule, make_config(), seoul(10, 35), size.w, size.h);
        EXPECT_FALSE(any_contains(pages, "진행 중인 세션 없음"));
        EXPECT_FALSE(any_contains(pages, "Nothing on now"));
        int rows = 0;
        for (const auto& p : pages) {
            // Each room's first name line and its next session's time.
            const std::map<std::string, Rect> names = room_name_boxes(p);
            for (const DisplayItem* item : with_role(p, "next-time")) {
                const Rect time = std::get<TextItem>(item->data).box;
                ASSERT_TRUE(names.count(item->identity.room)) << item->identity.room;
                const Rect name = names.at(item->identity.room);
                EXPECT_LT(time.y, name.bottom());
                EXPECT_GT(time.x, name.right());
                ++rows;
            }
        }
        EXPECT_GT(rows, 10);
    }
}

TEST(NowNextPage, ProgressBarFollowsTheSession) {
    // 09:00-10:30, at 09:45: half way.
    const DisplayList list =
        sound_page(make_schedule({1, 0, 0, false}), make_config(), seoul(9, 45), {1920, 1080},
                   {PlanKind::now_next, 1, 0, 1, Seconds{15}}, "one room at 09:45");
    const auto bars = with_role(list, "now-progress");
    const auto tracks = with_role(list, "now-progress-track");
    ASSERT_EQ(bars.size(), 1u);
    ASSERT_EQ(tracks.size(), 1u);
    const float done = std::get<RectItem>(bars[0]->data).rect.w;
    const float all = std::get<RectItem>(tracks[0]->data).rect.w;
    EXPECT_NEAR(done / all, 0.5f, 0.001f);
}

// The time range, and no speakers: a row is a line per language, and a
// visitor looking for a room reads its title, not who speaks.
TEST(NowNextPage, TimeRangeWithoutSpeakers) {
    const Schedule schedule = make_schedule();
    const auto pages = now_next_pages(schedule, make_config(), seoul(10, 15));
    EXPECT_TRUE(any_contains(pages,
                             "09:00\xE2\x80\x93"
                             "10:30"));
    EXPECT_FALSE(any_contains(pages, "Kim Min-jun"));
}

TEST(NowNextPage, BuildingFilterKeepsOnlyThoseBuildings) {
    const Schedule schedule = make_schedule();
    LocationConfig config = make_config();
    config.pages = {PageConfig{PageKind::now_next, Seconds{15}, {"hotel"}}};
    config.pages[0].look_ahead = std::chrono::minutes{1440};
    const auto pages = now_next_pages(schedule, config, seoul(10, 15));
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_TRUE(contains_text(pages[0], "Sala Gaud"));
    EXPECT_FALSE(contains_text(pages[0], "101호"));
    // A filter that matches nothing says so instead of leaving the page blank.
    config.pages = {PageConfig{PageKind::now_next, Seconds{15}, {"nowhere"}}};
    const auto none = now_next_pages(schedule, config, seoul(10, 15));
    ASSERT_EQ(none.size(), 1u);
    EXPECT_TRUE(contains_text(none[0], "표시할 장소가 없습니다"));
}

TEST(NowNextPage, OwnBuildingFirstAndMarked) {
    const Schedule schedule = make_schedule();
    const auto pages = now_next_pages(schedule, make_config(), seoul(10, 15));
    const auto names = with_role(pages.front(), "building-name");
    ASSERT_FALSE(names.empty());
    EXPECT_EQ(std::get<TextItem>(names[0]->data).text, "본관");
    EXPECT_TRUE(contains_text(pages.front(), "현위치 · You are here"));
}

TEST(NowNextPage, BannerShowsActiveAnnouncementsWithTheirLevel) {
    const Schedule schedule = make_schedule(
        {}, {make_announcement("w", AnnouncementLevel::warning, seoul(8, 0), seoul(18, 0)),
             make_announcement("old", AnnouncementLevel::info, seoul(7, 0), seoul(8, 0))});
    const auto pages = now_next_pages(schedule, make_config(), seoul(10, 15));
    EXPECT_TRUE(contains_text(pages.front(), "주의"));
    EXPECT_TRUE(contains_text(pages.front(), "장소 변경: 화요일"));
    EXPECT_FALSE(contains_text(pages.front(), "무선 인터넷"));  // ended at 08:00
}

// A room change must be read whole: a text too long for one line takes more
// lines in each language rather than an ellipsis.
TEST(NowNextPage, LongAnnouncementIsShownWhole) {
    Announcement a = make_announcement("w", AnnouncementLevel::warning, seoul(8, 0), seoul(18, 0));
    a.text.set("ko",
               "장소 변경: 화요일 17:55 'CloudKitty로 비용 청구와 비용 가시화 구현하기' 세션이 "
               "113호에서 포룸 오디토리움 2홀로 옮겨졌습니다.");
    a.text.set("en",
               "Room change: \"Chargeback and showback with CloudKitty\" (Tuesday 17:55) moves "
               "from Room 113 to Hall 2, Auditori Forum.");
    const Schedule schedule = make_schedule({}, {a});
    const LocationConfig config = make_config();
    for (const auto& [w, h] :
         {std::pair{1920, 1080}, std::pair{1280, 720}, std::pair{1080, 1920}}) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 15), config, w, h, {}, m};
        const DisplayList list = layout_page(ctx, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
        expect_sound_page(list, m, "long announcement");
        std::string shown;
        for (const DisplayItem* item : with_role(list, "banner-text")) {
            shown += std::get<TextItem>(item->data).text + " ";
        }
        EXPECT_EQ(shown.find("\xE2\x80\xA6"), std::string::npos) << w << "x" << h << shown;
        EXPECT_NE(shown.find("옮겨졌습니다."), std::string::npos) << shown;
        EXPECT_GE(with_role(list, "banner-text").size(), 2u) << w << "x" << h;
        EXPECT_GE(with_role(list, "banner-text-secondary").size(), 2u) << w << "x" << h;
    }
}

// A large venue with a notice and a warning, both all day.
Schedule schedule_with_a_notice_and_a_warning() {
    return make_schedule(
        {30, 12, 2, true},
        {make_announcement("i", AnnouncementLevel::info, seoul(8, 0), seoul(18, 0)),
         make_announcement("w", AnnouncementLevel::warning, seoul(8, 0), seoul(18, 0))});
}

TEST(NowNextPage, AnnouncementsTakeTurnsOnFirstScreens) {
    const Schedule schedule = schedule_with_a_notice_and_a_warning();
    const LocationConfig config = make_config();
    FakeMeasurer m;
    const auto page = [&](Instant at, size_t config_page, int sub_page) {
        LayoutContext ctx{&schedule, at, config, 1920, 1080, {}, m};
        const PlanKind kind = config_page == 0 ? PlanKind::directory : PlanKind::now_next;
        return layout_page(ctx, {kind, config_page, sub_page, 1, Seconds{15}}, 0);
    };
    const std::string warning = "장소 변경: 화요일";
    const std::string info = "무선 인터넷";
    // One announcement at a time; the two pages of one minute show different ones.
    const DisplayList directory = page(seoul(10, 15), 0, 0);
    const DisplayList now_next = page(seoul(10, 15), 1, 0);
    EXPECT_NE(contains_text(directory, warning), contains_text(directory, info));
    EXPECT_NE(contains_text(now_next, warning), contains_text(now_next, info));
    EXPECT_NE(contains_text(directory, warning), contains_text(now_next, warning));
    // The next minute, the other one.
    EXPECT_NE(contains_text(page(seoul(10, 16), 0, 0), warning), contains_text(directory, warning));
    // Screens after the first give the banner's room to rows.
    const DisplayList second = page(seoul(10, 15), 1, 1);
    EXPECT_TRUE(with_role(second, "banner").empty());
    EXPECT_FALSE(contains_text(second, warning) || contains_text(second, info));
    // Each banner is as tall as its own text: the two-line notice is lower
    // than the four-line warning, and leaves its room to the rows.
    const auto banner_h = [](const DisplayList& l) {
        return std::get<RectItem>(with_role(l, "banner")[0]->data).rect.h;
    };
    // On a narrow portrait screen the warning wraps to more lines.
    const auto narrow = [&](size_t config_page) {
        LayoutContext ctx{&schedule, seoul(10, 15), config, 720, 1280, {}, m};
        const PlanKind kind = config_page == 0 ? PlanKind::directory : PlanKind::now_next;
        return layout_page(ctx, {kind, config_page, 0, 1, Seconds{15}}, 0);
    };
    const DisplayList a = narrow(0);
    const DisplayList b = narrow(1);
    const DisplayList& with_info = contains_text(a, info) ? a : b;
    const DisplayList& with_warning = contains_text(a, info) ? b : a;
    ASSERT_TRUE(contains_text(with_warning, warning));
    EXPECT_LT(banner_h(with_info), banner_h(with_warning));
}

TEST(NowNextPage, ThePlanCountsTheScreensItsBannerLeaves) {
    // A tall warning and a short notice: the plans' screen counts, made with
    // the banner each first screen will show, are what layout_page draws.
    const Schedule schedule = schedule_with_a_notice_and_a_warning();
    const LocationConfig config = make_config();
    for (int minute = 10; minute < 14; ++minute) {
        for (const ScreenSize size : kSizes) {
            FakeMeasurer m;
            LayoutContext ctx{&schedule, seoul(10, minute), config, size.w, size.h, {}, m};
            const auto plans = plan_pages(ctx);
            std::set<std::string> rooms;
            for (const PagePlan& plan : plans) {
                if (plan.kind != PlanKind::now_next)
                    continue;
                const DisplayList list = layout_page(ctx, plan, 0);
                expect_sound_page(list, m, "now/next " + std::to_string(size.w));
                for (const DisplayItem* item : with_role(list, "room-name"))
                    rooms.insert(item->identity.room);
                EXPECT_EQ(with_role(list, "banner").empty(), plan.sub_page != 0);
            }
            // Every active room on exactly the screens planned: none pushed off the end.
            size_t active = 0;
            for (size_t r = 0; r < schedule.venue().rooms.size(); ++r) {
                const NowNext nn = schedule.now_next(r, seoul(10, minute));
                active += nn.now || (nn.next && nn.next->start - seoul(10, minute) <=
                                                    std::chrono::minutes{60});
            }
            EXPECT_GT(active, 20u);
            EXPECT_EQ(rooms.size(), active) << size.w << "x" << size.h;
        }
    }
}

// The first now/next screen of the shared venue at 11:05 under `config` on a
// `size` screen, with the feed as fresh as `feed` says; checked sound.
DisplayList page_at_1105(const LocationConfig& config, ScreenSize size, FeedFreshness feed,
                         const std::string& what) {
    const Schedule schedule = make_schedule();
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(11, 5), config, size.w, size.h, feed, m};
    const DisplayList list = layout_page(ctx, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
    expect_sound_page(list, m, what);
    return list;
}

const FeedFreshness kFreshAt1102{FeedFreshness::State::fresh, seoul(11, 2)};
const FeedFreshness kStaleSince1040{FeedFreshness::State::stale, seoul(10, 40)};

TEST(NowNextPage, FooterSaysHowFreshTheFeedIs) {
    const LocationConfig config = make_config();
    EXPECT_TRUE(
        contains_text(page_at_1105(config, {1920, 1080}, kFreshAt1102, "fresh"), "11:02 업데이트"));
    EXPECT_TRUE(contains_text(page_at_1105(config, {1920, 1080}, kStaleSince1040, "stale"),
                              "10:40에 저장된 사본 표시 중 (25분 전)"));
    LocationConfig en = config;
    en.languages = {"en"};
    EXPECT_TRUE(contains_text(page_at_1105(en, {1920, 1080}, kStaleSince1040, "stale, English"),
                              "offline — showing the copy saved at 10:40 (25 min ago)"));
    EXPECT_TRUE(
        contains_text(page_at_1105(en, {1920, 1080}, {}, "no feed, English"), "no data yet"));
}

// Portrait: a short state takes one footer line in both languages, and the
// line saved goes to the rows; a long one takes a line per language.
TEST(NowNextPage, PortraitFooterTakesASecondLineOnlyWhenTheStateNeedsIt) {
    const LocationConfig config = make_config();
    const DisplayList one = page_at_1105(config, {1080, 1920}, kFreshAt1102, "fresh, portrait");
    EXPECT_EQ(with_role(one, "feed-state").size(), 1u);
    EXPECT_TRUE(contains_text(one, "11:02 업데이트 \xC2\xB7 updated 11:02"));
    const DisplayList two = page_at_1105(config, {1080, 1920}, kStaleSince1040, "stale, portrait");
    ASSERT_EQ(with_role(two, "feed-state").size(), 1u);
    ASSERT_EQ(with_role(two, "feed-state-secondary").size(), 1u);
    const auto y = [](const DisplayItem* item) { return std::get<TextItem>(item->data).box.y; };
    EXPECT_GT(y(with_role(two, "feed-state-secondary")[0]), y(with_role(two, "feed-state")[0]));
    // The rows of the one-line footer reach further down the screen.
    const auto lowest = [](const DisplayList& l) {
        float bottom = 0;
        for (const DisplayItem* r : with_role(l, "row-rule"))
            bottom = std::max(bottom, std::get<RectItem>(r->data).rect.y);
        return bottom;
    };
    EXPECT_GE(lowest(one), lowest(two));
}

}  // namespace
}  // namespace signpost::test
