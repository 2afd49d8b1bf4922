// The now/next page on a one-room schedule: a table with no NOW/NEXT labels,
// the room column's width, long titles over two lines with their ellipsis,
// portrait's finished rooms, and broken UTF-8 that never reaches the screen.
#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

Schedule one_room_schedule(LocalizedText title,
                           LocalizedText building = LocalizedText::plain("Hall"),
                           LocalizedText room_name = LocalizedText::plain("Room 1")) {
    Venue venue;
    venue.timezone = "Asia/Seoul";
    Building b;
    b.id = "hall";
    b.name = std::move(building);
    b.rooms = {0};
    venue.buildings.push_back(b);
    Room r;
    r.id = "r1";
    r.name = std::move(room_name);
    r.floor = "1";
    venue.rooms.push_back(r);
    Session s;
    s.id = "s1";
    s.room_id = "r1";
    s.start = seoul(9, 0);
    s.end = seoul(11, 0);
    s.title = std::move(title);
    return Schedule(std::move(venue), *TimeZone::locate("Asia/Seoul"), {s}, {});
}

// Landscape, a page that fits one screen (a table: room | now | next): no
// NOW / NEXT labels over the columns, on the building's row or in a band
// over it (the title is the key, now_next_key_test.cpp); the building's row
// is one line, short name or long, the room right under it.
TEST(NowNextPage, ATableCarriesNoColumnLabels) {
    LocationConfig config = make_config();
    config.building = "another";  // no "you are here" chip beside the name
    FakeMeasurer m;
    const PagePlan plan{PlanKind::now_next, 1, 0, 1, Seconds{15}};
    const auto top = [](const DisplayList& l, const char* role) {
        return std::get<TextItem>(with_role(l, role).at(0)->data).box;
    };
    LocalizedText long_name;
    long_name.set("ko", "바르셀로나 국제 컨벤션 센터 본관 동쪽 전시동");
    long_name.set("en", "Barcelona International Convention Centre, East Exhibition Wing");
    for (const LocalizedText& building : {LocalizedText::plain("Hall"), long_name}) {
        const Schedule schedule = one_room_schedule(LocalizedText::plain("Talk"), building);
        LayoutContext ctx{&schedule, seoul(10, 0), config, 1920, 1080, {}, m};
        const DisplayList list = layout_page(ctx, plan, 0);
        expect_sound_page(list, m, "a table");
        EXPECT_TRUE(with_role(list, "column-now").empty());
        EXPECT_TRUE(with_role(list, "column-next").empty());
        // The table itself: the now cell beside the room, on its line.
        EXPECT_GT(top(list, "now-time").x, top(list, "room-name").right());
        EXPECT_LT(top(list, "room-name").y - top(list, "building-name").bottom(),
                  top(list, "building-name").h);
    }
}

// Landscape: the room column takes what the page's room names need (between
// 16 % and 28 % of the width), so short names leave the titles more room.
TEST(NowNextPage, RoomColumnFitsTheRoomNames) {
    const LocationConfig config = make_config();
    FakeMeasurer m;
    const PagePlan plan{PlanKind::now_next, 1, 0, 1, Seconds{15}};
    const Schedule schedule = one_room_schedule(
        LocalizedText::plain("Talk"), LocalizedText::plain("Hall"), LocalizedText::plain("1호"));
    LayoutContext ctx{&schedule, seoul(10, 0), config, 1920, 1080, {}, m};
    const DisplayList list = layout_page(ctx, plan, 0);
    expect_sound_page(list, m, "short room name");
    const Rect now = std::get<TextItem>(with_role(list, "now-time").at(0)->data).box;
    LocalizedText long_room;
    long_room.set("ko", "215호 (OpenStack 업스트림 인스티튜트 교육장)");
    long_room.set("en", "Room 215 (OpenStack Upstream Institute training)");
    const Schedule wide =
        one_room_schedule(LocalizedText::plain("Talk"), LocalizedText::plain("Hall"), long_room);
    LayoutContext wide_ctx{&wide, seoul(10, 0), config, 1920, 1080, {}, m};
    const DisplayList wide_list = layout_page(wide_ctx, plan, 0);
    expect_sound_page(wide_list, m, "long room name");
    const Rect wide_now = std::get<TextItem>(with_role(wide_list, "now-time").at(0)->data).box;
    EXPECT_LT(now.x, wide_now.x - 50);
    // At most 34 % of the width for the room, however long its name.
    const float safe_x = 0.05f * 1920, safe_w = 0.9f * 1920;
    EXPECT_LT(wide_now.x, safe_x + 0.36f * safe_w);
    // The room's name still fits whole beside it.
    const auto names = with_role(list, "room-name");
    ASSERT_FALSE(names.empty());
    EXPECT_EQ(std::get<TextItem>(names[0]->data).text, "1호");
    EXPECT_LE(std::get<TextItem>(names[0]->data).box.right(), now.x);
}

