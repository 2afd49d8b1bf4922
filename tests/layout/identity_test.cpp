// Identity in the display list: the items that name a room or show one of its
// sessions say which, a building's row says which building, every arrow where
// it leads. Tools (and --dump readers) check a cycle's coverage with these.
#include <gtest/gtest.h>

#include <set>

#include "layout/layout.h"
#include "layout_test_support.h"

namespace signpost::test {
namespace {

struct Cycle {
    std::vector<std::pair<PlanKind, DisplayList>> pages;
};

Cycle cycle_at(const Schedule& schedule, const LocationConfig& config, Instant at, int w, int h,
               FakeMeasurer& m) {
    LayoutContext ctx{&schedule, at, config, w, h, {}, m};
    Cycle out;
    for (const PagePlan& plan : plan_pages(ctx)) {
        out.pages.emplace_back(plan.kind, layout_page(ctx, plan, 0));
    }
    return out;
}

TEST(Identity, RoomsSessionsBuildingsAndArrowsAreNamed) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    FakeMeasurer m;
    const Cycle cycle = cycle_at(schedule, config, seoul(11, 10), 1920, 1080, m);
    std::set<std::string> session_ids;
    for (const Session& s : schedule.sessions()) {
        session_ids.insert(s.id);
    }
    std::set<std::string> room_ids;
    for (const Room& r : schedule.venue().rooms) {
        room_ids.insert(r.id);
    }
    int arrows = 0;
    for (const auto& [kind, list] : cycle.pages) {
        for (const DisplayItem& item : list.items) {
            const ItemIdentity& id = item.identity;
            if (item.role.starts_with("room-name") || item.role.starts_with("floor")) {
                EXPECT_TRUE(room_ids.contains(id.room)) << item.role << " without its room";
            }
            if (item.role.starts_with("now-title") || item.role.starts_with("next-title") ||
                item.role.starts_with("now-time") || item.role.starts_with("next-time")) {
                EXPECT_TRUE(session_ids.contains(id.session)) << item.role << " without a session";
                EXPECT_TRUE(room_ids.contains(id.room)) << item.role << " without its room";
            }
            if (item.role.starts_with("building-name")) {
                EXPECT_FALSE(id.building.empty()) << item.role << " without its building";
            }
            if (std::holds_alternative<ArrowItem>(item.data)) {
                ++arrows;
                EXPECT_FALSE(id.destination.empty()) << item.role << " without a destination";
            }
        }
    }
    EXPECT_GT(arrows, 0);
}

// A session's identity never leaks onto the next room's items: the room a
// title names is the room the session is in.
TEST(Identity, SessionItemsCarryTheirOwnRoom) {
    const Schedule schedule = make_schedule();
    const LocationConfig config = make_config();
    FakeMeasurer m;
    for (const ScreenSize& size : kSizes) {
        const Cycle cycle = cycle_at(schedule, config, seoul(10, 0), size.w, size.h, m);
        for (const auto& [kind, list] : cycle.pages) {
            for (const DisplayItem& item : list.items) {
                if (item.identity.session.empty())
                    continue;
                const Session* s = nullptr;
                for (const Session& x : schedule.sessions()) {
                    if (x.id == item.identity.session)
                        s = &x;
                }
                ASSERT_NE(s, nullptr);
                EXPECT_EQ(s->room_id, item.identity.room) << item.role;
            }
        }
    }
}

}  // namespace
}  // namespace signpost::test
