// The now/next page's key and how its screens are filled: the page title is
// the key (its words for now and next in the status colours), so stacked rows
// carry no key line; a building's idle line stands where it costs no screen,
// else its rooms are left to the directory.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "layout/layout.h"
#include "layout/theme.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

// One building, this screen's: `active` rooms with a session on now
// (09:00-10:30) and one at 11:00, bilingual titles; then `idle` rooms with
// nothing today.
Schedule rooms_of(size_t active, size_t idle) {
    Venue venue = hall_venue();
    std::vector<Session> sessions;
    for (size_t i = 0; i < active + idle; ++i) {
        const std::string n = std::to_string(101 + i);
        add_room(venue, 0, "r" + std::to_string(i), ko_en(n + "호", "Room " + n), "1");
        if (i >= active) {
            continue;
        }
        for (int k = 0; k < 2; ++k) {
            Session s = session_in(venue, i, "r" + std::to_string(i) + "-" + std::to_string(k),
                                   k == 0 ? seoul(9, 0) : seoul(11, 0),
                                   k == 0 ? seoul(10, 30) : seoul(12, 0));
            s.title = ko_en("Neutron 라우티드 네트워크", "Neutron routed networks");
            sessions.push_back(std::move(s));
        }
    }
    return seoul_schedule(std::move(venue), std::move(sessions));
}

std::vector<DisplayList> now_next_screens(const Schedule& schedule, const LocationConfig& config,
                                          ScreenSize size) {
    FakeMeasurer m;
    LayoutContext ctx{&schedule, seoul(10, 15), config, size.w, size.h, {}, m};
    std::vector<DisplayList> out;
    for (const auto& plan : plan_pages(ctx)) {
        if (plan.kind == PlanKind::now_next) {
            out.push_back(layout_page(ctx, plan, 0));
            expect_sound_page(out.back(), m, "now/next at " + size_name(size));
        }
    }
    return out;
}

// The colour of the title's item that reads `text` (either language).
std::optional<Color> title_colour(const DisplayList& list, const std::string& text) {
    for (const char* role : {"page-title", "page-title-secondary"}) {
        for (const DisplayItem* item : with_role(list, role)) {
            const auto& t = std::get<TextItem>(item->data);
            if (t.text == text) {
                return t.color;
            }
        }
    }
    return std::nullopt;
}

// Stacked rows (two tables in landscape, one in portrait): no NOW / NEXT key
// over the rows or on a building's row; the title says it, "지금" and "Now"
// in the now colour, "다음" and "next" in the next colour, the rest as
// before. A one-language page the same ("Now & next").
TEST(NowNextKey, TheTitleIsTheKeyAndRowsCarryNone) {
    const layout_detail::Theme theme;
    const Schedule schedule = rooms_of(20, 0);
    LocationConfig english = make_config();
    english.languages = {"en"};
    for (const ScreenSize size :
         {ScreenSize{1920, 1080}, ScreenSize{1280, 720}, ScreenSize{1080, 1920}}) {
        SCOPED_TRACE(size_name(size));
        const auto screens = now_next_screens(schedule, make_config(), size);
        ASSERT_GE(screens.size(), 2u);
        for (const DisplayList& list : screens) {
            EXPECT_TRUE(with_role(list, "column-now").empty());
            EXPECT_TRUE(with_role(list, "column-next").empty());
            EXPECT_EQ(title_colour(list, "지금"), theme.now);
            EXPECT_EQ(title_colour(list, "다음"), theme.next);
            EXPECT_EQ(title_colour(list, "·"), theme.ink.primary);
            EXPECT_EQ(title_colour(list, "Now"), theme.now);
            EXPECT_EQ(title_colour(list, "next"), theme.next);
        }
        for (const DisplayList& list : now_next_screens(schedule, english, size)) {
            EXPECT_TRUE(with_role(list, "column-now").empty());
            EXPECT_EQ(title_colour(list, "Now"), theme.now);
            EXPECT_EQ(title_colour(list, "next"), theme.next);
            EXPECT_EQ(title_colour(list, "&"), theme.ink.primary);
        }
    }
    // The directory's title keeps its one colour.
    const auto dir = directory_screens(schedule, make_config(), {1920, 1080});
    ASSERT_FALSE(dir.empty());
    for (const DisplayItem* item : with_role(dir.front(), "page-title")) {
        EXPECT_EQ(std::get<TextItem>(item->data).color, theme.ink.primary);
    }
}

// A building's row at a screen's top where its rooms go on is its name on
// one line, the height of the row that begins it less "you are here".
TEST(NowNextKey, ARepeatedBuildingRowIsItsNameAlone) {
    const Schedule schedule = rooms_of(30, 0);
    for (const ScreenSize size : {ScreenSize{1920, 1080}, ScreenSize{1080, 1920}}) {
        SCOPED_TRACE(size_name(size));
        const auto screens = now_next_screens(schedule, make_config(), size);
        ASSERT_GE(screens.size(), 2u);
        for (size_t k = 1; k < screens.size(); ++k) {
            const auto names = with_role(screens[k], "building-name");
            ASSERT_EQ(names.size(), 1u);
            EXPECT_TRUE(with_role(screens[k], "you-are-here").empty());
            // The first room's rule in its column right under the name's line.
            const Rect name = std::get<TextItem>(names[0]->data).box;
            float first_rule = static_cast<float>(screens[k].height);
            for (const DisplayItem* rule : with_role(screens[k], "row-rule")) {
                const Rect r = std::get<RectItem>(rule->data).rect;
                if (std::abs(r.x - name.x) < 1) {
                    first_rule = std::min(first_rule, r.y);
                }
            }
            EXPECT_GT(first_rule, name.y);
            EXPECT_LT(first_rule - name.bottom(), name.h / 2);
        }
    }
}

// Rooms with nothing now or soon share their building's idle line where it
// costs no screen; where it would cost one they are left to the directory.
// Over building sizes, the now/next page takes exactly as many screens with
// 3 or 12 idle rooms as without them, and at each size the idle line stands
// on some of those pages and is left out of others.
TEST(NowNextKey, AnIdleLineNeverCostsAScreen) {
    for (const ScreenSize size :
         {ScreenSize{1920, 1080}, ScreenSize{1280, 720}, ScreenSize{1080, 1920}}) {
        SCOPED_TRACE(size_name(size));
        int kept = 0;
        int left = 0;
        for (size_t active = 2; active <= 40; ++active) {
            const auto without = now_next_screens(rooms_of(active, 0), make_config(), size);
            for (const size_t idle : {3u, 12u}) {
                SCOPED_TRACE(std::to_string(active) + " active rooms, " + std::to_string(idle) +
                             " idle");
                const auto with_idle =
                    now_next_screens(rooms_of(active, idle), make_config(), size);
                EXPECT_EQ(with_idle.size(), without.size());
                size_t idle_items = 0;
                size_t named = 0;  // every active room named once either way
                for (const DisplayList& list : with_idle) {
                    idle_items += with_role(list, "idle-rooms").size();
                    named += room_name_boxes(list).size();
                }
                (idle_items > 0 ? kept : left) += 1;
                EXPECT_EQ(named, active);
            }
        }
        EXPECT_GT(kept, 0);
        EXPECT_GT(left, 0);
    }
}

}  // namespace
}  // namespace signpost::test