constexpr const char* kLongKoreanTitle =
    "쿠버네티스 Kubernetes 운영 자동화와 GitOps 파이프라인으로 수백 개의 클러스터를 "
    "관리하는 실제 사례 연구와 그 과정에서 얻은 교훈";

// The last three bytes of a text item: "…" where it was cut.
std::string tail(const DisplayItem* item) {
    const std::string& text = std::get<TextItem>(item->data).text;
    return text.substr(text.size() - 3);
}

// A title too long for its column at every size: the first language on one
// line ending in "…", and (`translated`) the translation on one line under
// it, ellipsised too; else no translation line.
void expect_one_cut_line_per_language(const LocalizedText& title, bool translated,
                                      const std::string& what) {
    const Schedule schedule = one_room_schedule(title);
    const LocationConfig config = make_config();
    for (const ScreenSize size : kSizes) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, seoul(10, 0), config, size.w, size.h, {}, m};
        const DisplayList list = layout_page(ctx, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
        expect_sound_page(list, m, what);
        const auto lines = with_role(list, "now-title");
        ASSERT_EQ(lines.size(), 1u);
        EXPECT_EQ(tail(lines[0]), "\xE2\x80\xA6");
        const auto en = with_role(list, "now-title-secondary");
        if (!translated) {
            EXPECT_TRUE(en.empty());
            continue;
        }
        ASSERT_EQ(en.size(), 1u);
        EXPECT_GT(std::get<TextItem>(en[0]->data).box.y, std::get<TextItem>(lines[0]->data).box.y);
        EXPECT_EQ(tail(en[0]), "\xE2\x80\xA6");
    }
}

// A title takes one line in each language (so a row is at most two lines
// high and a screen holds more rooms): the first language after the time,
// the translation under it. Cut titles end in "…".
TEST(NowNextPage, LongMixedTitlesTakeOneLineThenTheirTranslationEachWithAnEllipsis) {
    LocalizedText title;
    title.set("ko", kLongKoreanTitle);
    title.set("en",
              "A very long English title that will not fit on one line of the now column "
              "at all, not even close");
    expect_one_cut_line_per_language(title, true, "long title");
}

TEST(NowNextPage, LongTitleInOneLanguageTakesOneLineAndAnEllipsis) {
    LocalizedText title;
    title.set("ko", kLongKoreanTitle);
    expect_one_cut_line_per_language(title, false, "long title, one language");
}

// A room whose day is over takes no row: with nothing else on, the page says
// that nothing starts within the look-ahead, at every size.
TEST(NowNextPage, ARoomWhoseDayIsOverTakesNoRow) {
    const Schedule schedule = one_room_schedule(LocalizedText::plain("Morning talk"));
    const LocationConfig config = make_config();
    FakeMeasurer m;
    for (const ScreenSize size : kSizes) {
        LayoutContext ctx{&schedule, seoul(12, 0), config, size.w, size.h, {}, m};
        const DisplayList list = layout_page(ctx, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
        expect_sound_page(list, m, "day over");
        EXPECT_TRUE(with_role(list, "room-name").empty());
        EXPECT_TRUE(contains_text(list, "60분 내 시작하는 세션 없음"));
    }
    // Still running: portrait shows what is on.
    LayoutContext running{&schedule, seoul(10, 0), config, 1080, 1920, {}, m};
    const DisplayList on = layout_page(running, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
    EXPECT_FALSE(with_role(on, "now-time").empty());
}

TEST(NowNextPage, BrokenUtf8InTheFeedNeverReachesTheScreen) {
    LocalizedText title;
    title.set("ko", "깨진 \xFF 바이트와 잘린 \xE2\x80 문자");
    title.set("en", "Broken \xC0\xAF bytes\nand a newline");
    const Schedule schedule = one_room_schedule(title);
    const LocationConfig config = make_config();
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(10, 0), config, 1920, 1080, {}, m};
    const DisplayList list = layout_page(ctx, {PlanKind::now_next, 1, 0, 1, Seconds{15}}, 0);
    expect_sound_page(list, m, "broken utf-8");  // checks every text is valid UTF-8
    EXPECT_TRUE(contains_text(list, "깨진 \xEF\xBF\xBD 바이트와"));
}

}  // namespace
}  // namespace signpost::test
