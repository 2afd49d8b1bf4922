// A full or closed room from the live source: its badge, "만석 · Full — no
// entry" or "폐쇄 · Closed", beside its name and over its sessions on every
// screen that names it (directory, now/next, the upcoming board), as a text
// item with the role "room-state" and the room's id; sound pages at three
// sizes; nothing once the state has run out.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

constexpr ScreenSize kThree[] = {{1920, 1080}, {1280, 720}, {1080, 1920}};

LocationConfig three_pages() {
    LocationConfig config = make_config();
    config.pages.push_back(PageConfig{PageKind::upcoming, Seconds{15}, {}});
    return config;
}

// Every screen of the cycle, checked; the room-state texts seen on each kind
// of page, by room.
std::map<std::string, std::map<std::string, std::set<std::string>>> states_by_page(
    const LayoutContext& ctx, FakeMeasurer& m, const std::string& what) {
    std::map<std::string, std::map<std::string, std::set<std::string>>> seen;
    for (const PagePlan& plan : plan_pages(ctx)) {
        const DisplayList list = layout_page(ctx, plan, 0.5);
        const std::string page = what + " " + std::string(plan_kind_name(plan.kind)) + " " +
                                 std::to_string(plan.sub_page + 1) + "/" +
                                 std::to_string(plan.sub_pages);
        expect_sound_page(list, m, page);
        for (const DisplayItem* item : with_role(list, "room-state")) {
            const auto& text = std::get<TextItem>(item->data);
            EXPECT_FALSE(item->identity.room.empty()) << page;
            seen[std::string(plan_kind_name(plan.kind))][item->identity.room].insert(text.text);
            // A filled badge under it, and the room named on the same screen.
            bool boxed = false;
            bool named = false;
            for (const DisplayItem& other : list.items) {
                if (other.identity.room != item->identity.room) {
                    continue;
                }
                if (const auto* r = std::get_if<RectItem>(&other.data);
                    r && other.role == "room-state-box") {
                    boxed =
                        boxed ||
                        (r->rect.x <= text.box.x && r->rect.right() >= text.box.right() &&
                         r->rect.y <= text.box.y + 1 && r->rect.bottom() >= text.box.bottom() - 1);
                }
                named = named || other.role == "room-name" || other.role == "upcoming-room";
            }
            EXPECT_TRUE(boxed) << page << ": " << text.text;
            EXPECT_TRUE(named) << page << ": " << item->identity.room;
        }
    }
    return seen;
}

TEST(RoomState, FullAndClosedOnEveryPageThatNamesTheRoomAtThreeSizes) {
    const Instant at = seoul(10, 15);
    const Schedule schedule = make_schedule();
    const LocationConfig config = three_pages();
    const LiveView live = view_of(schedule,
                                  {{"hall-101", RoomState::full, {}},
                                   {"annex-2", RoomState::closed, {}},
                                   {"hall-102", RoomState::open, {}}},
                                  at - Seconds{60}, at);
    for (const ScreenSize size : kThree) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, at, config, size.w, size.h, {}, m};
        ctx.live = &live;
        const std::string what = std::to_string(size.w) + "x" + std::to_string(size.h);
        const auto seen = states_by_page(ctx, m, what);
        for (const char* page : {"directory", "now_next", "upcoming"}) {
            ASSERT_TRUE(seen.count(page)) << what << " " << page;
            const auto& rooms = seen.at(page);
            ASSERT_TRUE(rooms.count("hall-101")) << what << " " << page;
            ASSERT_TRUE(rooms.count("annex-2")) << what << " " << page;
            EXPECT_FALSE(rooms.count("hall-102")) << what << " " << page << ": open shows nothing";
            EXPECT_EQ(rooms.size(), 2u) << what << " " << page;
            for (const std::string& t : rooms.at("hall-101")) {
                EXPECT_TRUE(t.starts_with("만석")) << t;
            }
            for (const std::string& t : rooms.at("annex-2")) {
                EXPECT_TRUE(t.starts_with("폐쇄")) << t;
            }
        }
        // Both languages on the directory: the long form where a grid cell
        // has room for it, else the short word, never the first language alone.
        for (const std::string& t : seen.at("directory").at("hall-101")) {
            EXPECT_TRUE(t.starts_with("만석 · Full")) << what << ": " << t;
        }
        EXPECT_TRUE(seen.at("directory").at("annex-2").count("폐쇄 · Closed")) << what;
        EXPECT_TRUE(seen.at("now_next").at("hall-101").count("만석 · Full — no entry")) << what;
    }
}

