// The demo at the instant docs/display.md's glance figures are measured at
// (2016-10-26 11:40, its busiest): with the real fonts, through --dump, every
// room with a session on now or starting within the hour is named on a
// now/next screen, and those screens are three in landscape and four in
// portrait, a median of six rooms or more (stacked rows, two tables side by
// side in landscape; one room a row took six screens).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "app_test_support.h"
#include "util/time.h"

namespace signpost::app_test {
namespace {

constexpr const char* kAt = "2016-10-26T11:40:00+02:00";

// The demo's own configs at the three sizes.
struct DemoCase {
    std::filesystem::path config;
    std::string size;
};

std::vector<DemoCase> demo_cases() {
    const std::filesystem::path portrait = demo_config().parent_path() / "demo-portrait.json";
    return {{demo_config(), "1920x1080"}, {demo_config(), "1280x720"}, {portrait, "1080x1920"}};
}

// The --dump of one case at kAt; a null document when the run failed.
nlohmann::json dump_of(const DemoCase& c) {
    const RunResult r = run_signpost(
        {"--config", c.config.string(), "--dump", "--offline", "--at", kAt, "--size", c.size});
    EXPECT_EQ(r.exit_code, 0) << r.describe();
    return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json{};
}

// The screens of `kind` in a dump, and the rooms their items name.
int screens_naming(const nlohmann::json& dump, const std::string& kind,
                   std::set<std::string>& named) {
    int screens = 0;
    for (const auto& page : dump["pages"]) {
        if (page.value("kind", "") != kind) {
            continue;
        }
        ++screens;
        for (const auto& item : page["items"]) {
            if (item.contains("room")) {
                named.insert(item.value("room", ""));
            }
        }
    }
    return screens;
}

TEST(DemoGlance, NowNextTakesThreeScreensInLandscapeSixRoomsAScreen) {
    for (const auto& c : demo_cases()) {
        SCOPED_TRACE(c.size);
        const nlohmann::json j = dump_of(c);
        ASSERT_FALSE(j.is_null());
        const auto at = parse_iso8601(kAt);
        ASSERT_TRUE(at);
        std::set<std::string> active;
        for (const auto& [id, room] : j["rooms"].items()) {
            bool soon = false;
            if (room["next_start"].is_string()) {
                const auto start = parse_iso8601(room["next_start"].get<std::string>());
                soon = start && *start - *at <= std::chrono::minutes{60};
            }
            if (!room["now"].is_null() || soon) {
                active.insert(id);
            }
        }
        std::set<std::string> named;
        const int screens = screens_naming(j, "now_next", named);
        EXPECT_EQ(active.size(), 22u);
        EXPECT_EQ(named, active);
        // Three screens in landscape (the title is the key, an idle line
        // that would cost a screen is left to the directory); four in
        // portrait, evened out (5, 7, 5 and 5 rooms).
        const bool portrait = c.size == "1080x1920";
        EXPECT_LE(screens, portrait ? 4 : 3);
        std::vector<size_t> rooms;
        for (const auto& page : j["pages"]) {
            if (page.value("kind", "") == "now_next") {
                std::set<std::string> on_screen;
                for (const auto& item : page["items"]) {
                    if (item.value("role", "") == "room-name") {
                        on_screen.insert(item.value("room", ""));
                    }
                }
                rooms.push_back(on_screen.size());
            }
        }
        ASSERT_FALSE(rooms.empty());
        std::sort(rooms.begin(), rooms.end());
        const size_t m = rooms.size() / 2;
        const double median = rooms.size() % 2 ? rooms[m] : (rooms[m - 1] + rooms[m]) / 2.0;
        // Issue 13's target is for 1920x1080 (six with two languages); an
        // evened portrait cycle holds five or more on every screen.
        EXPECT_GE(median, portrait ? 5.0 : 6.0);
        EXPECT_GE(rooms.front(), portrait ? 5u : 6u);
    }
}

// The demo's directory at the same instant: every room of the feed on a
// directory screen, in at most four screens at each size (five before the
// way beside its rooms, the QR code on the last screen, the repeated
// building's one line and ways beside their whole text).
TEST(DemoGlance, DirectoryTakesAtMostFourScreensAtEachSize) {
    for (const auto& c : demo_cases()) {
        SCOPED_TRACE(c.size);
        const nlohmann::json j = dump_of(c);
        ASSERT_FALSE(j.is_null());
        std::set<std::string> rooms;
        for (const auto& [id, room] : j["rooms"].items()) {
            rooms.insert(id);
        }
        std::set<std::string> named;
        const int screens = screens_naming(j, "directory", named);
        EXPECT_EQ(rooms.size(), 28u);
        EXPECT_EQ(named, rooms);
        EXPECT_LE(screens, 4);
    }
}

}  // namespace
}  // namespace signpost::app_test