// Now/next: the badge stands over the room's sessions (above its titles) and
// beside its name (in the same row, at its top).
TEST(RoomState, NowNextBadgeStandsOverTheSessionsBesideTheName) {
    const Instant at = seoul(10, 15);
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    const LiveView live = view_of(schedule, {{"hall-101", RoomState::full, {}}}, at, at);
    for (const ScreenSize size : kThree) {
        FakeMeasurer m;
        LayoutContext ctx{&schedule, at, config, size.w, size.h, {}, m};
        ctx.live = &live;
        bool found = false;
        for (const PagePlan& plan : plan_pages(ctx)) {
            if (plan.kind != PlanKind::now_next) {
                continue;
            }
            const DisplayList list = layout_page(ctx, plan, 0);
            const DisplayItem* badge = nullptr;
            for (const DisplayItem* item : with_role(list, "room-state")) {
                badge = item;
            }
            if (!badge) {
                continue;
            }
            found = true;
            const Rect b = std::get<TextItem>(badge->data).box;
            for (const DisplayItem& item : list.items) {
                if (item.identity.room != "hall-101" ||
                    !std::holds_alternative<TextItem>(item.data)) {
                    continue;
                }
                const Rect r = std::get<TextItem>(item.data).box;
                if (!item.identity.session.empty() && item.role != "room-state") {
                    EXPECT_GE(r.y, b.bottom() - 1) << item.role << " under the badge";
                }
                if (item.role == "room-name" && size.w > size.h) {
                    EXPECT_LT(r.x, b.x) << "the name at the left of the badge";
                    EXPECT_LT(std::abs(r.y - b.y), r.h) << "on the name's line";
                }
            }
        }
        EXPECT_TRUE(found) << size.w << "x" << size.h;
    }
}

// A full state older than max_age is not shown (a stale "full" must not turn
// people away); an evacuation is no badge but the emergency page.
TEST(RoomState, AnExpiredStateShowsNoBadge) {
    const Instant at = seoul(10, 15);
    const Schedule schedule = make_schedule();
    const LocationConfig config = three_pages();
    const LiveView live =
        view_of(schedule, {{"hall-101", RoomState::full, {}}, {"annex-2", RoomState::closed, {}}},
                at - Seconds{301}, at);
    FakeMeasurer m;
    LayoutContext ctx{&schedule, at, config, 1920, 1080, {}, m};
    ctx.live = &live;
    for (const PagePlan& plan : plan_pages(ctx)) {
        EXPECT_TRUE(with_role(layout_page(ctx, plan, 0), "room-state").empty());
    }
}

// A light theme: the white badge would not stand out, so it turns signal red
// with white words; the page stays sound.
TEST(RoomState, ALightBackgroundGetsARedBadge) {
    const Instant at = seoul(10, 15);
    const Schedule schedule = make_schedule();
    LocationConfig config = make_config();
    config.theme.background = "#F4F4F4";
    config.theme.text = "#111111";
    config.theme.secondary = "#333333";
    const LiveView live = view_of(schedule, {{"hall-101", RoomState::full, {}}}, at, at);
    FakeMeasurer m;
    LayoutContext ctx{&schedule, at, config, 1920, 1080, {}, m};
    ctx.live = &live;
    const DisplayList list = layout_page(ctx, plan_pages(ctx).front(), 0);
    expect_sound_page(list, m, "light directory");
    const auto boxes = with_role(list, "room-state-box");
    ASSERT_FALSE(boxes.empty());
    EXPECT_EQ(std::get<RectItem>(boxes.front()->data).color, (Color{0xA8, 0x0F, 0x22}));
}

}  // namespace
}  // namespace signpost::test
